## Notifications: the list, the navigation's count, the preferences on the account page,
## following an action item, the emails, the morning digest, and the administrators' page of
## undelivered emails.

notifications-title = การแจ้งเตือน
notifications-help = เรื่องที่เกี่ยวข้องกับคุณและองค์กรของคุณ เรียงจากล่าสุด ทุกรายการจะส่งทางอีเมลด้วย เว้นแต่คุณเลือกไว้เป็นอย่างอื่น
notifications-preferences-link = เลือกการแจ้งเตือนที่จะส่งทางอีเมล
notifications-none = ยังไม่มีการแจ้งเตือน ระบบจะแจ้งคุณที่นี่เมื่อมีการมอบหมายรายการให้คุณ เมื่อมีเรื่องส่งต่อหรือคำขอความช่วยเหลือสำหรับประเทศของคุณเข้ามา หรือเมื่อมีการเวียนรายงานการประชุม
notifications-unread = ใหม่
notifications-open = เปิด
notifications-mark-read = ทำเครื่องหมายว่าอ่านแล้ว
notifications-mark-all-read = ทำเครื่องหมายว่าอ่านแล้วทั้งหมด
notifications-link = ไปยังเรื่องนั้นโดยยังไม่ทำเครื่องหมายว่าอ่านแล้ว
notifications-all-read =
    { $count ->
        [0] ไม่มีการแจ้งเตือนที่ยังไม่ได้อ่าน
       *[other] ทำเครื่องหมายว่าอ่านแล้ว { $count } รายการ
    }
notifications-unreadable = การแจ้งเตือนที่ Liaison รุ่นนี้ไม่สามารถอ่านได้

## The kinds, as the list and the preferences name them.
notifications-kind-unknown = การแจ้งเตือนประเภทอื่น
notifications-kind-item-assigned = มีการมอบหมายรายการดำเนินการให้องค์กรของฉันหรือให้ฉัน
notifications-kind-item-status = รายการดำเนินการที่ฉันติดตามเปลี่ยนสถานะ
notifications-kind-item-comment = มีผู้แสดงความคิดเห็นในรายการดำเนินการที่ฉันติดตาม
notifications-kind-referral-filed = มีการยื่นเรื่องส่งต่อจากด่านตรวจสำหรับประเทศของฉัน
notifications-kind-referral-escalated = เรื่องส่งต่อจากด่านตรวจไม่ได้รับการรับทราบภายในกำหนดเวลา (การยกระดับเรื่อง)
notifications-kind-referral-acknowledged = สถานทูตรับทราบเรื่องส่งต่อจากด่านตรวจที่ฉันยื่น
notifications-kind-rescue-filed = มีการยื่นคำขอความช่วยเหลือสำหรับประเทศของฉัน
notifications-kind-rescue-moved = คำขอความช่วยเหลือสำหรับประเทศของฉันเปลี่ยนสถานะ
notifications-kind-minutes-circulated = มีการเวียนรายงานการประชุมที่องค์กรของฉันเข้าร่วมเพื่อขอความเห็น
notifications-kind-minutes-approved = มีการรับรองรายงานการประชุมที่องค์กรของฉันเข้าร่วม
notifications-kind-digest = ทุกเช้าเวลา 08:00 น.: รายการขององค์กรของฉันที่เกินกำหนดหรือจะครบกำหนดภายในสองวัน

## What happened. Only references and codes: never a person's details.
notifications-item-assigned = { $by } มอบหมาย { $reference } ให้ { $org }
notifications-item-assigned-to-you = { $by } มอบหมาย { $reference } ให้คุณ
notifications-item-status = ขณะนี้ { $reference } มีสถานะ{ $status } ({ $by })
notifications-item-comment = { $by } แสดงความคิดเห็นใน { $reference }
notifications-referral-filed = { $by } ยื่นเรื่องส่งต่อจากด่านตรวจ { $reference } สำหรับประเทศของคุณ โปรดรับทราบ
notifications-referral-acknowledged = { $by } รับทราบเรื่องส่งต่อจากด่านตรวจ { $reference } แล้ว
notifications-referral-flagged = เรื่องส่งต่อจากด่านตรวจ { $reference } ไม่ได้รับการรับทราบภายในกำหนดเวลา โปรดรับทราบทันที
notifications-referral-escalated = เรื่องส่งต่อจากด่านตรวจ { $reference } ยังไม่ได้รับการรับทราบแม้เลยกำหนดเวลาสองเท่าแล้ว เรื่องนี้ขึ้นกระดานเรื่องยกระดับของผู้ประสานงานแล้ว
notifications-referral-estimate-passed = เลยเวลาที่สถานทูตคาดการณ์ไว้สำหรับเรื่องส่งต่อจากด่านตรวจ { $reference } แล้ว โดยยังไม่มีผลการดำเนินการ
notifications-rescue-filed = { $by } ยื่นคำขอความช่วยเหลือ { $reference } สำหรับประเทศของคุณ
notifications-rescue-moved = ขณะนี้คำขอความช่วยเหลือ { $reference } มีสถานะ{ $status } ({ $by })
notifications-minutes-circulated = มีการเวียนรายงานการประชุม “{ $meeting }” เพื่อขอความเห็น
notifications-minutes-approved = รับรองรายงานการประชุม “{ $meeting }” แล้ว
notifications-digest =
    { $org }: { $overdue ->
       *[other] เกินกำหนด { $overdue } รายการ
    } และ{ $soon ->
       *[other] ครบกำหนดภายในสองวัน { $soon } รายการ
    }
notifications-digest-line-overdue = { $reference }: เกินกำหนดตั้งแต่ { $date } ({ $status })
notifications-digest-line-due = { $reference }: ครบกำหนด { $date } ({ $status })
notifications-digest-more =
    { $count ->
       *[other] …และอีก { $count } รายการ
    }

## Emails.
notifications-email-subject = Liaison: { $what }
notifications-email-open = เปิดดูใน Liaison:
notifications-email-footer-account = คุณได้รับอีเมลนี้ตามการตั้งค่าการแจ้งเตือนของคุณใน Liaison หากต้องการเลือกการแจ้งเตือนที่จะส่งทางอีเมล:
notifications-email-footer-duty = คุณได้รับอีเมลนี้ในฐานะจุดติดต่อของ { $org } ในสมุดรายชื่อจุดติดต่อตลอด 24 ชั่วโมงของ Liaison

## Preferences, on the account page.
notifications-preferences-heading = การแจ้งเตือน
notifications-preferences-legend = ส่งทางอีเมลด้วย (คุณจะได้รับการแจ้งเตือนในพอร์ทัลเสมอ)
notifications-preferences-escalations = การแจ้งเตือนการยกระดับเรื่องส่งต่อจากด่านตรวจจะส่งทางอีเมลด้วยเสมอ เนื่องจากมีผู้รออยู่ที่ชายแดน
notifications-preferences-save = บันทึกการตั้งค่าการแจ้งเตือน
notifications-preferences-saved = บันทึกการตั้งค่าการแจ้งเตือนของคุณแล้ว

## Following an action item.
notifications-follow = ติดตาม
notifications-unfollow = เลิกติดตาม
notifications-follow-help = รับการแจ้งเตือนเมื่อมีความคิดเห็นหรือการเปลี่ยนสถานะของรายการนี้
notifications-following-help = คุณจะได้รับการแจ้งเตือนเมื่อมีความคิดเห็นหรือการเปลี่ยนสถานะของรายการนี้
notifications-following = คุณกำลังติดตาม { $reference }
notifications-not-following = คุณเลิกติดตาม { $reference } แล้ว

## Administrators: emails that did not go.
notifications-admin-title = อีเมลที่ส่งไม่สำเร็จ
notifications-admin-help = อีเมลที่ส่งไม่สำเร็จหลังจากพยายามส่งครั้งสุดท้ายแล้ว หรือไม่เคยถูกส่งเนื่องจากไม่ได้ตั้งค่าเซิร์ฟเวอร์ SMTP เมื่อแก้ไขสาเหตุแล้ว ให้กดส่งใหม่ทีละฉบับ
notifications-admin-waiting =
    { $count ->
        [0] ไม่มีอีเมลที่รอส่ง
       *[other] มีอีเมล { $count } ฉบับที่รอการส่งครั้งถัดไป
    }
notifications-admin-none = ส่งอีเมลได้สำเร็จทั้งหมด
notifications-admin-col-queued = เข้าคิวเมื่อ
notifications-admin-col-recipient = ถึง
notifications-admin-col-subject = เรื่อง
notifications-admin-col-reason = สาเหตุที่ส่งไม่สำเร็จ
notifications-admin-col-actions = การดำเนินการ
notifications-admin-never-sent = ไม่ได้ส่ง: ไม่ได้ตั้งค่าเซิร์ฟเวอร์ SMTP
notifications-admin-failed =
    { $count ->
       *[other] ส่งไม่สำเร็จหลังจากพยายาม { $count } ครั้ง:
    }
notifications-admin-retry = ส่งใหม่
notifications-admin-retried = ระบบจะส่งอีเมลถึง { $recipient } อีกครั้ง

## The escalation board.
notifications-board-undelivered = อีเมลแจ้งการยกระดับเรื่องที่ส่งไม่สำเร็จ
notifications-board-undelivered-help = ไม่สามารถติดต่อจุดติดต่อด้านล่างทางอีเมลได้ โปรดโทรหาโดยตรง
notifications-board-undelivered-to = ถึง { $recipient }
notifications-board-undelivered-admin = ดูอีเมลที่ส่งไม่สำเร็จ
