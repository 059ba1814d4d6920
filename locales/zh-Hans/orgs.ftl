# 机构：名录和机构工作区页面，以及机构字段旁的提示（管理员表单）。

orgs-heading = 参与机构
orgs-intro = 所有登录 Liaison 的用户都能看到此名录。
# 表格标题，供屏幕阅读器使用。
orgs-count = { $count } 个机构
orgs-col-code = 代码
orgs-col-name = 名称
orgs-col-kind = 类型
orgs-col-country = 国家
orgs-col-members = 成员

# 位于机构名称下方。方括号中的键 [coordinator] [country] [observer] 保持不变。
orgs-kind-organisation = { $kind ->
    [coordinator] 机构类型：协调方
    [country] 机构类型：国家
   *[observer] 机构类型：观察方
}
# $country 为两个字母的 ISO 国家代码（BR、TZ）。
orgs-country = 国家：{ $country }
orgs-deactivated = 已停用
orgs-own-workspace = 这是您所在机构的工作区。
orgs-workspace = 工作区
orgs-active-members = 有效成员
orgs-time-zone = 时区
orgs-since = 加入 Liaison 时间
orgs-manage = 管理此机构

# 机构字段旁的提示
orgs-name-missing = 请输入机构名称。
orgs-country-not-allowed = 只有国家类机构才需填写国家；请将此项留空。
orgs-code-taken = 已有其他机构使用此代码。
orgs-country-taken = 已有其他机构代表该国家。
