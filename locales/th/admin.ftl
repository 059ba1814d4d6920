# การจัดการองค์กรและบัญชี (/admin/orgs, /admin/users) สำหรับผู้ดูแลระบบ

# ใช้ร่วมกันในหน้าผู้ดูแลระบบ
admin-filters = ตัวกรอง
admin-name = ชื่อ
admin-email = อีเมล
admin-organisation = องค์กร
admin-role = บทบาท
admin-status = สถานะ
admin-time-zone = เขตเวลา
admin-role-administrator = ผู้ดูแลระบบ
admin-role-member = สมาชิก
# สถานะขององค์กรหรือบัญชี ในตารางหรือรายการข้อมูล
admin-active = ใช้งานอยู่
admin-deactivated = ปิดการใช้งานแล้ว
# สถานะเดียวกันที่เขียนในบรรทัดข้อมูล ("ประเทศ · Asia/Bangkok · ใช้งานอยู่")
admin-state-active = ใช้งานอยู่
admin-state-deactivated = ปิดการใช้งานแล้ว
admin-edit = แก้ไข
admin-cancel = ยกเลิก
admin-save-changes = บันทึกการเปลี่ยนแปลง
admin-yes = ใช่
admin-no = ไม่ใช่
# แสดงเมื่อมีผู้อื่นบันทึกข้อมูลขณะที่ผู้ใช้คนนี้กำลังแก้ไข
# $version คือหมายเลขฉบับที่จัดเก็บอยู่ในขณะนี้
admin-conflict-not-saved = การเปลี่ยนแปลงของคุณยังไม่ได้บันทึก ค่าที่จัดเก็บอยู่ในขณะนี้ (ฉบับที่ { $version }) มีดังนี้:
admin-conflict-resubmit = แบบฟอร์มด้านล่างยังคงมีข้อมูลที่คุณพิมพ์ไว้ ส่งอีกครั้งเพื่อแทนที่ค่าที่จัดเก็บไว้
admin-conflict-discard = ละทิ้งการเปลี่ยนแปลงของคุณ

# รายการองค์กร
admin-orgs-title = จัดการองค์กร
admin-orgs-add = เพิ่มองค์กร
admin-orgs-table-label = องค์กร
admin-orgs-code = รหัส
admin-orgs-kind = ประเภท
admin-orgs-country = ประเทศ
admin-orgs-members = สมาชิก

# องค์กรเดียว
# $country คือรหัสประเทศ ISO สองตัวอักษร เช่น BR
admin-orgs-country-code = ประเทศ { $country }
admin-orgs-no-members = ยังไม่มีบัญชี
admin-orgs-add-account = เพิ่มบัญชี
admin-orgs-members-label = บัญชีขององค์กรนี้
# ใต้หน้าแรกของรายการบัญชีขององค์กร $shown คือจำนวนที่แสดง
admin-orgs-showing-members = แสดง { $shown } จาก { $total } บัญชี
# ลิงก์ไปยังรายการทั้งหมด $org คือรหัสองค์กร เช่น BRA
admin-orgs-all-members = บัญชีทั้งหมดของ { $org }
admin-orgs-deactivate-help = การปิดการใช้งานจะทำให้สมาชิกทุกคนออกจากระบบทันที และจะเข้าสู่ระบบไม่ได้จนกว่าองค์กรจะเปิดใช้งานอีกครั้ง ข้อมูลขององค์กรยังคงอยู่
# $org คือรหัสองค์กร เช่น BRA
admin-orgs-deactivate = ปิดการใช้งาน { $org }
admin-orgs-activate = เปิดใช้งาน { $org }
admin-orgs-own = นี่คือองค์กรของคุณเอง ต้องให้ผู้ดูแลระบบคนอื่นเป็นผู้ปิดการใช้งาน

# แบบฟอร์มองค์กร
# $org คือรหัสองค์กร (ในชื่อหน้า) หรือชื่อองค์กร (ในหัวข้อ)
admin-orgs-edit-title = แก้ไข { $org }
admin-orgs-conflict = มีผู้อื่นบันทึกองค์กรนี้ไปก่อนแล้ว
admin-orgs-country-none = ไม่มี
admin-orgs-code-help = สั้น ๆ ใช้ในที่อยู่เว็บและทางโทรศัพท์ เช่น BRA, CCIB, UNODC
admin-orgs-country-label = ประเทศ (รหัส ISO เฉพาะองค์กรประเภทประเทศ)
admin-orgs-time-zone-help = เวลาท้องถิ่นขององค์กรจะแสดงในหน้าผู้ปฏิบัติหน้าที่ขณะนี้ และใช้เขตเวลานี้ในการกรอกเวร
admin-orgs-submit = เพิ่มองค์กร

# ข้อความยืนยัน $org คือรหัสองค์กร เช่น PHL
admin-orgs-created = สร้างองค์กร { $org } แล้ว
admin-orgs-saved = บันทึกองค์กร { $org } แล้ว
admin-orgs-activated = เปิดใช้งานองค์กร { $org } แล้ว
admin-orgs-deactivated = ปิดการใช้งานองค์กร { $org } แล้ว

# รายการบัญชี
admin-users-title = จัดการบัญชี
admin-users-add = เพิ่มบัญชี
admin-users-all-orgs = ทุกองค์กร
admin-users-search = ชื่อหรืออีเมลมีคำว่า
admin-users-include-inactive = รวมบัญชีที่ปิดการใช้งานแล้ว
admin-users-filter = กรอง
admin-users-count = { $count } บัญชี
# เมื่อมีบัญชีมากกว่าที่นับ: "1000+ บัญชี"
admin-users-count-more = { $count }+ บัญชี
admin-users-table-label = บัญชี
# ต่อจาก "ใช้งานอยู่" ในรายการบัญชี
admin-users-must-change-password = ต้องเปลี่ยนรหัสผ่าน

# บัญชีเดียว
admin-users-password = รหัสผ่าน
# $when คือวันที่และเวลา
admin-users-password-changed = เปลี่ยนเมื่อ { $when }
admin-users-password-must-change = ต้องเปลี่ยนเมื่อเข้าสู่ระบบครั้งถัดไป
admin-users-created-at = สร้างเมื่อ
admin-users-reset-heading = รีเซ็ตรหัสผ่าน
admin-users-reset-help = ตั้งรหัสผ่านชั่วคราวและทำให้บัญชีออกจากระบบทุกที่ เจ้าของบัญชีต้องตั้งรหัสผ่านของตนเองเมื่อเข้าสู่ระบบครั้งถัดไป
admin-users-temporary-password = รหัสผ่านชั่วคราว
admin-users-reset-submit = ตั้งรหัสผ่านชั่วคราว
# ลิงก์ไปยัง /account/password แสดงต่อผู้ดูแลระบบในหน้าบัญชีของตนเอง
admin-users-own-password = หากต้องการเปลี่ยนรหัสผ่านของคุณเอง โปรดใช้หน้าบัญชีของคุณ
admin-users-deactivate-help = การปิดการใช้งานจะทำให้บัญชีออกจากระบบทันทีและเข้าสู่ระบบไม่ได้อีก ประวัติของบัญชียังคงอยู่
admin-users-deactivate = ปิดการใช้งานบัญชีนี้
admin-users-own-account = คุณไม่สามารถปิดการใช้งานบัญชีของตนเองได้
admin-users-activate = เปิดใช้งานบัญชีนี้

# แบบฟอร์มบัญชี
# $name คือชื่อของบุคคล
admin-users-edit-title = แก้ไข { $name }
admin-users-conflict = มีผู้อื่นบันทึกบัญชีนี้ไปก่อนแล้ว
admin-users-administrator = ผู้ดูแลระบบ
admin-users-full-name = ชื่อ-นามสกุล
admin-users-email-address = อีเมล
admin-users-choose-org = เลือก…
admin-users-admin-label = ผู้ดูแลระบบ (จัดการองค์กรและบัญชี เฉพาะองค์กรประเภทผู้ประสานงาน)
admin-users-password-help = อย่างน้อย 12 ตัวอักษร แจ้งรหัสผ่านแก่เจ้าของบัญชีทางโทรศัพท์หรือแจ้งด้วยตนเอง เจ้าของบัญชีต้องเปลี่ยนรหัสผ่านเมื่อเข้าสู่ระบบครั้งแรก
admin-users-submit = เพิ่มบัญชี

# ข้อความข้างช่องในแบบฟอร์มบัญชี
admin-users-org-missing = เลือกองค์กรของบุคคลนี้
admin-users-org-unknown = เลือกองค์กรจากรายการ
admin-users-admin-outside-coordination = เฉพาะสมาชิกขององค์กรประเภทผู้ประสานงานเท่านั้นที่เป็นผู้ดูแลระบบได้
admin-users-email-taken = มีบัญชีอื่นใช้อีเมลนี้แล้ว
admin-users-own-admin-rights = คุณไม่สามารถถอนสิทธิ์ผู้ดูแลระบบของตนเองได้ โปรดขอให้ผู้ดูแลระบบคนอื่นดำเนินการ

# ข้อความยืนยัน $email คืออีเมลของบัญชี
admin-users-created = สร้างบัญชี { $email } แล้ว โปรดแจ้งรหัสผ่านชั่วคราวแก่เจ้าของบัญชีทางโทรศัพท์หรือแจ้งด้วยตนเอง เจ้าของบัญชีต้องเปลี่ยนรหัสผ่านเมื่อเข้าสู่ระบบครั้งแรก
admin-users-saved = บันทึกบัญชี { $email } แล้ว
admin-users-activated = เปิดใช้งานบัญชี { $email } แล้ว
admin-users-deactivated = ปิดการใช้งานบัญชี { $email } แล้ว
admin-users-password-reset = ตั้งรหัสผ่านชั่วคราวสำหรับ { $email } แล้ว เจ้าของบัญชีต้องเปลี่ยนรหัสผ่านเมื่อเข้าสู่ระบบครั้งถัดไป

## การยืนยันตัวตนแบบสองปัจจัยของบัญชี
admin-users-second-factor = การยืนยันตัวตนแบบสองปัจจัย
admin-users-second-factor-since = ตั้งค่าเมื่อ { $date }
admin-users-second-factor-none = ยังไม่ได้ตั้งค่า
admin-users-second-factor-reset-heading = รีเซ็ตการยืนยันตัวตนแบบสองปัจจัย
admin-users-second-factor-reset-help = สำหรับกรณีโทรศัพท์หายหรือเปลี่ยนเครื่อง: แอปยืนยันตัวตนและรหัสกู้คืนของบัญชีจะใช้ไม่ได้อีก และเซสชันของบัญชีจะสิ้นสุดลง โปรดตรวจสอบว่าผู้ที่ร้องขอเป็นใครก่อนรีเซ็ต เจ้าของบัญชีจะตั้งค่าการยืนยันตัวตนแบบสองปัจจัยใหม่เมื่อเข้าสู่ระบบครั้งถัดไป
admin-users-second-factor-reset-submit = รีเซ็ตการยืนยันตัวตนแบบสองปัจจัย
admin-users-second-factor-reset = รีเซ็ตการยืนยันตัวตนแบบสองปัจจัยของ { $email } แล้ว เจ้าของบัญชีจะตั้งค่าใหม่เมื่อเข้าสู่ระบบครั้งถัดไป
