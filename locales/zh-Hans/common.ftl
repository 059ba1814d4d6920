# 所有页面共用的内容：页面布局、导航、分页、错误页面、表单字段旁的提示，以及多个板块显示的状态和类型名称。

app-name = Liaison
layout-skip-link = 跳到主要内容
layout-nav-account = 账户
layout-nav-main = 主导航
layout-sign-out = 退出登录
layout-sign-in = 登录
nav-dashboard = 仪表板
nav-action-items = 行动事项
nav-contacts = 联系人
nav-rescue-requests = 营救请求
nav-referrals = 边境转介
nav-meetings = 会议
nav-on-duty = 当前值班
nav-orgs = 机构
nav-audit = 审计日志
nav-admin-orgs = 管理机构
nav-admin-rescue-areas = 营救区域
nav-admin-referrals = 转介时限
nav-admin-emails = 电子邮件
nav-notifications = 通知
nav-notifications-unread =
    { $count ->
       *[other] { $count } 条未读
    }
nav-admin-users = 管理账户
layout-footer = Liaison · 泰国皇家警察、各国大使馆与 UNODC 协作打击电诈园区和人口贩运。
layout-footer-time-zone = 时间均按 { $zone } 显示。
layout-language = 语言

pager-label = 分页
pager-newest = ← 最新
pager-previous = ← 上一页
pager-older = 更早 →
pager-next = 下一页 →
common-page-of = 第 { $page } 页，共 { $pages } 页
common-page-of-more = 第 { $page } 页，共 { $pages }+ 页

# 错误页面
error-status = 错误 { $status }
error-reference = 参考编号：
error-back-to-dashboard = 返回仪表板
error-not-found-title = 未找到页面
error-not-found-text = 此处没有内容，或您无权访问。请检查网址，或返回您的仪表板。
error-forbidden-title = 不允许此操作
error-forbidden-text = 您的角色不允许执行此操作。如确有需要，请联系协调员或管理员。
error-bad-request-title = 无法读取请求
error-bad-request-text = 提交的内容格式有误或过大。请返回，检查表单后重试。
error-csrf-title = 表单已过期
error-csrf-text = 为保障您的安全，系统未能接受该表单：表单已过时，或来自其他网站。请返回，刷新页面后重新提交。
error-duplicate-title = 已被占用
error-duplicate-text = 刚才有其他人保存了相同的代码或电子邮件地址。请返回，刷新页面后另选一个。
error-unavailable-title = 暂时无法使用
error-unavailable-text = 门户目前无法连接数据库。请一分钟后重试；如问题持续，请致电值班管理员。
error-internal-title = 出现错误
error-internal-text = 发生意外错误，此请求已中止，未做任何更改。请重试；如再次发生，请告知管理员并提供下方的参考编号。
error-method-title = 无法以此方式访问
error-method-text = 此网址不能这样使用。请返回并使用页面上的链接和按钮。

# 表单字段旁的提示
field-too-long = 最多 { $max } 个字符。
field-no-line-breaks = 请删除换行符和控制字符。
field-no-control-characters = 请删除控制字符。
field-date-format = 请输入日期，例如 2026-12-31。
field-name-missing = 请输入名称。
field-time-zone-unknown = 请从列表中选择时区，例如 Asia/Bangkok。
field-email-missing = 请输入电子邮件地址。
field-email-too-long = 电子邮件地址最多 254 个字符。
field-email-invalid = 请输入有效的电子邮件地址，例如 name@embassy.example。
field-org-kind-unknown = 请选择协调方、国家或观察方。
field-org-code-invalid = 请使用 2 至 16 个字母、数字或连字符，并以字母开头（例如 BRA 或 CCIB）。
field-country-code-invalid = 请使用两个字母的 ISO 国家代码（例如 BR 或 TZ）。
field-password-too-short = 请至少使用 { $min } 个字符；几个互不相关的单词即可组成既安全又好记的密码。
field-password-common = 此密码属于常用密码，请另选一个。
field-password-has-email = 密码中请勿包含您的电子邮件地址。
field-phone-invalid = 电话号码无效。请带上国家代码，例如 +66 2 123 4567。
field-phone-missing = 请输入电话号码，例如 +66 2 123 4567。
field-phone-characters = 电话号码只能包含数字、空格、短横线、点、括号以及开头的 +。
field-languages-too-many = 最多列出 { $max } 种语言（您列出了 { $count } 种）。请保留该联系人值班时使用的语言。
field-languages-unknown = { $count ->
   *[other] 未知语言：{ $listed }。请使用两个字母的代码，例如 th, en, pt。
}
field-status-unknown = 请从列表中选择状态。
field-priority-unknown = 请选择低、普通、高或紧急。
field-visibility-unknown = 请选择共享或受限。

# 多个板块显示的名称
org-kind-coordinator = 协调方
org-kind-country = 国家
org-kind-observer = 观察方
status-open = 待处理
status-in-progress = 进行中
status-blocked = 受阻
status-done = 已完成
status-cancelled = 已取消
priority-low = 低
priority-normal = 普通
priority-high = 高
priority-urgent = 紧急
visibility-shared = 与所有参与方共享
visibility-restricted = 仅限承办方、协调员和观察员
