# 仪表板，以及各角色的名称。

role-admin = 管理员
role-coordinator = 协调员
role-country-member = 国家成员
role-observer = 观察员
dashboard-role-admin = 您在所有工作区之间进行协调，并管理机构和账户。
dashboard-role-coordinator = 您可以查看所有工作区，跨机构分派工作，并查阅审计日志。
dashboard-role-country-member = 您在本国的工作区中工作：处理其行动事项、联络点以及本国公民的营救请求。
dashboard-role-observer = 您可以查阅所有工作区；受害者的个人信息对您隐去，且您不能做任何更改。

dashboard-welcome = 欢迎，{ $name }
dashboard-your-organisation = 您的机构
dashboard-org-kind = 机构类型：{ $kind }
dashboard-org-kind-country = 机构类型：{ $kind }（国家：{ $country }）
dashboard-members = { $count } 名有效成员
dashboard-open-workspace = 打开工作区
dashboard-what-you-can-do = 您可以做什么
dashboard-create-item = 创建行动事项
dashboard-who-to-call = 现在联系谁
dashboard-contact-points = 联络点
dashboard-org-directory = 参与机构名录
dashboard-your-account = 您的账户、密码和会话
dashboard-owed-by = { $org } 承办的事项
dashboard-referrals-none = 没有待签收的边境转介。
dashboard-referrals-awaiting = { $count } 项转介待签收
dashboard-referrals-late = { $count } 项已过时限
dashboard-referrals-escalated = { $count } 项在升级看板上
dashboard-referrals-awaiting-more = 超过 { $count } 项转介待签收
dashboard-referrals-late-more = 超过 { $count } 项已过时限
dashboard-referrals-escalated-more = 超过 { $count } 项在升级看板上
