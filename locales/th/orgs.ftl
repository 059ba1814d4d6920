# องค์กร: สมุดรายชื่อและหน้าพื้นที่ทำงานขององค์กร รวมถึงข้อความข้างช่องกรอกข้อมูลองค์กร
# (แบบฟอร์มของผู้ดูแลระบบ)

orgs-heading = องค์กรที่เข้าร่วม
orgs-intro = ทุกคนที่เข้าสู่ระบบ Liaison จะเห็นสมุดรายชื่อนี้
# คำบรรยายตาราง สำหรับโปรแกรมอ่านหน้าจอ
orgs-count = { $count } องค์กร
orgs-col-code = รหัส
orgs-col-name = ชื่อ
orgs-col-kind = ประเภท
orgs-col-country = ประเทศ
orgs-col-members = สมาชิก

# ใต้ชื่อองค์กร คีย์ [coordinator] [country] [observer] ต้องคงไว้ตามเดิม
orgs-kind-organisation = { $kind ->
    [coordinator] องค์กรประเภทผู้ประสานงาน
    [country] องค์กรประเภทประเทศ
   *[observer] องค์กรประเภทผู้สังเกตการณ์
}
# $country คือรหัสประเทศ ISO สองตัวอักษร (BR, TZ)
orgs-country = ประเทศ { $country }
orgs-deactivated = ปิดการใช้งานแล้ว
orgs-own-workspace = นี่คือพื้นที่ทำงานขององค์กรคุณ
orgs-workspace = พื้นที่ทำงาน
orgs-active-members = สมาชิกที่ใช้งานอยู่
orgs-time-zone = เขตเวลา
orgs-since = อยู่ใน Liaison ตั้งแต่
orgs-manage = จัดการองค์กรนี้

# ข้อความข้างช่องกรอกข้อมูลองค์กร
orgs-name-missing = กรอกชื่อองค์กร
orgs-country-not-allowed = เฉพาะองค์กรประเภทประเทศเท่านั้นที่ระบุประเทศได้ โปรดเว้นช่องนี้ว่างไว้
orgs-code-taken = มีองค์กรอื่นใช้รหัสนี้แล้ว
orgs-country-taken = มีองค์กรอื่นเป็นตัวแทนของประเทศนี้อยู่แล้ว
