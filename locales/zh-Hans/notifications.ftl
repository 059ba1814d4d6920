## Notifications: the list, the navigation's count, the preferences on the account page,
## following an action item, the emails, the morning digest, and the administrators' page of
## undelivered emails.

notifications-title = 通知
notifications-help = 与您及您所在机构相关的内容，按时间由新到旧排列。除非您另有选择，每条通知也会通过电子邮件发送。
notifications-preferences-link = 选择通过电子邮件接收哪些通知
notifications-none = 暂无通知。当有事项分派给您、有涉及贵国的边境转介或营救请求送达，或有会议纪要分发时，您将在此收到通知。
notifications-unread = 新
notifications-open = 打开
notifications-mark-read = 标为已读
notifications-mark-all-read = 全部标为已读
notifications-link = 前往该记录，但不标为已读
notifications-all-read =
    { $count ->
        [0] 没有未读通知。
       *[other] 已将 { $count } 条通知标为已读。
    }
notifications-unreadable = 此版本的 Liaison 无法读取这条通知。

## The kinds, as the list and the preferences name them.
notifications-kind-unknown = 其他类型的通知
notifications-kind-item-assigned = 有行动事项分派给本机构或我本人
notifications-kind-item-status = 我关注的行动事项状态发生变化
notifications-kind-item-comment = 有人评论我关注的行动事项
notifications-kind-referral-filed = 有边境转介提交给本国
notifications-kind-referral-escalated = 边境转介未在时限内签收（升级）
notifications-kind-referral-acknowledged = 大使馆签收了我提交的边境转介
notifications-kind-rescue-filed = 有营救请求提交给本国
notifications-kind-rescue-moved = 涉及本国的营救请求状态发生变化
notifications-kind-minutes-circulated = 本机构参会的会议纪要已分发征求意见
notifications-kind-minutes-approved = 本机构参会的会议纪要已获批准
notifications-kind-digest = 每天早上 08:00：本机构逾期或两天内截止的事项

## What happened. Only references and codes: never a person's details.
notifications-item-assigned = { $by } 已将 { $reference } 分派给 { $org }。
notifications-item-assigned-to-you = { $by } 已将 { $reference } 分派给您。
notifications-item-status = { $reference } 现为“{ $status }”状态（{ $by }）。
notifications-item-comment = { $by } 评论了 { $reference }。
notifications-referral-filed = { $by } 已向贵国提交边境转介 { $reference }。请予以签收。
notifications-referral-acknowledged = { $by } 已签收边境转介 { $reference }。
notifications-referral-flagged = 边境转介 { $reference } 已过签收时限仍未签收。请立即签收。
notifications-referral-escalated = 边境转介 { $reference } 已到两倍时限仍未签收，现已列入协调员的升级看板。
notifications-referral-estimate-passed = 大使馆就边境转介 { $reference } 给出的预计时间已过，仍无结果。
notifications-rescue-filed = { $by } 已向贵国提交营救请求 { $reference }。
notifications-rescue-moved = 营救请求 { $reference } 现为“{ $status }”状态（{ $by }）。
notifications-minutes-circulated = 会议“{ $meeting }”的纪要已分发征求意见。
notifications-minutes-approved = 会议“{ $meeting }”的纪要已获批准。
notifications-digest =
    { $org }：{ $overdue ->
       *[other] { $overdue } 项逾期
    }，{ $soon ->
       *[other] { $soon } 项两天内截止
    }。
notifications-digest-line-overdue = { $reference }：自 { $date } 起逾期（{ $status }）
notifications-digest-line-due = { $reference }：{ $date } 截止（{ $status }）
notifications-digest-more =
    { $count ->
       *[other] ……另有 { $count } 项。
    }

## Emails.
notifications-email-subject = Liaison：{ $what }
notifications-email-open = 在 Liaison 中打开：
notifications-email-footer-account = 您收到此邮件，是因为您在 Liaison 中的通知设置。如需选择通过电子邮件接收哪些通知，请访问：
notifications-email-footer-duty = 您收到此邮件，是因为您是 { $org } 在 Liaison 7×24 小时名录中的联络点。

## Preferences, on the account page.
notifications-preferences-heading = 通知
notifications-preferences-legend = 同时通过电子邮件发送（门户内始终会通知您）
notifications-preferences-escalations = 边境转介的升级通知始终同时通过电子邮件发送：有人正在边境等候。
notifications-preferences-save = 保存通知设置
notifications-preferences-saved = 您的通知设置已保存。

## Following an action item.
notifications-follow = 关注
notifications-unfollow = 取消关注
notifications-follow-help = 接收该事项的评论和状态变化通知。
notifications-following-help = 您会收到该事项的评论和状态变化通知。
notifications-following = 您已关注 { $reference }。
notifications-not-following = 您已不再关注 { $reference }。

## Administrators: emails that did not go.
notifications-admin-title = 未送达的电子邮件
notifications-admin-help = 最后一次尝试后仍发送失败的电子邮件，或因未配置 SMTP 服务器而从未发送的电子邮件。排除原因后，可逐封重试。
notifications-admin-waiting =
    { $count ->
        [0] 没有等待发送的电子邮件。
       *[other] 有 { $count } 封电子邮件正在等待下一次尝试。
    }
notifications-admin-none = 所有电子邮件均已发出。
notifications-admin-col-queued = 排队时间
notifications-admin-col-recipient = 收件人
notifications-admin-col-subject = 主题
notifications-admin-col-reason = 未发出原因
notifications-admin-col-actions = 操作
notifications-admin-never-sent = 未发送：未配置 SMTP 服务器。
notifications-admin-failed =
    { $count ->
       *[other] 尝试 { $count } 次后失败：
    }
notifications-admin-retry = 重试
notifications-admin-retried = 发给 { $recipient } 的电子邮件将重新发送。

## The escalation board.
notifications-board-undelivered = 无法送达的升级通知邮件
notifications-board-undelivered-help = 未能通过电子邮件联系到以下联络点。请致电联系。
notifications-board-undelivered-to = 发往 { $recipient }
notifications-board-undelivered-admin = 查看未送达的电子邮件
