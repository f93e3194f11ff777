"""The strings only the room page uses, in 中文 and English (the catalog's format); what
ui/rooms.py and ui/kit.py also say stays in ui/i18n.py."""

STRINGS: dict[str, dict[str, str]] = {
    "room.q.where": {
        "zh": "{opt} 走 {steps} 步后会停在哪里？",
        "en": "Where will {opt} be after {steps} steps?",
    },
    "room.q.lowest": {
        "zh": "{steps} 步后，哪个优化器的损失最低？",
        "en": "After {steps} steps, which optimizer has the lowest loss?",
    },
    "room.q.lowest_run": {
        "zh": "{steps} 步后，哪一次运行的损失最低？",
        "en": "After {steps} steps, which run has the lowest loss?",
    },
    "room.q.diverge": {
        "zh": "{opt} 在 {steps} 步内会发散吗？",
        "en": "Does {opt} diverge within {steps} steps?",
    },
    "room.q.basin": {
        "zh": "{opt} 走 {steps} 步后落在哪个极小值附近？",
        "en": "After {steps} steps, which minimum is {opt} near?",
    },
    "room.yes": {"zh": "会", "en": "Yes"},
    "room.no": {"zh": "不会", "en": "No"},
    "room.none": {"zh": "都不是", "en": "None of them"},
    "room.minimum": {"zh": "极小值 ({x:.2f}, {y:.2f})", "en": "minimum ({x:.2f}, {y:.2f})"},
    "room.minimum_1d": {"zh": "极小值 x = {x:.2f}", "en": "minimum x = {x:.2f}"},
    "room.code": {"zh": "房间 {code}", "en": "Room {code}"},
    "room.join": {
        "zh": "用手机扫码，或打开 {link}",
        "en": "Scan with your phone, or open {link}",
    },
    "room.localhost": {
        "zh": "此链接指向这台电脑在局域网中的地址；学生的手机须连在同一网络。",
        "en": "This link points at this computer's address on the local network: students' phones must be on the same network.",
    },
    "room.local_only": {
        "zh": "这台服务器只接受本机访问，手机打不开这个链接：请用 `make run ADDRESS=0.0.0.0`（或 `make serve BIND=0.0.0.0`）在手机所在的网络上启动。",
        "en": "This server answers this computer only, so phones cannot open the link: start it with `make run ADDRESS=0.0.0.0` (or `make serve BIND=0.0.0.0`) on a network the phones share.",
    },
    "room.count": {"zh": "已作答", "en": "Answers"},
    "room.reveal": {"zh": "揭晓", "en": "Reveal"},
    "room.close": {"zh": "关闭房间", "en": "Close the room"},
    "room.closed": {
        "zh": "房间 {code} 已关闭，答案已删除。",
        "en": "Room {code} is closed and its answers are deleted.",
    },
    "room.back": {"zh": "回到演练场", "en": "Back to the Playground"},
    "room.back_to": {"zh": "回到{lesson}", "en": "Back to {lesson}"},
    "room.hidden": {
        "zh": "轨迹已隐藏，揭晓后显示。",
        "en": "The paths are hidden until the reveal.",
    },
    "room.lecturer_link": {
        "zh": "讲师链接（只有它能揭晓和关闭，勿投影）",
        "en": "Lecturer's link (only it can reveal and close: do not project it)",
    },
    "room.tap": {
        "zh": "在图上点出你的预测，或用滑块微调。",
        "en": "Tap your prediction on the figure, or fine-tune it with the sliders.",
    },
    "room.your_point": {"zh": "你", "en": "You"},
    "room.predictions": {"zh": "全班", "en": "Class"},
    "room.pick": {"zh": "你的答案", "en": "Your answer"},
    "room.nickname": {"zh": "昵称（可不填）", "en": "Nickname (optional)"},
    "room.send": {"zh": "提交", "en": "Send"},
    "room.sent_point": {
        "zh": "已提交 ({x:.2f}, {y:.2f})。揭晓前仍可修改。",
        "en": "Sent ({x:.2f}, {y:.2f}). You can change it until the reveal.",
    },
    "room.sent_point_1d": {
        "zh": "已提交 x = {x:.2f}。揭晓前仍可修改。",
        "en": "Sent x = {x:.2f}. You can change it until the reveal.",
    },
    "room.sent_option": {
        "zh": "已提交：{option}。揭晓前仍可修改。",
        "en": "Sent: {option}. You can change it until the reveal.",
    },
    "room.waiting": {"zh": "等待讲师揭晓……", "en": "Waiting for the lecturer's reveal…"},
    "room.no_code": {
        "zh": "这个链接没有房间号。请向讲师要学生链接，或扫投影上的二维码。",
        "en": "This link has no room code. Ask the lecturer for the students' link, or scan the QR code on the projector.",
    },
    "room.student_key": {
        "zh": "链接中的讲师密钥不对：这里显示学生视图，不能揭晓或关闭。",
        "en": "The lecturer's key in this link is wrong: this is the students' view, which cannot reveal or close.",
    },
    "room.bad_new": {
        "zh": "链接中的 new={preset} / ask={ask} / opt={opt} 无法开房间：{reason}",
        "en": "new={preset} / ask={ask} / opt={opt} in the link cannot open a room: {reason}",
    },
    "room.refused_no_number": {
        "zh": "请先用滑块选一个数。",
        "en": "Choose a number with the slider first.",
    },
    "room.guess": {"zh": "你的答案", "en": "Your answer"},
    "room.guess_help": {
        "zh": "拖动滑块，或点一下滑块后用方向键微调。",
        "en": "Drag the slider, or tap it and fine-tune with the arrow keys.",
    },
    "room.sent_number": {
        "zh": "已提交 {value}。揭晓前仍可修改。",
        "en": "Sent {value}. You can change it until the reveal.",
    },
    "room.number_hidden": {
        "zh": "答案隐藏，揭晓后显示。每个答案在 {low} 到 {high} 之间。",
        "en": "The answer is hidden until the reveal. Answers lie between {low} and {high}.",
    },
    "room.answer_is": {"zh": "答案 {value}", "en": "answer {value}"},
    "room.open_lesson": {"zh": "在课程中打开这个视图", "en": "Open this view in the lesson"},
    "room.number_of": {"zh": "答案分布", "en": "The class's answers"},
}
