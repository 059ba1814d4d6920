# คำขอความช่วยเหลือ: รายการ คำขอแต่ละรายการ แบบฟอร์มยื่นคำขอ ขั้นตอนการดำเนินงาน ปฏิบัติการ และพื้นที่

## ชื่อสถานะ ระดับความเร่งด่วน และเพศ
rescue-status-submitted = ยื่นคำขอแล้ว
rescue-status-under-review = กำลังพิจารณา
rescue-status-located = ระบุตำแหน่งได้แล้ว
rescue-status-rescue-in-progress = กำลังดำเนินการช่วยเหลือ
rescue-status-rescued = ช่วยเหลือออกมาได้แล้ว
rescue-status-repatriated = ส่งกลับประเทศแล้ว
rescue-status-closed = ปิดเรื่องแล้ว
rescue-status-unable-to-locate = ไม่สามารถระบุตำแหน่งได้
rescue-status-withdrawn = ถอนคำขอแล้ว
rescue-urgency-life-at-risk = ชีวิตตกอยู่ในอันตราย
rescue-urgency-urgent = เร่งด่วน
rescue-urgency-routine = ตามปกติ
rescue-sex-female = หญิง
rescue-sex-male = ชาย
rescue-sex-unspecified = ไม่ระบุ

## รายการ (/rescue-requests)
rescue-new = ยื่นคำขอความช่วยเหลือ
rescue-counts-label = คำขอแยกตามสถานะ
# จำนวนที่นับถึงค่าสูงสุดเท่านั้น: มีมากกว่า $count
rescue-count-capped = { $count }+
rescue-count-more = { $count }+ คำขอ
rescue-count = { $count ->
   *[other] { $count } คำขอ
}
rescue-filters = ตัวกรอง
rescue-filter-open = อยู่ระหว่างดำเนินการ (ยังไม่สิ้นสุด)
rescue-filter-any-status = ทุกสถานะ
rescue-filter-any-urgency = ทุกระดับความเร่งด่วน
rescue-filter-any-area = ทุกพื้นที่
rescue-filter-any-country = ทุกประเทศ
rescue-filter-reference = เลขอ้างอิง
rescue-filter-submit = กรอง
rescue-filter-not-a-reference = ข้อความนี้ไม่ใช่เลขอ้างอิงในรูปแบบ RR-2026-0001 หากต้องการค้นหาเลขหนังสือเดินทาง โปรดใช้การค้นหาด้วยเลขหนังสือเดินทาง
rescue-passport-search = ค้นหาด้วยเลขหนังสือเดินทาง
rescue-passport-search-help = กรอกเลขให้ตรงทุกตัว ระบบส่งเลขนี้ไปพร้อมแบบฟอร์ม และจะไม่ปรากฏในที่อยู่ของหน้าเว็บ
rescue-passport-search-submit = ค้นหา
rescue-passport-results = คำขอที่มีเลขหนังสือเดินทางนี้ ในทุกสถานะ
rescue-passport-results-back = กลับไปที่รายการ
rescue-download-csv = ดาวน์โหลดเป็น CSV (ไม่มีข้อมูลส่วนบุคคล)
rescue-none-match = ไม่มีคำขอความช่วยเหลือที่ตรงกับตัวกรองนี้
rescue-col-reference = เลขอ้างอิง
rescue-col-person = บุคคล
rescue-col-nationality = สัญชาติ
rescue-col-urgency = ความเร่งด่วน
rescue-col-status = สถานะ
rescue-col-area = พื้นที่
rescue-col-unit = หน่วยงานไทย
rescue-col-filed = วันที่ยื่น
rescue-unassigned = ยังไม่มอบหมาย

## คำขอแต่ละรายการ
rescue-conflict-heading = คำขอนี้มีการเปลี่ยนแปลงระหว่างที่คุณกำลังตัดสินใจ
# $status คือสถานะปัจจุบันของคำขอ
rescue-conflict-text = ขั้นตอนที่คุณเลือกยังไม่ได้ดำเนินการ เนื่องจากขณะนี้คำขออยู่ในสถานะ { $status } แล้ว โปรดอ่านลำดับเหตุการณ์ด้านล่าง แล้วเลือกอีกครั้ง
rescue-possible-duplicate = อาจซ้ำกับ
rescue-last-contact = ติดต่อได้ครั้งล่าสุด
rescue-not-known = ไม่ทราบ
rescue-none-given = ไม่ได้ระบุ
rescue-operation = ปฏิบัติการช่วยเหลือ
rescue-no-operation = ไม่มีปฏิบัติการ
rescue-last-changed = เปลี่ยนแปลงล่าสุด
rescue-person-heading = ข้อมูลบุคคล
rescue-full-name = ชื่อ-นามสกุล
rescue-other-names = ชื่ออื่นหรือชื่อแฝง
rescue-sex = เพศ
rescue-age = วันเกิดหรืออายุ
# $age คือจำนวนปี
rescue-approximate-age = อายุประมาณ { $age } ปี
rescue-passport = เลขหนังสือเดินทาง
rescue-phones = หมายเลขโทรศัพท์
rescue-handles = บัญชีแอปส่งข้อความ
rescue-family-contact = ผู้ติดต่อฝ่ายครอบครัว
rescue-situation-heading = สถานการณ์
rescue-last-known-location = ตำแหน่งล่าสุดที่ทราบ
rescue-compound = แหล่งแก๊งหรือเครือข่าย
rescue-recruitment = วิธีการชักชวน
rescue-circumstances = พฤติการณ์
rescue-edit = แก้ไขรายละเอียด
rescue-redacted = ผู้สังเกตการณ์ไม่สามารถดูข้อมูลส่วนบุคคลได้
rescue-steps-heading = ขั้นตอนถัดไป
# ปุ่ม: $status คือสถานะที่คำขอจะเปลี่ยนไป
rescue-step-to = เปลี่ยนเป็น { $status }
rescue-step-place = พบบุคคลดังกล่าวที่ใด
rescue-step-reason = เหตุผล
rescue-step-outcome = ผลการดำเนินการ
rescue-step-reopen-reason = เหตุใดจึงเปิดคำขอนี้อีกครั้ง
rescue-step-place-missing = โปรดระบุสถานที่ที่พบบุคคลดังกล่าว
rescue-step-reason-missing = โปรดระบุเหตุผล ซึ่งจะบันทึกไว้ในลำดับเหตุการณ์
# $from และ $to คือสถานะ
rescue-step-not-allowed = คำขอที่อยู่ในสถานะ { $from } ไม่สามารถเปลี่ยนเป็น { $to } ได้
rescue-step-taken = ขณะนี้ { $reference } อยู่ในสถานะ { $status }
rescue-assign-heading = การมอบหมาย
rescue-officer = เจ้าหน้าที่
rescue-no-officer = ยังไม่ระบุเจ้าหน้าที่
rescue-officer-help = เจ้าหน้าที่ของหน่วยงานที่บันทึกไว้ หากเปลี่ยนหน่วยงาน ให้บันทึกหน่วยงานใหม่ก่อนจึงจะเลือกเจ้าหน้าที่ของหน่วยงานนั้นได้
rescue-assign-submit = บันทึกการมอบหมาย
rescue-assign-unit-unknown = โปรดเลือกหน่วยงานไทยจากรายการ
rescue-assign-officer-unknown = โปรดเลือกเจ้าหน้าที่ของหน่วยงานที่เลือกไว้
rescue-assigned = บันทึกการมอบหมายของ { $reference } แล้ว
rescue-operation-submit = บันทึกปฏิบัติการ
rescue-operation-unknown = โปรดเลือกปฏิบัติการจากรายการ
rescue-operation-set = บันทึกปฏิบัติการของ { $reference } แล้ว
rescue-timeline = ลำดับเหตุการณ์
# แต่ละรายการขึ้นต้นด้วยชื่อและองค์กรของผู้กระทำ ตามด้วยข้อความเหล่านี้
rescue-timeline-filed = ยื่นคำขอ
rescue-timeline-moved = เปลี่ยนสถานะเป็น
rescue-timeline-noted = เพิ่มบันทึก
rescue-timeline-edited = แก้ไขรายละเอียด:
rescue-timeline-assigned = มอบหมายคำขอ
rescue-timeline-operation = เปลี่ยนปฏิบัติการ
rescue-note-heading = เพิ่มบันทึก
rescue-note-label = บันทึก
rescue-note-submit = เพิ่มบันทึก
rescue-note-missing = โปรดเขียนบันทึกก่อน
rescue-note-added = เพิ่มบันทึกใน { $reference } แล้ว
rescue-viewings-heading = ผู้ที่เคยดูข้อมูลในเรื่องนี้
rescue-viewings-none = ยังไม่มีผู้ใดเปิดดูข้อมูลส่วนบุคคล
rescue-viewings-count = { $count } ครั้ง
rescue-viewings-last = ล่าสุด
rescue-back-to-list = ← คำขอความช่วยเหลือทั้งหมด

## แบบฟอร์ม
rescue-new-intro = ข้อมูลทั้งหมดเกี่ยวกับบุคคลนี้จะถูกเข้ารหัสก่อนจัดเก็บ มีเพียงประเทศของคุณและผู้ประสานงานฝ่ายตำรวจไทยเท่านั้นที่อ่านได้ และทุกครั้งที่มีการเปิดดูจะถูกบันทึกไว้
rescue-edit-title = แก้ไข { $reference }
rescue-edit-conflict-heading = มีผู้อื่นบันทึกคำขอนี้ก่อนคุณ
rescue-edit-conflict-text = การแก้ไขของคุณยังไม่ได้บันทึก เนื่องจากขณะนี้คำขออยู่ในฉบับที่ { $version } แล้ว รายละเอียดที่จัดเก็บอยู่ในขณะนี้มีดังนี้
rescue-edit-conflict-kept = ข้อมูลที่คุณพิมพ์ยังคงอยู่ด้านล่าง หากบันทึกอีกครั้ง ข้อมูลนี้จะแทนที่ข้อมูลที่จัดเก็บอยู่
rescue-edit-conflict-discard = ยกเลิกการแก้ไขของคุณ
rescue-form-has-errors = มีบางช่องที่ต้องแก้ไข โดยได้ทำเครื่องหมายไว้ด้านล่าง
rescue-choose = เลือก…
rescue-other-names-help = ชื่อเล่น ชื่อที่ใช้ในแหล่งแก๊ง หรือการสะกดแบบอื่น
rescue-date-of-birth = วันเกิด
rescue-age-help = ระบุวันเกิด หรืออายุโดยประมาณหากครอบครัวไม่ทราบวันเกิด
rescue-approximate-age-label = อายุโดยประมาณ
rescue-phones-help = บรรทัดละหนึ่งหมายเลข พร้อมรหัสประเทศ เช่น +95 9 123 456 789
rescue-handles-help = LINE, WhatsApp, Telegram, Facebook และแอปอื่นในลักษณะเดียวกัน พร้อมชื่อที่แสดงในแอปนั้น
rescue-family-contact-help = ผู้แจ้งเรื่อง และช่องทางการติดต่อบุคคลนั้น
rescue-save = บันทึก
rescue-file = ยื่นคำขอ
rescue-filed = ยื่นคำขอความช่วยเหลือ { $reference } แล้ว
rescue-saved = บันทึก { $reference } แล้ว
rescue-field-nationality-unknown = โปรดเลือกสัญชาติของบุคคลนี้จากรายการ
rescue-field-full-name-missing = โปรดกรอกชื่อ-นามสกุลของบุคคลนี้
rescue-field-sex-unknown = โปรดเลือกหนึ่งตัวเลือก
rescue-field-date-future = วันที่นี้เป็นวันในอนาคต
rescue-field-age-missing = โปรดระบุวันเกิดหรืออายุโดยประมาณ
rescue-field-age-invalid = โปรดกรอกอายุเป็นปี ตั้งแต่ 1 ถึง 120
rescue-field-passport-invalid = เลขหนังสือเดินทางประกอบด้วยตัวอักษรและตัวเลข 5 ถึง 20 ตัว
# $phone คือสิ่งที่พิมพ์ $reason คือเหตุผลที่ไม่ใช่หมายเลขที่ถูกต้อง
rescue-field-phone-invalid = { $phone }: { $reason }
rescue-field-phones-too-many = ระบุได้ไม่เกิน { $max } หมายเลข
rescue-field-location-missing = โปรดระบุตำแหน่งล่าสุดที่ทราบ แม้เพียงคร่าว ๆ
rescue-field-area-unknown = โปรดเลือกพื้นที่จากรายการ
rescue-field-urgency-unknown = โปรดเลือกระดับความเร่งด่วน
rescue-field-status-unknown = โปรดเลือกสถานะจากรายการ

## ปฏิบัติการ (/rescue-operations)
rescue-operations-title = ปฏิบัติการช่วยเหลือ
rescue-operations-intro = ปฏิบัติการหนึ่งรวมคำขอทั้งหมดของการเข้าตรวจค้นหนึ่งครั้ง ไม่ว่าบุคคลจะมีสัญชาติใด แต่ละประเทศจะเห็นเฉพาะคนชาติของตนในปฏิบัติการนั้น
rescue-operations-none = ยังไม่มีปฏิบัติการ
rescue-operation-new = ปฏิบัติการใหม่
rescue-operation-name = ชื่อ
rescue-operation-planned-on = กำหนดวันที่
rescue-operation-notes = บันทึก
rescue-operation-notes-help = สถานที่และเวลาโดยสังเขป ห้ามระบุชื่อบุคคล เนื่องจากชื่ออยู่ในคำขอแล้ว
rescue-operation-create = สร้างปฏิบัติการ
rescue-operation-name-missing = โปรดตั้งชื่อปฏิบัติการ
rescue-operation-created = สร้างปฏิบัติการ { $name } แล้ว
rescue-operation-planned = กำหนดวันที่ { $date }
rescue-operation-not-planned = ยังไม่กำหนดวัน
rescue-operation-requests = คำขอในปฏิบัติการนี้
rescue-operation-empty = ไม่มีคำขอที่คุณมีสิทธิ์ดูอยู่ในปฏิบัติการนี้
rescue-operations-back = ← ปฏิบัติการทั้งหมด

## พื้นที่ (/admin/rescue-areas)
rescue-areas-intro = พื้นที่ที่ระบุในคำขอได้ พื้นที่ที่เลิกใช้แล้วจะไม่มีให้เลือกเมื่อยื่นคำขอ แต่คำขอที่ระบุพื้นที่นั้นไว้แล้วยังคงเดิม พื้นที่ "อื่น ๆ" จะคงอยู่ในรายการเสมอ
rescue-area-state = สถานะ
rescue-area-other = อื่น ๆ
rescue-area-change = เปลี่ยน
rescue-area-offered-state = เปิดให้เลือก
rescue-area-retired-state = เลิกใช้แล้ว
rescue-area-retire = เลิกใช้
rescue-area-offer = เปิดให้เลือกอีกครั้ง
rescue-area-retire-label = เลิกใช้ พื้นที่ { $name }
rescue-area-offer-label = เปิดให้เลือกอีกครั้ง พื้นที่ { $name }
rescue-area-new = พื้นที่ใหม่
rescue-area-add = เพิ่มพื้นที่
rescue-area-name-missing = โปรดกรอกชื่อพื้นที่
rescue-area-name-taken = พื้นที่นี้มีอยู่ในรายการแล้ว
rescue-area-added = เพิ่มพื้นที่ { $name } แล้ว
rescue-area-offered = เปิดให้เลือกพื้นที่นี้อีกครั้งแล้ว
rescue-area-retired = เลิกใช้พื้นที่นี้แล้ว
