# 当前登录用户自己的账户：/account 和 /account/password。

account-title = 您的账户
account-profile = 个人资料
account-name = 姓名
account-email = 电子邮件
account-organisation = 机构
account-change-password = 更改密码

account-language = 语言
account-language-label = 门户显示语言
account-language-browser = 浏览器语言
account-language-help = 如未选择语言，将使用您的浏览器所请求的语言。名称、备注以及用户输入的所有内容均保持原文。
account-language-save = 保存语言
account-language-saved = 门户显示语言已设为 { $language }。
account-language-browser-saved = 门户现在跟随您的浏览器语言显示。

account-time-zone = 时区
account-time-zone-label = 时间显示时区
account-time-zone-save = 保存时区
account-time-zone-saved = 时间现按 { $zone } 显示。

account-sessions = 活动会话
account-sessions-help = 您的账户当前已登录的所有浏览器。如有您不认识的会话，请将其退出登录，然后更改密码。
account-sessions-label = 您的会话
account-session-signed-in = 登录时间
account-session-last-active = 最近活动
account-session-from = 来源
account-session-browser = 浏览器
account-session-action = 操作
account-session-unknown = 未知
account-session-sign-out-this = 退出登录（当前浏览器）
account-session-sign-out = 退出登录
account-session-signed-out = 该会话已退出登录。

account-password-title = 更改密码
account-password-forced = 管理员为您的账户设置了临时密码。请设置您自己的密码以继续。
account-password-help = 请至少使用 12 个字符。几个互不相关的单词即可组成既安全又好记的密码。更改密码后，您的账户将在其他所有地方退出登录。
account-current-password = 当前密码
account-new-password = 新密码
account-confirm-password = 再次输入新密码
account-password-submit = 更改密码
account-passwords-differ = 两次输入的新密码不一致，请输入相同的密码。
account-password-unchanged = 请选择与当前密码不同的密码。
account-current-password-missing = 请输入您的当前密码。
account-current-password-wrong = 这不是您的当前密码。
account-password-changed = 您的密码已更改。您账户的其他所有会话均已退出登录。

## 二次验证
account-mfa-heading = 二次验证
account-mfa-on = 登录时除密码外，还需输入身份验证器应用中的验证码。
account-mfa-off = 登录时仅需输入密码。请添加身份验证器应用中的验证码，这样仅凭被盗的密码无法登录。
account-mfa-manage = 二次验证和恢复码
account-mfa-set-up = 设置二次验证
account-mfa-title = 二次验证
account-mfa-required = 本门户要求您的账户使用二次验证。请立即设置以继续。
account-mfa-intro = 您需要在手机上安装身份验证器应用，例如 FreeOTP、Aegis、Google Authenticator 或 Microsoft Authenticator。
account-mfa-step-scan = 在应用中添加账户，然后扫描此 QR 码。
account-mfa-step-type = 如无法扫描，也可将此密钥输入应用（基于时间，六位数字）：
account-mfa-step-confirm = 请输入应用当前显示的 Liaison 六位验证码。
account-mfa-qr-label = 用于将您的 Liaison 账户添加到身份验证器应用的 QR 码
account-mfa-code-label = 应用中的验证码
account-mfa-confirm-submit = 启用二次验证
account-mfa-code-missing = 请输入应用显示的验证码。
account-mfa-code-wrong = 验证码不正确或已被使用。请输入应用当前显示的验证码。
account-mfa-codes-heading = 您的恢复码
account-mfa-codes-intro = 二次验证已启用。以下十个恢复码仅显示这一次。
account-mfa-codes-keep = 每个恢复码可让您在没有手机的情况下登录一次。请将其打印出来或保存在密码管理器中，并与手机分开存放。
account-mfa-codes-done = 我已保存恢复码
account-mfa-enrolled-since = 您的二次验证自 { $date } 起已启用。
account-mfa-codes-left = 共 { $total } 个恢复码，其中 { $left } 个未使用。
account-mfa-renew-heading = 新的恢复码
account-mfa-renew-help = 新的一组恢复码将取代旧的一组，旧恢复码随即失效。请输入应用中的验证码以确认。
account-mfa-renew-submit = 生成新的恢复码
account-mfa-lost-phone = 换了新手机或手机丢失？管理员可以重置您的二次验证，您下次登录时再重新设置。
