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
auth-demo-second-factor-off = 这是演示门户：此处二次验证为可选项。正式门户会要求每个账户输入身份验证器应用中的验证码。

## 登录第二步：验证码
auth-code-title = 输入验证码
auth-code-intro = 密码正确。请打开手机上的身份验证器应用，输入其显示的 Liaison 六位验证码。
auth-code-label = 验证码
auth-code-hint = 如手机不在身边，请改为输入您的一个恢复码。
auth-code-submit = 登录
auth-code-other-account = 使用其他账户登录
auth-code-missing = 请输入身份验证器应用中的验证码或恢复码。
auth-code-wrong = 验证码不正确或已被使用。请输入应用当前显示的验证码。
auth-recovery-code-used = 您已使用恢复码登录；{ $left ->
       *[other] 还剩 { $left } 个未使用的恢复码。
    }您可以在账户页面生成一组新的恢复码。
