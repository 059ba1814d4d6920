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
