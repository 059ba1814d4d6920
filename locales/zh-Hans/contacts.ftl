# 联络点：名录、单个联系人、表单、当前值班、值班表。

contacts-reach-absent = 今日不在岗
contacts-reach-on-call = 正在值班
contacts-reach-available = 现在可联系
contacts-reach-unavailable = 现在无法联系
contacts-confirmed = { $date } 已确认
contacts-confirmed-by = { $name } 于 { $date } 确认
contacts-stale-warning = 过时：使用前请核实
contacts-freshness-heading = { $org } 的联络点
contacts-freshness-none = 尚无联络点：在当前值班页面上无人能找到 { $org }。
contacts-freshness-entries = { $count } 条
contacts-freshness-stale = { $count } 条过时（{ $days } 天未确认）
contacts-freshness-all-confirmed = 均已在 { $days } 天内确认
contacts-freshness-the-stale = 过时条目
contacts-duty-rota = 值班表
contacts-add = 添加联系人
# 列表各项之间的分隔符（联系时间中的各天、所用语言）。
contacts-list-separator = { "、" }

## 名录 (/contacts)

contacts-directory-title = 联络点
contacts-on-duty-title = 现在联系谁
contacts-filters = 筛选
contacts-organisation = 机构
contacts-filter-all-orgs = 所有机构
contacts-filter-language = 会说
contacts-filter-any-language = 任何语言
contacts-filter-available = 仅显示现在可联系的
contacts-filter-stale = 仅显示 { $days } 天未确认的条目
contacts-filter-submit = 筛选
contacts-count = { $count } 位联系人
# $org 为机构代码，例如 BRA。
contacts-download-org-vcards = 以 vCard 格式下载 { $org } 的联系人
contacts-none-match = 没有符合筛选条件的联络点。
contacts-name = 姓名
contacts-position = 职务
contacts-phone = 电话
contacts-email = 电子邮件
contacts-languages = 语言
contacts-now = 当前
contacts-confirmed-label = 最近确认
contacts-call-order = 呼叫顺序
contacts-reachable = 可联系时间
# 1 = 首先呼叫，2 = 无人接听时呼叫的下一位，……
contacts-call-order-value = 呼叫顺序 { $order }
# 最近确认该条目无误的人。
contacts-confirmed-by-name = 确认人：{ $name }
contacts-stale = 过时

## 时间与当地时间

contacts-hours-always = 7×24 小时
contacts-hours-none = 未设定时间
# $days 为某一天或若干天，$start 和 $end 为时间：“周一至周五 09:00–17:00”。
contacts-hours-window = { $days } { $start }–{ $end }
# 跨越午夜的时间：“周六 22:00–次日 06:00”。
contacts-hours-window-overnight = { $days } { $start }–次日 { $end }
# 时间相同的连续几天：“周一至周五”。
contacts-hours-day-range = { $first }至{ $last }
# $hours 为上述说明，$zone 为时区，例如 Asia/Bangkok。
contacts-hours-in-zone = { $hours }（{ $zone }）
# $time 为星期、日期、时间和时差，$zone 为时区。
contacts-local-time = { $time }（{ $zone }）
contacts-day-short-mon = 周一
contacts-day-short-tue = 周二
contacts-day-short-wed = 周三
contacts-day-short-thu = 周四
contacts-day-short-fri = 周五
contacts-day-short-sat = 周六
contacts-day-short-sun = 周日
contacts-day-mon = 星期一
contacts-day-tue = 星期二
contacts-day-wed = 星期三
contacts-day-thu = 星期四
contacts-day-fri = 星期五
contacts-day-sat = 星期六
contacts-day-sun = 星期日

## 单个联系人 (/contacts/…)

contacts-not-confirmed-since = 自 { $date } 起未再确认：这些信息可能已过时。
contacts-languages-not-given = 未提供
# $time 为联系人所在地的当前时间。
contacts-their-time = 对方当地时间 { $time }
contacts-confirmed-at-by = { $time }，确认人：{ $name }
# 名称未知的即时通讯服务。
contacts-messaging = 即时通讯
contacts-save-vcard = 保存到手机 (vCard)
contacts-verify = 信息仍然正确
contacts-edit = 编辑
contacts-absences = 不在岗时段
contacts-absences-none = 没有计划的不在岗时段。
# 两者均为日期。
contacts-absence-range = { $from } 至 { $to }
contacts-absence-remove-label = 删除 { $from } 至 { $to } 的不在岗时段
contacts-absence-first-day = 不在岗首日
contacts-absence-last-day = 不在岗末日
contacts-absence-add = 添加不在岗时段
contacts-remove-heading = 从名录中删除
contacts-remove-confirm = { $name } 不再担任联络点；删除该条目及其值班班次。
contacts-remove = 删除
contacts-back-to-org = ← { $org } 的所有联系人

contacts-verified = 谢谢：已于今天确认 { $name } 的信息无误。
contacts-delete-unconfirmed = 请勾选复选框，确认应删除此联系人。
contacts-deleted = 已将 { $name } 从名录中删除。
contacts-absence-start-missing = 请输入首日。
contacts-absence-end-missing = 请输入末日。
contacts-absence-reversed = 不在岗时段的结束日期不能早于开始日期。
contacts-absence-over = 该不在岗时段已经结束。
# $from 和 $to 为日期。
contacts-absence-added = 已将 { $name } 标记为 { $from } 至 { $to } 不在岗。
contacts-absence-removed = 已删除 { $name } 的不在岗时段。

## 添加或编辑联系人的表单

contacts-new-title = 添加联络点
contacts-edit-title = 编辑 { $name }
contacts-conflict-heading = 其他人已先保存了此联系人
contacts-conflict-text = 您的更改未保存。以下是当前存储的信息（版本 { $version }）：
contacts-conflict-resubmit = 下方表单仍保留您输入的内容。再次提交即可替换已存储的信息。
contacts-conflict-discard = 放弃您的更改
contacts-form-has-errors = 部分字段需要修改，提示信息显示在相应字段旁。
contacts-organisation-fixed = 机构：
contacts-choose = 请选择…
contacts-position-optional = 职务（选填）
contacts-phones-legend = 电话号码（按呼叫先后排列）
contacts-phone-number-label = 电话号码 { $number }
contacts-phones-help = 请带国家代码，例如 +66 2 123 4567；未带国家代码的号码将按泰国号码处理。
contacts-email-optional = 电子邮件（选填）
contacts-messaging-optional = 即时通讯（选填）
contacts-languages-spoken = 所用语言
# 该字段接受 ISO 代码和英文语言名称：“th, en, Portuguese”保持原样。
contacts-languages-help = 填写代码或英文名称，用英文逗号分隔：th, en, Portuguese。
contacts-call-order-help = 1 = 首先呼叫；若无人接听，再呼叫下一顺位。
contacts-time-zone = 对方时区
contacts-time-zone-help = 下方的时间和不在岗时段均按此时区计算。
contacts-availability-legend = 何时可以联系
contacts-availability-always = 7×24 小时（随时有人接听的线路）
contacts-availability-hours = 每周时间（见下方）
contacts-hours-label = 每周时间
contacts-hours-caption = 每周时间：无法联系的日子请留空；结束时间早于开始时间表示跨越午夜。
contacts-hours-day = 星期
contacts-hours-from = 开始
contacts-hours-to = 结束
# $day 为星期名称，例如星期一。
contacts-hours-from-label = { $day }开始时间
contacts-hours-to-label = { $day }结束时间
contacts-save-changes = 保存更改
contacts-create = 添加联络点
contacts-cancel = 取消

contacts-organisation-unknown = 请从列表中选择机构。
contacts-name-missing = 请输入联系人姓名。
# $number 为电话字段的序号（1、2、3），$message 为错误说明。
contacts-phone-numbered = 号码 { $number }：{ $message }
contacts-phone-missing = 请至少提供一个可拨打的电话号码。
contacts-phone-too-many = 最多提供五个电话号码。
contacts-call-order-invalid = 请填写 1（首先呼叫）至 99 之间的数字。
contacts-availability-unknown = 请选择 7×24 小时或每周时间。
contacts-hours-missing = 请至少填写一天的时间，或选择 7×24 小时。
# $day 为星期名称，例如星期一。
contacts-hours-both-times = 请按 HH:MM 格式填写{ $day }的两个时间，或两者都留空。
contacts-hours-end-equals-start = 结束时间必须不同于开始时间。如为随时有人接听的线路，请选择 7×24 小时。
contacts-added = 已添加 { $name }。
contacts-saved = 已保存 { $name }。

## 现在联系谁 (/contacts/on-duty)

contacts-on-duty-intro = 每个机构依次显示：正在值班的联系人；如无，则显示 7×24 小时接听的线路；再无，则显示当前处于联系时间内的第一位联系人。
contacts-on-duty-narrow = 仅看一个机构
contacts-on-duty-every-org = 所有机构
contacts-on-duty-show = 显示
contacts-on-duty-show-all = 显示所有机构
contacts-on-duty-no-such-org = 没有使用该代码的启用中机构。
contacts-on-duty-unreachable = 有 { $count } 个机构目前无人可联系。
contacts-on-duty-local-time = 当地时间：{ $time }
contacts-on-duty-on-call-until = 值班至 { $time }
contacts-on-duty-call-first = 首先呼叫
# $hours 为联系人的每周时间：“周一至周五 09:00–17:00”。
contacts-on-duty-within-hours = 在其联系时间内（{ $hours }）
contacts-on-duty-nobody = 目前无人可联系。
contacts-on-duty-no-contacts = 该机构尚无联络点。
contacts-on-duty-none-reachable = 该机构的联系人（共 { $count } 位）目前不在值班、不提供 7×24 小时接听，也不在其联系时间内。
contacts-on-duty-see-contacts = { $count ->
    [1] 查看该联系人
   *[other] 查看其所有联系人
}

## 机构值班表 (/orgs/…/duty)

# $org 为机构代码或名称。
contacts-rota-title = { $org } 值班表
# $zone 为时区，例如 Europe/London，$time 为该地当前时间。
contacts-rota-times = 时间按 { $zone } 显示；当前时间为 { $time }。
contacts-shifts-heading = 当前及即将开始的班次
contacts-shifts-none = 暂无已排班次。
contacts-shifts-label = 班次
contacts-shift-on-call = 值班人员
contacts-shift-until = 结束
contacts-shift-actions = 操作
contacts-shift-now = 当前
contacts-shift-remove-label = 删除 { $name } 的班次
contacts-shift-schedule-heading = 安排班次
contacts-rota-add-contact-first = 请先添加联络点。
contacts-shift-schedule = 安排
contacts-back-to-on-duty = ← 现在联系谁

contacts-shift-contact-unknown = 请从列表中选择值班人员。
contacts-shift-start-invalid = 请输入开始日期和时间，例如 2026-12-24T20:00。
contacts-shift-end-invalid = 请输入结束日期和时间，例如 2026-12-24T20:00。
# $date 和 $time 为输入的内容，$zone 为时区，例如 Europe/London。
contacts-shift-time-skipped = 在 { $zone } 时区不存在 { $date } { $time } 这一时刻：当时正值时钟调整。请选择其他时间。
contacts-shift-reversed = 班次的结束时间必须晚于开始时间。
contacts-shift-over = 该班次已经结束。
# $from 和 $until 为星期、日期、时间和时差。
contacts-shift-added = { $name } 的值班时间为 { $from } 至 { $until }。
contacts-shift-removed = 已删除 { $name } 的班次。

## 联系人所用语言（名录中代替代码显示的名称）

spoken-am = 阿姆哈拉语
spoken-ar = 阿拉伯语
spoken-bn = 孟加拉语
spoken-de = 德语
spoken-en = 英语
spoken-es = 西班牙语
spoken-fa = 波斯语
spoken-fr = 法语
spoken-ha = 豪萨语
spoken-he = 希伯来语
spoken-hi = 印地语
spoken-id = 印度尼西亚语
spoken-it = 意大利语
spoken-ja = 日语
spoken-kk = 哈萨克语
spoken-km = 高棉语
spoken-ko = 韩语
spoken-lo = 老挝语
spoken-ms = 马来语
spoken-my = 缅甸语
spoken-ne = 尼泊尔语
spoken-nl = 荷兰语
spoken-pl = 波兰语
spoken-pt = 葡萄牙语
spoken-ru = 俄语
spoken-si = 僧伽罗语
spoken-sw = 斯瓦希里语
spoken-ta = 泰米尔语
spoken-th = 泰语
spoken-tl = 菲律宾语
spoken-tr = 土耳其语
spoken-uk = 乌克兰语
spoken-ur = 乌尔都语
spoken-uz = 乌兹别克语
spoken-vi = 越南语
spoken-yo = 约鲁巴语
spoken-zh = 中文
spoken-unknown = 未知语言
