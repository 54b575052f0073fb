"""Stage 2b: matching keys. Fold a cleaned name into the strings that are compared.

Three keys of rising aggression, computed by the same functions for gazetteer
names (once, at index build) and for queries:

- `exact_key`: case-folded surface form; ``Žeenbekov`` stays distinct
  from ``Zeenbekov``. A hit here is an alias hit.
- `ascii_key`: Latin, ASCII, lower case, punctuation gone; Cyrillic is
  transliterated (English convention), and letters whose plain ASCII fold
  would lose a distinction are spelled out first (``ž`` -> ``zh``, ``š`` ->
  ``sh``, ``ł`` -> ``l``), so ``Žeenbekov`` and ``Zheenbekov`` coincide.
- `match_key`: a transliteration-neutral key in the spirit of JRC-Names'
  normalisation rules: the spellings of one Cyrillic letter under different
  national conventions collapse to one key letter, and the key letters are
  few: the vowels ``a e i o u`` (``y``, ``j``, ``ı``, ``ы`` are ``i``), the
  consonants, and four letters for the sounds conventions spell differently:
  ``ž`` (ж: zh, ž, ż, zs, dzh, dsch), ``š`` (ш: sh, sch, sz, ş, ș), ``č``
  (ч: tsch, tch, cz, cs, ç, tš) and ``ĥ`` for ``ch``, which is ч to an
  English writer, ш to a French one and х to a German, Polish or Czech one.
  Glides between vowels, a ``j``/``y``/``i`` before a word's first vowel and
  doubled letters go (``Atambayev``/``Atambajev``/``Atambaev`` ->
  ``atambaev``). With a language hint, the letters of that language's
  orthography are decoded first (``translit/decode.tsv``: Hungarian ``s`` is
  ш, French ``j`` is ж), so ``Szergej Sojgu`` with ``lang="hu"`` meets
  ``Sergei Shoigu``.

`skeleton` drops the vowels of a match key (keeping the first letter):
a cheap blocking key that absorbs vowel drift (``Muktubek``/``Myktybek``).

The keys are computed by the compiled core (``rust/src/text/keys.rs``);
these are its Python faces, with the same names, signatures and examples.
"""

from __future__ import annotations

import regex

from . import _core
from .cache import cached

__all__ = ["KEY_LETTERS", "ascii_key", "decoders", "exact_key", "match_key", "skeleton"]

#: The letters a match key is written in (besides digits, space, ``&`` and ``+``).
KEY_LETTERS = frozenset(_core.KEY_LETTERS)


def exact_key(text: str) -> str:
    """Case-folded, NFC, apostrophes and separators unified.

    Examples:
        >>> exact_key("Varsinais–Suomi"), exact_key("Žeenbekov’s")
        ('varsinais-suomi', "žeenbekov's")
    """
    return _core.exact_key(text)


def ascii_key(text: str) -> str:
    """Latin ASCII, lower case, letters and digits with single spaces.

    Examples:
        >>> ascii_key("Žeenbekov"), ascii_key("Жээнбеков"), ascii_key("Łukaszenka")
        ('zheenbekov', 'zheenbekov', 'lukaszenka')
    """
    return _core.ascii_key(text)


@cached("keys.decoders")
def decoders() -> dict[str, tuple[regex.Pattern[str], tuple[str, ...]]]:
    """The language-aware decoding rules of ``translit/decode.tsv``, by language:
    one alternation per language and the replacement of each branch.

    The core reads the table and applies the rules (``rust/src/text/pattern.rs``);
    the patterns are compiled here to show them, not to match with them.
    """
    return {
        lang: (regex.compile("|".join(f"({p})" for p, _ in rules)), tuple(r for _, r in rules))
        for lang, rules in _core.decode_rules()
    }


def match_key(text: str, lang: str | None = None) -> str:
    """A transliteration-neutral key: one Cyrillic name's spellings coincide.

    Args:
        text: a name in any script.
        lang: the language of the text's orthography, if known (ISO 639-1);
            its letters are decoded first (``translit/decode.tsv``). Cyrillic
            text is transliterated whatever the hint.

    Examples:
        >>> {match_key(s) for s in ["Zheenbekov", "Žeenbekov", "Dscheenbekow", "Жээнбеков", "Dżeenbekow"]}
        {'ženbekov'}
        >>> {match_key(s) for s in ["Atambayev", "Atambajev", "Atambaev", "Atambajew", "Atambaïev"]}
        {'atambaev'}
        >>> match_key("Szergej Sojgu", "hu"), match_key("Sergueï Choïgou", "fr"), match_key("Сергей Шойгу")
        ('sergei šoigu', 'sergei šoigu', 'sergei šoigu')
    """
    return _core.match_key(text, lang)


def skeleton(key: str) -> str:
    """The consonant skeleton of a match key: vowels dropped after a word's first letter.

    Examples:
        >>> skeleton("muktubek"), skeleton("miktibek"), skeleton("atambaev")
        ('mktbk', 'mktbk', 'atmbv')
    """
    return _core.skeleton(key)
