# จุดติดต่อ: สมุดรายชื่อ ผู้ติดต่อแต่ละราย แบบฟอร์ม ผู้ปฏิบัติหน้าที่ขณะนี้ และตารางเวร

contacts-reach-absent = ไม่อยู่วันนี้
contacts-reach-on-call = อยู่เวรขณะนี้
contacts-reach-available = ติดต่อได้ขณะนี้
contacts-reach-unavailable = ติดต่อไม่ได้ขณะนี้
contacts-confirmed = ยืนยันเมื่อ { $date }
contacts-confirmed-by = { $name } ยืนยันเมื่อ { $date }
contacts-stale-warning = ไม่เป็นปัจจุบัน: โปรดตรวจสอบก่อนใช้
contacts-freshness-heading = จุดติดต่อของ { $org }
contacts-freshness-none = ยังไม่มีจุดติดต่อ: จะไม่มีใครพบ { $org } ในหน้าผู้ปฏิบัติหน้าที่ขณะนี้
contacts-freshness-entries = { $count } รายการ
contacts-freshness-stale = ไม่เป็นปัจจุบัน { $count } รายการ (ไม่ได้ยืนยันมา { $days } วัน)
contacts-freshness-all-confirmed = ยืนยันแล้วทั้งหมดภายใน { $days } วัน
contacts-freshness-the-stale = รายการที่ไม่เป็นปัจจุบัน
contacts-duty-rota = ตารางเวร
contacts-add = เพิ่มผู้ติดต่อ
# ตัวคั่นระหว่างรายการในรายการ (วันในช่วงเวลาที่ติดต่อได้ ภาษาที่พูดได้)
contacts-list-separator = { ", " }

## สมุดรายชื่อ (/contacts)

contacts-directory-title = จุดติดต่อ
contacts-on-duty-title = ติดต่อใครได้ตอนนี้
contacts-filters = ตัวกรอง
contacts-organisation = องค์กร
contacts-filter-all-orgs = ทุกองค์กร
contacts-filter-language = พูดภาษา
contacts-filter-any-language = ภาษาใดก็ได้
contacts-filter-available = เฉพาะผู้ที่ติดต่อได้ขณะนี้
contacts-filter-stale = เฉพาะรายการที่ไม่ได้ยืนยันมา { $days } วัน
contacts-filter-submit = กรอง
contacts-count = ผู้ติดต่อ { $count } ราย
# $org คือรหัสองค์กร เช่น BRA
contacts-download-org-vcards = ดาวน์โหลดผู้ติดต่อของ { $org } เป็น vCard
contacts-none-match = ไม่มีจุดติดต่อที่ตรงกับตัวกรองเหล่านี้
contacts-name = ชื่อ
contacts-position = ตำแหน่ง
contacts-phone = โทรศัพท์
contacts-email = อีเมล
contacts-languages = ภาษา
contacts-now = ขณะนี้
contacts-confirmed-label = ยืนยันล่าสุด
contacts-call-order = ลำดับการโทร
contacts-reachable = ติดต่อได้
# 1 = โทรหาเป็นลำดับแรก, 2 = ลำดับถัดไปหากไม่รับสาย, …
contacts-call-order-value = ลำดับการโทรที่ { $order }
# ผู้ที่ยืนยันล่าสุดว่าข้อมูลถูกต้อง
contacts-confirmed-by-name = โดย { $name }
contacts-stale = ไม่เป็นปัจจุบัน

## ช่วงเวลาและเวลาท้องถิ่น

contacts-hours-always = ตลอด 24 ชั่วโมง
contacts-hours-none = ไม่ได้กำหนดเวลา
# $days คือวันหรือช่วงวัน $start และ $end คือเวลา: "จ.–ศ. 09:00–17:00"
contacts-hours-window = { $days } { $start }–{ $end }
# ช่วงเวลาที่เลยเที่ยงคืน: "ส. 22:00–06:00 (วันถัดไป)"
contacts-hours-window-overnight = { $days } { $start }–{ $end } (วันถัดไป)
# วันติดกันที่มีเวลาเดียวกัน: "จ.–ศ."
contacts-hours-day-range = { $first }–{ $last }
# $hours คือคำอธิบายข้างต้น $zone คือเขตเวลา เช่น Asia/Bangkok
contacts-hours-in-zone = { $hours } ({ $zone })
# $time คือวัน วันที่ เวลา และส่วนต่างเวลา $zone คือเขตเวลา
contacts-local-time = { $time } ({ $zone })
contacts-day-short-mon = จ.
contacts-day-short-tue = อ.
contacts-day-short-wed = พ.
contacts-day-short-thu = พฤ.
contacts-day-short-fri = ศ.
contacts-day-short-sat = ส.
contacts-day-short-sun = อา.
contacts-day-mon = วันจันทร์
contacts-day-tue = วันอังคาร
contacts-day-wed = วันพุธ
contacts-day-thu = วันพฤหัสบดี
contacts-day-fri = วันศุกร์
contacts-day-sat = วันเสาร์
contacts-day-sun = วันอาทิตย์

## ผู้ติดต่อแต่ละราย (/contacts/…)

contacts-not-confirmed-since = ไม่ได้รับการยืนยันตั้งแต่ { $date } ข้อมูลนี้อาจไม่เป็นปัจจุบัน
contacts-languages-not-given = ไม่ได้ระบุ
# $time คือเวลาขณะนี้ในพื้นที่ของผู้ติดต่อ
contacts-their-time = เวลาของผู้ติดต่อ { $time }
contacts-confirmed-at-by = { $time } โดย { $name }
# บริการส่งข้อความที่ไม่ทราบชื่อ
contacts-messaging = แอปส่งข้อความ
contacts-save-vcard = บันทึกลงโทรศัพท์ (vCard)
contacts-verify = ข้อมูลยังถูกต้อง
contacts-edit = แก้ไข
contacts-absences = ช่วงที่ไม่อยู่
contacts-absences-none = ไม่มีช่วงที่ไม่อยู่ตามแผน
# ทั้งสองค่าเป็นวันที่
contacts-absence-range = { $from } ถึง { $to }
contacts-absence-remove-label = ลบ ช่วงที่ไม่อยู่ตั้งแต่ { $from } ถึง { $to }
contacts-absence-first-day = วันแรกที่ไม่อยู่
contacts-absence-last-day = วันสุดท้ายที่ไม่อยู่
contacts-absence-add = เพิ่มช่วงที่ไม่อยู่
contacts-remove-heading = ลบออกจากสมุดรายชื่อ
contacts-remove-confirm = { $name } ไม่ได้เป็นจุดติดต่ออีกต่อไป ให้ลบรายการนี้และเวรทั้งหมดของบุคคลนี้
contacts-remove = ลบ
contacts-back-to-org = ← ผู้ติดต่อทั้งหมดของ { $org }

contacts-verified = ขอบคุณ ยืนยันแล้ววันนี้ว่าข้อมูลของ { $name } ถูกต้อง
contacts-delete-unconfirmed = ทำเครื่องหมายในช่องเพื่อยืนยันว่าต้องการลบผู้ติดต่อรายนี้
contacts-deleted = ลบ { $name } ออกจากสมุดรายชื่อแล้ว
contacts-absence-start-missing = กรอกวันแรก
contacts-absence-end-missing = กรอกวันสุดท้าย
contacts-absence-reversed = วันสิ้นสุดของช่วงที่ไม่อยู่ต้องไม่มาก่อนวันเริ่มต้น
contacts-absence-over = ช่วงที่ไม่อยู่นี้สิ้นสุดไปแล้ว
# $from และ $to เป็นวันที่
contacts-absence-added = บันทึกแล้วว่า { $name } ไม่อยู่ตั้งแต่ { $from } ถึง { $to }
contacts-absence-removed = ลบช่วงที่ไม่อยู่ของ { $name } แล้ว

## แบบฟอร์มเพิ่มหรือแก้ไขผู้ติดต่อ

contacts-new-title = เพิ่มจุดติดต่อ
contacts-edit-title = แก้ไข { $name }
contacts-conflict-heading = มีผู้อื่นบันทึกผู้ติดต่อรายนี้ไปก่อนแล้ว
contacts-conflict-text = การเปลี่ยนแปลงของคุณยังไม่ได้บันทึก ข้อมูลที่จัดเก็บอยู่ในขณะนี้ (ฉบับที่ { $version }) มีดังนี้:
contacts-conflict-resubmit = แบบฟอร์มด้านล่างยังคงมีข้อมูลที่คุณพิมพ์ไว้ ส่งอีกครั้งเพื่อแทนที่ข้อมูลที่จัดเก็บไว้
contacts-conflict-discard = ละทิ้งการเปลี่ยนแปลงของคุณ
contacts-form-has-errors = มีบางช่องที่ต้องแก้ไข โปรดดูข้อความข้างช่องนั้น
contacts-organisation-fixed = องค์กร:
contacts-choose = เลือก…
contacts-position-optional = ตำแหน่ง (ไม่บังคับ)
contacts-phones-legend = หมายเลขโทรศัพท์ เรียงตามลำดับที่ควรโทรก่อน
contacts-phone-number-label = หมายเลขโทรศัพท์ { $number }
contacts-phones-help = ระบุรหัสประเทศ เช่น +66 2 123 4567 หมายเลขที่ไม่มีรหัสประเทศจะถือเป็นหมายเลขในประเทศไทย
contacts-email-optional = อีเมล (ไม่บังคับ)
contacts-messaging-optional = แอปส่งข้อความ (ไม่บังคับ)
contacts-languages-spoken = ภาษาที่พูดได้
# ช่องนี้รับรหัส ISO และชื่อภาษาเป็นภาษาอังกฤษ: คง "th, en, Portuguese" ไว้ตามเดิม
contacts-languages-help = รหัสหรือชื่อภาษาเป็นภาษาอังกฤษ คั่นด้วยเครื่องหมายจุลภาค: th, en, Portuguese
contacts-call-order-help = 1 = โทรหาเป็นลำดับแรก หากไม่รับสายจึงโทรหาลำดับถัดไป
contacts-time-zone = เขตเวลาของผู้ติดต่อ
contacts-time-zone-help = เวลาด้านล่างและช่วงที่ไม่อยู่ใช้เขตเวลานี้
contacts-availability-legend = ช่วงเวลาที่ติดต่อได้
contacts-availability-always = ตลอด 24 ชั่วโมง (สายที่มีผู้รับตลอดเวลา)
contacts-availability-hours = เวลาประจำสัปดาห์ (ด้านล่าง)
contacts-hours-label = เวลาประจำสัปดาห์
contacts-hours-caption = เวลาประจำสัปดาห์: เว้นว่างวันที่ติดต่อไม่ได้ หากเวลาสิ้นสุดอยู่ก่อนเวลาเริ่มต้น จะถือว่าต่อเนื่องข้ามเที่ยงคืน
contacts-hours-day = วัน
contacts-hours-from = ตั้งแต่
contacts-hours-to = ถึง
# $day คือชื่อวันในสัปดาห์ เช่น วันจันทร์
contacts-hours-from-label = { $day } ตั้งแต่
contacts-hours-to-label = { $day } ถึง
contacts-save-changes = บันทึกการเปลี่ยนแปลง
contacts-create = เพิ่มจุดติดต่อ
contacts-cancel = ยกเลิก

contacts-organisation-unknown = เลือกองค์กรจากรายการ
contacts-name-missing = กรอกชื่อผู้ติดต่อ
# $number คือลำดับของช่องหมายเลขโทรศัพท์ (1, 2, 3) $message คือสิ่งที่ผิดพลาด
contacts-phone-numbered = หมายเลขที่ { $number }: { $message }
contacts-phone-missing = ระบุหมายเลขโทรศัพท์ที่โทรติดต่อได้อย่างน้อยหนึ่งหมายเลข
contacts-phone-too-many = ระบุหมายเลขโทรศัพท์ได้ไม่เกินห้าหมายเลข
contacts-call-order-invalid = ระบุตัวเลขตั้งแต่ 1 (โทรเป็นลำดับแรก) ถึง 99
contacts-availability-unknown = เลือกตลอด 24 ชั่วโมง หรือเวลาประจำสัปดาห์
contacts-hours-missing = ระบุเวลาอย่างน้อยหนึ่งวัน หรือเลือกตลอด 24 ชั่วโมง
# $day คือชื่อวันในสัปดาห์ เช่น วันจันทร์
contacts-hours-both-times = ระบุเวลาทั้งสองช่องของ{ $day }ในรูปแบบ HH:MM หรือเว้นว่างทั้งสองช่อง
contacts-hours-end-equals-start = เวลาสิ้นสุดต้องต่างจากเวลาเริ่มต้น หากเป็นสายที่มีผู้รับตลอดเวลา โปรดเลือกตลอด 24 ชั่วโมง
contacts-added = เพิ่ม { $name } แล้ว
contacts-saved = บันทึก { $name } แล้ว

## ติดต่อใครได้ตอนนี้ (/contacts/on-duty)

contacts-on-duty-intro = สำหรับแต่ละองค์กร จะแสดงผู้ติดต่อที่อยู่เวร หากไม่มีจะแสดงสายที่มีผู้รับตลอด 24 ชั่วโมง และหากไม่มีอีกจะแสดงผู้ติดต่อรายแรกที่อยู่ในช่วงเวลาที่ติดต่อได้ขณะนี้
contacts-on-duty-narrow = แสดงเฉพาะองค์กรเดียว
contacts-on-duty-every-org = ทุกองค์กร
contacts-on-duty-show = แสดง
contacts-on-duty-show-all = แสดงทุกองค์กร
contacts-on-duty-no-such-org = ไม่มีองค์กรที่ใช้งานอยู่ซึ่งใช้รหัสนี้
contacts-on-duty-unreachable = มี { $count } องค์กรที่ไม่มีผู้ใดติดต่อได้ในขณะนี้
contacts-on-duty-local-time = เวลาท้องถิ่น: { $time }
contacts-on-duty-on-call-until = อยู่เวรถึง { $time }
contacts-on-duty-call-first = โทรหาเป็นลำดับแรก
# $hours คือช่วงเวลาประจำสัปดาห์ของผู้ติดต่อ: "จ.–ศ. 09:00–17:00"
contacts-on-duty-within-hours = อยู่ในช่วงเวลาที่ติดต่อได้ ({ $hours })
contacts-on-duty-nobody = ขณะนี้ไม่มีผู้ใดติดต่อได้
contacts-on-duty-no-contacts = องค์กรนี้ยังไม่มีจุดติดต่อ
contacts-on-duty-none-reachable = ผู้ติดต่อที่มีอยู่ { $count } รายไม่ได้อยู่เวร ไม่ได้รับสายตลอด 24 ชั่วโมง และไม่อยู่ในช่วงเวลาที่ติดต่อได้
contacts-on-duty-see-contacts = { $count ->
    [1] ดูผู้ติดต่อ
   *[other] ดูผู้ติดต่อทั้งหมดขององค์กรนี้
}

## ตารางเวรขององค์กร (/orgs/…/duty)

# $org คือรหัสหรือชื่อองค์กร
contacts-rota-title = ตารางเวรของ { $org }
# $zone คือเขตเวลา เช่น Europe/London $time คือเวลาขณะนี้ในเขตนั้น
contacts-rota-times = เวลาแสดงตามเขตเวลา { $zone } ขณะนี้เวลา { $time }
contacts-shifts-heading = เวรปัจจุบันและเวรที่จะมาถึง
contacts-shifts-none = ยังไม่มีการจัดเวร
contacts-shifts-label = เวร
contacts-shift-on-call = ผู้อยู่เวร
contacts-shift-until = จนถึง
contacts-shift-actions = การดำเนินการ
contacts-shift-now = ขณะนี้
contacts-shift-remove-label = ลบ เวรของ { $name }
contacts-shift-schedule-heading = จัดเวร
contacts-rota-add-contact-first = โปรดเพิ่มจุดติดต่อก่อน
contacts-shift-schedule = จัดเวร
contacts-back-to-on-duty = ← ติดต่อใครได้ตอนนี้

contacts-shift-contact-unknown = เลือกผู้อยู่เวรจากรายการ
contacts-shift-start-invalid = กรอกวันและเวลาเริ่มต้น เช่น 2026-12-24T20:00
contacts-shift-end-invalid = กรอกวันและเวลาสิ้นสุด เช่น 2026-12-24T20:00
# $date และ $time คือค่าที่พิมพ์ $zone คือเขตเวลา เช่น Europe/London
contacts-shift-time-skipped = เวลา { $time } ของวันที่ { $date } ไม่มีอยู่ในเขตเวลา { $zone } เนื่องจากมีการปรับนาฬิกาในช่วงนั้น โปรดเลือกเวลาอื่น
contacts-shift-reversed = เวรต้องสิ้นสุดหลังเวลาเริ่มต้น
contacts-shift-over = เวรนี้สิ้นสุดไปแล้ว
# $from และ $until คือวัน วันที่ เวลา และส่วนต่างเวลา
contacts-shift-added = { $name } อยู่เวรตั้งแต่ { $from } ถึง { $until }
contacts-shift-removed = ลบเวรของ { $name } แล้ว

## ภาษาที่ผู้ติดต่อพูดได้ (ชื่อที่สมุดรายชื่อแสดงแทนรหัส)

spoken-am = อัมฮารา
spoken-ar = อาหรับ
spoken-bn = เบงกาลี
spoken-de = เยอรมัน
spoken-en = อังกฤษ
spoken-es = สเปน
spoken-fa = เปอร์เซีย
spoken-fr = ฝรั่งเศส
spoken-ha = เฮาซา
spoken-he = ฮีบรู
spoken-hi = ฮินดี
spoken-id = อินโดนีเซีย
spoken-it = อิตาลี
spoken-ja = ญี่ปุ่น
spoken-kk = คาซัค
spoken-km = เขมร
spoken-ko = เกาหลี
spoken-lo = ลาว
spoken-ms = มลายู
spoken-my = พม่า
spoken-ne = เนปาล
spoken-nl = ดัตช์
spoken-pl = โปแลนด์
spoken-pt = โปรตุเกส
spoken-ru = รัสเซีย
spoken-si = สิงหล
spoken-sw = สวาฮีลี
spoken-ta = ทมิฬ
spoken-th = ไทย
spoken-tl = ฟิลิปปินส์
spoken-tr = ตุรกี
spoken-uk = ยูเครน
spoken-ur = อูรดู
spoken-uz = อุซเบก
spoken-vi = เวียดนาม
spoken-yo = โยรูบา
spoken-zh = จีน
spoken-unknown = ภาษาที่ไม่รู้จัก
