"""List the dev-set queries namenorm gets wrong or leaves unanswered, for tuning.

    python benchmarks/ud_misses.py [--lang fi] [--plain] [--wrong-only]

Builds the same gazetteer and the same sample as ``../shared/eval/ud_eval.py``
(every lemma, GeoNames cities as distractors, 400 queries per language, seed 7)
and prints one line per miss: language, form, lemma, UD case, what namenorm
answered, and with ``--explain`` how. Dev data only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
sys.path.insert(0, str(EVAL))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", help="only this language")
    parser.add_argument("--plain", action="store_true", help="uninflected forms instead of inflected ones")
    parser.add_argument("--wrong-only", action="store_true", help="only wrong answers, not unanswered ones")
    parser.add_argument("--explain", action="store_true", help="show how each answer was reached")
    parser.add_argument("--limit", type=int, default=400)
    args = parser.parse_args()

    from answers import ud_sample

    import namenorm

    records, by_lang = ud_sample(args.limit)
    resolver = namenorm.Resolver(namenorm.Gazetteer.from_records(records))
    for lang, sample in sorted(by_lang.items()):
        if args.lang and lang != args.lang:
            continue
        for r in sample:
            inflected = r["form"].casefold() != r["lemma"].casefold()
            if inflected == args.plain:
                continue
            m = resolver.resolve(r["form"], lang=lang)
            got = m.entity.id if m else None
            if got == r["lemma"].casefold() or (args.wrong_only and got is None):
                continue
            score = f"{m.score:.3f}" if m else ""
            print(f"{lang}\t{r['form']}\t{r['lemma']}\t{r['case']}\t-> {got} {score}")
            if args.explain and m:
                print("\t" + m.explain().replace("\n", "\n\t"))


if __name__ == "__main__":
    main()
