"""The glossary page's strings in 中文 and English (the terms themselves: ui/glossary.py)."""

STRINGS = {
    "page.glossary.title": {"zh": "术语表", "en": "Glossary"},
    "glossary.intro": {
        "zh": "课程中用到的术语，每个只定义一次，并列出用到它的课。每课页面底部的“本课术语”链接到这里。",
        "en": "The terms the lessons use, each defined once, with the lessons that use it. "
        "Each lesson's “Terms in this lesson”, at the foot of its page, links here.",
    },
    "glossary.search": {"zh": "搜索术语（中文或英文）", "en": "Search the terms (English or 中文)"},
    "glossary.placeholder": {
        "zh": "例如：条件数、Hessian、动量",
        "en": "e.g. condition number, Hessian, momentum",
    },
    "glossary.count": {"zh": "{n} / {total} 个术语", "en": "{n} of {total} terms"},
    "glossary.none": {
        "zh": "没有术语包含“{q}”。试试更短的词，或换一种语言。",
        "en": "No term contains “{q}”. Try a shorter word, or the other language.",
    },
    "glossary.used_in": {"zh": "用到它的课：", "en": "Used in:"},
}
