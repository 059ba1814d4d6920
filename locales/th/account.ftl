# บัญชีของผู้ใช้ที่เข้าสู่ระบบอยู่: /account และ /account/password

account-title = บัญชีของคุณ
account-profile = ข้อมูลส่วนตัว
account-name = ชื่อ
account-email = อีเมล
account-organisation = องค์กร
account-change-password = เปลี่ยนรหัสผ่าน

account-language = ภาษา
account-language-label = แสดงพอร์ทัลเป็นภาษา
account-language-browser = ภาษาของเบราว์เซอร์
account-language-help = หากคุณไม่ได้เลือกภาษา ระบบจะใช้ภาษาที่เบราว์เซอร์ของคุณกำหนด ชื่อ บันทึก และทุกสิ่งที่ผู้ใช้พิมพ์ไว้จะแสดงตามที่เขียนไว้เดิม
account-language-save = บันทึกภาษา
account-language-saved = ภาษาที่ใช้แสดงพอร์ทัลขณะนี้: { $language }
account-language-browser-saved = ขณะนี้พอร์ทัลแสดงผลตามภาษาของเบราว์เซอร์ของคุณ

account-time-zone = เขตเวลา
account-time-zone-label = แสดงเวลาตามเขตเวลา
account-time-zone-save = บันทึกเขตเวลา
account-time-zone-saved = ขณะนี้เวลาแสดงตามเขตเวลา { $zone }

account-sessions = เซสชันที่ใช้งานอยู่
account-sessions-help = ทุกเบราว์เซอร์ที่บัญชีของคุณเข้าสู่ระบบอยู่ หากพบเซสชันที่คุณไม่รู้จัก โปรดออกจากระบบเซสชันนั้น แล้วเปลี่ยนรหัสผ่าน
account-sessions-label = เซสชันของคุณ
account-session-signed-in = เข้าสู่ระบบเมื่อ
account-session-last-active = ใช้งานล่าสุด
account-session-from = จาก
account-session-browser = เบราว์เซอร์
account-session-action = การดำเนินการ
account-session-unknown = ไม่ทราบ
account-session-sign-out-this = ออกจากระบบ (เบราว์เซอร์นี้)
account-session-sign-out = ออกจากระบบ
account-session-signed-out = ออกจากระบบเซสชันนั้นแล้ว

account-password-title = เปลี่ยนรหัสผ่าน
account-password-forced = ผู้ดูแลระบบได้ตั้งรหัสผ่านชั่วคราวให้บัญชีของคุณ โปรดตั้งรหัสผ่านของคุณเองเพื่อดำเนินการต่อ
account-password-help = ใช้อย่างน้อย 12 ตัวอักษร คำหลายคำที่ไม่เกี่ยวข้องกันจะเป็นรหัสผ่านที่คาดเดายากและจำง่าย การเปลี่ยนรหัสผ่านจะทำให้บัญชีของคุณออกจากระบบในที่อื่นทั้งหมด
account-current-password = รหัสผ่านปัจจุบัน
account-new-password = รหัสผ่านใหม่
account-confirm-password = ยืนยันรหัสผ่านใหม่
account-password-submit = เปลี่ยนรหัสผ่าน
account-passwords-differ = รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน โปรดพิมพ์รหัสผ่านเดียวกันสองครั้ง
account-password-unchanged = โปรดเลือกรหัสผ่านที่ต่างจากรหัสผ่านปัจจุบัน
account-current-password-missing = กรอกรหัสผ่านปัจจุบันของคุณ
account-current-password-wrong = รหัสผ่านนี้ไม่ใช่รหัสผ่านปัจจุบันของคุณ
account-password-changed = เปลี่ยนรหัสผ่านของคุณแล้ว เซสชันอื่นทั้งหมดของบัญชีคุณถูกออกจากระบบแล้ว

## การยืนยันตัวตนแบบสองปัจจัย
account-mfa-heading = การยืนยันตัวตนแบบสองปัจจัย
account-mfa-on = การเข้าสู่ระบบจะขอรหัสจากแอปยืนยันตัวตนของคุณ นอกเหนือจากรหัสผ่าน
account-mfa-off = การเข้าสู่ระบบขอเพียงรหัสผ่านของคุณ โปรดเพิ่มรหัสจากแอปยืนยันตัวตน เพื่อให้รหัสผ่านที่ถูกขโมยไปเพียงอย่างเดียวไม่เพียงพอต่อการเข้าสู่ระบบ
account-mfa-manage = การยืนยันตัวตนแบบสองปัจจัยและรหัสกู้คืน
account-mfa-set-up = ตั้งค่าการยืนยันตัวตนแบบสองปัจจัย
account-mfa-title = การยืนยันตัวตนแบบสองปัจจัย
account-mfa-required = พอร์ทัลนี้กำหนดให้บัญชีของคุณต้องใช้การยืนยันตัวตนแบบสองปัจจัย โปรดตั้งค่าตอนนี้เพื่อดำเนินการต่อ
account-mfa-intro = คุณต้องมีแอปยืนยันตัวตนในโทรศัพท์ของคุณ เช่น FreeOTP, Aegis, Google Authenticator หรือ Microsoft Authenticator
account-mfa-step-scan = ในแอป ให้เพิ่มบัญชีแล้วสแกนโค้ด QR นี้
account-mfa-step-type = หรือหากสแกนไม่ได้ ให้พิมพ์คีย์นี้ลงในแอป (แบบอิงตามเวลา ตัวเลข 6 หลัก):
account-mfa-step-confirm = กรอกรหัส 6 หลักที่แอปแสดงสำหรับ Liaison อยู่ในขณะนี้
account-mfa-qr-label = โค้ด QR สำหรับเพิ่มบัญชี Liaison ของคุณลงในแอปยืนยันตัวตน
account-mfa-code-label = รหัสจากแอป
account-mfa-confirm-submit = เปิดใช้งานการยืนยันตัวตนแบบสองปัจจัย
account-mfa-code-missing = กรอกรหัสที่แอปแสดง
account-mfa-code-wrong = รหัสไม่ถูกต้องหรือถูกใช้ไปแล้ว โปรดกรอกรหัสที่แอปแสดงอยู่ในขณะนี้
account-mfa-codes-heading = รหัสกู้คืนของคุณ
account-mfa-codes-intro = เปิดใช้งานการยืนยันตัวตนแบบสองปัจจัยแล้ว รหัสกู้คืน 10 รหัสนี้จะแสดงเพียงครั้งนี้ครั้งเดียว
account-mfa-codes-keep = แต่ละรหัสใช้เข้าสู่ระบบโดยไม่ต้องใช้โทรศัพท์ได้หนึ่งครั้ง โปรดพิมพ์ลงกระดาษหรือเก็บไว้ในโปรแกรมจัดการรหัสผ่าน แยกไว้ต่างหากจากโทรศัพท์ของคุณ
account-mfa-codes-done = เก็บรหัสกู้คืนไว้แล้ว
account-mfa-enrolled-since = การยืนยันตัวตนแบบสองปัจจัยของคุณเปิดใช้งานตั้งแต่ { $date }
account-mfa-codes-left = มีรหัสกู้คืนที่ยังไม่ได้ใช้ { $left } จาก { $total } รหัส
account-mfa-renew-heading = รหัสกู้คืนชุดใหม่
account-mfa-renew-help = ชุดใหม่จะแทนที่ชุดเดิม และรหัสชุดเดิมจะใช้ไม่ได้อีก โปรดกรอกรหัสจากแอปของคุณเพื่อยืนยัน
account-mfa-renew-submit = ออกรหัสกู้คืนชุดใหม่
account-mfa-lost-phone = หากเปลี่ยนโทรศัพท์เครื่องใหม่หรือทำโทรศัพท์หาย ผู้ดูแลระบบสามารถรีเซ็ตการยืนยันตัวตนแบบสองปัจจัยของคุณได้ จากนั้นคุณจะตั้งค่าใหม่อีกครั้งเมื่อเข้าสู่ระบบครั้งถัดไป
