# สิ่งที่ทุกหน้าใช้ร่วมกัน: โครงหน้า เมนูนำทาง การแบ่งหน้า หน้าข้อผิดพลาด ข้อความข้างช่องกรอก
# และชื่อสถานะและประเภทที่หลายส่วนแสดง

app-name = Liaison
layout-skip-link = ข้ามไปยังเนื้อหาหลัก
layout-nav-account = บัญชี
layout-nav-main = เมนูหลัก
layout-sign-out = ออกจากระบบ
layout-sign-in = เข้าสู่ระบบ
nav-dashboard = แดชบอร์ด
nav-action-items = รายการดำเนินการ
nav-contacts = ผู้ติดต่อ
nav-rescue-requests = คำขอความช่วยเหลือ
nav-referrals = เรื่องส่งต่อจากด่านตรวจ
nav-meetings = การประชุม
nav-on-duty = ผู้ปฏิบัติหน้าที่ขณะนี้
nav-orgs = องค์กร
nav-audit = บันทึกการตรวจสอบ
nav-admin-orgs = จัดการองค์กร
nav-admin-rescue-areas = พื้นที่ช่วยเหลือ
nav-admin-referrals = กำหนดเวลาเรื่องส่งต่อ
nav-admin-emails = อีเมล
nav-notifications = การแจ้งเตือน
nav-notifications-unread =
    { $count ->
       *[other] ยังไม่ได้อ่าน { $count } รายการ
    }
nav-admin-users = จัดการบัญชี
layout-footer = Liaison · การประสานงานระหว่างสำนักงานตำรวจแห่งชาติ สถานทูต และ UNODC เพื่อต่อต้านแหล่งแก๊งคอลเซ็นเตอร์และการค้ามนุษย์
layout-footer-time-zone = เวลาที่แสดงเป็นเวลาในเขตเวลา { $zone }
layout-language = ภาษา

pager-label = หน้า
pager-newest = ← ใหม่ที่สุด
pager-previous = ← ก่อนหน้า
pager-older = เก่ากว่า →
pager-next = ถัดไป →
common-page-of = หน้า { $page } จาก { $pages }
common-page-of-more = หน้า { $page } จาก { $pages }+

# หน้าข้อผิดพลาด
error-status = ข้อผิดพลาด { $status }
error-reference = เลขอ้างอิง:
error-back-to-dashboard = กลับไปที่แดชบอร์ด
error-not-found-title = ไม่พบหน้านี้
error-not-found-text = ไม่มีข้อมูลที่นี่ หรือคุณไม่มีสิทธิ์เข้าถึง โปรดตรวจสอบที่อยู่ หรือกลับไปที่แดชบอร์ดของคุณ
error-forbidden-title = ไม่ได้รับอนุญาต
error-forbidden-text = บทบาทของคุณไม่สามารถดำเนินการนี้ได้ หากจำเป็น โปรดติดต่อผู้ประสานงานหรือผู้ดูแลระบบ
error-bad-request-title = ไม่สามารถอ่านคำขอได้
error-bad-request-text = ข้อมูลที่ส่งมามีรูปแบบไม่ถูกต้องหรือมีขนาดใหญ่เกินไป โปรดย้อนกลับ ตรวจสอบแบบฟอร์ม แล้วลองอีกครั้ง
error-csrf-title = แบบฟอร์มหมดอายุแล้ว
error-csrf-text = เพื่อความปลอดภัย ระบบไม่สามารถรับแบบฟอร์มนี้ได้ เนื่องจากล้าสมัยหรือส่งมาจากเว็บไซต์อื่น โปรดย้อนกลับ โหลดหน้าใหม่ แล้วส่งอีกครั้ง
error-duplicate-title = ถูกใช้ไปแล้ว
error-duplicate-text = มีผู้อื่นเพิ่งบันทึกรหัสหรืออีเมลเดียวกันนี้ไปเมื่อสักครู่ โปรดย้อนกลับ โหลดหน้าใหม่ แล้วเลือกค่าอื่น
error-unavailable-title = ไม่พร้อมใช้งานชั่วคราว
error-unavailable-text = ขณะนี้พอร์ทัลไม่สามารถเชื่อมต่อฐานข้อมูลได้ โปรดลองอีกครั้งในอีกหนึ่งนาที หากยังเป็นอยู่ โปรดโทรหาผู้ดูแลระบบที่อยู่เวร
error-internal-title = เกิดข้อผิดพลาด
error-internal-text = เกิดข้อผิดพลาดที่ไม่คาดคิดทำให้คำขอนี้หยุดลง และไม่มีข้อมูลใดถูกเปลี่ยนแปลง โปรดลองอีกครั้ง หากยังเกิดขึ้นอีก โปรดแจ้งผู้ดูแลระบบพร้อมระบุเลขอ้างอิงด้านล่าง
error-method-title = ไม่สามารถใช้งานด้วยวิธีนี้
error-method-text = ไม่สามารถใช้ที่อยู่นี้ในลักษณะนี้ได้ โปรดย้อนกลับและใช้ลิงก์และปุ่มบนหน้าเว็บ

# ข้อความข้างช่องกรอก
field-too-long = ใช้ได้ไม่เกิน { $max } ตัวอักษร
field-no-line-breaks = โปรดลบการขึ้นบรรทัดใหม่และอักขระควบคุม
field-no-control-characters = โปรดลบอักขระควบคุม
field-date-format = กรอกวันที่ เช่น 2026-12-31
field-name-missing = กรอกชื่อ
field-time-zone-unknown = เลือกเขตเวลาจากรายการ เช่น Asia/Bangkok
field-email-missing = กรอกอีเมล
field-email-too-long = อีเมลมีความยาวได้ไม่เกิน 254 ตัวอักษร
field-email-invalid = กรอกอีเมลในรูปแบบเดียวกับ name@embassy.example
field-org-kind-unknown = เลือกผู้ประสานงาน ประเทศ หรือผู้สังเกตการณ์
field-org-code-invalid = ใช้ตัวอักษร ตัวเลข หรือขีดกลาง 2 ถึง 16 ตัว โดยขึ้นต้นด้วยตัวอักษร (เช่น BRA หรือ CCIB)
field-country-code-invalid = ใช้รหัสประเทศ ISO แบบสองตัวอักษร (เช่น BR หรือ TZ)
field-password-too-short = ใช้อย่างน้อย { $min } ตัวอักษร คำหลายคำที่ไม่เกี่ยวข้องกันจะเป็นรหัสผ่านที่คาดเดายากและจำง่าย
field-password-common = รหัสผ่านนี้อยู่ในรายการรหัสผ่านที่มีผู้ใช้กันทั่วไป โปรดเลือกรหัสผ่านอื่น
field-password-has-email = อย่าใช้อีเมลของคุณเป็นส่วนหนึ่งของรหัสผ่าน
field-phone-invalid = หมายเลขโทรศัพท์ไม่ถูกต้อง โปรดระบุรหัสประเทศด้วย เช่น +66 2 123 4567
field-phone-missing = กรอกหมายเลขโทรศัพท์ เช่น +66 2 123 4567
field-phone-characters = หมายเลขโทรศัพท์มีได้เฉพาะตัวเลข ช่องว่าง ขีด จุด วงเล็บ และเครื่องหมาย + ที่ขึ้นต้น
field-languages-too-many = ระบุภาษาได้ไม่เกิน { $max } ภาษา (คุณระบุ { $count } ภาษา) โปรดเลือกเฉพาะภาษาที่ผู้ติดต่อใช้ขณะปฏิบัติหน้าที่
field-languages-unknown = { $count ->
   *[other] ไม่รู้จักภาษา: { $listed } โปรดใช้รหัสสองตัวอักษร เช่น th, en, pt
}
field-status-unknown = เลือกสถานะจากรายการ
field-priority-unknown = เลือกต่ำ ปกติ สูง หรือเร่งด่วน
field-visibility-unknown = เลือกใช้ร่วมกันหรือจำกัดสิทธิ์

# ชื่อที่หลายส่วนแสดง
org-kind-coordinator = ผู้ประสานงาน
org-kind-country = ประเทศ
org-kind-observer = ผู้สังเกตการณ์
status-open = เปิด
status-in-progress = กำลังดำเนินการ
status-blocked = ติดขัด
status-done = เสร็จสิ้น
status-cancelled = ยกเลิกแล้ว
priority-low = ต่ำ
priority-normal = ปกติ
priority-high = สูง
priority-urgent = เร่งด่วน
visibility-shared = ใช้ร่วมกันกับผู้เข้าร่วมทุกราย
visibility-restricted = จำกัดสิทธิ์เฉพาะหน่วยงานที่รับผิดชอบ ผู้ประสานงาน และผู้สังเกตการณ์
