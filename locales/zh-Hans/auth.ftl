# 登录和退出登录。

auth-title = 登录
auth-heading = 登录 Liaison
auth-audience = 供泰国皇家警察、各参与国大使馆及 UNODC 使用。
auth-email = 电子邮件地址
auth-password = 密码
auth-submit = 登录
auth-forgotten = 忘记密码？请致电您所在机构的 Liaison 管理员，他们可以为您设置临时密码。
auth-signed-out = 您已退出登录。
auth-bad-credentials = 电子邮件地址或密码不正确。请检查后重试。
auth-missing-credentials = 请输入您的电子邮件地址和密码。
auth-too-many-failures = 登录失败次数过多。请等待 { $minutes } 分钟后重试，或请管理员重置您的密码。
auth-too-many-at-once = 当前登录尝试过多。请稍等一分钟后重试。
auth-locked-out = 密码错误次数过多。请稍后重试。
auth-busy = 当前尝试次数过多。请稍等一分钟后重试。
