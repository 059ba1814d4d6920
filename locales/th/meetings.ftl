# การประชุม: วาระการประชุม การเข้าร่วมประชุม รายงานการประชุม มติ และปฏิทิน

meetings-new = การประชุมใหม่
meetings-create = สร้างการประชุม
meetings-save = บันทึกการประชุม
meetings-cancel = ยกเลิก
meetings-edit = แก้ไขการประชุม
meetings-edit-title = แก้ไข "{ $title }"
meetings-created = สร้างการประชุม "{ $title }" แล้ว
meetings-saved = บันทึกการประชุม "{ $title }" แล้ว
meetings-form-has-errors = มีบางช่องที่ต้องแก้ไข ข้อมูลที่คุณพิมพ์ยังคงอยู่
meetings-conflict-heading = มีผู้อื่นเปลี่ยนแปลงการประชุมนี้
meetings-conflict-text = ระหว่างที่คุณแก้ไข มีผู้อื่นบันทึกการประชุมนี้ไปแล้ว (ขณะนี้เป็นฉบับที่ { $version }) รายละเอียดปัจจุบันมีดังนี้
meetings-conflict-kept = การแก้ไขของคุณยังคงอยู่ในแบบฟอร์มด้านล่าง หากบันทึก ข้อมูลนี้จะแทนที่ฉบับข้างต้น
meetings-conflict-discard = ละทิ้งการแก้ไขของคุณและดูการประชุมตามที่เป็นอยู่ขณะนี้

meetings-when-label = การประชุมที่จะแสดง
meetings-upcoming = การประชุมที่จะมาถึง
meetings-past = การประชุมที่ผ่านมา
meetings-count = { $count ->
   *[other] การประชุม { $count } ครั้ง
}
meetings-count-more = การประชุมมากกว่า { $count } ครั้ง
meetings-none-upcoming = ไม่มีการประชุมที่กำหนดไว้
meetings-none-past = ไม่มีการประชุมที่ผ่านมา
meetings-col-when = วันและเวลา
meetings-col-title = ชื่อการประชุม
meetings-col-place = สถานที่
meetings-col-participants = ผู้เข้าร่วม
meetings-col-minutes = รายงานการประชุม
meetings-yours = ของคุณ
meetings-online = ออนไลน์
meetings-place-none = ยังไม่ได้กำหนด
meetings-participant-count = { $count ->
   *[other] { $count } องค์กร
}

meetings-starts = เริ่ม
meetings-ends = สิ้นสุด
meetings-ended = สิ้นสุดแล้ว
meetings-time-zone = เขตเวลาของเวลาที่กรอก
meetings-time-zone-help = กรอกเวลาตามเขตเวลานี้ ผู้ใช้แต่ละคนจะเห็นเวลาตามเขตเวลาของตนเอง
meetings-video-url = ลิงก์ประชุมทางวิดีโอ
meetings-chair = ประธานการประชุม
meetings-chair-help = ชื่อและตำแหน่งของผู้ทำหน้าที่ประธานการประชุม
meetings-chair-none = ไม่ได้ระบุ
meetings-participants-legend = องค์กรที่เข้าร่วม
meetings-title-missing = โปรดกรอกชื่อการประชุม
meetings-starts-missing = โปรดกรอกเวลาเริ่มประชุม
meetings-ends-missing = โปรดกรอกเวลาสิ้นสุดการประชุม
meetings-time-format = โปรดกรอกวันที่และเวลา เช่น 2026-12-15 10:00
meetings-time-skipped = เวลานี้ไม่มีอยู่จริงในเขตเวลานี้ (เป็นช่วงที่มีการปรับเวลา)
meetings-ends-before-start = เวลาสิ้นสุดต้องอยู่หลังเวลาเริ่มประชุม
meetings-too-long = การประชุมหนึ่งครั้งใช้เวลาได้ไม่เกินเจ็ดวัน
meetings-video-url-invalid = โปรดกรอกที่อยู่เว็บที่ขึ้นต้นด้วย https://
meetings-participants-missing = โปรดเลือกองค์กรที่เข้าร่วมอย่างน้อยหนึ่งองค์กร
meetings-participants-unknown = { $count ->
   *[other] ไม่มีองค์กรที่ใช้งานอยู่ซึ่งมีรหัส { $codes }
}

meetings-agenda = วาระการประชุม
meetings-agenda-help = หนึ่งบรรทัดต่อหนึ่งวาระ เรียงตามลำดับการประชุม เว้นแถวว่างไว้เพื่อลบวาระนั้น หากต้องการแถวเพิ่ม ให้บันทึกแล้วแก้ไขอีกครั้ง
meetings-agenda-row-title = วาระที่ { $row }
meetings-agenda-presenter = ผู้นำเสนอ
meetings-agenda-presenter-none = ไม่ระบุ
meetings-agenda-minutes = เวลาที่กำหนด (นาที)
meetings-agenda-notes = หมายเหตุ
meetings-agenda-row-wrong = วาระที่ { $row }: { $problem }
meetings-agenda-title-missing = โปรดกรอกหัวข้อวาระ
meetings-agenda-minutes-invalid = เวลาที่กำหนดต้องเป็นตัวเลขตั้งแต่ 1 ถึง 600 นาที
meetings-agenda-presenter-not-participant = { $code } ไม่ได้เข้าร่วมการประชุมนี้
meetings-agenda-too-long = วาระการประชุมมีได้ไม่เกิน { $max } วาระ
meetings-agenda-empty = ยังไม่มีวาระการประชุม
meetings-agenda-presented-by = นำเสนอโดย { $org }
meetings-agenda-planned = { $minutes ->
   *[other] { $minutes } นาที
}

meetings-local-time = ตามเขตเวลาของการประชุม
meetings-local-time-value = { $time } ({ $zone })
meetings-open-minutes = รายงานการประชุมและมติ
meetings-add-to-calendar = เพิ่มลงในปฏิทินของฉัน (.ics)
meetings-record-attendance = บันทึกการเข้าร่วมประชุม
meetings-back-to-meeting = กลับไปที่การประชุม
meetings-back-to-minutes = กลับไปที่รายงานการประชุม

meetings-participants-heading = ผู้เข้าร่วมและการเข้าร่วมประชุม
meetings-present-summary = มาประชุม { $orgs } จาก { $total } องค์กร รวม { $people ->
   *[other] { $people } คน
}
meetings-attendance-not-recorded = ยังไม่ได้บันทึกการเข้าร่วมประชุม
meetings-col-organisation = องค์กร
meetings-col-attendance = การเข้าร่วมประชุม
meetings-col-people = ผู้มาประชุม
meetings-attendance-unrecorded = ยังไม่ได้บันทึก
meetings-attendance-present = มาประชุม
meetings-attendance-absent = ไม่มาประชุม
meetings-attendance-excused = ลาประชุม
meetings-attendance-unknown = โปรดเลือกมาประชุม ไม่มาประชุม หรือลาประชุม
meetings-attendance-title = การเข้าร่วมประชุม: { $title }
meetings-attendance-help = ระบุว่าแต่ละองค์กรมาประชุมหรือไม่ และใครมาบ้าง โดยทำเครื่องหมายที่บัญชีของผู้มาประชุม หรือพิมพ์ชื่อ
meetings-attendance-accounts = บัญชีของ { $org }
meetings-attendance-people = ผู้มาประชุมอื่น ๆ
meetings-attendance-people-help = หนึ่งคนต่อหนึ่งบรรทัด ในรูปแบบ "ชื่อ, ตำแหน่ง"
meetings-attendance-save = บันทึกการเข้าร่วมประชุม
meetings-attendance-saved = บันทึกการเข้าร่วมประชุมแล้ว
meetings-attendance-conflict = มีผู้อื่นบันทึกการเข้าร่วมประชุมระหว่างที่คุณกำลังทำงาน ข้อมูลที่คุณกรอกยังคงอยู่ในแบบฟอร์ม หากบันทึก ข้อมูลนี้จะแทนที่ข้อมูลของผู้นั้น
meetings-attendance-absent-with-people = { $org } ถูกระบุว่าไม่มาประชุมหรือลาประชุม แต่มีรายชื่อผู้มาประชุม
meetings-attendee-wrong = { $org }: { $problem }
meetings-attendee-name-missing = แต่ละบรรทัดต้องมีชื่อก่อนเครื่องหมายจุลภาค
meetings-attendees-too-many = { $org }: ได้ไม่เกิน { $max } คน
meetings-attendee-account-unknown = บัญชีที่ทำเครื่องหมายไว้บางบัญชีไม่ได้เป็นขององค์กรที่เข้าร่วม

meetings-carried-over = เรื่องสืบเนื่องจากการประชุมครั้งก่อน
meetings-carried-over-help = รายการดำเนินการที่ยังเปิดอยู่ตามมติของการประชุมครั้งก่อน ๆ ที่มีองค์กรเดียวกันเข้าร่วม
meetings-carried-over-none = ไม่มีเรื่องสืบเนื่องจากการประชุมครั้งก่อน
meetings-carried-over-more = แสดง { $count } รายการที่ครบกำหนดเร็วที่สุด รายการที่เหลือจะแสดงตามมาเมื่อรายการเหล่านี้เสร็จสิ้น
meetings-col-item = รายการดำเนินการ
meetings-col-owed-by = หน่วยงานที่รับผิดชอบ
meetings-col-due = ครบกำหนด
meetings-col-status = สถานะ
meetings-col-decision = มติ
meetings-decision-of = มติที่ { $number } ของการประชุม "{ $meeting }"
meetings-overdue = เกินกำหนด

meetings-minutes-title = รายงานการประชุม: { $title }
meetings-minutes = รายงานการประชุม
meetings-minutes-state-draft = ร่าง
meetings-minutes-state-circulated = เวียนเพื่อขอความเห็น
meetings-minutes-state-approved = รับรองแล้ว
meetings-minutes-state-unknown = โปรดเลือกสถานะของรายงานการประชุม
meetings-minutes-empty = ยังไม่มีเนื้อหา
meetings-minutes-edit = แก้ไขรายงานการประชุม
meetings-minutes-help = Markdown: **ตัวหนา**, รายการที่ขึ้นต้นด้วย "-", ลิงก์ ระบบจะลบรูปภาพและสคริปต์ออก
meetings-minutes-save = บันทึกรายงานการประชุม
meetings-minutes-saved = บันทึกรายงานการประชุมแล้ว
meetings-minutes-circulate = เวียนเพื่อขอความเห็น
meetings-minutes-circulated = เวียนรายงานการประชุมแล้ว ผู้เข้าร่วมสามารถแสดงความคิดเห็นประกอบได้
meetings-minutes-approve = รับรองรายงานการประชุม
meetings-minutes-approve-help = เมื่อรับรองแล้ว รายงานการประชุมและมติจะถูกล็อก การแก้ไขจะเพิ่มเป็นบันทึกแก้ไขเพิ่มเติม
meetings-minutes-approved = รับรองและล็อกรายงานการประชุมแล้ว
meetings-minutes-locked = รายงานการประชุมนี้ได้รับการรับรองและล็อกแล้ว จึงไม่มีการเปลี่ยนแปลงใด การแก้ไขต้องเพิ่มเป็นบันทึกแก้ไขเพิ่มเติม
meetings-minutes-stale = มีผู้อื่นเปลี่ยนแปลงรายงานการประชุมระหว่างที่คุณกำลังทำงาน จึงยังไม่ได้บันทึกสิ่งใด ข้อความที่คุณพิมพ์ยังคงอยู่ในช่องแก้ไขใต้เนื้อหาปัจจุบัน
meetings-draft-help = ร่างที่ผู้ประสานงานยังจัดทำอยู่ ซึ่งจะเวียนให้ผู้เข้าร่วมเพื่อขอความเห็นก่อนรับรอง
meetings-circulated-help = เวียนเพื่อขอความเห็น: ผู้เข้าร่วมสามารถแสดงความคิดเห็นด้านล่างได้ก่อนที่ผู้ประสานงานจะรับรอง
meetings-approved-by = รับรองโดย { $name } เมื่อ { $time }
meetings-approved-at = รับรองเมื่อ { $time }
meetings-approved-locked = รายงานการประชุมถูกล็อกแล้ว
meetings-print = พิมพ์รายงานการประชุม

meetings-decisions = มติ
meetings-decisions-none = ไม่มีมติที่บันทึกไว้
meetings-decision-number = มติที่ { $number }
meetings-decision-new = บันทึกมติ
meetings-decision-help = ตามที่ตกลงกัน ในหนึ่งหรือสองประโยค (Markdown)
meetings-decision-record = บันทึกมติ
meetings-decision-recorded = บันทึกมติที่ { $number } แล้ว
meetings-decision-missing = โปรดกรอกมติ
meetings-decision-make-item = สร้างรายการดำเนินการจากมตินี้
meetings-decision-reword = แก้ไขถ้อยคำของมติ
meetings-decision-save = บันทึกถ้อยคำ
meetings-decision-reworded = แก้ไขถ้อยคำของมติที่ { $number } แล้ว
meetings-progress = เสร็จสิ้น { $done } จาก { $total } รายการ
meetings-progress-overdue = เสร็จสิ้น { $done } จาก { $total } รายการ เกินกำหนด { $overdue } รายการ
meetings-progress-none = ยังไม่มีรายการดำเนินการ

meetings-comments = ความคิดเห็น
meetings-comments-none = ไม่มีความคิดเห็น
meetings-comment-label = ความคิดเห็นของคุณต่อรายงานการประชุม
meetings-comment-add = เพิ่มความคิดเห็น
meetings-comment-added = เพิ่มความคิดเห็นแล้ว
meetings-comment-missing = โปรดเขียนความคิดเห็น
meetings-comments-closed = รับความคิดเห็นเฉพาะระหว่างที่เวียนรายงานการประชุมเท่านั้น จึงไม่ได้เพิ่มความคิดเห็นนี้
meetings-comments-after-circulation = ผู้เข้าร่วมจะแสดงความคิดเห็นได้เมื่อเวียนรายงานการประชุมแล้ว
meetings-comments-closed-approved = รายงานการประชุมได้รับการรับรองแล้ว จึงปิดรับความคิดเห็น

meetings-addenda = บันทึกแก้ไขเพิ่มเติม
meetings-addenda-none = ไม่มีบันทึกแก้ไขเพิ่มเติม
meetings-addendum-label = เพิ่มบันทึกแก้ไขเพิ่มเติม
meetings-addendum-help = การแก้ไขรายงานการประชุมที่รับรองแล้ว โดยระบุวันที่และลงชื่อของคุณ
meetings-addendum-add = เพิ่มบันทึกแก้ไขเพิ่มเติม
meetings-addendum-added = เพิ่มบันทึกแก้ไขเพิ่มเติมแล้ว
meetings-addendum-missing = โปรดเขียนบันทึกแก้ไขเพิ่มเติม
meetings-addendum-before-approval = บันทึกแก้ไขเพิ่มเติมใช้แก้ไขรายงานการประชุมที่รับรองแล้ว รายงานฉบับนี้ยังไม่ได้รับการรับรอง โปรดแก้ไขรายงานโดยตรง
meetings-addendum-signed = บันทึกแก้ไขเพิ่มเติมโดย { $name } ({ $org }) เมื่อ { $time }

meetings-print-help = ใช้คำสั่งพิมพ์ของเบราว์เซอร์ รายงานนี้พอดีกับกระดาษ A4
meetings-print-chair = ประธานการประชุม: { $chair }
meetings-print-printed = พิมพ์เมื่อ { $date }

meetings-ics-local-times = { $starts } – { $ends } ({ $zone })
meetings-ics-chair = ประธานการประชุม: { $chair }
meetings-ics-video = ลิงก์ประชุมทางวิดีโอ: { $url }
meetings-feed-name = การประชุมใน Liaison
meetings-feed-heading = ฟีดปฏิทิน
meetings-feed-help = ที่อยู่ส่วนตัวที่แอปปฏิทินของคุณสามารถสมัครรับได้ ซึ่งรวมทุกการประชุมที่คุณมีสิทธิ์เห็น ผู้ใดที่มีที่อยู่นี้จะอ่านข้อมูลการประชุมของคุณได้ โปรดเก็บไว้เป็นความลับ
meetings-feed-new = ที่อยู่ฟีดปฏิทินใหม่ของคุณ
meetings-feed-url = ที่อยู่ฟีด
meetings-feed-shown-once = โปรดคัดลอกไว้ทันที ที่อยู่นี้จะแสดงเพียงครั้งเดียว หากสร้างที่อยู่ใหม่ ที่อยู่นี้จะใช้ไม่ได้อีก
meetings-feed-made-at = คุณมีที่อยู่ฟีดที่สร้างเมื่อ { $time }
meetings-feed-none = คุณยังไม่มีที่อยู่ฟีด
meetings-feed-make = สร้างที่อยู่ฟีด
meetings-feed-replace = สร้างที่อยู่ใหม่ (ที่อยู่เดิมจะใช้ไม่ได้)
meetings-feed-revoke = เพิกถอนที่อยู่
meetings-feed-revoked = ที่อยู่ฟีดปฏิทินของคุณใช้ไม่ได้อีกต่อไป

meetings-dashboard-next = การประชุมครั้งถัดไป:
meetings-dashboard-none = ไม่มีการประชุมที่กำหนดไว้
meetings-dashboard-overdue-heading = มติที่มีรายการดำเนินการเกินกำหนด
meetings-dashboard-overdue-count = { $count ->
   *[other] เกินกำหนด { $count } รายการ
}
