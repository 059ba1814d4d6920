# รายการดำเนินการ: รายการทั้งหมด รายการเดียว แบบฟอร์ม และกล่องภาระงาน

items-col-reference = เลขอ้างอิง
items-col-title = ชื่อเรื่อง
items-col-owed-by = หน่วยงานที่รับผิดชอบ
items-col-due = ครบกำหนด
items-col-priority = ความสำคัญ
items-col-status = สถานะ
items-restricted-badge = จำกัดสิทธิ์
items-overdue-label = เกินกำหนด
items-workload-open = เปิดอยู่ { $count } รายการ
items-workload-overdue = เกินกำหนด { $count } รายการ
items-workload-none-overdue = ไม่มีรายการเกินกำหนด
items-workload-nothing-owed = ขณะนี้ไม่มีงานที่ต้องรับผิดชอบ
items-workload-all-open = รายการที่เปิดอยู่ทั้งหมดของ { $org }
items-workload-the-overdue = รายการที่เกินกำหนด
items-owed-by-org = รายการดำเนินการที่ { $org } รับผิดชอบ

# รายการทั้งหมด
items-new = รายการดำเนินการใหม่
items-filters = ตัวกรอง
items-filter-not-closed = ยังไม่ปิด (เปิด, กำลังดำเนินการ, ติดขัด)
items-filter-any-status = ทุกสถานะ
items-filter-any-org = ทุกองค์กร
items-filter-any-priority = ทุกระดับความสำคัญ
items-filter-due-by = ครบกำหนดภายในวันที่
items-filter-text = ชื่อเรื่องหรือรายละเอียดมีคำว่า
items-filter-sort = เรียงตาม
items-sort-due = วันครบกำหนด ใกล้ที่สุดก่อน
items-sort-priority = ความสำคัญ เร่งด่วนที่สุดก่อน
items-sort-newest = ใหม่ที่สุดก่อน
items-filter-overdue = เฉพาะรายการที่เกินกำหนด
items-filter-submit = กรอง
# จำนวนรายการที่ตรงกับตัวกรอง
items-count = { $count } รายการ
# รายการจำนวนมากจะนับถึงค่าสูงสุดเท่านั้น: มีมากกว่า $count รายการ
items-count-more = { $count }+ รายการ
items-download-csv = ดาวน์โหลดรายการเหล่านี้เป็น CSV
items-none-match = ไม่มีรายการดำเนินการที่ตรงกับตัวกรองเหล่านี้

# รายการเดียว
# ใต้ชื่อเรื่อง ต่อจากสถานะ คีย์ [low] [normal] [high] [urgent] ต้องคงไว้ตามเดิม
items-priority-line = { $priority ->
    [low] ความสำคัญต่ำ
    [normal] ความสำคัญปกติ
    [high] ความสำคัญสูง
   *[urgent] ความสำคัญเร่งด่วน
}
# $date คือวันครบกำหนด
items-due-on = ครบกำหนด { $date }
items-person = ผู้รับผิดชอบ
items-nobody-named = ไม่ได้ระบุบุคคล
items-visibility = การมองเห็น
items-last-changed = แก้ไขล่าสุด
items-no-description = ไม่มีรายละเอียด
items-edit-or-reassign = แก้ไขหรือมอบหมายใหม่
items-status-heading = เปลี่ยนสถานะ
items-status-new = สถานะใหม่
items-status-comment = ความคิดเห็น (ไม่บังคับ)
items-status-submit = เปลี่ยนสถานะ
items-status-conflict-heading = มีผู้อื่นเปลี่ยนแปลงรายการนี้ไปก่อนแล้ว
items-status-conflict-not-saved = การเปลี่ยนสถานะของคุณยังไม่ได้บันทึก
# $status คือสถานะปัจจุบันของรายการ (แสดงเป็นตัวหนา) $version คือหมายเลขฉบับ
items-status-conflict-now = ขณะนี้รายการมีสถานะ { $status } (ฉบับที่ { $version }) ลำดับเหตุการณ์ด้านล่างแสดงสิ่งที่เกิดขึ้น
items-status-conflict-kept = ความคิดเห็นและตัวเลือกของคุณยังคงอยู่ในแบบฟอร์ม หากยังใช้ได้ โปรดส่งอีกครั้ง
items-timeline = ลำดับเหตุการณ์
# แต่ละรายการในลำดับเหตุการณ์ขึ้นต้นด้วยชื่อบุคคลและองค์กร ตามด้วยข้อความข้อใดข้อหนึ่งต่อไปนี้
items-timeline-created = สร้างรายการ
# $from และ $to คือชื่อสถานะ $to แสดงเป็นตัวหนา
items-timeline-moved = เปลี่ยนสถานะจาก { $from } เป็น { $to }
items-timeline-edited = แก้ไขรายการ
items-timeline-commented = แสดงความคิดเห็น
# ใต้ "แก้ไขรายการ" หนึ่งบรรทัดต่อการเปลี่ยนแปลงหนึ่งครั้ง $from และ $to คือค่าเดิมและค่าใหม่
items-change-title = ชื่อเรื่อง "{ $from }" → "{ $to }"
items-change-description = แก้ไขรายละเอียด
items-change-assignees = หน่วยงานที่รับผิดชอบ { $from } → { $to }
items-change-person = ผู้รับผิดชอบ { $from } → { $to }
# ใช้แทน $from หรือ $to ของ items-change-person เมื่อไม่ได้ระบุบุคคล
items-change-nobody = ไม่ระบุบุคคล
items-change-due-date = วันครบกำหนด { $from } → { $to }
items-change-priority = ความสำคัญ { $from } → { $to }
items-change-visibility = การมองเห็น { $from } → { $to }
items-change-nothing = บันทึกโดยไม่มีการเปลี่ยนแปลง
items-comment-heading = เพิ่มความคิดเห็น
items-comment-label = ความคิดเห็น
# คงรูปแบบ Markdown (**ตัวหนา**) ไว้ตามเดิม
items-markdown-help = Markdown: **ตัวหนา**, รายการ, ลิงก์
items-comment-submit = เพิ่มความคิดเห็น
items-back-to-list = ← รายการดำเนินการทั้งหมด

# สถานะที่อยู่ในประโยค (items-status-changed, items-status-not-allowed)
items-status-word-open = เปิด
items-status-word-in-progress = กำลังดำเนินการ
items-status-word-blocked = ติดขัด
items-status-word-done = เสร็จสิ้น
items-status-word-cancelled = ยกเลิกแล้ว
# $reference คือเลขอ้างอิงของรายการ (AI-0042) $status คือคำใดคำหนึ่งจาก items-status-word-* ข้างต้น
items-status-changed = ขณะนี้ { $reference } มีสถานะ{ $status }
items-status-not-allowed = รายการที่มีสถานะ{ $from } ไม่สามารถเปลี่ยนเป็น{ $to }ได้
items-comment-missing = เขียนความคิดเห็น
items-comment-added = เพิ่มความคิดเห็นใน { $reference } แล้ว

# แบบฟอร์ม
# $reference คือเลขอ้างอิงของรายการ (AI-0042)
items-edit-title = แก้ไข { $reference }
items-edit-conflict-heading = มีผู้อื่นบันทึกรายการนี้ไปก่อนแล้ว
# $version คือหมายเลขฉบับของรายการ
items-edit-conflict-text = การเปลี่ยนแปลงของคุณยังไม่ได้บันทึก ค่าที่จัดเก็บอยู่ในขณะนี้ (ฉบับที่ { $version }) มีดังนี้:
items-edit-conflict-kept = แบบฟอร์มด้านล่างยังคงมีข้อมูลที่คุณพิมพ์ไว้ ส่งอีกครั้งเพื่อแทนที่ค่าที่จัดเก็บไว้
# ลิงก์กลับไปยังรายการ โดยออกจากแบบฟอร์ม
items-edit-conflict-discard = ละทิ้งการเปลี่ยนแปลงของคุณ
items-description = รายละเอียด
items-form-has-errors = มีบางช่องที่ต้องแก้ไข โปรดดูข้อความข้างช่องนั้น
items-description-help = Markdown: **ตัวหนา**, รายการ, ลิงก์ แสดงต่อทุกคนที่อ่านรายการนี้ได้
# แสดงก่อนรายชื่อองค์กรที่รับผิดชอบรายการ เมื่อผู้ใช้เลือกเองไม่ได้
items-owed-by-fixed = หน่วยงานที่รับผิดชอบ:
items-assignees-legend = หน่วยงานที่รับผิดชอบ (หนึ่งองค์กรขึ้นไป)
items-person-label = ผู้รับผิดชอบ (ไม่บังคับ)
items-person-nobody = ไม่ระบุบุคคล
items-person-help = ต้องเป็นบุคคลจากองค์กรใดองค์กรหนึ่งที่รับผิดชอบรายการนี้
items-due-date = วันครบกำหนด
items-save = บันทึกการเปลี่ยนแปลง
items-create = สร้างรายการดำเนินการ
items-cancel = ยกเลิก
items-created = สร้างรายการดำเนินการ { $reference } แล้ว
items-saved = บันทึกรายการดำเนินการ { $reference } แล้ว

# ข้อความข้างช่องในแบบฟอร์ม
items-title-missing = กรอกชื่อเรื่อง
items-due-date-missing = กรอกวันครบกำหนด
items-due-date-past = เลือกวันครบกำหนดตั้งแต่วันนี้เป็นต้นไป
items-assignees-missing = เลือกอย่างน้อยหนึ่งองค์กร
# $codes คือรหัสองค์กรที่พิมพ์ (BRA, NOPE) $count คือจำนวนรหัส
items-assignees-unknown = { $count ->
   *[other] ไม่สามารถมอบหมายงานให้ { $codes } ได้ โปรดเลือกสถานทูตหรือหน่วยงานตำรวจที่ใช้งานอยู่จากรายการ
}
items-person-not-assignable = เลือกบุคคลจากองค์กรที่ได้รับมอบหมาย หรือเลือกไม่ระบุบุคคล

# รายการที่สร้างจากมติของการประชุม
items-from-decision = มติที่ { $number } ของการประชุม "{ $meeting }"
items-from-decision-link = อ่านในรายงานการประชุม
items-from-decision-description = ดำเนินการตามมติที่ { $number } ของการประชุม "{ $meeting }"
items-decision = ดำเนินการตามมติ
