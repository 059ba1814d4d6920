# 机构和账户管理（/admin/orgs、/admin/users），供管理员使用。

# 各管理页面共用
admin-filters = 筛选
admin-name = 姓名
admin-email = 电子邮件
admin-organisation = 机构
admin-role = 角色
admin-status = 状态
admin-time-zone = 时区
admin-role-administrator = 管理员
admin-role-member = 成员
# 机构或账户的状态，用于表格或信息列表。
admin-active = 已启用
admin-deactivated = 已停用
# 同一状态写在一行信息中（“国家 · Asia/Bangkok · 已启用”）。
admin-state-active = 已启用
admin-state-deactivated = 已停用
admin-edit = 编辑
admin-cancel = 取消
admin-save-changes = 保存更改
admin-yes = 是
admin-no = 否
# 在此人编辑期间有其他人保存了该记录时显示。
# $version 为当前存储的版本号。
admin-conflict-not-saved = 您的更改未保存。以下是当前存储的值（版本 { $version }）：
admin-conflict-resubmit = 下方表单仍保留您输入的内容。再次提交即可替换已存储的值。
admin-conflict-discard = 放弃您的更改

# 机构列表
admin-orgs-title = 管理机构
admin-orgs-add = 添加机构
admin-orgs-table-label = 机构
admin-orgs-code = 代码
admin-orgs-kind = 类型
admin-orgs-country = 国家
admin-orgs-members = 成员

# 单个机构
# $country 为两个字母的 ISO 国家代码，例如 BR。
admin-orgs-country-code = 国家：{ $country }
admin-orgs-no-members = 尚无账户。
admin-orgs-add-account = 添加账户
admin-orgs-members-label = 本机构的账户
# 位于机构账户列表第一页下方；$shown 为列出的数量。
admin-orgs-showing-members = 显示 { $shown } 个账户，共 { $total } 个。
# 指向完整列表的链接；$org 为机构代码，例如 BRA。
admin-orgs-all-members = { $org } 的所有账户
admin-orgs-deactivate-help = 停用后，所有成员将立即退出登录，在机构重新启用前无法登录。机构的记录将予以保留。
# $org 为机构代码，例如 BRA。
admin-orgs-deactivate = 停用 { $org }
admin-orgs-activate = 启用 { $org }
admin-orgs-own = 这是您自己的机构，须由其他管理员停用。

# 机构表单
# $org 为机构代码（页面标题中）或名称（标题中）。
admin-orgs-edit-title = 编辑 { $org }
admin-orgs-conflict = 其他人已先保存了此机构
admin-orgs-country-none = 无
admin-orgs-code-help = 简短代码，用于网址和电话沟通：BRA、CCIB、UNODC。
admin-orgs-country-label = 国家（ISO 代码，仅限国家类机构）
admin-orgs-time-zone-help = 当前值班页面显示该机构的当地时间；值班班次按此时区录入。
admin-orgs-submit = 添加机构

# 确认信息；$org 为机构代码，例如 PHL。
admin-orgs-created = 已创建机构 { $org }。
admin-orgs-saved = 已保存机构 { $org }。
admin-orgs-activated = 已启用机构 { $org }。
admin-orgs-deactivated = 已停用机构 { $org }。

# 账户列表
admin-users-title = 管理账户
admin-users-add = 添加账户
admin-users-all-orgs = 所有机构
admin-users-search = 姓名或电子邮件包含
admin-users-include-inactive = 包括已停用的账户
admin-users-filter = 筛选
admin-users-count = { $count } 个账户
# 账户数多于统计上限时：“1000+ 个账户”。
admin-users-count-more = { $count }+ 个账户
admin-users-table-label = 账户
# 在账户列表中“已启用”之后。
admin-users-must-change-password = 须更改密码

# 单个账户
admin-users-password = 密码
# $when 为日期和时间。
admin-users-password-changed = 更改于 { $when }
admin-users-password-must-change = 下次登录时须更改
admin-users-created-at = 创建时间
admin-users-reset-heading = 重置密码
admin-users-reset-help = 设置临时密码，并使该账户在所有地方退出登录；账户持有人下次登录时须自行设置密码。
admin-users-temporary-password = 临时密码
admin-users-reset-submit = 设置临时密码
# 指向 /account/password 的链接，管理员在自己的账户页面上可见。
admin-users-own-password = 如需更改您自己的密码，请使用您的账户页面。
admin-users-deactivate-help = 停用后，该账户将立即退出登录且无法再登录；其历史记录将予以保留。
admin-users-deactivate = 停用此账户
admin-users-own-account = 您不能停用自己的账户。
admin-users-activate = 启用此账户

# 账户表单
# $name 为此人的姓名。
admin-users-edit-title = 编辑 { $name }
admin-users-conflict = 其他人已先保存了此账户
admin-users-administrator = 管理员
admin-users-full-name = 全名
admin-users-email-address = 电子邮件地址
admin-users-choose-org = 请选择…
admin-users-admin-label = 管理员（管理机构和账户；仅限协调方机构）
admin-users-password-help = 至少 12 个字符。请通过电话或当面告知本人；本人首次登录时须更换。
admin-users-submit = 添加账户

# 账户表单字段旁的提示
admin-users-org-missing = 请选择此人所属的机构。
admin-users-org-unknown = 请从列表中选择机构。
admin-users-admin-outside-coordination = 只有协调方机构的成员才能担任管理员。
admin-users-email-taken = 已有其他账户使用此电子邮件地址。
admin-users-own-admin-rights = 您不能取消自己的管理员权限；请联系其他管理员。

# 确认信息；$email 为账户的电子邮件地址。
admin-users-created = 已创建账户 { $email }。请通过电话或当面将临时密码告知本人；本人首次登录时须更改密码。
admin-users-saved = 已保存账户 { $email }。
admin-users-activated = 已启用账户 { $email }。
admin-users-deactivated = 已停用账户 { $email }。
admin-users-password-reset = 已为 { $email } 设置临时密码；本人下次登录时须更改密码。

## 账户的二次验证
admin-users-second-factor = 二次验证
admin-users-second-factor-since = 设置于 { $date }
admin-users-second-factor-none = 未设置
admin-users-second-factor-reset-heading = 重置二次验证
admin-users-second-factor-reset-help = 适用于手机丢失或更换的情况：该账户的身份验证器和恢复码将失效，其会话将结束。重置前请核实提出请求的是谁。本人将在下次登录时设置新的二次验证。
admin-users-second-factor-reset-submit = 重置二次验证
admin-users-second-factor-reset = 已重置 { $email } 的二次验证；本人将在下次登录时设置新的二次验证。
