"""Which espeak-ng voice speaks a language of the app's lines.

The app names the language of its spoken lines as its translations are named ("de",
"pt_BR", "zh_CN"; "en" English); espeak-ng names its voices' languages its own way
("de", "pt-br", "fr-fr", "cmn"). `espeak_voice_for` maps one to the other.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

# espeak-ng's language where its tag is not the app's (the main voice of each)
_ESPEAK_TAGS = {"fr": "fr-fr", "zh": "cmn", "zh-cn": "cmn", "pt": "pt-br"}


def is_english(language: str) -> bool:
    return language.lower().replace("_", "-").split("-")[0] in ("en", "")


def espeak_voice_for(language: str,
                     voices: Iterable[tuple[str, Sequence[str]]]) -> str | None:
    """The id of the espeak-ng voice (from (id, its languages) pairs) for `language`;
    "" for English (espeak-ng's default voice); None if no voice speaks it."""
    if is_english(language):
        return ""
    tag = language.lower().replace("_", "-")
    family = tag.split("-")[0]
    wanted = [tag, _ESPEAK_TAGS.get(tag, ""), _ESPEAK_TAGS.get(family, ""), family]
    pairs = [(vid, [lang.lower() for lang in langs]) for vid, langs in voices]
    for want in filter(None, wanted):
        for vid, langs in pairs:
            if want in langs:
                return vid
    return None
