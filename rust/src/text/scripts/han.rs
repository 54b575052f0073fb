//! Chinese characters into Hanyu Pinyin, character by character.
//!
//! Names are not words: a dictionary segmenter would read 弗拉基米尔 as
//! words it happens to contain, where each character of a name stands for
//! its own syllable. So each character is read alone, with its commonest
//! reading, from the `pinyin` crate (mozillazg/rust-pinyin, MIT; its data
//! is mozillazg/pinyin-data, the same that pypinyin ships, compiled from
//! Unihan's kHanyuPinyin, kMandarin and kXHC1983). Tones are left out (as in
//! names in Latin letters: Xi Jinping), ü is kept.
//!
//! A text that is a Chinese name alone (two to four characters, no space)
//! is written family name, space, given name (Xi Jinping; two-character
//! family names such as 欧阳 or 司马 are known); the parts of a foreign name
//! (弗拉基米尔·普京) are words of their own.

use pinyin::ToPinyin;

/// Family names of two characters (the commonest of the Baijiaxing's compound names).
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯",
    "长孙", "宇文", "端木", "歐陽", "諸葛", "長孫",
];

/// Whether `c` is a Chinese character (CJK Unified Ideographs, their extensions, compatibility ideographs).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ebef}' | '\u{30000}'..='\u{3134f}' | '\u{3007}')
}

fn syllable(c: char) -> Option<&'static str> {
    c.to_pinyin().map(pinyin::Pinyin::plain)
}

fn cap(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().collect::<String>() + chars.as_str()
    })
}

/// The Pinyin of a run of Chinese characters: one word, or family name and
/// given name when `whole_text` and the run is 2 to 4 characters long.
pub fn render(run: &[char], whole_text: bool) -> String {
    let read = |part: &[char]| -> String {
        part.iter()
            .map(|&c| syllable(c).map_or_else(|| c.to_string(), str::to_owned))
            .collect()
    };
    if whole_text && (2..=4).contains(&run.len()) {
        let two: String = run[..2].iter().collect();
        let split = if run.len() >= 3 && COMPOUND_SURNAMES.contains(&two.as_str()) {
            2
        } else {
            1
        };
        return format!(
            "{} {}",
            cap(&read(&run[..split])),
            cap(&read(&run[split..]))
        );
    }
    cap(&read(run))
}

/// The conventions of Chinese, the default first.
pub const CONVENTIONS: &[(&str, &str)] = &[(
    "pinyin",
    "Hanyu Pinyin without tones, one reading a character: Xi Jinping, Fulajimier Pujing",
)];

#[cfg(test)]
mod tests {
    use super::*;

    fn r(text: &str, whole: bool) -> String {
        render(&text.chars().collect::<Vec<_>>(), whole)
    }

    #[test]
    fn names_read_character_by_character() {
        assert_eq!(r("习近平", true), "Xi Jinping");
        assert_eq!(r("毛泽东", true), "Mao Zedong");
        assert_eq!(r("欧阳修", true), "Ouyang Xiu");
        assert_eq!(r("弗拉基米尔", false), "Fulajimier");
        assert_eq!(r("普京", false), "Pujing");
    }
}
