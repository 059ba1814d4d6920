# แดชบอร์ด และชื่อบทบาท

role-admin = ผู้ดูแลระบบ
role-coordinator = ผู้ประสานงาน
role-country-member = เจ้าหน้าที่ประเทศสมาชิก
role-observer = ผู้สังเกตการณ์
dashboard-role-admin = คุณประสานงานครอบคลุมทุกพื้นที่ทำงาน และจัดการองค์กรและบัญชีผู้ใช้
dashboard-role-coordinator = คุณเห็นทุกพื้นที่ทำงาน มอบหมายงานข้ามองค์กร และอ่านบันทึกการตรวจสอบได้
dashboard-role-country-member = คุณทำงานในพื้นที่ทำงานของประเทศคุณ ได้แก่ รายการดำเนินการ จุดติดต่อ และคำขอความช่วยเหลือของคนชาติของประเทศคุณ
dashboard-role-observer = คุณอ่านข้อมูลได้ทุกพื้นที่ทำงาน โดยข้อมูลส่วนบุคคลของผู้เสียหายจะถูกปกปิด และคุณไม่สามารถเปลี่ยนแปลงข้อมูลใดได้

dashboard-welcome = ยินดีต้อนรับ { $name }
dashboard-your-organisation = องค์กรของคุณ
dashboard-org-kind = องค์กรประเภท{ $kind }
dashboard-org-kind-country = องค์กรประเภท{ $kind } ของประเทศ { $country }
dashboard-members = สมาชิกที่ใช้งานอยู่ { $count } คน
dashboard-open-workspace = เปิดพื้นที่ทำงาน
dashboard-what-you-can-do = สิ่งที่คุณทำได้
dashboard-create-item = สร้างรายการดำเนินการ
dashboard-who-to-call = ติดต่อใครได้ตอนนี้
dashboard-contact-points = จุดติดต่อ
dashboard-org-directory = สมุดรายชื่อองค์กรที่เข้าร่วม
dashboard-your-account = บัญชี รหัสผ่าน และเซสชันของคุณ
dashboard-owed-by = งานที่ { $org } ต้องรับผิดชอบ
dashboard-referrals-none = ไม่มีเรื่องส่งต่อที่รอการรับทราบ
dashboard-referrals-awaiting = เรื่องส่งต่อรอการรับทราบ { $count } เรื่อง
dashboard-referrals-late = เลยกำหนดเวลาแล้ว { $count } เรื่อง
dashboard-referrals-escalated = อยู่บนกระดานเรื่องยกระดับ { $count } เรื่อง
dashboard-referrals-awaiting-more = เรื่องส่งต่อรอการรับทราบมากกว่า { $count } เรื่อง
dashboard-referrals-late-more = เลยกำหนดเวลาแล้วมากกว่า { $count } เรื่อง
dashboard-referrals-escalated-more = อยู่บนกระดานเรื่องยกระดับมากกว่า { $count } เรื่อง
