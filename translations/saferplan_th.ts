<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About SaferPlan</source>
        <translation>เกี่ยวกับ SaferPlan</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>เวอร์ชัน {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. You may use, share and change it.</source>
        <translation>ซอฟต์แวร์เสรีภายใต้สัญญาอนุญาต GNU General Public License รุ่นที่ 3 หรือรุ่นที่ใหม่กว่า คุณใช้ แบ่งปัน และแก้ไขได้</translation>
    </message>
    <message>
        <source>The open plan is kept in this file: {path}</source>
        <translation>แผนที่เปิดอยู่เก็บไว้ในไฟล์นี้: {path}</translation>
    </message>
    <message>
        <source>New plans are kept in this folder: {path}</source>
        <translation>แผนใหม่จะเก็บไว้ในโฟลเดอร์นี้: {path}</translation>
    </message>
    <message>
        <source>Portable mode is on: settings and plans stay in that folder, and nothing is kept in your home folder.</source>
        <translation>เปิดโหมดพกพาอยู่: การตั้งค่าและแผนจะอยู่ในโฟลเดอร์นั้น และไม่มีอะไรเก็บไว้ในโฟลเดอร์ส่วนตัวของคุณ</translation>
    </message>
    <message>
        <source>Portable mode is off.</source>
        <translation>ปิดโหมดพกพาอยู่</translation>
    </message>
    <message>
        <source>Show the licence</source>
        <translation>ดูสัญญาอนุญาต</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>สัญญาอนุญาต</translation>
    </message>
    <message>
        <source>The licence text is not in this copy. It is the GNU General Public License, version 3, at gnu.org/licenses.</source>
        <translation>ไม่มีข้อความสัญญาอนุญาตในชุดนี้ สัญญาอนุญาตนี้คือ GNU General Public License รุ่นที่ 3 ดูได้ที่ gnu.org/licenses</translation>
    </message>
</context>
<context>
    <name>AnswerAdapter</name>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>ไม่แน่ใจ</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ไม่มีวันที่</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>See it larger</source>
        <translation>ดูให้ใหญ่ขึ้น</translation>
    </message>
    <message>
        <source>Name of the file</source>
        <translation>ชื่อไฟล์</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>เอาไฟล์ออก</translation>
    </message>
    <message>
        <source>A PDF file, kept safely in your plan. SaferPlan cannot show it.</source>
        <translation>ไฟล์ PDF ที่เก็บไว้อย่างปลอดภัยในแผนของคุณ SaferPlan แสดงไฟล์นี้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Picture</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>กำลังเปิดรูปภาพ…</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>แสดงรูปนี้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>BondSheet</name>
    <message>
        <source>If I am detained: for my bond person</source>
        <translation>ถ้าฉันถูกกักตัว: สำหรับผู้ค้ำประกันของฉัน</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อไร</translation>
    </message>
    <message>
        <source>The first detention review is within 48 hours, or soon after. Then within 7 days, then at least once every 30 days.</source>
        <translation>การพิจารณาทบทวนการกักตัวครั้งแรกจะมีภายใน 48 ชั่วโมง หรือหลังจากนั้นไม่นาน ครั้งต่อไปภายใน 7 วัน แล้วอย่างน้อยทุก 30 วัน</translation>
    </message>
    <message>
        <source>If you are not ready for the first review, the next chance may be a week or a month later. Call my lawyer as soon as you hear.</source>
        <translation>ถ้าคุณยังไม่พร้อมสำหรับการพิจารณาครั้งแรก โอกาสต่อไปอาจอีกหนึ่งสัปดาห์หรือหนึ่งเดือน โทรหาทนายความของฉันทันทีที่คุณรู้ข่าว</translation>
    </message>
    <message>
        <source>What you may be asked at the hearing</source>
        <translation>สิ่งที่คุณอาจถูกถามในการไต่สวน</translation>
    </message>
    <message>
        <source>How you know me, where I will live, and how you will make sure I follow the conditions of my release.</source>
        <translation>คุณรู้จักฉันได้อย่างไร ฉันจะอยู่ที่ไหน และคุณจะดูแลให้ฉันทำตามเงื่อนไขการปล่อยตัวอย่างไร</translation>
    </message>
    <message>
        <source>Whether you would tell the CBSA if I broke a condition. You must, or you can lose the money.</source>
        <translation>คุณจะแจ้ง CBSA ไหม ถ้าฉันไม่ทำตามเงื่อนไข คุณต้องแจ้ง ไม่อย่างนั้นคุณอาจเสียเงินนั้น</translation>
    </message>
    <message>
        <source>Where the money comes from. It must be your own money, not mine.</source>
        <translation>เงินมาจากไหน ต้องเป็นเงินของคุณเอง ไม่ใช่เงินของฉัน</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>สิ่งที่ต้องนำไป</translation>
    </message>
    <message>
        <source>Photo ID, and proof of your status in Canada: a Canadian passport, citizenship certificate or permanent resident card.</source>
        <translation>บัตรที่มีรูปถ่าย และหลักฐานสถานะของคุณในแคนาดา: หนังสือเดินทางแคนาดา ใบรับรองการเป็นพลเมือง หรือบัตรผู้มีถิ่นที่อยู่ถาวร</translation>
    </message>
    <message>
        <source>Proof of your own money and income, and of your address: bank statements, pay slips, a lease or a bill.</source>
        <translation>หลักฐานเงินและรายได้ของคุณเอง และหลักฐานที่อยู่: รายการเดินบัญชีธนาคาร สลิปเงินเดือน สัญญาเช่า หรือใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>โทรหาใคร</translation>
    </message>
    <message>
        <source>Add my lawyer&apos;s and support worker&apos;s numbers here:</source>
        <translation>ใส่เบอร์ของทนายความและเจ้าหน้าที่ให้ความช่วยเหลือของฉันตรงนี้:</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Bond person</source>
        <translation>ผู้ค้ำประกัน</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>ทนายความด้านคนเข้าเมือง</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>ทนายความคดีอาญา</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>ทนายความด้านครอบครัว</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>คลินิกกฎหมาย</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>เจ้าหน้าที่ให้ความช่วยเหลือ</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>มีกุญแจบ้านฉัน</translation>
    </message>
    <message>
        <source>Cares for my children</source>
        <translation>ดูแลลูกของฉัน</translation>
    </message>
    <message>
        <source>Cares for my pets</source>
        <translation>ดูแลสัตว์เลี้ยงของฉัน</translation>
    </message>
    <message>
        <source>Release address</source>
        <translation>ที่อยู่หลังได้รับการปล่อยตัว</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>ผู้ติดต่อกรณีฉุกเฉิน</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>ผู้รับมอบอำนาจ</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>พยาน</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>ที่ปลอดภัย</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>ผู้ติดต่ออื่น ๆ</translation>
    </message>
    <message>
        <source>In an emergency, please contact</source>
        <translation>กรณีฉุกเฉิน กรุณาติดต่อ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Medication and medical needs</source>
        <translation>ยาและความต้องการทางการแพทย์</translation>
    </message>
    <message>
        <source>Language / interpreter</source>
        <translation>ภาษา / ล่าม</translation>
    </message>
    <message>
        <source>This line is 5 cm long. If it is not, print again at 100 % (actual size).</source>
        <translation>เส้นนี้ยาว 5 ซม. ถ้าไม่ใช่ ให้พิมพ์อีกครั้งที่ 100 % (ขนาดจริง)</translation>
    </message>
</context>
<context>
    <name>CardRisk</name>
    <message>
        <source>Before you print a card</source>
        <translation>ก่อนพิมพ์บัตร</translation>
    </message>
    <message>
        <source>If you are detained, officers take your things and may read this card. They may call the people on it. You decide what is best. You can also give the card to your bond person to keep, or learn the numbers by heart and carry no card.</source>
        <translation>ถ้าคุณถูกกักตัว เจ้าหน้าที่จะเอาของของคุณไป และอาจอ่านบัตรนี้ เขาอาจโทรหาคนที่มีชื่ออยู่ในบัตร คุณเป็นคนตัดสินใจเองว่าแบบไหนดีที่สุด คุณจะให้ผู้ค้ำประกันของคุณเก็บบัตรไว้ก็ได้ หรือจำเบอร์ให้ขึ้นใจแล้วไม่ต้องพกบัตรเลยก็ได้</translation>
    </message>
    <message>
        <source>Print the card as it is</source>
        <translation>พิมพ์บัตรตามนี้</translation>
    </message>
    <message>
        <source>Make it discreet: names and numbers only</source>
        <translation>แบบไม่เปิดเผย: มีแค่ชื่อและเบอร์</translation>
    </message>
    <message>
        <source>Choose fewer people first</source>
        <translation>เลือกคนให้น้อยลงก่อน</translation>
    </message>
    <message>
        <source>Save a sheet for my bond person instead</source>
        <translation>บันทึกเอกสารให้ผู้ค้ำประกันของฉันแทน</translation>
    </message>
    <message>
        <source>Choose fewer people</source>
        <translation>เลือกคนให้น้อยลง</translation>
    </message>
    <message>
        <source>Untick the people you want to leave off the card, then print again.</source>
        <translation>เอาเครื่องหมายถูกออกจากคนที่คุณไม่อยากให้อยู่ในบัตร แล้วพิมพ์อีกครั้ง</translation>
    </message>
    <message>
        <source>A sheet for your bond person</source>
        <translation>เอกสารสำหรับผู้ค้ำประกันของคุณ</translation>
    </message>
    <message>
        <source>It says what to do if you are detained: when, what they may be asked, what to bring, and who to call. It is printed in the language chosen for printing, and in English.</source>
        <translation>เอกสารนี้บอกว่าต้องทำอะไรถ้าคุณถูกกักตัว: ต้องมาเมื่อไร อาจถูกถามอะไร ต้องเอาอะไรมา และต้องโทรหาใคร เอกสารจะพิมพ์เป็นภาษาที่เลือกไว้สำหรับการพิมพ์ และเป็นภาษาอังกฤษด้วย</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>ยังไม่ได้พิมพ์</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. Use Save as PDF to keep a file.</source>
        <translation>SaferPlan พิมพ์ได้กับเครื่องพิมพ์เท่านั้น ถ้าจะเก็บเป็นไฟล์ ให้ใช้ “บันทึกเป็น PDF”</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>The sheet for your bond person is saved. Give it to them on paper if you can.</source>
        <translation>บันทึกเอกสารสำหรับผู้ค้ำประกันของคุณแล้ว ถ้าทำได้ ให้พิมพ์ลงกระดาษแล้วให้เขาไว้</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>What SaferPlan keeps</source>
        <translation>SaferPlan เก็บอะไรไว้บ้าง</translation>
    </message>
    <message>
        <source>Only what you type: your plans, the people and documents you add, and the numbers you want to learn. Write as little as you need. First names and your own words are fine.</source>
        <translation>เก็บเฉพาะสิ่งที่คุณพิมพ์: แผนของคุณ คนและเอกสารที่คุณเพิ่ม และเบอร์ที่คุณอยากจำ เขียนเท่าที่จำเป็น ใช้ชื่อต้นและคำพูดของคุณเองก็ได้</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>เก็บไว้ที่ไหน</translation>
    </message>
    <message>
        <source>In one file on this computer, locked with a passphrase you choose. Without the passphrase, or a recovery code if you make one, nobody can read it. Not us either: if you forget both, the plan cannot be opened again.</source>
        <translation>เก็บในไฟล์เดียวบนคอมพิวเตอร์เครื่องนี้ ล็อกด้วยวลีรหัสผ่านที่คุณเลือก ถ้าไม่มีวลีรหัสผ่าน หรือรหัสกู้คืนถ้าคุณสร้างไว้ ไม่มีใครอ่านได้ รวมถึงเราด้วย ถ้าคุณลืมทั้งสองอย่าง จะเปิดแผนนี้อีกไม่ได้</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>ไม่มีการส่งข้อมูลไปที่ไหน</translation>
    </message>
    <message>
        <source>SaferPlan never uses the internet. Nothing you write leaves this computer unless you print it or save a copy yourself.</source>
        <translation>SaferPlan ไม่ใช้อินเทอร์เน็ตเลย สิ่งที่คุณเขียนจะไม่ออกจากคอมพิวเตอร์เครื่องนี้ เว้นแต่คุณพิมพ์ออกมาหรือบันทึกสำเนาเอง</translation>
    </message>
    <message>
        <source>You decide</source>
        <translation>คุณเป็นคนตัดสินใจ</translation>
    </message>
    <message>
        <source>Every question can be skipped, left for later, or marked as not for you. You can see everything you wrote, take a copy, and delete everything at any time.</source>
        <translation>ทุกคำถามข้ามได้ เก็บไว้ทีหลังได้ หรือบอกว่าไม่เกี่ยวกับคุณได้ คุณดูทุกอย่างที่เขียนไว้ เอาสำเนาไป และลบทุกอย่างได้ทุกเมื่อ</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>ออกด่วน</translation>
    </message>
    <message>
        <source>The Hide button at the top is always there. Pressing Esc twice, or Shift three times, does the same. SaferPlan hides your plan at once, saves it, locks it and minimises or closes. To open it again you need your passphrase. After a few minutes without use it locks by itself.</source>
        <translation>ปุ่ม “ซ่อน” ด้านบนอยู่ตรงนั้นเสมอ กด Esc สองครั้ง หรือ Shift สามครั้ง ก็ได้ผลเหมือนกัน SaferPlan จะซ่อนแผนของคุณทันที บันทึก ล็อก แล้วย่อหรือปิดหน้าต่าง เมื่อจะเปิดอีกครั้งต้องใช้วลีรหัสผ่าน ถ้าไม่มีการใช้งานสักสองสามนาที โปรแกรมจะล็อกเอง</translation>
    </message>
    <message>
        <source>What SaferPlan cannot protect against</source>
        <translation>สิ่งที่ SaferPlan ปกป้องไม่ได้</translation>
    </message>
    <message>
        <source>It cannot keep you safe while the plan is open and someone is watching. It cannot stop spyware, a keylogger, or someone who controls this computer. It cannot hide that SaferPlan or a plan file is here: the file&apos;s size and date can be seen. It cannot help if someone forces you to tell them your passphrase. Deleted files may still be recoverable on some drives and USB sticks. Printouts and saved copies are not protected once they leave SaferPlan: keep them somewhere safe.</source>
        <translation>โปรแกรมช่วยให้คุณปลอดภัยไม่ได้ ถ้าแผนเปิดอยู่และมีคนดูอยู่ โปรแกรมหยุดสปายแวร์ โปรแกรมดักจับการพิมพ์ (keylogger) หรือคนที่ควบคุมคอมพิวเตอร์เครื่องนี้ไม่ได้ โปรแกรมซ่อนไม่ได้ว่ามี SaferPlan หรือไฟล์แผนอยู่ที่นี่: คนอื่นเห็นขนาดและวันที่ของไฟล์ได้ โปรแกรมช่วยไม่ได้ถ้ามีคนบังคับให้คุณบอกวลีรหัสผ่าน ไฟล์ที่ลบแล้วอาจยังกู้คืนได้ในไดรฟ์และ USB บางอัน งานพิมพ์และสำเนาที่บันทึกไว้จะไม่ได้รับการปกป้องเมื่อออกจาก SaferPlan แล้ว: เก็บไว้ในที่ปลอดภัย</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>ก่อนเริ่มต้น</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>ทำต่อ(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>เลือกวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Also make a recovery code</source>
        <translation>สร้างรหัสกู้คืนด้วย</translation>
    </message>
    <message>
        <source>A recovery code opens the plan if you forget your passphrase. It is shown once, for you to write down. Anyone who finds it can open your plan too, so keep it somewhere safe, away from this computer. Without a code, a forgotten passphrase means the plan cannot be opened again.</source>
        <translation>รหัสกู้คืนใช้เปิดแผนได้ ถ้าคุณลืมวลีรหัสผ่าน รหัสจะแสดงเพียงครั้งเดียวให้คุณจดไว้ ใครที่เจอรหัสนี้ก็เปิดแผนของคุณได้เหมือนกัน จึงควรเก็บไว้ในที่ปลอดภัย ห่างจากคอมพิวเตอร์เครื่องนี้ ถ้าไม่มีรหัสกู้คืน การลืมวลีรหัสผ่านหมายความว่าจะเปิดแผนอีกไม่ได้</translation>
    </message>
    <message>
        <source>Locking your new plan. This takes a moment.</source>
        <translation>กำลังล็อกแผนใหม่ของคุณ รอสักครู่</translation>
    </message>
    <message>
        <source>&amp;Create my plan</source>
        <translation>สร้างแผนของฉัน(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>The plan could not be created. Nothing was saved.</source>
        <translation>สร้างแผนไม่สำเร็จ ไม่มีอะไรถูกบันทึก</translation>
    </message>
</context>
<context>
    <name>DirectoryWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>กลับไปหน้าหลัก(&amp;M)</translation>
    </message>
    <message>
        <source>As listed in {date} — check before relying on it.</source>
        <translation>ตามรายชื่อเมื่อ {date} — ควรตรวจสอบก่อนใช้</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or another category.</source>
        <translation>ไม่พบรายการที่ตรงกัน ลองพิมพ์ให้สั้นลง หรือเลือกหมวดอื่น</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>ความช่วยเหลือทุกประเภท</translation>
    </message>
    <message>
        <source>Search by name, number or what they offer</source>
        <translation>ค้นหาตามชื่อ เบอร์ หรือบริการที่มี</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ค้นหา(&amp;S)</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>จากรายชื่อในคู่มือ {date} — ควรตรวจสอบก่อนใช้</translation>
    </message>
</context>
<context>
    <name>DocumentAdapter</name>
    <message>
        <source>No documents in your list yet.</source>
        <translation>ยังไม่มีเอกสารในรายการ</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>เพิ่มเอกสาร</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>เป็นเอกสารอะไร</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>เก็บไว้ที่ไหน</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>What it is</source>
        <translation>เป็นเอกสารอะไร</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>เก็บไว้ที่ไหน</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>ใครมีสำเนา</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>ไม่มีใคร</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ยังไม่มีชื่อ)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Passport</source>
        <translation>หนังสือเดินทาง</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>บัตรประจำตัว</translation>
    </message>
    <message>
        <source>Children&apos;s documents</source>
        <translation>เอกสารของลูก</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <translation>เอกสารการเข้าเมือง</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>ใบอนุญาตเรียน</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>ใบอนุญาตทำงาน</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>สูติบัตร</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>บัตรธนาคาร</translation>
    </message>
    <message>
        <source>Health card</source>
        <translation>บัตรประกันสุขภาพ</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>รายการยา</translation>
    </message>
    <message>
        <source>Lease or rental papers</source>
        <translation>สัญญาเช่าหรือเอกสารการเช่า</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>เอกสารศาล</translation>
    </message>
</context>
<context>
    <name>DocumentsWidget</name>
    <message>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>กลับไปหน้าหลัก(&amp;M)</translation>
    </message>
    <message>
        <source>Discreet words are fine: “the blue box” works as well as “passport at Lan&apos;s”.</source>
        <translation>ใช้คำที่ไม่เปิดเผยก็ได้: “กล่องสีฟ้า” ใช้ได้ดีพอ ๆ กับ “พาสปอร์ตอยู่บ้านพี่แดง”</translation>
    </message>
    <message>
        <source>No documents in your list yet</source>
        <translation>ยังไม่มีเอกสารในรายการ</translation>
    </message>
    <message>
        <source>Note where your important papers are kept and who has a copy, so they can be found when you need them.</source>
        <translation>จดไว้ว่าเอกสารสำคัญของคุณเก็บไว้ที่ไหน และใครมีสำเนาบ้าง เพื่อให้หาเจอได้เมื่อต้องใช้</translation>
    </message>
    <message>
        <source>&amp;Add a document</source>
        <translation>เพิ่มเอกสาร(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>เอาออก(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(ยังไม่ได้ตั้งชื่อ)</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>เอกสารนี้</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>เอาเอกสารออก</translation>
    </message>
    <message>
        <source>Remove {what} from your list?</source>
        <translation>เอา {what} ออกจากรายการไหม</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Where</source>
        <translation>ที่ไหน</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>เขียนมากหรือน้อยก็ได้ตามที่คุณต้องการ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>ใส่เวลา</translation>
    </message>
    <message>
        <source>Who was there (optional)</source>
        <translation>ใครอยู่ที่นั่นบ้าง (ไม่ใส่ก็ได้)</translation>
    </message>
    <message>
        <source>People you add under People can be chosen here.</source>
        <translation>คนที่คุณเพิ่มไว้ในหน้า “คน” เลือกได้ที่นี่</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>ใครอยู่ที่นั่นบ้าง</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>รูปถ่ายและไฟล์</translation>
    </message>
    <message>
        <source>Add a photo or screenshot…</source>
        <translation>เพิ่มรูปถ่ายหรือภาพหน้าจอ…</translation>
    </message>
    <message>
        <source>Add a photo or screenshot</source>
        <translation>เพิ่มรูปถ่ายหรือภาพหน้าจอ</translation>
    </message>
    <message>
        <source>First written as: {when}. Choosing a date here replaces it.</source>
        <translation>เขียนไว้ครั้งแรกว่า: {when} ถ้าเลือกวันที่ตรงนี้ จะใช้แทนข้อความนี้</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ยังไม่มีชื่อ)</translation>
    </message>
    <message>
        <source>The file is kept in your plan, and the original was deleted.</source>
        <translation>เก็บไฟล์ไว้ในแผนของคุณแล้ว และลบไฟล์ต้นฉบับแล้ว</translation>
    </message>
    <message>
        <source>The file is kept in your plan. The original is still there.</source>
        <translation>เก็บไฟล์ไว้ในแผนของคุณแล้ว ไฟล์ต้นฉบับยังอยู่ที่เดิม</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>เอาไฟล์ออก</translation>
    </message>
    <message>
        <source>Remove this file from the entry? It will no longer be kept in your plan.</source>
        <translation>เอาไฟล์นี้ออกจากรายการบันทึกไหม ไฟล์จะไม่ได้เก็บไว้ในแผนของคุณอีก</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>มีบางอย่างผิดพลาด</translation>
    </message>
    <message>
        <source>Something went wrong inside SaferPlan. Your plan is safe in its locked file; you may want to lock and reopen it.</source>
        <translation>มีบางอย่างผิดพลาดภายใน SaferPlan แผนของคุณยังปลอดภัยอยู่ในไฟล์ที่ล็อกไว้ คุณอาจล็อกแล้วเปิดแผนอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is not enough room on the card. Choose fewer people or leave out the medication line.</source>
        <translation>บัตรมีที่ไม่พอ เลือกคนให้น้อยลง หรือไม่ต้องใส่บรรทัดเรื่องยา</translation>
    </message>
    <message>
        <source>There is not enough room on the card. Choose fewer people.</source>
        <translation>บัตรมีที่ไม่พอ เลือกคนให้น้อยลง</translation>
    </message>
    <message>
        <source>Some text cannot be printed because no font for {script} is installed. Install a font for {script}, for example the {font} font (on Debian or Ubuntu: the {package} package), then try again.</source>
        <translation>พิมพ์ข้อความบางส่วนไม่ได้ เพราะยังไม่ได้ติดตั้งฟอนต์สำหรับ {script} ติดตั้งฟอนต์สำหรับ {script} เช่น ฟอนต์ {font} (ใน Debian หรือ Ubuntu: แพ็กเกจ {package}) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Some of the chosen entries are no longer in the plan. Please choose again.</source>
        <translation>รายการที่คุณเลือกไว้บางรายการไม่อยู่ในแผนแล้ว เลือกใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of SaferPlan. Please try again.</source>
        <translation>การพิมพ์ต้องใช้ส่วนกราฟิกของ SaferPlan ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is ready, then try again.</source>
        <translation>เริ่มเครื่องพิมพ์ไม่ได้ ตรวจดูว่าเครื่องพิมพ์พร้อมใช้งาน แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>A picture could not be put in the PDF, so it was not saved. Please try again.</source>
        <translation>ใส่รูปภาพลงใน PDF ไม่ได้ จึงไม่ได้บันทึก PDF ไว้ ลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>FileTextView</name>
    <message>
        <source>Opening the file…</source>
        <translation>กำลังเปิดไฟล์…</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>แสดงไฟล์นี้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <source>Places</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>แฟลชไดรฟ์ USB หรือการ์ด: %1</translation>
    </message>
    <message>
        <source>Home folder, on this computer</source>
        <translation>โฟลเดอร์ส่วนตัว ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
</context>
<context>
    <name>Guest</name>
    <message>
        <source>Finish guest session</source>
        <translation>จบการใช้งานแบบผู้เยี่ยมชม</translation>
    </message>
    <message>
        <source>Nothing from this session stays on this computer. What would you like to take with you?</source>
        <translation>ไม่มีอะไรจากการใช้งานครั้งนี้เหลืออยู่บนคอมพิวเตอร์เครื่องนี้ คุณอยากเอาอะไรไปด้วย</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Open Print from the home screen first, then finish the session.</source>
        <translation>เปิด “พิมพ์หรือบันทึกสำเนา” จากหน้าหลักก่อน แล้วค่อยจบการใช้งาน</translation>
    </message>
    <message>
        <source>Forget everything</source>
        <translation>ลบทุกอย่างทิ้ง</translation>
    </message>
    <message>
        <source>Forget everything from this session? It cannot be brought back.</source>
        <translation>ลบทุกอย่างจากการใช้งานครั้งนี้ทิ้งไหม จะเอากลับคืนมาไม่ได้</translation>
    </message>
    <message>
        <source>Forget it all</source>
        <translation>ลบทั้งหมด</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>บันทึกไว้ที่ไหน</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick. The file is locked with a passphrase and has a neutral name.</source>
        <translation>เลือกโฟลเดอร์ เช่น ใน USB ของคุณเอง ไฟล์จะล็อกด้วยวลีรหัสผ่าน และมีชื่อทั่วไป</translation>
    </message>
    <message>
        <source>Lock the file</source>
        <translation>ล็อกไฟล์</translation>
    </message>
    <message>
        <source>&amp;Save a locked file to a folder or USB stick</source>
        <translation>บันทึกไฟล์ที่ล็อกไว้ลงในโฟลเดอร์หรือแฟลชไดรฟ์(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation>พิมพ์ออกมา(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Take nothing and forget it all</source>
        <translation>ไม่เอาอะไรไปและลบทั้งหมด(&amp;T)</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the plan again.</source>
        <translation>เลือกวลีรหัสผ่านสำหรับไฟล์นี้ คุณต้องใช้วลีนี้เพื่อเปิดแผนอีกครั้ง</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>This folder is on this computer</source>
        <translation>โฟลเดอร์นี้อยู่ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>This folder is on this computer, not on a USB stick. The file will stay here after you leave. It is locked, but other people who use this computer can see that it is there. Save it here anyway?</source>
        <translation>โฟลเดอร์นี้อยู่ในคอมพิวเตอร์เครื่องนี้ ไม่ได้อยู่ในแฟลชไดรฟ์ USB ไฟล์จะยังอยู่ที่นี่หลังจากคุณไปแล้ว ไฟล์ถูกล็อกไว้ แต่คนอื่นที่ใช้คอมพิวเตอร์เครื่องนี้จะเห็นว่ามีไฟล์อยู่ จะบันทึกที่นี่ต่อไหม</translation>
    </message>
    <message>
        <source>Save it here</source>
        <translation>บันทึกที่นี่</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>เลือกที่อื่น</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Take the USB stick with you.</source>
        <translation>บันทึกเป็น %1 ใน %2 แล้ว เอา USB ไปกับคุณด้วย</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Saved as %1 in %2, on this computer. It stays here, locked with your passphrase.</source>
        <translation>บันทึกเป็น %1 ใน %2 ในคอมพิวเตอร์เครื่องนี้แล้ว ไฟล์จะอยู่ที่นี่ ล็อกด้วยวลีรหัสผ่านของคุณ</translation>
    </message>
    <message>
        <source>Saving a locked copy. This takes a moment.</source>
        <translation>กำลังบันทึกสำเนาที่ล็อกไว้ อาจใช้เวลาสักครู่</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was saved there.</source>
        <translation>เขียนไฟล์ไม่ได้ ไม่มีอะไรถูกบันทึกไว้ที่นั่น</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Safety plan</source>
        <translation>แผนความปลอดภัย</translation>
    </message>
    <message>
        <source>Add a &amp;safety plan</source>
        <translation>เพิ่มแผนความปลอดภัย(&amp;S)</translation>
    </message>
    <message>
        <source>Add a &amp;release plan</source>
        <translation>เพิ่มแผนการปล่อยตัว(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>คน(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>เอกสาร(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Numbers to learn by heart</source>
        <translation>เบอร์ที่จะจำให้ขึ้นใจ(&amp;N)</translation>
    </message>
    <message>
        <source>Pri&amp;vate record</source>
        <translation>บันทึกส่วนตัว(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print or save a copy</source>
        <translation>พิมพ์หรือบันทึกสำเนา(&amp;P)</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>แผนการปล่อยตัว</translation>
    </message>
    <message>
        <source>Or&amp;ganisations that can help</source>
        <translation>องค์กรที่ช่วยเหลือได้(&amp;G)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>1 number to practise</source>
        <translation>มี 1 เบอร์ให้ฝึก</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers to practise</source>
        <translation>
            <numerusform>มี %n เบอร์ให้ฝึก</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>แผนใหม่</translation>
    </message>
    <message>
        <source>Give this plan a name. Choose words that mean something to you, and little to anyone else.</source>
        <translation>ตั้งชื่อแผนนี้ เลือกคำที่มีความหมายสำหรับคุณ แต่มีความหมายน้อยสำหรับคนอื่น</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>เปลี่ยนชื่อแผน</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>ชื่อใหม่</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>ลบแผน</translation>
    </message>
    <message>
        <source>Delete this plan and all its answers? People and documents stay. This cannot be undone.</source>
        <translation>ลบแผนนี้และคำตอบทั้งหมดไหม คนและเอกสารจะยังอยู่ ย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>ตอบแล้ว %1 จาก %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 คน</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>People you trust and people to call</source>
        <translation>คนที่คุณไว้ใจและคนที่จะโทรหา</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>เอกสาร 1 รายการ</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>เอกสาร %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Where your papers are</source>
        <translation>เอกสารของคุณอยู่ที่ไหน</translation>
    </message>
    <message>
        <source>Free and confidential help</source>
        <translation>ความช่วยเหลือฟรีและเป็นความลับ</translation>
    </message>
    <message>
        <source>Phone numbers you know without your phone</source>
        <translation>เบอร์โทรที่คุณจำได้โดยไม่ต้องดูโทรศัพท์</translation>
    </message>
    <message>
        <source>Notes, photos and dates, kept private</source>
        <translation>บันทึก รูปภาพ และวันที่ เก็บไว้เป็นส่วนตัว</translation>
    </message>
    <message>
        <source>A copy on paper, or a small card</source>
        <translation>สำเนาบนกระดาษ หรือบัตรเล็ก ๆ</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <source>Sample plan — nothing is saved.</source>
        <translation>แผนตัวอย่าง — ไม่มีการบันทึก</translation>
    </message>
    <message>
        <source>Guest session — nothing is saved on this computer. When you finish, you choose what to take with you.</source>
        <translation>ใช้งานแบบผู้เยี่ยมชม — ไม่มีการบันทึกอะไรบนคอมพิวเตอร์เครื่องนี้ เมื่อเสร็จแล้ว คุณเลือกได้ว่าจะเอาอะไรไปด้วย</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>การตั้งค่า(&amp;T)</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>แผนของคุณ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>ทำต่อ(&amp;C)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <source>&amp;Finish guest session</source>
        <translation>จบการใช้งานแบบผู้เยี่ยมชม(&amp;F)</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>ยังไม่มีแผน</translation>
    </message>
    <message>
        <source>A safety plan helps if you are at risk of violence. A release plan helps if you could be detained. You can have several.</source>
        <translation>แผนความปลอดภัยช่วยคุณได้ถ้าคุณเสี่ยงต่อความรุนแรง แผนการปล่อยตัวช่วยคุณได้ถ้าคุณอาจถูกกักตัว คุณมีได้หลายแผน</translation>
    </message>
    <message>
        <source>Start a plan</source>
        <translation>เริ่มทำแผน</translation>
    </message>
    <message>
        <source>Shared by all plans</source>
        <translation>ใช้ร่วมกันทุกแผน</translation>
    </message>
    <message>
        <source>Before you start: privacy and limits</source>
        <translation>ก่อนเริ่มต้น: ความเป็นส่วนตัวและข้อจำกัด</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there? Your plan will lock in {seconds} seconds to keep it safe.</source>
        <translation>ยังอยู่ไหม แผนของคุณจะล็อกในอีก {seconds} วินาที เพื่อความปลอดภัย</translation>
    </message>
    <message>
        <source>Still there? Your plan will be hidden in {seconds} seconds to keep it safe.</source>
        <translation>ยังอยู่ไหม แผนของคุณจะถูกซ่อนในอีก {seconds} วินาที เพื่อความปลอดภัย</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>ทำต่อ(&amp;K)</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>สร้างรหัสกู้คืนใหม่</translation>
    </message>
    <message>
        <source>Remove the recovery code</source>
        <translation>ลบรหัสกู้คืน</translation>
    </message>
    <message>
        <source>After the change, only the new passphrase opens this plan file and its backup. A recovery code stops working; you can make a new one afterwards. Copies of the file made before (for example on a USB stick) still open with the old passphrase.</source>
        <translation>หลังจากเปลี่ยนแล้ว จะมีแค่วลีรหัสผ่านใหม่ที่เปิดไฟล์แผนนี้และไฟล์สำรองของมันได้ รหัสกู้คืนจะใช้ไม่ได้อีก คุณสร้างรหัสใหม่ได้ภายหลัง สำเนาไฟล์ที่ทำไว้ก่อนหน้านี้ (เช่น ในแฟลชไดรฟ์ USB) ยังเปิดได้ด้วยวลีรหัสผ่านเดิม</translation>
    </message>
    <message>
        <source>The new code is shown once, for you to write down. An older code stops working for this file, but still opens copies of the file made before.</source>
        <translation>รหัสใหม่จะแสดงเพียงครั้งเดียว ให้คุณจดไว้ รหัสเก่าจะใช้กับไฟล์นี้ไม่ได้อีก แต่ยังเปิดสำเนาไฟล์ที่ทำไว้ก่อนหน้านี้ได้</translation>
    </message>
    <message>
        <source>After this, only your passphrase opens this plan file. If you forget it, the plan cannot be opened again. Copies of the file made before still open with the old code.</source>
        <translation>หลังจากนี้ จะมีแค่วลีรหัสผ่านของคุณที่เปิดไฟล์แผนนี้ได้ ถ้าคุณลืม จะเปิดแผนนี้ไม่ได้อีก สำเนาไฟล์ที่ทำไว้ก่อนหน้านี้ยังเปิดได้ด้วยรหัสเดิม</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>รหัสกู้คืนของคุณ</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>วลีรหัสผ่านปัจจุบันของคุณ</translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation>วลีรหัสผ่านใหม่ของคุณ</translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation>กรุณาพิมพ์รหัสกู้คืนของคุณก่อน</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>กรุณาพิมพ์วลีรหัสผ่านปัจจุบันของคุณก่อน</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so nothing was changed. Please try again.</source>
        <translation>บันทึกการแก้ไขล่าสุดของคุณไม่ได้ จึงไม่มีอะไรเปลี่ยน กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>That is not the recovery code. Nothing was changed.</source>
        <translation>นี่ไม่ใช่รหัสกู้คืน ไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>นั่นไม่ใช่วลีรหัสผ่านปัจจุบัน ไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
        <source>The change could not be made. Nothing was changed.</source>
        <translation>เปลี่ยนไม่ได้ ไม่มีอะไรเปลี่ยน</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>วลีรหัสผ่านและรหัสกู้คืน</translation>
    </message>
    <message>
        <source>This plan has a recovery code.</source>
        <translation>แผนนี้มีรหัสกู้คืน</translation>
    </message>
    <message>
        <source>This plan has no recovery code.</source>
        <translation>แผนนี้ไม่มีรหัสกู้คืน</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase</source>
        <translation>เปลี่ยนวลีรหัสผ่าน(&amp;P)</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;code</source>
        <translation>สร้างรหัสกู้คืนใหม่(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove the recovery code</source>
        <translation>ลบรหัสกู้คืน(&amp;R)</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase no longer opens this file.</source>
        <translation>เปลี่ยนวลีรหัสผ่านแล้ว วลีรหัสผ่านเดิมเปิดไฟล์นี้ไม่ได้อีก</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase and the recovery code no longer open this file. You can make a new recovery code here.</source>
        <translation>เปลี่ยนวลีรหัสผ่านแล้ว วลีรหัสผ่านเดิมและรหัสกู้คืนเปิดไฟล์นี้ไม่ได้อีก คุณสร้างรหัสกู้คืนใหม่ได้ที่นี่</translation>
    </message>
    <message>
        <source>The new recovery code works now.</source>
        <translation>รหัสกู้คืนใหม่ใช้ได้แล้ว</translation>
    </message>
    <message>
        <source>The recovery code is removed. Only your passphrase opens this file now.</source>
        <translation>ลบรหัสกู้คืนแล้ว ตอนนี้มีแค่วลีรหัสผ่านของคุณที่เปิดไฟล์นี้ได้</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Who can help you learn more</source>
        <translation>ใครช่วยให้คุณรู้มากขึ้นได้</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>เพิ่มในรายชื่อคนของฉัน</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>เพิ่ม {name} ในรายชื่อคนของฉัน</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>จากรายชื่อในคู่มือ {date} — ควรตรวจสอบก่อนใช้</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่มแล้ว</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>As of January 2020 — general information, not legal advice; check with a legal clinic.</source>
        <translation>ข้อมูล ณ เดือนมกราคม 2020 — เป็นข้อมูลทั่วไป ไม่ใช่คำแนะนำทางกฎหมาย ควรสอบถามคลินิกกฎหมาย</translation>
    </message>
</context>
<context>
    <name>LegalBox</name>
    <message>
        <source>What to know</source>
        <translation>สิ่งที่ควรรู้</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portable mode: settings and plans stay in the app&apos;s own folder.</source>
        <translation>โหมดพกพา: การตั้งค่าและแผนอยู่ในโฟลเดอร์ของแอปเอง</translation>
    </message>
    <message>
        <source>Hides everything at once and locks the plan. Esc twice does the same.</source>
        <translation>ซ่อนทุกอย่างทันทีและล็อกแผน กด Esc สองครั้งก็ได้ผลเหมือนกัน</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>ซ่อน(&amp;H)</translation>
    </message>
    <message>
        <source>L&amp;ock</source>
        <translation>ล็อก(&amp;O)</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>เปิดไฟล์แผน</translation>
    </message>
    <message>
        <source>Choose the plan file, for example on your USB stick.</source>
        <translation>เลือกไฟล์แผน เช่น ใน USB ของคุณ</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>เปิดสำเนาสำรองแล้ว</translation>
    </message>
    <message>
        <source>The backup copy opened. Your changes will be saved to the plan file again.</source>
        <translation>เปิดสำเนาสำรองแล้ว การเปลี่ยนแปลงของคุณจะถูกบันทึกลงไฟล์แผนอีกครั้ง</translation>
    </message>
    <message>
        <source>Your changes are back</source>
        <translation>การเปลี่ยนแปลงของคุณกลับมาแล้ว</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked. They are back now. SaferPlan will try to save them again.</source>
        <translation>บันทึกการเปลี่ยนแปลงล่าสุดไม่ได้ก่อนแผนถูกล็อก ตอนนี้การเปลี่ยนแปลงกลับมาแล้ว SaferPlan จะลองบันทึกอีกครั้ง</translation>
    </message>
    <message>
        <source>Changes not kept</source>
        <translation>เก็บการเปลี่ยนแปลงไว้ไม่ได้</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked, and they could not be kept. The plan is as it was last saved.</source>
        <translation>บันทึกการเปลี่ยนแปลงล่าสุดไม่ได้ก่อนแผนถูกล็อก และเก็บไว้ไม่ได้ แผนยังเหมือนตอนที่บันทึกครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Saved by a newer version</source>
        <translation>บันทึกด้วยเวอร์ชันที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of SaferPlan ({version}). You can read it here, but changes are not saved, so that nothing the newer version added is lost. To change the plan, use the newer version.</source>
        <translation>แผนนี้บันทึกด้วย SaferPlan เวอร์ชันที่ใหม่กว่า ({version}) คุณอ่านได้ที่นี่ แต่การแก้ไขจะไม่ถูกบันทึก เพื่อไม่ให้สิ่งที่เวอร์ชันใหม่เพิ่มไว้หายไป ถ้าจะแก้ไขแผน ให้ใช้เวอร์ชันที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 It is still here. Please try again in a moment.</source>
        <translation>บันทึกการเปลี่ยนแปลงล่าสุดไม่ได้: %1 ข้อมูลยังอยู่ที่นี่ ลองใหม่อีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>Not saved for next time</source>
        <translation>ไม่ได้บันทึกไว้ใช้ครั้งหน้า</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>ยังไม่ได้บันทึกการตั้งค่า</translation>
    </message>
    <message>
        <source>Your settings work now but could not be kept for next time.</source>
        <translation>การตั้งค่าของคุณใช้ได้ตอนนี้ แต่เก็บไว้ใช้ครั้งหน้าไม่ได้</translation>
    </message>
    <message>
        <source>Your plan was locked.</source>
        <translation>แผนของคุณถูกล็อกแล้ว</translation>
    </message>
    <message>
        <source>Your last changes are not saved</source>
        <translation>การเปลี่ยนแปลงล่าสุดยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>SaferPlan could not save your last changes. If you close now, they are lost. You can stay, check the folder or the USB stick, and try again.</source>
        <translation>SaferPlan บันทึกการเปลี่ยนแปลงล่าสุดของคุณไม่ได้ ถ้าปิดตอนนี้ การเปลี่ยนแปลงนั้นจะหายไป คุณเลือกอยู่ต่อได้ ตรวจดูโฟลเดอร์หรือ USB แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>ปิดเลย</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>อยู่ต่อ</translation>
    </message>
</context>
<context>
    <name>OlderCopy</name>
    <message>
        <source>This copy of your plan was made before its passphrase was changed on this computer. Someone who knew the old passphrase may have put it back. Your newer plan may be in another file or folder.</source>
        <translation>สำเนาแผนนี้ทำไว้ก่อนที่จะเปลี่ยนวลีรหัสผ่านในคอมพิวเตอร์เครื่องนี้ คนที่รู้วลีรหัสผ่านเก่าอาจนำมันกลับมาวางไว้ แผนที่ใหม่กว่าของคุณอาจอยู่ในไฟล์หรือโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy. The backup beside it is newer (save %3): you can open it instead.</source>
        <translation>ไฟล์แผนนี้เก่ากว่าไฟล์ที่บันทึกล่าสุดในคอมพิวเตอร์เครื่องนี้ (การบันทึกครั้งที่ %1 ส่วนล่าสุดที่นี่คือครั้งที่ %2) อาจมีคนนำสำเนาเก่ากลับมาวางไว้ สำเนาสำรองที่อยู่ข้างกันใหม่กว่า (ครั้งที่ %3) คุณเปิดสำเนาสำรองนั้นแทนได้</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy, or it came from a backup. Your newer plan may be in another file or folder.</source>
        <translation>ไฟล์แผนนี้เก่ากว่าไฟล์ที่บันทึกล่าสุดในคอมพิวเตอร์เครื่องนี้ (การบันทึกครั้งที่ %1 ส่วนล่าสุดที่นี่คือครั้งที่ %2) อาจมีคนนำสำเนาเก่ากลับมาวางไว้ หรือไฟล์นี้มาจากสำเนาสำรอง แผนที่ใหม่กว่าของคุณอาจอยู่ในไฟล์หรือโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>An older copy of your plan</source>
        <translation>สำเนาเก่าของแผนของคุณ</translation>
    </message>
    <message>
        <source>Use this older copy</source>
        <translation>ใช้สำเนาเก่านี้</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>ปิดไฟล์นี้</translation>
    </message>
    <message>
        <source>Open the newer backup</source>
        <translation>เปิดสำเนาสำรองที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>The backup did not open</source>
        <translation>เปิดสำเนาสำรองไม่ได้</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>รหัสผ่านทั้งสองยังไม่ตรงกัน</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>จะพิมพ์อะไร</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>แผนทั้งหมด</translation>
    </message>
    <message>
        <source>The wallet card</source>
        <translation>บัตรพกติดตัว</translation>
    </message>
    <message>
        <source>People on the card</source>
        <translation>คนที่อยู่บนบัตร</translation>
    </message>
    <message>
        <source>No people yet. People you add under People can go on the card.</source>
        <translation>ยังไม่มีใคร คนที่คุณเพิ่มไว้ในหน้า “คน” ใส่ลงในบัตรได้</translation>
    </message>
    <message>
        <source>Include the medication line</source>
        <translation>ใส่บรรทัดเรื่องยา</translation>
    </message>
    <message>
        <source>Include the language and interpreter line</source>
        <translation>ใส่บรรทัดเรื่องภาษาและล่าม</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>ไม่เปิดเผย</translation>
    </message>
    <message>
        <source>Neutral headings, names and numbers only.</source>
        <translation>หัวข้อทั่วไป มีแค่ชื่อและเบอร์โทรศัพท์</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>กระดาษ</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Language of the headings</source>
        <translation>ภาษาของหัวข้อ</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>รหัสผ่าน (ไม่ใส่ก็ได้)</translation>
    </message>
    <message>
        <source>Only for saving a file. Anyone who wants to open the PDF will need it. SaferPlan cannot recover it.</source>
        <translation>ใช้เฉพาะตอนบันทึกเป็นไฟล์ ใครที่จะเปิด PDF ต้องใช้รหัสผ่านนี้ SaferPlan กู้คืนรหัสผ่านนี้ไม่ได้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>รหัสผ่าน PDF</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>พิมพ์รหัสผ่านเดิมอีกครั้ง</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>รหัสผ่าน PDF อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>OrganisationCard</name>
    <message>
        <source>Role for {name}</source>
        <translation>บทบาทของ {name}</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>ไม่มีบทบาท</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>เพิ่มในรายชื่อคนของฉัน</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>เพิ่ม {name} ในรายชื่อคนของฉัน</translation>
    </message>
    <message>
        <source>Added to your people. You can change it there.</source>
        <translation>เพิ่มในรายชื่อคนของคุณแล้ว คุณแก้ไขได้ที่นั่น</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Spaces alone cannot be a passphrase.</source>
        <translation>ใช้แค่ช่องว่างเป็นวลีรหัสผ่านไม่ได้</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>สั้นเกินไป: ใช้อย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, so it is easy to guess. Please choose another.</source>
        <translation>นี่เป็นรหัสผ่านที่คนใช้บ่อยที่สุดอันหนึ่ง จึงเดาได้ง่าย กรุณาเลือกอันอื่น</translation>
    </message>
    <message>
        <source>This is a keyboard or letter pattern, so it is easy to guess. Please choose another.</source>
        <translation>นี่เป็นรูปแบบตามแป้นพิมพ์หรือตัวอักษร จึงเดาได้ง่าย กรุณาเลือกอันอื่น</translation>
    </message>
    <message>
        <source>Numbers alone, such as a date, are easy to guess. Please add some words.</source>
        <translation>ตัวเลขอย่างเดียว เช่น วันที่ เดาได้ง่าย กรุณาเพิ่มคำเข้าไปบ้าง</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>พอใช้ เพิ่มอีกหนึ่งหรือสองคำจะแข็งแรงขึ้นมาก</translation>
    </message>
    <message>
        <source>Good. One more word makes it stronger still.</source>
        <translation>ดี เพิ่มอีกหนึ่งคำจะแข็งแรงขึ้นอีก</translation>
    </message>
    <message>
        <source>Strong: long, with several words.</source>
        <translation>แข็งแรง: ยาว และมีหลายคำ</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>ซ่อนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>แสดงวลีรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>A few unrelated words you can remember make a strong passphrase, for example four words from different parts of your life. Do not use a name or a date someone could guess.</source>
        <translation>คำหลาย ๆ คำที่ไม่เกี่ยวกันและคุณจำได้ เป็นวลีรหัสผ่านที่แข็งแรง เช่น คำสี่คำจากเรื่องต่าง ๆ ในชีวิตของคุณ อย่าใช้ชื่อหรือวันที่ที่คนอื่นเดาได้</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>พิมพ์วลีรหัสผ่านเดียวกันอีกครั้ง</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>กรุณาเลือกวลีรหัสผ่านก่อน</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน กรุณาพิมพ์อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <source>Paused</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>This session was hidden after a few minutes without use.</source>
        <translation>เซสชันนี้ถูกซ่อนไว้ หลังจากไม่มีการใช้งานสองสามนาที</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>ทำต่อ(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <source>People</source>
        <translation>คน</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>กลับไปหน้าหลัก(&amp;M)</translation>
    </message>
    <message>
        <source>First names or nicknames are enough. Add only what your plan needs.</source>
        <translation>ใช้ชื่อต้นหรือชื่อเล่นก็พอ ใส่เฉพาะสิ่งที่แผนของคุณต้องใช้</translation>
    </message>
    <message>
        <source>No one in your list yet</source>
        <translation>ยังไม่มีใครในรายการ</translation>
    </message>
    <message>
        <source>Add the people who could help: someone to call, a lawyer, someone who could care for your children.</source>
        <translation>เพิ่มคนที่ช่วยคุณได้ เช่น คนที่จะโทรหา ทนายความ หรือคนที่ดูแลลูกของคุณได้</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>เพิ่มคน(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>เอาออก(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ยังไม่มีชื่อ)</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>คนนี้</translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation>เอาคนออก</translation>
    </message>
    <message>
        <source>Remove {name} from your plan? They will also be taken out of your answers.</source>
        <translation>เอา {name} ออกจากแผนของคุณไหม ชื่อนี้จะถูกเอาออกจากคำตอบของคุณด้วย</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
</context>
<context>
    <name>PersonAdapter</name>
    <message>
        <source>No one in your list yet.</source>
        <translation>ยังไม่มีใครในรายชื่อ</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>เพิ่มคน</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>ชื่อหรือชื่อเล่น</translation>
    </message>
    <message>
        <source>Phone (if you want)</source>
        <translation>เบอร์โทรศัพท์ (ถ้าต้องการ)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>เบอร์โทรศัพท์</translation>
    </message>
    <message>
        <source>Address (if you want)</source>
        <translation>ที่อยู่ (ถ้าต้องการ)</translation>
    </message>
    <message>
        <source>About the phone number</source>
        <translation>เกี่ยวกับเบอร์โทรนี้</translation>
    </message>
    <message>
        <source>Print this address on my wallet card</source>
        <translation>พิมพ์ที่อยู่นี้บนบัตรพกติดตัวของฉัน</translation>
    </message>
    <message>
        <source>Officers may read the card. Leave this off unless you need the address on it.</source>
        <translation>เจ้าหน้าที่อาจอ่านบัตรนี้ได้ ไม่ต้องเลือกข้อนี้ ถ้าคุณไม่จำเป็นต้องมีที่อยู่บนบัตร</translation>
    </message>
    <message>
        <source>I want to know this number by heart</source>
        <translation>ฉันอยากจำเบอร์นี้ให้ขึ้นใจ</translation>
    </message>
    <message>
        <source>What they could do for me</source>
        <translation>เขาช่วยอะไรฉันได้บ้าง</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>A phone number can hold only digits, spaces, a dot and the signs + - ( ). For an extension, type x or ext, then its digits.</source>
        <translation>เบอร์โทรมีได้แค่ตัวเลข ช่องว่าง จุด และเครื่องหมาย + - ( ) ถ้ามีเบอร์ต่อ ให้พิมพ์ x หรือ ext แล้วตามด้วยตัวเลข</translation>
    </message>
    <message>
        <source>Hidden characters that can change how text is shown were removed.</source>
        <translation>ลบตัวอักษรที่มองไม่เห็นซึ่งเปลี่ยนการแสดงข้อความได้ออกแล้ว</translation>
    </message>
</context>
<context>
    <name>PlanChoiceScreen</name>
    <message>
        <source>What do you want to plan for?</source>
        <translation>คุณอยากวางแผนเรื่องอะไร</translation>
    </message>
    <message>
        <source>Choose one to begin. You can add the other one later, and skip any question.</source>
        <translation>เลือกหนึ่งอย่างเพื่อเริ่ม คุณเพิ่มอีกอย่างได้ภายหลัง และข้ามคำถามไหนก็ได้</translation>
    </message>
    <message>
        <source>&amp;Safety plan</source>
        <translation>แผนความปลอดภัย(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Release plan</source>
        <translation>แผนการปล่อยตัว(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>ตัดสินใจทีหลัง(&amp;D)</translation>
    </message>
    <message>
        <source>If you are at risk of violence: people to call, safe places, how to leave.</source>
        <translation>ถ้าคุณเสี่ยงต่อความรุนแรง: คนที่จะโทรหา ที่ปลอดภัย วิธีออกไป</translation>
    </message>
    <message>
        <source>If you could be detained: who to call, your papers, getting out.</source>
        <translation>ถ้าคุณอาจถูกกักตัว: โทรหาใคร เอกสารของคุณ การได้ออกมา</translation>
    </message>
    <message>
        <source>Your answers stay locked on this computer. Nothing is sent anywhere.</source>
        <translation>คำตอบของคุณถูกล็อกไว้ในคอมพิวเตอร์เครื่องนี้ ไม่มีอะไรถูกส่งไปที่ไหน</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>ไม่แน่ใจ</translation>
    </message>
    <message>
        <source>No one added yet.</source>
        <translation>ยังไม่ได้เพิ่มใคร</translation>
    </message>
    <message>
        <source>Everyone else in my plan, by role</source>
        <translation>คนอื่นทั้งหมดในแผนของฉัน แยกตามบทบาท</translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>ยังไม่ได้เพิ่มอะไร</translation>
    </message>
    <message>
        <source>A copy is with {name}.</source>
        <translation>มีสำเนาอยู่กับ {name}</translation>
    </message>
    <message>
        <source>{title}: nothing answered yet.</source>
        <translation>{title}: ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <source>Still to think about</source>
        <translation>เรื่องที่ยังต้องคิดต่อ</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>แผนของฉัน</translation>
    </message>
    <message>
        <source>Bond persons</source>
        <translation>ผู้ค้ำประกัน</translation>
    </message>
    <message>
        <source>Numbers to know by heart</source>
        <translation>เบอร์ที่จะจำให้ขึ้นใจ</translation>
    </message>
    <message>
        <source>Where my documents are</source>
        <translation>เอกสารของฉันอยู่ที่ไหน</translation>
    </message>
    <message>
        <source>Lawyers and legal help</source>
        <translation>ทนายความและความช่วยเหลือทางกฎหมาย</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>หน้า {page} จาก {count}</translation>
    </message>
</context>
<context>
    <name>PlanWalkWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>กลับไปหน้าหลัก(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>ข้ามไปก่อน(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Doesn&apos;t apply</source>
        <translation>ไม่เกี่ยวข้อง(&amp;D)</translation>
    </message>
    <message>
        <source>Talk about it &amp;later</source>
        <translation>ไว้คุยกันทีหลัง(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish for now</source>
        <translation>พอแค่นี้ก่อน(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>ส่วนถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>Skipped for now. You can come back to it any time.</source>
        <translation>ข้ามไปก่อนแล้ว คุณกลับมาตอบได้ทุกเมื่อ</translation>
    </message>
    <message>
        <source>Noted: that one does not apply to you.</source>
        <translation>รับทราบ: ข้อนี้ไม่เกี่ยวข้องกับคุณ</translation>
    </message>
    <message>
        <source>Kept for later. You will find it under &quot;To talk about later&quot;.</source>
        <translation>เก็บไว้ทีหลังแล้ว คุณจะหาเจอได้ในหัวข้อ &quot;ไว้คุยกันทีหลัง&quot;</translation>
    </message>
</context>
<context>
    <name>PracticeWidget</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No numbers to learn yet</source>
        <translation>ยังไม่มีเบอร์ที่จะจำ</translation>
    </message>
    <message>
        <source>Your phone may be taken away from you. Knowing a few numbers by heart helps.

To choose a number to learn, go to People, open someone who has a phone number, and tick “I want to know this number by heart”.</source>
        <translation>โทรศัพท์ของคุณอาจถูกเอาไป การจำเบอร์ได้ขึ้นใจสักสองสามเบอร์จะช่วยได้

ถ้าจะเลือกเบอร์ที่จะจำ ให้ไปที่หน้า “คน” เปิดคนที่มีเบอร์โทรศัพท์ แล้วติ๊ก “ฉันอยากจำเบอร์นี้ให้ขึ้นใจ”</translation>
    </message>
    <message>
        <source>Known by heart</source>
        <translation>จำได้ขึ้นใจแล้ว</translation>
    </message>
    <message>
        <source>Hide roles</source>
        <translation>ซ่อนบทบาท</translation>
    </message>
    <message>
        <source>Type the number from memory. Spaces and dashes do not matter.</source>
        <translation>พิมพ์เบอร์จากความจำ ช่องว่างและขีดไม่มีผล</translation>
    </message>
    <message>
        <source>The number, from memory</source>
        <translation>เบอร์ (จากความจำ)</translation>
    </message>
    <message>
        <source>Type the number</source>
        <translation>พิมพ์เบอร์</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>ดูคำใบ้</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>✓ right   ≠ different digit   ? missing digit   + extra digit</source>
        <translation>✓ ถูก   ≠ ตัวเลขผิด   ? ตัวเลขขาด   + ตัวเลขเกิน</translation>
    </message>
    <message>
        <source>A new number to learn. Read it a few times and say it quietly to yourself. When you are ready, it will be hidden and you can type it from memory.</source>
        <translation>เบอร์ใหม่ที่จะจำ อ่านสักสองสามครั้ง แล้วพูดเบา ๆ กับตัวเอง เมื่อพร้อมแล้ว เบอร์จะถูกซ่อน และคุณพิมพ์จากความจำได้</translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation>วันนี้ครบแล้ว</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>กลับไปหน้าหลัก(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>ข้ามไปก่อน(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>เสร็จแล้ว(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>I am &amp;ready, hide it</source>
        <translation>พร้อมแล้ว ซ่อนได้เลย(&amp;R)</translation>
    </message>
    <message>
        <source>Practise &amp;all numbers again</source>
        <translation>ฝึกทุกเบอร์อีกครั้ง(&amp;A)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <source>Practised today: {done} of {total}</source>
        <translation>ฝึกวันนี้แล้ว: {done} จาก {total}</translation>
    </message>
    <message numerus="yes">
        <source>Numbers practised today: %n</source>
        <translation>
            <numerusform>เบอร์ที่ฝึกวันนี้: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Each time you practise, they get easier to remember.</source>
        <translation>ยิ่งฝึกบ่อย ยิ่งจำได้ง่ายขึ้น</translation>
    </message>
    <message numerus="yes">
        <source>Numbers you know by heart: %n</source>
        <translation>
            <numerusform>เบอร์ที่คุณจำได้ขึ้นใจ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days until the next practice: %n</source>
        <translation>
            <numerusform>อีกกี่วันจะถึงการฝึกครั้งต่อไป: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>You can practise again today.</source>
        <translation>วันนี้คุณฝึกอีกได้</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>คำใบ้: {hint}</translation>
    </message>
    <message>
        <source>Right, with a hint. It will come back once more without one.</source>
        <translation>ถูก โดยใช้คำใบ้ เบอร์นี้จะกลับมาอีกครั้งโดยไม่มีคำใบ้</translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation>ถูกต้อง</translation>
    </message>
    <message>
        <source>Not quite. Here is the number. It will come back later.</source>
        <translation>ยังไม่ถูกทั้งหมด นี่คือเบอร์ที่ถูก เบอร์นี้จะกลับมาอีกในภายหลัง</translation>
    </message>
    <message>
        <source>The number:</source>
        <translation>เบอร์:</translation>
    </message>
    <message>
        <source>To call this number from Canada, you also need its country code, +{code}.</source>
        <translation>ถ้าจะโทรเบอร์นี้จากแคนาดา คุณต้องใช้รหัสประเทศด้วย คือ +{code}</translation>
    </message>
    <message numerus="yes">
        <source>Different digits: %n</source>
        <translation>
            <numerusform>ตัวเลขที่ผิด: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing digits: %n</source>
        <translation>
            <numerusform>ตัวเลขที่ขาด: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra digits: %n</source>
        <translation>
            <numerusform>ตัวเลขที่เกิน: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>The preview could not be made. Please try other choices, or try again later.</source>
        <translation>สร้างตัวอย่างไม่ได้ ลองเลือกแบบอื่น หรือลองใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>Preview, page %1 of %2</source>
        <translation>ตัวอย่าง หน้า %1 จาก %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>กำลังเตรียมตัวอย่าง…</translation>
    </message>
    <message>
        <source>Preview: one sheet of cards. Cut along the lines, fold in the middle.</source>
        <translation>ตัวอย่าง: บัตรบนกระดาษหนึ่งแผ่น ตัดตามเส้น แล้วพับครึ่งตรงกลาง</translation>
    </message>
    <message>
        <source>Preview: 1 page</source>
        <translation>ตัวอย่าง: 1 หน้า</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>ตัวอย่าง: %n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>PDF จะถามรหัสผ่านนี้ตอนที่มีคนเปิด</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>SaferPlan ไม่ได้ล็อกไฟล์ PDF ใครที่เปิดคอมพิวเตอร์เครื่องนี้หรือ USB ได้ ก็อ่านไฟล์นี้ได้ ถ้าคุณไม่ใส่รหัสผ่าน</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>บันทึกเป็น %1 แล้ว</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>ส่งไปที่เครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Print or save a copy</source>
        <translation>พิมพ์หรือบันทึกสำเนา</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>กลับไปหน้าหลัก(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>บันทึกเป็น PDF…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>พิมพ์…(&amp;P)</translation>
    </message>
    <message>
        <source>Printing: the computer may keep a copy in its print queue for a while.</source>
        <translation>การพิมพ์: คอมพิวเตอร์อาจเก็บสำเนาไว้ในคิวการพิมพ์สักพัก</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ชื่อไฟล์</translation>
    </message>
    <message>
        <source>Name of the PDF file. A name that says little about what is inside is safer.</source>
        <translation>ชื่อไฟล์ PDF ชื่อที่ไม่ค่อยบอกว่าข้างในมีอะไรจะปลอดภัยกว่า</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>บันทึก PDF ไว้ที่ไหน</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick.</source>
        <translation>เลือกโฟลเดอร์ เช่น ใน USB ของคุณเอง</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>แทนที่ไฟล์เดิมไหม</translation>
    </message>
    <message>
        <source>There is already a file called %1 in this folder. Replace it?</source>
        <translation>ในโฟลเดอร์นี้มีไฟล์ชื่อ %1 อยู่แล้ว แทนที่ไฟล์นั้นไหม</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>แทนที่</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>ก่อนพิมพ์</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Discreet mode prints less. Print now?</source>
        <translation>เครื่องพิมพ์และคิวการพิมพ์อาจเก็บสำเนาสิ่งที่คุณพิมพ์ไว้บนคอมพิวเตอร์เครื่องนี้สักพัก โหมดไม่เปิดเผยจะพิมพ์ข้อมูลน้อยลง พิมพ์ตอนนี้ไหม</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ทำต่อ</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ไว้ทีหลัง</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>ยังไม่ได้พิมพ์</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. To keep a copy as a file, use Save as PDF: it can protect the file with a password.</source>
        <translation>SaferPlan พิมพ์ได้กับเครื่องพิมพ์เท่านั้น ถ้าจะเก็บสำเนาเป็นไฟล์ ให้ใช้ “บันทึกเป็น PDF” ซึ่งใส่รหัสผ่านป้องกันไฟล์ได้</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;ใช่</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;ไม่ใช่</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>For example:
{examples}</source>
        <translation>ตัวอย่าง:
{examples}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {section}</source>
        <translation>คำถามที่ {number} จาก {count} · {section}</translation>
    </message>
    <message>
        <source>You skipped this for now.</source>
        <translation>คุณข้ามข้อนี้ไปก่อน</translation>
    </message>
    <message>
        <source>You said this does not apply.</source>
        <translation>คุณบอกว่าข้อนี้ไม่เกี่ยวข้องกับคุณ</translation>
    </message>
    <message>
        <source>You wanted to talk about this later.</source>
        <translation>คุณอยากคุยเรื่องนี้ทีหลัง</translation>
    </message>
</context>
<context>
    <name>RecordPdf</name>
    <message>
        <source>My record</source>
        <translation>บันทึกของฉัน</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>ใครอยู่ที่นั่นบ้าง</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>{name} (a file kept in the plan, not shown here)</source>
        <translation>{name} (ไฟล์ที่เก็บไว้ในแผน ไม่ได้แสดงที่นี่)</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>รูปภาพ: {name}</translation>
    </message>
    <message>
        <source>No date given</source>
        <translation>ไม่ได้ระบุวันที่</translation>
    </message>
    <message>
        <source>{name} (a picture that could not be shown)</source>
        <translation>{name} (รูปภาพที่แสดงไม่ได้)</translation>
    </message>
</context>
<context>
    <name>RecordPdfDialog</name>
    <message>
        <source>Make a PDF for a lawyer or advocate</source>
        <translation>ทำ PDF ให้ทนายความหรือผู้ช่วยเหลือด้านสิทธิ</translation>
    </message>
    <message>
        <source>Choose the entries to put in the PDF. You decide what to share.</source>
        <translation>เลือกรายการที่จะใส่ใน PDF คุณเป็นคนตัดสินใจว่าจะให้ดูอะไร</translation>
    </message>
    <message>
        <source>Entries in the PDF</source>
        <translation>รายการใน PDF</translation>
    </message>
    <message>
        <source>Neutral title: {title}</source>
        <translation>ชื่อเรื่องทั่วไป: {title}</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>รหัสผ่าน (ไม่ใส่ก็ได้)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>พิมพ์รหัสผ่านเดิมอีกครั้ง</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>บันทึก PDF…</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>ไม่เลือกเลย</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>รหัสผ่านทั้งสองยังไม่ตรงกัน</translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>PDF จะถามรหัสผ่านนี้ตอนที่มีคนเปิด</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>SaferPlan ไม่ได้ล็อกไฟล์ PDF ใครที่เปิดคอมพิวเตอร์เครื่องนี้หรือ USB ได้ ก็อ่านไฟล์นี้ได้ ถ้าคุณไม่ใส่รหัสผ่าน</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>บันทึกเป็น {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>SaferPlan can keep photos and screenshots (PNG, JPEG, GIF or WebP), PDF files and plain text files.</source>
        <translation>SaferPlan เก็บรูปถ่ายและภาพหน้าจอ (PNG, JPEG, GIF หรือ WebP) ไฟล์ PDF และไฟล์ข้อความธรรมดาได้</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>เพิ่มไฟล์</translation>
    </message>
    <message>
        <source>This file could not be read. Please check that it is still there, then try again.</source>
        <translation>อ่านไฟล์นี้ไม่ได้ ตรวจดูว่าไฟล์ยังอยู่ที่เดิม แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The original file</source>
        <translation>ไฟล์ต้นฉบับ</translation>
    </message>
    <message>
        <source>The file is now kept inside your locked plan. SaferPlan can delete the original file. On SSDs, USB sticks and phones, a deleted file can sometimes still be recovered, and copies may exist elsewhere (for example in a photo app or a cloud backup).</source>
        <translation>ตอนนี้ไฟล์ถูกเก็บไว้ในแผนที่ล็อกไว้ของคุณแล้ว SaferPlan ลบไฟล์ต้นฉบับได้ ใน SSD, USB และโทรศัพท์ ไฟล์ที่ลบแล้วบางครั้งยังกู้คืนได้ และอาจมีสำเนาอยู่ที่อื่น (เช่น ในแอปรูปภาพหรือที่สำรองข้อมูลบนคลาวด์)</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation>ลบไฟล์ต้นฉบับ</translation>
    </message>
    <message>
        <source>Keep the original</source>
        <translation>เก็บไฟล์ต้นฉบับไว้</translation>
    </message>
    <message>
        <source>The original file could not be deleted. You can delete it yourself if you want to.</source>
        <translation>ลบไฟล์ต้นฉบับไม่ได้ คุณลบเองได้ถ้าต้องการ</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>รูปภาพ</translation>
    </message>
</context>
<context>
    <name>RecordWidget</name>
    <message>
        <source>Private record</source>
        <translation>บันทึกส่วนตัว</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. This stays inside your locked plan.</source>
        <translation>เขียนมากหรือน้อยก็ได้ตามที่คุณต้องการ สิ่งที่เขียนจะอยู่ในแผนที่ล็อกไว้ของคุณ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>ค้นหาในบันทึก</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>รายการบันทึก ล่าสุดอยู่บนสุด</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>กลับไปหน้าหลัก(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>เพิ่มรายการบันทึก(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>เอาออก(&amp;R)</translation>
    </message>
    <message>
        <source>Make a &amp;PDF for a lawyer or advocate…</source>
        <translation>ทำ PDF ให้ทนายความหรือผู้ช่วยเหลือด้านสิทธิ…(&amp;P)</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>ยังไม่ได้เขียนอะไร</translation>
    </message>
    <message>
        <source>A dated note of what happened, in your own words, can help a lawyer or advocate later. Add one when you want to.</source>
        <translation>บันทึกสั้น ๆ ว่าเกิดอะไรขึ้นเมื่อไร ด้วยคำพูดของคุณเอง อาจช่วยทนายความหรือผู้ช่วยเหลือด้านสิทธิได้ในภายหลัง เพิ่มได้เมื่อคุณต้องการ</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} เวลา {time}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ไม่มีวันที่</translation>
    </message>
    <message>
        <source>{when} · {where}</source>
        <translation>{when} · {where}</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 ไฟล์</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n ไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>ไม่พบอะไร</translation>
    </message>
    <message>
        <source>Remove this entry and the files kept with it?</source>
        <translation>เอารายการนี้และไฟล์ที่เก็บไว้ด้วยกันออกไหม</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>เอารายการนี้ออกไหม</translation>
    </message>
    <message>
        <source>Remove an entry</source>
        <translation>เอารายการบันทึกออก</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Recovery code</source>
        <translation>รหัสกู้คืน</translation>
    </message>
    <message>
        <source>This code opens the plan if the passphrase is forgotten. Anyone who has it can open the plan. Keep it somewhere safe, away from the computer.</source>
        <translation>รหัสนี้ใช้เปิดแผนได้ถ้าลืมวลีรหัสผ่าน ใครที่มีรหัสนี้ก็เปิดแผนได้ เก็บไว้ในที่ปลอดภัย ห่างจากคอมพิวเตอร์</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>ก่อนพิมพ์</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Print the code now?</source>
        <translation>เครื่องพิมพ์และคิวการพิมพ์อาจเก็บสำเนาสิ่งที่คุณพิมพ์ไว้บนคอมพิวเตอร์เครื่องนี้สักพัก พิมพ์รหัสตอนนี้ไหม</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ไว้ทีหลัง</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>ยังไม่ได้พิมพ์</translation>
    </message>
    <message>
        <source>The code is printed only on a printer, never into a file. Please write it down instead.</source>
        <translation>รหัสนี้พิมพ์ได้กับเครื่องพิมพ์เท่านั้น จะไม่บันทึกเป็นไฟล์ ให้จดรหัสไว้ด้วยมือแทน</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation>รหัสกู้คืนของคุณ</translation>
    </message>
    <message>
        <source>Write the six groups on paper, in order, and keep it somewhere safe, apart from your computer. It is shown only this once. With it, you or anyone who has it can open your plan.</source>
        <translation>จดทั้งหกกลุ่มลงกระดาษตามลำดับ แล้วเก็บไว้ในที่ปลอดภัย แยกจากคอมพิวเตอร์ของคุณ รหัสนี้จะแสดงแค่ครั้งนี้ครั้งเดียว ใครก็ตามที่มีรหัสนี้ รวมถึงคุณ เปิดแผนของคุณได้</translation>
    </message>
    <message>
        <source>The code has no 0, O, 1 or I, so nothing can be mistaken for something else.</source>
        <translation>รหัสนี้ไม่มี 0, O, 1 หรือ I จึงไม่มีตัวไหนที่จะสับสนกับตัวอื่น</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>พิมพ์ออกมา</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>ฉันจดไว้แล้ว</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Bond person</source>
        <translation>ผู้ค้ำประกัน</translation>
    </message>
    <message>
        <source>Could pay or promise money of their own so I can be released.</source>
        <translation>อาจจ่ายหรือสัญญาว่าจะจ่ายเงินของตัวเอง เพื่อให้ฉันได้รับการปล่อยตัว</translation>
    </message>
    <message>
        <source>Would speak for me at a hearing</source>
        <translation>จะพูดแทนฉันในการไต่สวน</translation>
    </message>
    <message>
        <source>Could come to a detention review and say who I am.</source>
        <translation>มาที่การพิจารณาทบทวนการกักตัวและบอกได้ว่าฉันเป็นใคร</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>ทนายความด้านคนเข้าเมือง</translation>
    </message>
    <message>
        <source>Helps with status, detention and removal.</source>
        <translation>ช่วยเรื่องสถานะ การกักตัว และการส่งตัวออกนอกประเทศ</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>ทนายความคดีอาญา</translation>
    </message>
    <message>
        <source>Helps if I am charged with a crime.</source>
        <translation>ช่วยถ้าฉันถูกตั้งข้อหาทางอาญา</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>ทนายความด้านครอบครัว</translation>
    </message>
    <message>
        <source>Helps with children, custody or separation.</source>
        <translation>ช่วยเรื่องลูก สิทธิการเลี้ยงดูลูก หรือการแยกทาง</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>คลินิกกฎหมาย</translation>
    </message>
    <message>
        <source>Free legal information and help.</source>
        <translation>ข้อมูลและความช่วยเหลือทางกฎหมายฟรี</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>เจ้าหน้าที่ให้ความช่วยเหลือ</translation>
    </message>
    <message>
        <source>Someone from a service I trust, who can contact others.</source>
        <translation>คนจากหน่วยบริการที่ฉันไว้ใจ ที่ติดต่อคนอื่นแทนฉันได้</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>มีกุญแจบ้านฉัน</translation>
    </message>
    <message>
        <source>Could fetch clothes, money, documents or medication.</source>
        <translation>ไปเอาเสื้อผ้า เงิน เอกสาร หรือยามาให้ได้</translation>
    </message>
    <message>
        <source>Would care for my children</source>
        <translation>จะดูแลลูกของฉัน</translation>
    </message>
    <message>
        <source>Could look after my children if I cannot.</source>
        <translation>ดูแลลูกของฉันได้ ถ้าฉันดูแลเองไม่ได้</translation>
    </message>
    <message>
        <source>Would care for my pets</source>
        <translation>จะดูแลสัตว์เลี้ยงของฉัน</translation>
    </message>
    <message>
        <source>Could feed and look after my animals.</source>
        <translation>ให้อาหารและดูแลสัตว์เลี้ยงของฉันได้</translation>
    </message>
    <message>
        <source>I could stay with them if released</source>
        <translation>ฉันไปพักกับเขาได้ถ้าได้รับการปล่อยตัว</translation>
    </message>
    <message>
        <source>An address I can give when I am released.</source>
        <translation>ที่อยู่ที่ฉันให้ได้เมื่อได้รับการปล่อยตัว</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>ผู้รับมอบอำนาจ</translation>
    </message>
    <message>
        <source>Allowed to act for me on money or papers.</source>
        <translation>ได้รับอนุญาตให้ทำการแทนฉันเรื่องเงินหรือเอกสาร</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>ผู้ติดต่อกรณีฉุกเฉิน</translation>
    </message>
    <message>
        <source>Someone to call first if something happens.</source>
        <translation>คนที่จะโทรหาเป็นคนแรกถ้ามีอะไรเกิดขึ้น</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>ที่ปลอดภัย</translation>
    </message>
    <message>
        <source>Somewhere I could go to be safe.</source>
        <translation>ที่ที่ฉันไปแล้วจะปลอดภัย</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>บันทึกแล้ว ✓</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>เก็บไว้เฉพาะการใช้งานครั้งนี้</translation>
    </message>
    <message>
        <source>Not saved: %1 Your change is still here. Please try again in a moment.</source>
        <translation>ยังไม่ได้บันทึก: %1 สิ่งที่คุณแก้ไขยังอยู่ที่นี่ กรุณาลองอีกครั้งในอีกสักครู่</translation>
    </message>
</context>
<context>
    <name>SectionSummary</name>
    <message>
        <source>Here is what you have so far. You can change anything, now or later.</source>
        <translation>นี่คือสิ่งที่คุณตอบไว้จนถึงตอนนี้ คุณเปลี่ยนอะไรก็ได้ ตอนนี้หรือทีหลัง</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เปลี่ยน</translation>
    </message>
    <message>
        <source>Change: {question}</source>
        <translation>เปลี่ยน: {question}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>ตอบแล้ว</translation>
    </message>
    <message>
        <source>Skipped for now</source>
        <translation>ข้ามไปก่อน</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>ไว้คุยกันทีหลัง</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>ล็อกหลังจากไม่มีการใช้งานกี่นาที</translation>
    </message>
    <message>
        <source>When you press Hide</source>
        <translation>เมื่อคุณกดปุ่ม “ซ่อน”</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>ชื่อหน้าต่าง</translation>
    </message>
    <message>
        <source>min</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>When nobody uses SaferPlan for this long, it saves and locks the plan.</source>
        <translation>เมื่อไม่มีใครใช้ SaferPlan นานเท่านี้ โปรแกรมจะบันทึกและล็อกแผน</translation>
    </message>
    <message>
        <source>Save, lock and minimise the window</source>
        <translation>บันทึก ล็อก และย่อหน้าต่าง</translation>
    </message>
    <message>
        <source>Save, lock and close SaferPlan</source>
        <translation>บันทึก ล็อก และปิด SaferPlan</translation>
    </message>
    <message>
        <source>Shift three times also hides</source>
        <translation>กด Shift สามครั้งก็ซ่อนได้</translation>
    </message>
    <message>
        <source>Turn this off if your screen reader uses Shift. Esc twice and Hide still work.</source>
        <translation>ปิดตัวเลือกนี้ถ้าโปรแกรมอ่านหน้าจอของคุณใช้ปุ่ม Shift การกด Esc สองครั้งและปุ่มซ่อนยังใช้ได้</translation>
    </message>
    <message>
        <source>The window shows this name. Choose something that draws no attention.</source>
        <translation>หน้าต่างจะแสดงชื่อนี้ เลือกชื่อที่ไม่ดึงดูดความสนใจ</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ย้อนกลับ(&amp;B)</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Plan %1</source>
        <translation>แผน %1</translation>
    </message>
    <message>
        <source>Plan %1 · last changed %2</source>
        <translation>แผน %1 · แก้ไขล่าสุด %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ยินดีต้อนรับ</translation>
    </message>
    <message>
        <source>Make a plan for staying safe, kept locked on this computer. Nothing is ever sent over the internet.</source>
        <translation>ทำแผนเพื่อความปลอดภัย ล็อกเก็บไว้ในคอมพิวเตอร์เครื่องนี้ ไม่มีการส่งอะไรทางอินเทอร์เน็ตเลย</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>&amp;Language: %1</source>
        <translation>ภาษา: %1(&amp;L)</translation>
    </message>
    <message>
        <source>Start a &amp;new plan</source>
        <translation>เริ่มแผนใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Guest session</source>
        <translation>ใช้งานแบบผู้เยี่ยมชม(&amp;G)</translation>
    </message>
    <message>
        <source>Look at a &amp;sample plan</source>
        <translation>ดูแผนตัวอย่าง(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>การตั้งค่า(&amp;T)</translation>
    </message>
    <message>
        <source>Your plan on this computer</source>
        <translation>แผนของคุณในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Plans on this computer</source>
        <translation>แผนในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>&amp;Open my plan</source>
        <translation>เปิดแผนของฉัน(&amp;O)</translation>
    </message>
    <message>
        <source>Open a file from another folder</source>
        <translation>เปิดไฟล์จากโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>Kept on this computer, locked with a passphrase you choose.</source>
        <translation>เก็บไว้ในคอมพิวเตอร์เครื่องนี้ ล็อกด้วยวลีรหัสผ่านที่คุณเลือก</translation>
    </message>
    <message>
        <source>Nothing is saved on this computer. At the end you choose what to take with you: a locked file on your own USB stick, a printout, or nothing.</source>
        <translation>ไม่มีการบันทึกอะไรในคอมพิวเตอร์เครื่องนี้ ตอนจบ คุณเลือกได้ว่าจะเอาอะไรไปด้วย: ไฟล์ที่ล็อกไว้ใน USB ของคุณเอง งานพิมพ์ หรือไม่เอาอะไรเลย</translation>
    </message>
    <message>
        <source>A made-up plan to look around. Nothing is saved.</source>
        <translation>แผนสมมติให้ลองดู ไม่มีการบันทึก</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>ก่อนเริ่มต้น</translation>
    </message>
    <message>
        <source>What SaferPlan keeps, where, and what it cannot protect against.</source>
        <translation>SaferPlan เก็บอะไร ที่ไหน และปกป้องอะไรไม่ได้</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The plan file could not be used.</source>
        <translation>ใช้ไฟล์แผนนี้ไม่ได้</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is damaged.</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง หรือไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>Wrong recovery code, or the file is damaged.</source>
        <translation>รหัสกู้คืนไม่ถูกต้อง หรือไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>This plan file has no recovery code.</source>
        <translation>ไฟล์แผนนี้ไม่มีรหัสกู้คืน</translation>
    </message>
    <message>
        <source>This is not a plan file, or it was made by a newer version of the app.</source>
        <translation>นี่ไม่ใช่ไฟล์แผน หรือไฟล์นี้ทำด้วยแอปเวอร์ชันที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>This file is not a plan file.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์แผน</translation>
    </message>
    <message>
        <source>This plan file uses a method this version does not know.</source>
        <translation>ไฟล์แผนนี้ใช้วิธีที่เวอร์ชันนี้ไม่รู้จัก</translation>
    </message>
    <message>
        <source>This plan file was made by a newer version of the app. Update the app to open it.</source>
        <translation>ไฟล์แผนนี้ทำด้วยแอปเวอร์ชันที่ใหม่กว่า อัปเดตแอปเพื่อเปิดไฟล์นี้</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of the app. It cannot be changed here. Nothing was changed.</source>
        <translation>แผนนี้บันทึกด้วยแอปเวอร์ชันที่ใหม่กว่า แก้ไขที่นี่ไม่ได้ ไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
        <source>This file asks for more memory or time than is safe on this computer, so it was not opened. It may be damaged.</source>
        <translation>ไฟล์นี้ต้องใช้หน่วยความจำหรือเวลามากเกินกว่าที่ปลอดภัยในคอมพิวเตอร์เครื่องนี้ จึงไม่ได้เปิด ไฟล์อาจเสียหาย</translation>
    </message>
    <message>
        <source>The plan inside this file could not be read. It may come from a newer version of the app.</source>
        <translation>อ่านแผนในไฟล์นี้ไม่ได้ ไฟล์อาจมาจากแอปเวอร์ชันที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>This is a link or a special file, not a plan file.</source>
        <translation>นี่เป็นลิงก์หรือไฟล์พิเศษ ไม่ใช่ไฟล์แผน</translation>
    </message>
    <message>
        <source>This file is too large to be a plan file.</source>
        <translation>ไฟล์นี้ใหญ่เกินกว่าจะเป็นไฟล์แผน</translation>
    </message>
    <message>
        <source>The plan file was changed by another program since it was opened. Nothing was saved.</source>
        <translation>ไฟล์แผนถูกโปรแกรมอื่นแก้ไขหลังจากที่เปิดไว้ ไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <source>This plan is open in another window. Close it there first.</source>
        <translation>แผนนี้เปิดอยู่ในอีกหน้าต่างหนึ่ง ปิดที่นั่นก่อน</translation>
    </message>
    <message>
        <source>This plan&apos;s lock file is a link or a special file, so the plan was not used. Nothing was changed.</source>
        <translation>ไฟล์ล็อกของแผนนี้เป็นลิงก์หรือไฟล์พิเศษ จึงไม่ได้ใช้แผนนี้ ไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
        <source>The file could not be saved. The previous version is unchanged.</source>
        <translation>บันทึกไฟล์ไม่ได้ เวอร์ชันก่อนหน้ายังเหมือนเดิม</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. The previous version is unchanged.</source>
        <translation>ดิสก์เต็ม จึงไม่ได้บันทึกไฟล์ เวอร์ชันก่อนหน้ายังเหมือนเดิม</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. The previous version is unchanged.</source>
        <translation>ไม่มีสิทธิ์เขียนในโฟลเดอร์นี้ เวอร์ชันก่อนหน้ายังเหมือนเดิม</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was written.</source>
        <translation>เขียนไฟล์ไม่ได้ ไม่ได้เขียนอะไรลงไป</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written.</source>
        <translation>ดิสก์เต็ม ไม่ได้เขียนอะไรลงไป</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. Nothing was written.</source>
        <translation>ไม่มีสิทธิ์เขียนในโฟลเดอร์นี้ ไม่ได้เขียนอะไรลงไป</translation>
    </message>
    <message>
        <source>The plan is too large to save. The previous version is unchanged.</source>
        <translation>แผนใหญ่เกินกว่าจะบันทึกได้ เวอร์ชันก่อนหน้ายังเหมือนเดิม</translation>
    </message>
    <message>
        <source>The file failed its check before saving, so it was not saved. The previous version is unchanged.</source>
        <translation>ไฟล์ไม่ผ่านการตรวจก่อนบันทึก จึงไม่ได้บันทึก เวอร์ชันก่อนหน้ายังเหมือนเดิม</translation>
    </message>
    <message>
        <source>The change did not finish. The plan file still opens as before; its backup already has the change.</source>
        <translation>การเปลี่ยนยังไม่เสร็จ ไฟล์แผนยังเปิดได้เหมือนเดิม ส่วนไฟล์สำรองของมันเปลี่ยนแล้ว</translation>
    </message>
    <message>
        <source>The passphrase or recovery code was changed meanwhile. Nothing was changed.</source>
        <translation>วลีรหัสผ่านหรือรหัสกู้คืนถูกเปลี่ยนไปในระหว่างนั้น ไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
        <source>The backup beside this older copy is newer. Changing the keys now would replace it, so nothing was changed. Open the newer backup first.</source>
        <translation>สำเนาสำรองที่อยู่ข้างสำเนาเก่านี้ใหม่กว่า ถ้าเปลี่ยนวลีรหัสผ่านหรือรหัสกู้คืนตอนนี้ สำเนาสำรองนั้นจะถูกแทนที่ จึงไม่มีอะไรเปลี่ยน กรุณาเปิดสำเนาสำรองที่ใหม่กว่าก่อน</translation>
    </message>
    <message>
        <source>The plan is locked. Open it again to continue.</source>
        <translation>แผนถูกล็อกอยู่ เปิดอีกครั้งเพื่อทำต่อ</translation>
    </message>
    <message>
        <source>A file with this name already exists. Nothing was changed.</source>
        <translation>มีไฟล์ชื่อนี้อยู่แล้ว ไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>อ่านไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ไม่มีไฟล์นี้</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open your plan</source>
        <translation>เปิดแผนของคุณ</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>รหัสกู้คืน</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Open the backup copy instead</source>
        <translation>เปิดสำเนาสำรองแทน</translation>
    </message>
    <message>
        <source>Opening your plan. This takes a moment.</source>
        <translation>กำลังเปิดแผนของคุณ รอสักครู่</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase</source>
        <translation>ใช้วลีรหัสผ่าน(&amp;P)</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
        <translation>ใช้รหัสกู้คืน(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stop opening</source>
        <translation>หยุดเปิด(&amp;S)</translation>
    </message>
    <message>
        <source>Still opening your plan: %1 seconds so far. Some files take longer. You can stop at any time.</source>
        <translation>ยังเปิดแผนของคุณอยู่: ผ่านไป %1 วินาทีแล้ว บางไฟล์ใช้เวลานานกว่า คุณหยุดได้ทุกเมื่อ</translation>
    </message>
    <message>
        <source>Stopped. The plan was not opened.</source>
        <translation>หยุดแล้ว ไม่ได้เปิดแผน</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>กรุณาพิมพ์วลีรหัสผ่านก่อน</translation>
    </message>
    <message>
        <source>That recovery code did not open it — check it and try again.</source>
        <translation>รหัสกู้คืนนั้นเปิดไม่ได้ — ตรวจดูแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again. If you are sure it is right, the file may be damaged: the backup copy, kept from the save before, may open.</source>
        <translation>วลีรหัสผ่านนั้นเปิดไม่ได้ — ลองอีกครั้ง ถ้าคุณแน่ใจว่าถูกต้อง ไฟล์อาจเสียหาย: ไฟล์สำรองที่เก็บไว้จากการบันทึกครั้งก่อนอาจเปิดได้</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again.</source>
        <translation>วลีรหัสผ่านนั้นเปิดไม่ได้ — ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>This plan is already open in another window. Close it there first, then try again.</source>
        <translation>แผนนี้เปิดอยู่ในอีกหน้าต่างหนึ่งแล้ว ปิดที่นั่นก่อน แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>This file looks damaged, so it did not open. The backup copy, kept from the save before, may open.</source>
        <translation>ไฟล์นี้ดูเหมือนเสียหาย จึงเปิดไม่ได้ ไฟล์สำรองที่เก็บไว้จากการบันทึกครั้งก่อนอาจเปิดได้</translation>
    </message>
    <message>
        <source>The plan could not be opened. Nothing was changed.</source>
        <translation>เปิดแผนไม่ได้ ไม่มีอะไรถูกเปลี่ยน</translation>
    </message>
</context>
<context>
    <name>WalkSidebar</name>
    <message>
        <source>Sections</source>
        <translation>ส่วนต่าง ๆ</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>ไว้คุยกันทีหลัง</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} done ({answered} answered, {not_applicable} do not apply)</source>
        <translation>{title}
เสร็จแล้ว {done} จาก {total} (ตอบแล้ว {answered} ไม่เกี่ยวข้อง {not_applicable})</translation>
    </message>
    <message>
        <source>{title}
{answered} of {total} answered</source>
        <translation>{title}
ตอบแล้ว {answered} จาก {total}</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <source>As listed in the guide in January 2020 — check before relying on it.</source>
        <comment>note</comment>
        <translation>ตามรายชื่อในคู่มือ เดือนมกราคม 2020 — ควรตรวจสอบก่อนใช้</translation>
    </message>
    <message>
        <source>Sex worker support</source>
        <comment>category.sex_work</comment>
        <translation>ความช่วยเหลือสำหรับพนักงานบริการ</translation>
    </message>
    <message>
        <source>Crisis and emergency lines</source>
        <comment>category.crisis</comment>
        <translation>สายด่วนวิกฤตและเหตุฉุกเฉิน</translation>
    </message>
    <message>
        <source>Violence: support and shelters</source>
        <comment>category.violence</comment>
        <translation>ความรุนแรง: ความช่วยเหลือและบ้านพักฉุกเฉิน</translation>
    </message>
    <message>
        <source>Health and social services</source>
        <comment>category.health</comment>
        <translation>บริการด้านสุขภาพและสังคม</translation>
    </message>
    <message>
        <source>Legal help</source>
        <comment>category.legal</comment>
        <translation>ความช่วยเหลือทางกฎหมาย</translation>
    </message>
    <message>
        <source>Community legal clinics</source>
        <comment>category.legal_clinic</comment>
        <translation>คลินิกกฎหมายชุมชน</translation>
    </message>
    <message>
        <source>Work and labour rights</source>
        <comment>category.labour</comment>
        <translation>งานและสิทธิแรงงาน</translation>
    </message>
    <message>
        <source>Immigration, migrant and refugee support</source>
        <comment>category.immigration</comment>
        <translation>ความช่วยเหลือด้านการเข้าเมือง แรงงานข้ามชาติ และผู้ลี้ภัย</translation>
    </message>
    <message>
        <source>Other community services</source>
        <comment>category.community</comment>
        <translation>บริการชุมชนอื่น ๆ</translation>
    </message>
    <message>
        <source>Started by sex workers, social workers, and legal and health workers. 24/7 hotline, outreach, health and legal information, and urgent help if a migrant sex worker is arrested or detained. In Ontario and other cities.</source>
        <comment>butterfly.offers</comment>
        <translation>ก่อตั้งโดยพนักงานบริการ นักสังคมสงเคราะห์ และคนทำงานด้านกฎหมายและสุขภาพ มีสายด่วน 24 ชั่วโมงทุกวัน งานเยี่ยมพื้นที่ ข้อมูลด้านสุขภาพและกฎหมาย และความช่วยเหลือเร่งด่วนถ้าพนักงานบริการข้ามชาติถูกจับหรือถูกกักตัว ในออนแทรีโอและเมืองอื่น ๆ</translation>
    </message>
    <message>
        <source>24/7 phone line for any woman facing abuse in Ontario: someone to talk to, information and referrals. About 200 languages.</source>
        <comment>assaulted-womens-helpline.offers</comment>
        <translation>สายโทรศัพท์ 24 ชั่วโมงทุกวัน สำหรับผู้หญิงทุกคนที่เจอการทำร้ายในออนแทรีโอ: มีคนคุยด้วย ให้ข้อมูล และส่งต่อบริการ ประมาณ 200 ภาษา</translation>
    </message>
    <message>
        <source>A list of distress and crisis lines across Ontario, for emotional support, including when thinking about suicide.</source>
        <comment>distress-centres-ontario.offers</comment>
        <translation>รายชื่อสายด่วนช่วยเหลือภาวะทุกข์ใจและวิกฤตทั่วออนแทรีโอ เพื่อการช่วยเหลือทางใจ รวมถึงเมื่อคิดเรื่องฆ่าตัวตาย</translation>
    </message>
    <message>
        <source>Lawyers, counselling and interpreters in many languages for women who have faced violence, in Ontario.</source>
        <comment>barbra-schlifer-clinic.offers</comment>
        <translation>ทนายความ การให้คำปรึกษา และล่ามหลายภาษา สำหรับผู้หญิงที่เคยเจอความรุนแรง ในออนแทรีโอ</translation>
    </message>
    <message>
        <source>Money for urgent costs after a crime in Ontario, such as counselling or a funeral. After sexual or family violence or trafficking you can report to a community organisation instead of the police; for other crimes a police report is needed.</source>
        <comment>victim-quick-response.offers</comment>
        <translation>เงินช่วยค่าใช้จ่ายเร่งด่วนหลังเกิดอาชญากรรมในออนแทรีโอ เช่น ค่าปรึกษาหรือค่างานศพ หลังความรุนแรงทางเพศ ความรุนแรงในครอบครัว หรือการค้ามนุษย์ คุณแจ้งกับองค์กรชุมชนแทนตำรวจได้ สำหรับอาชญากรรมอื่นต้องมีรายงานตำรวจ</translation>
    </message>
    <message>
        <source>Ambulance and police. The police may come when you call.</source>
        <comment>emergency-911.offers</comment>
        <translation>รถพยาบาลและตำรวจ ตำรวจอาจมาเมื่อคุณโทร</translation>
    </message>
    <message>
        <source>A website to find a shelter for women, and their children, who want to get away from violence or abuse.</source>
        <comment>sheltersafe.offers</comment>
        <translation>เว็บไซต์สำหรับหาบ้านพักฉุกเฉินสำหรับผู้หญิงและลูก ๆ ที่อยากออกห่างจากความรุนแรงหรือการทำร้าย</translation>
    </message>
    <message>
        <source>Finds a shelter bed in Toronto or tells you where there is space.</source>
        <comment>toronto-shelter-intake.offers</comment>
        <translation>หาเตียงในบ้านพักฉุกเฉินในโทรอนโต หรือบอกว่าที่ไหนยังมีที่ว่าง</translation>
    </message>
    <message>
        <source>Phone line open 24 hours and a website to find any kind of community or social service in Ontario.</source>
        <comment>211-ontario.offers</comment>
        <translation>สายโทรศัพท์ที่เปิด 24 ชั่วโมง และเว็บไซต์สำหรับหาบริการชุมชนหรือบริการสังคมทุกประเภทในออนแทรีโอ</translation>
    </message>
    <message>
        <source>Free health advice from a registered nurse.</source>
        <comment>telehealth-ontario.offers</comment>
        <translation>คำแนะนำด้านสุขภาพฟรีจากพยาบาลวิชาชีพ</translation>
    </message>
    <message>
        <source>24-hour phone line in French for women in Ontario facing abuse or sexual assault: support, information and referrals.</source>
        <comment>femaide.offers</comment>
        <translation>สายโทรศัพท์ 24 ชั่วโมงเป็นภาษาฝรั่งเศส สำหรับผู้หญิงในออนแทรีโอที่เจอการทำร้ายหรือการล่วงละเมิดทางเพศ: ช่วยเหลือ ให้ข้อมูล และส่งต่อบริการ</translation>
    </message>
    <message>
        <source>Free, confidential information on services for mental health, alcohol and drug use, and gambling in Ontario.</source>
        <comment>connexontario.offers</comment>
        <translation>ข้อมูลฟรีและเป็นความลับ เกี่ยวกับบริการด้านสุขภาพจิต การใช้แอลกอฮอล์และยาเสพติด และการพนัน ในออนแทรีโอ</translation>
    </message>
    <message>
        <source>Information on mental health services in Ontario, such as crisis lines, online counselling and emergency housing.</source>
        <comment>ementalhealth.offers</comment>
        <translation>ข้อมูลบริการด้านสุขภาพจิตในออนแทรีโอ เช่น สายด่วนวิกฤต การให้คำปรึกษาออนไลน์ และที่พักฉุกเฉิน</translation>
    </message>
    <message>
        <source>A list of mental health crisis services and their phone numbers across Ontario.</source>
        <comment>camh-crisis.offers</comment>
        <translation>รายชื่อบริการช่วยเหลือวิกฤตสุขภาพจิตและเบอร์โทรศัพท์ทั่วออนแทรีโอ</translation>
    </message>
    <message>
        <source>Information on health services and resources in Ontario.</source>
        <comment>central-health-line.offers</comment>
        <translation>ข้อมูลบริการและแหล่งข้อมูลด้านสุขภาพในออนแทรีโอ</translation>
    </message>
    <message>
        <source>Doctors, nurse practitioners, social workers and others for people who often miss out on care, including people without status and people without a home.</source>
        <comment>community-health-centres.offers</comment>
        <translation>แพทย์ พยาบาลเวชปฏิบัติ นักสังคมสงเคราะห์ และคนอื่น ๆ สำหรับคนที่มักเข้าไม่ถึงการรักษา รวมถึงคนที่ไม่มีสถานะการเข้าเมืองและคนที่ไม่มีที่อยู่อาศัย</translation>
    </message>
    <message>
        <source>Legal services for people in Ontario with a low income who qualify.</source>
        <comment>legal-aid-ontario.offers</comment>
        <translation>บริการทางกฎหมายสำหรับคนในออนแทรีโอที่มีรายได้น้อยและมีคุณสมบัติตามเกณฑ์</translation>
    </message>
    <message>
        <source>Legal help for refugee claimants in Toronto, Hamilton and Ottawa.</source>
        <comment>legal-aid-refugee-law-office.offers</comment>
        <translation>ความช่วยเหลือทางกฎหมายสำหรับผู้ขอลี้ภัยในโทรอนโต แฮมิลตัน และออตตาวา</translation>
    </message>
    <message>
        <source>Plain-language legal information in many languages and formats, and a list of community legal clinics in Ontario.</source>
        <comment>cleo.offers</comment>
        <translation>ข้อมูลกฎหมายภาษาง่าย ๆ หลายภาษาและหลายรูปแบบ และรายชื่อคลินิกกฎหมายชุมชนในออนแทรีโอ</translation>
    </message>
    <message>
        <source>Legal information and referrals for women in Ontario facing violence.</source>
        <comment>owjn.offers</comment>
        <translation>ข้อมูลกฎหมายและการส่งต่อ สำหรับผู้หญิงในออนแทรีโอที่เจอความรุนแรง</translation>
    </message>
    <message>
        <source>Family lawyers in three offices in Ontario for people who qualify for legal aid.</source>
        <comment>family-law-offices.offers</comment>
        <translation>ทนายความด้านครอบครัวในสามสำนักงานในออนแทรีโอ สำหรับคนที่มีสิทธิได้รับความช่วยเหลือทางกฎหมาย</translation>
    </message>
    <message>
        <source>Online referral to a lawyer or paralegal in Ontario, with a free first consultation of up to 30 minutes.</source>
        <comment>lsuc-lawyer-referral.offers</comment>
        <translation>บริการส่งต่อออนไลน์ไปหาทนายความหรือผู้ช่วยทนาย (paralegal) ในออนแทรีโอ ปรึกษาครั้งแรกฟรีไม่เกิน 30 นาที</translation>
    </message>
    <message>
        <source>Local clinics for people with a low income in their area; some serve a particular culture or language.</source>
        <comment>community-legal-clinics.offers</comment>
        <translation>คลินิกในท้องถิ่นสำหรับคนรายได้น้อยในพื้นที่ บางแห่งให้บริการกลุ่มวัฒนธรรมหรือภาษาเฉพาะ</translation>
    </message>
    <message>
        <source>Free legal help across Ontario for people with a low income who do not speak English, in Chinese, Vietnamese, Cambodian and Laotian communities.</source>
        <comment>csalc.offers</comment>
        <translation>ความช่วยเหลือทางกฎหมายฟรีทั่วออนแทรีโอ สำหรับคนรายได้น้อยที่ไม่พูดภาษาอังกฤษ ในชุมชนชาวจีน เวียดนาม กัมพูชา และลาว</translation>
    </message>
    <message>
        <source>Takes test cases to court to change unfair rules in federal and Ontario income support programs.</source>
        <comment>income-security-advocacy-centre.offers</comment>
        <translation>นำคดีตัวอย่างขึ้นศาลเพื่อเปลี่ยนกฎที่ไม่เป็นธรรมในโครงการช่วยเหลือด้านรายได้ของรัฐบาลกลางและออนแทรีโอ</translation>
    </message>
    <message>
        <source>Legal help and information on social assistance, violence, mental health, immigration and refugee matters, work and housing.</source>
        <comment>parkdale-community-legal-services.offers</comment>
        <translation>ความช่วยเหลือและข้อมูลทางกฎหมายเรื่องสวัสดิการสังคม ความรุนแรง สุขภาพจิต การเข้าเมืองและผู้ลี้ภัย งาน และที่อยู่อาศัย</translation>
    </message>
    <message>
        <source>Legal help and information for people living with HIV in Ontario.</source>
        <comment>halco.offers</comment>
        <translation>ความช่วยเหลือและข้อมูลทางกฎหมายสำหรับผู้ที่อยู่ร่วมกับเชื้อเอชไอวีในออนแทรีโอ</translation>
    </message>
    <message>
        <source>Legal services for Black people in Ontario with a low income or no income.</source>
        <comment>black-legal-action-centre.offers</comment>
        <translation>บริการทางกฎหมายสำหรับคนผิวดำในออนแทรีโอที่มีรายได้น้อยหรือไม่มีรายได้</translation>
    </message>
    <message>
        <source>Legal advice, services and education for South Asian people in Ontario; also works on changing the law.</source>
        <comment>salc.offers</comment>
        <translation>คำปรึกษา บริการ และการให้ความรู้ทางกฎหมายสำหรับคนเอเชียใต้ในออนแทรีโอ และทำงานเพื่อเปลี่ยนแปลงกฎหมายด้วย</translation>
    </message>
    <message>
        <source>Support and lawyers for people with disabilities in Ontario.</source>
        <comment>arch-disability-law-centre.offers</comment>
        <translation>การช่วยเหลือและทนายความสำหรับคนพิการในออนแทรีโอ</translation>
    </message>
    <message>
        <source>Legal help in Spanish for Spanish-speaking people across Ontario.</source>
        <comment>spanish-speaking-legal-clinic.offers</comment>
        <translation>ความช่วยเหลือทางกฎหมายเป็นภาษาสเปน สำหรับคนที่พูดภาษาสเปนทั่วออนแทรีโอ</translation>
    </message>
    <message>
        <source>Legal help for First Nations (with or without status), Métis and Inuit people in Ontario.</source>
        <comment>aboriginal-legal-services.offers</comment>
        <translation>ความช่วยเหลือทางกฎหมายสำหรับชนพื้นเมือง First Nations (มีหรือไม่มีสถานะ) เมทิส และอินูอิต ในออนแทรีโอ</translation>
    </message>
    <message>
        <source>Information on workers&apos; rights and support to stand up for them.</source>
        <comment>workers-action-centre.offers</comment>
        <translation>ข้อมูลเรื่องสิทธิของคนทำงาน และการช่วยให้คุณเรียกร้องสิทธินั้น</translation>
    </message>
    <message>
        <source>The Ontario government office that applies and enforces the Employment Standards Act, 2000.</source>
        <comment>ministry-of-labour.offers</comment>
        <translation>หน่วยงานรัฐบาลออนแทรีโอที่บังคับใช้กฎหมายมาตรฐานการจ้างงาน ค.ศ. 2000 (Employment Standards Act, 2000)</translation>
    </message>
    <message>
        <source>For sex workers in Toronto: sexual health, safety at work, workshops, legal information, counselling, advocacy and social time.</source>
        <comment>maggies.offers</comment>
        <translation>สำหรับพนักงานบริการในโทรอนโต: สุขภาพทางเพศ ความปลอดภัยในการทำงาน เวิร์กช็อป ข้อมูลกฎหมาย การให้คำปรึกษา การรณรงค์ และกิจกรรมพบปะ</translation>
    </message>
    <message>
        <source>Outreach and harm reduction support for sex workers who work on the street, in Hamilton.</source>
        <comment>swap-hamilton.offers</comment>
        <translation>งานเยี่ยมพื้นที่และการลดอันตราย สำหรับพนักงานบริการที่ทำงานบนถนน ในแฮมิลตัน</translation>
    </message>
    <message>
        <source>Harm reduction and first aid supplies, HIV and STI information, clothing, hygiene products, food, and peer support, in London.</source>
        <comment>safe-space-london.offers</comment>
        <translation>อุปกรณ์ลดอันตรายและปฐมพยาบาล ข้อมูลเรื่องเอชไอวีและโรคติดต่อทางเพศสัมพันธ์ เสื้อผ้า ของใช้ส่วนตัว อาหาร และการช่วยเหลือจากเพื่อนที่มีประสบการณ์ใกล้เคียงกัน ในลอนดอน (ออนแทรีโอ)</translation>
    </message>
    <message>
        <source>Peer support, education, advocacy and referrals for safer living and working conditions, in Sudbury.</source>
        <comment>swans-sudbury.offers</comment>
        <translation>การช่วยเหลือจากเพื่อนที่มีประสบการณ์ใกล้เคียงกัน การให้ความรู้ การรณรงค์ และการส่งต่อ เพื่อสภาพความเป็นอยู่และการทำงานที่ปลอดภัยขึ้น ในซัดเบอรี</translation>
    </message>
    <message>
        <source>A network of community agencies that serve immigrants and refugees in Ontario.</source>
        <comment>ocasi.offers</comment>
        <translation>เครือข่ายหน่วยงานชุมชนที่ให้บริการผู้อพยพและผู้ลี้ภัยในออนแทรีโอ</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education for newcomers in Ontario, and shelter for women and their children.</source>
        <comment>fcj-refugee-centre.offers</comment>
        <translation>การคุ้มครองผู้ลี้ภัย ความช่วยเหลือในการตั้งถิ่นฐาน และการศึกษาสำหรับผู้มาใหม่ในออนแทรีโอ และที่พักสำหรับผู้หญิงและลูก ๆ</translation>
    </message>
    <message>
        <source>Health care and community services in Toronto, including for newcomers, immigrants and refugees.</source>
        <comment>access-alliance.offers</comment>
        <translation>บริการสุขภาพและบริการชุมชนในโทรอนโต รวมถึงสำหรับผู้มาใหม่ ผู้อพยพ และผู้ลี้ภัย</translation>
    </message>
    <message>
        <source>Speaks up for the rights of migrant workers, in Ontario and across Canada.</source>
        <comment>migrant-workers-alliance.offers</comment>
        <translation>เรียกร้องสิทธิของแรงงานข้ามชาติ ในออนแทรีโอและทั่วแคนาดา</translation>
    </message>
    <message>
        <source>Information for newcomers about settling in.</source>
        <comment>settlement-org.offers</comment>
        <translation>ข้อมูลสำหรับผู้มาใหม่เรื่องการตั้งถิ่นฐาน</translation>
    </message>
    <message>
        <source>Campaigns for the freedom to move, return and stay in Canada; trains people without status and the people who work at services on their rights.</source>
        <comment>no-one-is-illegal.offers</comment>
        <translation>รณรงค์เพื่อเสรีภาพในการย้ายถิ่น การกลับ และการอยู่ในแคนาดา และอบรมเรื่องสิทธิให้คนที่ไม่มีสถานะการเข้าเมืองกับคนที่ทำงานในหน่วยบริการ</translation>
    </message>
    <message>
        <source>Campaigns for Ontario health insurance (OHIP) for everyone.</source>
        <comment>ohip-for-all.offers</comment>
        <translation>รณรงค์ให้ทุกคนได้รับประกันสุขภาพออนแทรีโอ (OHIP)</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education in Toronto, and shelter for women and their children.</source>
        <comment>st-stephens-community-house.offers</comment>
        <translation>การคุ้มครองผู้ลี้ภัย ความช่วยเหลือในการตั้งถิ่นฐาน และการศึกษาในโทรอนโต และที่พักสำหรับผู้หญิงและลูก ๆ</translation>
    </message>
    <message>
        <source>LGBTQ2 programs and groups, a refugee support group, free short-term and drop-in counselling, and classes, in Toronto.</source>
        <comment>the-519.offers</comment>
        <translation>โครงการและกลุ่มสำหรับ LGBTQ2 กลุ่มช่วยเหลือผู้ลี้ภัย การให้คำปรึกษาระยะสั้นและแบบเดินเข้ามาได้เลยฟรี และชั้นเรียน ในโทรอนโต</translation>
    </message>
    <message>
        <source>Counselling and learning programs for children, youth and families with complex mental health or developmental needs.</source>
        <comment>skylark.offers</comment>
        <translation>การให้คำปรึกษาและโครงการการเรียนรู้ สำหรับเด็ก เยาวชน และครอบครัว ที่มีความต้องการด้านสุขภาพจิตหรือพัฒนาการที่ซับซ้อน</translation>
    </message>
    <message>
        <source>Programs, education, harm reduction and case management for people in prison or out of prison who live with HIV or AIDS.</source>
        <comment>pasan.offers</comment>
        <translation>โครงการ การให้ความรู้ การลดอันตราย และการจัดการรายกรณี สำหรับคนที่อยู่ในเรือนจำหรือออกจากเรือนจำแล้ว ที่อยู่ร่วมกับเอชไอวีหรือเอดส์</translation>
    </message>
    <message>
        <source>Peer-led support around drug and alcohol use for LGBTQQ2SIA youth aged 16 to 29 in Toronto: drop-ins, case management and group counselling.</source>
        <comment>pieces-to-pathways.offers</comment>
        <translation>การช่วยเหลือจากเพื่อนที่มีประสบการณ์ใกล้เคียงกันเรื่องการใช้ยาเสพติดและแอลกอฮอล์ สำหรับเยาวชน LGBTQQ2SIA อายุ 16 ถึง 29 ปีในโทรอนโต: แบบเดินเข้ามาได้เลย การจัดการรายกรณี และการให้คำปรึกษาแบบกลุ่ม</translation>
    </message>
    <message>
        <source>An organisation of Chinese Canadians in Toronto working for equity, social justice and respect for diversity.</source>
        <comment>ccncto.offers</comment>
        <translation>องค์กรของชาวแคนาดาเชื้อสายจีนในโทรอนโต ที่ทำงานเพื่อความเท่าเทียม ความยุติธรรมทางสังคม และการเคารพความหลากหลาย</translation>
    </message>
</context>
<context>
    <name>forms.release_plan</name>
    <message>
        <source>Release plan</source>
        <comment>form.title</comment>
        <translation>แผนการปล่อยตัว</translation>
    </message>
    <message>
        <source>Support network and your rights</source>
        <comment>network.title</comment>
        <translation>เครือข่ายช่วยเหลือและสิทธิของคุณ</translation>
    </message>
    <message>
        <source>People who know your rights and can speak up for you, found before you need them.</source>
        <comment>network.intro</comment>
        <translation>คนที่รู้เรื่องสิทธิของคุณและพูดแทนคุณได้ หาไว้ก่อนที่คุณจะต้องใช้</translation>
    </message>
    <message>
        <source>Is there a community legal clinic you could contact?</source>
        <comment>r_legal_clinic.text</comment>
        <translation>มีคลินิกกฎหมายชุมชนที่คุณติดต่อได้ไหม</translation>
    </message>
    <message>
        <source>A legal clinic can tell you your rights, and help you find a lawyer.</source>
        <comment>r_legal_clinic.why</comment>
        <translation>คลินิกกฎหมายบอกคุณได้ว่าคุณมีสิทธิอะไรบ้าง และช่วยคุณหาทนายความได้</translation>
    </message>
    <message>
        <source>A legal clinic gives free legal information and help. Some help people without status.</source>
        <comment>r_legal_clinic.help</comment>
        <translation>คลินิกกฎหมายให้ข้อมูลและความช่วยเหลือทางกฎหมายฟรี บางแห่งช่วยคนที่ไม่มีสถานะการเข้าเมือง</translation>
    </message>
    <message>
        <source>Do you know an immigration lawyer you trust? Or someone who would call one for you?</source>
        <comment>r_lawyer.text</comment>
        <translation>คุณรู้จักทนายความด้านคนเข้าเมืองที่คุณไว้ใจไหม หรือมีคนที่จะโทรหาทนายให้คุณไหม</translation>
    </message>
    <message>
        <source>Help comes much faster if you already know a lawyer before you need one.</source>
        <comment>r_lawyer.why</comment>
        <translation>ถ้าคุณรู้จักทนายความไว้ก่อนที่จะต้องใช้ ความช่วยเหลือจะมาถึงเร็วกว่ามาก</translation>
    </message>
    <message>
        <source>An immigration lawyer helps with your status, detention and removal from Canada.</source>
        <comment>r_lawyer.help</comment>
        <translation>ทนายความด้านคนเข้าเมืองช่วยเรื่องสถานะของคุณ การกักตัว และการส่งตัวออกนอกแคนาดา</translation>
    </message>
    <message>
        <source>Do you know a criminal lawyer? Or someone who would call one for you?</source>
        <comment>r_lawyer_criminal.text</comment>
        <translation>คุณรู้จักทนายความคดีอาญาไหม หรือมีคนที่จะโทรหาทนายให้คุณไหม</translation>
    </message>
    <message>
        <source>If the police charge you, a criminal lawyer protects your rights from the start.</source>
        <comment>r_lawyer_criminal.why</comment>
        <translation>ถ้าตำรวจตั้งข้อหาคุณ ทนายความคดีอาญาจะปกป้องสิทธิของคุณตั้งแต่แรก</translation>
    </message>
    <message>
        <source>A criminal lawyer helps when the police say you broke a law.</source>
        <comment>r_lawyer_criminal.help</comment>
        <translation>ทนายความคดีอาญาช่วยคุณเมื่อตำรวจบอกว่าคุณทำผิดกฎหมาย</translation>
    </message>
    <message>
        <source>If you have children, do you know a family lawyer?</source>
        <comment>r_lawyer_family.text</comment>
        <translation>ถ้าคุณมีลูก คุณรู้จักทนายความด้านครอบครัวไหม</translation>
    </message>
    <message>
        <source>Detention can affect who looks after your children. A family lawyer can help protect your rights as a parent.</source>
        <comment>r_lawyer_family.why</comment>
        <translation>การถูกกักตัวอาจมีผลต่อเรื่องว่าใครจะดูแลลูกของคุณ ทนายความด้านครอบครัวช่วยปกป้องสิทธิของคุณในฐานะพ่อแม่ได้</translation>
    </message>
    <message>
        <source>A family lawyer helps with children, custody and separation.</source>
        <comment>r_lawyer_family.help</comment>
        <translation>ทนายความด้านครอบครัวช่วยเรื่องลูก สิทธิการเลี้ยงดูลูก และการแยกทาง</translation>
    </message>
    <message>
        <source>How much do you know about your rights with police and immigration officers?</source>
        <comment>r_rights.text</comment>
        <translation>คุณรู้เรื่องสิทธิของคุณเวลาเจอตำรวจและเจ้าหน้าที่ตรวจคนเข้าเมืองมากแค่ไหน</translation>
    </message>
    <message>
        <source>Knowing your rights can lower your risk of being detained.</source>
        <comment>r_rights.why</comment>
        <translation>การรู้สิทธิของตัวเองช่วยลดความเสี่ยงที่จะถูกกักตัวได้</translation>
    </message>
    <message>
        <source>Legal clinics and sex worker groups share this information, sometimes in other languages.</source>
        <comment>r_rights.help</comment>
        <translation>คลินิกกฎหมายและกลุ่มพนักงานบริการมีข้อมูลนี้ บางครั้งมีเป็นภาษาอื่นด้วย</translation>
    </message>
    <message>
        <source>I know my rights well</source>
        <comment>r_rights.option.well</comment>
        <translation>ฉันรู้สิทธิของตัวเองดี</translation>
    </message>
    <message>
        <source>I know some things</source>
        <comment>r_rights.option.some</comment>
        <translation>ฉันรู้อยู่บ้าง</translation>
    </message>
    <message>
        <source>I would like to learn more</source>
        <comment>r_rights.option.learn_more</comment>
        <translation>ฉันอยากรู้เพิ่ม</translation>
    </message>
    <message>
        <source>Is there a community support worker or organisation you trust?</source>
        <comment>r_support_worker.text</comment>
        <translation>มีเจ้าหน้าที่ให้ความช่วยเหลือในชุมชน หรือองค์กรที่คุณไว้ใจไหม</translation>
    </message>
    <message>
        <source>They can help with many needs, contact lawyers for you, and support your release.</source>
        <comment>r_support_worker.why</comment>
        <translation>เขาช่วยได้หลายเรื่อง ติดต่อทนายความให้คุณ และสนับสนุนให้คุณได้รับการปล่อยตัว</translation>
    </message>
    <message>
        <source>Who is a person you really trust, who would speak up for you if you were detained?</source>
        <comment>r_advocate.text</comment>
        <translation>ใครคือคนที่คุณไว้ใจจริง ๆ ที่จะพูดแทนคุณถ้าคุณถูกกักตัว</translation>
    </message>
    <message>
        <source>Someone on the outside can call people and push for your release.</source>
        <comment>r_advocate.why</comment>
        <translation>คนที่อยู่ข้างนอกโทรหาคนอื่น ๆ และผลักดันให้คุณได้รับการปล่อยตัวได้</translation>
    </message>
    <message>
        <source>This can be a partner, a friend or a co-worker. A first name is enough.</source>
        <comment>r_advocate.help</comment>
        <translation>อาจเป็นคู่ของคุณ เพื่อน หรือเพื่อนร่วมงาน ใส่แค่ชื่อต้นก็พอ</translation>
    </message>
    <message>
        <source>Getting released at a detention review</source>
        <comment>release.title</comment>
        <translation>การได้รับการปล่อยตัวในการพิจารณาทบทวนการกักตัว</translation>
    </message>
    <message>
        <source>Once detained, you can talk to very few people. What you set up now helps you later.</source>
        <comment>release.intro</comment>
        <translation>เมื่อถูกกักตัวแล้ว คุณจะคุยกับคนได้น้อยมาก สิ่งที่คุณเตรียมไว้ตอนนี้จะช่วยคุณในภายหลัง</translation>
    </message>
    <message>
        <source>If you were detained, what would matter most to you?</source>
        <comment>r_wishes.text</comment>
        <translation>ถ้าคุณถูกกักตัว อะไรจะสำคัญที่สุดสำหรับคุณ</translation>
    </message>
    <message>
        <source>Your lawyer and supporters should follow your wishes. Telling them now makes that easier.</source>
        <comment>r_wishes.why</comment>
        <translation>ทนายความและคนที่สนับสนุนคุณควรทำตามความต้องการของคุณ การบอกเขาไว้ตอนนี้ทำให้เรื่องนี้ง่ายขึ้น</translation>
    </message>
    <message>
        <source>Staying in Canada, even if it takes time</source>
        <comment>r_wishes.example1</comment>
        <translation>ได้อยู่ในแคนาดาต่อ แม้จะใช้เวลานาน</translation>
    </message>
    <message>
        <source>Getting out quickly, even if it means leaving Canada</source>
        <comment>r_wishes.example2</comment>
        <translation>ได้ออกมาเร็ว ๆ แม้จะหมายถึงต้องออกจากแคนาดา</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <comment>r_wishes.example3</comment>
        <translation>ฉันยังไม่รู้</translation>
    </message>
    <message>
        <source>Have you talked about this plan with someone you trust?</source>
        <comment>r_talked_plan.text</comment>
        <translation>คุณได้คุยเรื่องแผนนี้กับคนที่คุณไว้ใจแล้วหรือยัง</translation>
    </message>
    <message>
        <source>Once you are detained, your things are taken and you can call very few people.</source>
        <comment>r_talked_plan.why</comment>
        <translation>เมื่อคุณถูกกักตัว ข้าวของของคุณจะถูกเอาไป และคุณโทรหาคนได้น้อยมาก</translation>
    </message>
    <message>
        <source>Who could be your bond person?</source>
        <comment>r_bond_person.text</comment>
        <translation>ใครเป็นผู้ค้ำประกันให้คุณได้</translation>
    </message>
    <message>
        <source>A bond person is often what makes release possible.</source>
        <comment>r_bond_person.why</comment>
        <translation>ผู้ค้ำประกันมักเป็นคนที่ช่วยให้คุณได้รับการปล่อยตัว</translation>
    </message>
    <message>
        <source>Knowing the amount helps you and your lawyer prepare the hearing.</source>
        <comment>r_bond_amount.why</comment>
        <translation>การรู้จำนวนเงินช่วยให้คุณและทนายความเตรียมการไต่สวนได้</translation>
    </message>
    <message>
        <source>Who could come to the hearing and speak for you?</source>
        <comment>r_hearing_witness.text</comment>
        <translation>ใครมาที่การไต่สวนและพูดแทนคุณได้</translation>
    </message>
    <message>
        <source>People who know you show that you have ties to the community here.</source>
        <comment>r_hearing_witness.why</comment>
        <translation>คนที่รู้จักคุณแสดงให้เห็นว่าคุณมีความผูกพันกับชุมชนที่นี่</translation>
    </message>
    <message>
        <source>A plan for what happens if immigration officers, or the police for immigration reasons, detain you. If you are charged with a crime, see the question about a criminal lawyer, and legal help in the directory. If you are detained, your phone and your things are taken, and it is hard to reach people. What you set up now makes release more likely, and keeps the things you care about looked after. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>แผนสำหรับกรณีที่เจ้าหน้าที่ตรวจคนเข้าเมือง หรือตำรวจด้วยเหตุผลเรื่องการเข้าเมือง กักตัวคุณ ถ้าคุณถูกตั้งข้อหาอาญา ให้ดูคำถามเรื่องทนายความคดีอาญา และความช่วยเหลือทางกฎหมายในรายชื่อหน่วยงาน ถ้าคุณถูกกักตัว โทรศัพท์และข้าวของของคุณจะถูกเอาไป และติดต่อคนอื่นได้ยาก สิ่งที่คุณเตรียมไว้ตอนนี้ช่วยให้มีโอกาสได้รับการปล่อยตัวมากขึ้น และช่วยให้สิ่งที่คุณห่วงมีคนดูแล คุณข้ามคำถามไหนก็ได้ หรือกลับมาตอบทีหลังก็ได้</translation>
    </message>
    <message>
        <source>This plan is mostly about immigration detention. If the police charge you with a crime, a criminal court decides on bail.</source>
        <comment>r_lawyer_criminal.legal1</comment>
        <translation>แผนนี้เน้นเรื่องการกักตัวของคนเข้าเมืองเป็นหลัก ถ้าตำรวจตั้งข้อหาอาญากับคุณ ศาลอาญาจะเป็นผู้ตัดสินเรื่องการประกันตัว</translation>
    </message>
    <message>
        <source>If the police keep you after an arrest, you should see a justice within 24 hours, usually for a bail hearing.</source>
        <comment>r_lawyer_criminal.legal2</comment>
        <translation>ถ้าตำรวจควบคุมตัวคุณไว้หลังจับกุม คุณควรได้พบผู้พิพากษาภายใน 24 ชั่วโมง ซึ่งปกติคือการไต่สวนเรื่องประกันตัว</translation>
    </message>
    <message>
        <source>A surety is like a bond person in criminal court: someone who promises money and supervises you.</source>
        <comment>r_lawyer_criminal.legal3</comment>
        <translation>ในศาลอาญา ผู้ค้ำประกันก็คล้ายกัน: คือคนที่สัญญาว่าจะจ่ายเงิน และคอยดูแลคุณ</translation>
    </message>
    <message>
        <source>Duty counsel at the court, a criminal lawyer or Legal Aid Ontario can help. A charge can also affect your immigration status.</source>
        <comment>r_lawyer_criminal.legal4</comment>
        <translation>ทนายความประจำศาล ทนายความคดีอาญา หรือ Legal Aid Ontario ช่วยได้ ข้อหาอาญาอาจมีผลต่อสถานะการเข้าเมืองของคุณด้วย</translation>
    </message>
    <message>
        <source>If police or immigration officers arrest or detain you, you have the right to be told why, and to talk to a lawyer without delay.</source>
        <comment>r_rights.legal1</comment>
        <translation>ถ้าตำรวจหรือเจ้าหน้าที่ตรวจคนเข้าเมืองจับกุมหรือกักตัวคุณ คุณมีสิทธิ์รู้ว่าเพราะอะไร และมีสิทธิ์คุยกับทนายความทันที</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge.</source>
        <comment>r_rights.legal2</comment>
        <translation>ในการไต่สวนเรื่องการเข้าเมือง คุณมีสิทธิ์มีล่ามโดยไม่เสียค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Say only what you are fine with officers hearing.</source>
        <comment>r_rights.legal3</comment>
        <translation>การโทรจากที่กักตัวอาจไม่เป็นส่วนตัว พูดเฉพาะสิ่งที่คุณไม่ว่าอะไรถ้าเจ้าหน้าที่ได้ยิน</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low.</source>
        <comment>r_rights.legal4</comment>
        <translation>Legal Aid Ontario อาจจ่ายค่าทนายความให้ ถ้าคุณมีรายได้น้อย</translation>
    </message>
    <message>
        <source>Would you like to find out if Legal Aid Ontario could pay for a lawyer for you?</source>
        <comment>r_legal_aid.text</comment>
        <translation>คุณอยากรู้ไหมว่า Legal Aid Ontario จะจ่ายค่าทนายความให้คุณได้หรือไม่</translation>
    </message>
    <message>
        <source>A lawyer at a detention review can make release more likely. You may not have to pay.</source>
        <comment>r_legal_aid.why</comment>
        <translation>การมีทนายความในการพิจารณาทบทวนการกักตัว ช่วยให้มีโอกาสได้รับการปล่อยตัวมากขึ้น คุณอาจไม่ต้องจ่ายเงิน</translation>
    </message>
    <message>
        <source>A community legal clinic can help you apply.</source>
        <comment>r_legal_aid.help</comment>
        <translation>คลินิกกฎหมายชุมชนช่วยคุณยื่นคำขอได้</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low, including for some immigration and detention cases.</source>
        <comment>r_legal_aid.legal1</comment>
        <translation>Legal Aid Ontario อาจจ่ายค่าทนายความให้ ถ้าคุณมีรายได้น้อย รวมถึงคดีการเข้าเมืองและการกักตัวบางคดี</translation>
    </message>
    <message>
        <source>Someone who knows you well, who may pay or promise money of their own so you can be released.</source>
        <comment>r_bond_person.help</comment>
        <translation>คนที่รู้จักคุณดี ซึ่งอาจจ่ายหรือสัญญาว่าจะจ่ายเงินของตัวเอง เพื่อให้คุณได้รับการปล่อยตัว</translation>
    </message>
    <message>
        <source>A bond person must be 18 or older and live in Canada. They should know you well, and come forward freely.</source>
        <comment>r_bond_person.legal1</comment>
        <translation>ผู้ค้ำประกันต้องอายุ 18 ปีขึ้นไป และอาศัยอยู่ในแคนาดา ควรเป็นคนที่รู้จักคุณดี และเต็มใจมาเอง</translation>
    </message>
    <message>
        <source>To give a guarantee (a promise to pay), they must be a Canadian citizen or permanent resident.</source>
        <comment>r_bond_person.legal2</comment>
        <translation>ถ้าจะให้การค้ำประกันแบบสัญญาว่าจะจ่าย ผู้ค้ำประกันต้องเป็นพลเมืองแคนาดาหรือผู้มีถิ่นที่อยู่ถาวร</translation>
    </message>
    <message>
        <source>The money must be the bond person&apos;s own money, not yours. No one may be paid to be a bond person.</source>
        <comment>r_bond_person.legal3</comment>
        <translation>เงินต้องเป็นเงินของผู้ค้ำประกันเอง ไม่ใช่เงินของคุณ ห้ามจ้างใครมาเป็นผู้ค้ำประกัน</translation>
    </message>
    <message>
        <source>They may be asked questions at the hearing, for example how well they know you and how they will supervise you.</source>
        <comment>r_bond_person.legal4</comment>
        <translation>ผู้ค้ำประกันอาจถูกถามในการไต่สวน เช่น รู้จักคุณดีแค่ไหน และจะดูแลคุณอย่างไร</translation>
    </message>
    <message>
        <source>They must tell the CBSA if you break a condition of your release. If they do not, they can lose the money.</source>
        <comment>r_bond_person.legal5</comment>
        <translation>ผู้ค้ำประกันต้องแจ้ง CBSA ถ้าคุณไม่ทำตามเงื่อนไขการปล่อยตัว ถ้าไม่แจ้ง อาจเสียเงินนั้น</translation>
    </message>
    <message>
        <source>If no one can be your bond person, a supervision program may act instead (in Toronto in 2020, the Toronto Bail Program).</source>
        <comment>r_bond_person.legal6</comment>
        <translation>ถ้าไม่มีใครเป็นผู้ค้ำประกันให้คุณได้ โครงการดูแลผู้ได้รับการปล่อยตัวอาจทำหน้าที่แทน (ในโทรอนโต ปี 2020 คือ Toronto Bail Program)</translation>
    </message>
    <message>
        <source>How much of their own money could your bond person pay or promise, if needed?</source>
        <comment>r_bond_amount.text</comment>
        <translation>ถ้าจำเป็น ผู้ค้ำประกันของคุณจะจ่ายหรือสัญญาว่าจะจ่ายเงินของตัวเองได้เท่าไร</translation>
    </message>
    <message>
        <source>This is called a bond (immigration bail). It is the bond person&apos;s money, not yours.</source>
        <comment>r_bond_amount.help</comment>
        <translation>เงินนี้เรียกว่าเงินประกันตัว (การประกันตัวของคนเข้าเมือง) เป็นเงินของผู้ค้ำประกัน ไม่ใช่เงินของคุณ</translation>
    </message>
    <message>
        <source>A deposit (cash bond) is paid before release. It can be returned at the end if all the conditions were kept.</source>
        <comment>r_bond_amount.legal1</comment>
        <translation>เงินมัดจำ (เงินประกันเป็นเงินสด) ต้องจ่ายก่อนปล่อยตัว และอาจได้คืนตอนท้าย ถ้าทำตามเงื่อนไขครบทุกข้อ</translation>
    </message>
    <message>
        <source>A guarantee (performance bond) is a promise to pay if a condition is broken. The bond person must show they could pay.</source>
        <comment>r_bond_amount.legal2</comment>
        <translation>การค้ำประกันแบบสัญญา คือการสัญญาว่าจะจ่ายเงินถ้ามีการทำผิดเงื่อนไข ผู้ค้ำประกันต้องแสดงให้เห็นว่าจ่ายได้จริง</translation>
    </message>
    <message>
        <source>The member at the hearing decides the amount, and may ask for both.</source>
        <comment>r_bond_amount.legal3</comment>
        <translation>กรรมการที่ทำการไต่สวนเป็นผู้กำหนดจำนวนเงิน และอาจขอทั้งสองแบบ</translation>
    </message>
    <message>
        <source>Does your bond person know they may need to come to a hearing within two days of your detention?</source>
        <comment>r_bond_ready.text</comment>
        <translation>ผู้ค้ำประกันของคุณรู้ไหมว่า อาจต้องมาที่การไต่สวนภายในสองวันหลังจากคุณถูกกักตัว</translation>
    </message>
    <message>
        <source>If they are not ready for the first review, the next chance may be a week or a month later.</source>
        <comment>r_bond_ready.why</comment>
        <translation>ถ้าผู้ค้ำประกันยังไม่พร้อมสำหรับการพิจารณาครั้งแรก โอกาสต่อไปอาจอีกหนึ่งสัปดาห์หรือหนึ่งเดือน</translation>
    </message>
    <message>
        <source>They can prepare now: ID, proof of their status, and proof of their own money and address.</source>
        <comment>r_bond_ready.help</comment>
        <translation>ผู้ค้ำประกันเตรียมไว้ได้ตั้งแต่ตอนนี้: บัตรประจำตัว หลักฐานสถานะ และหลักฐานเงินของตัวเองและที่อยู่</translation>
    </message>
    <message>
        <source>The first detention review is held within 48 hours of detention, or soon after.</source>
        <comment>r_bond_ready.legal1</comment>
        <translation>การพิจารณาทบทวนการกักตัวครั้งแรกจะมีภายใน 48 ชั่วโมงหลังถูกกักตัว หรือหลังจากนั้นไม่นาน</translation>
    </message>
    <message>
        <source>If you are not released, the next review is within 7 days, then at least once every 30 days.</source>
        <comment>r_bond_ready.legal2</comment>
        <translation>ถ้าคุณไม่ได้รับการปล่อยตัว การพิจารณาครั้งต่อไปจะมีภายใน 7 วัน แล้วอย่างน้อยทุก 30 วัน</translation>
    </message>
    <message>
        <source>A bond person who is not ready for the first review may have to wait a week or a month for the next one.</source>
        <comment>r_bond_ready.legal3</comment>
        <translation>ผู้ค้ำประกันที่ยังไม่พร้อมสำหรับการพิจารณาครั้งแรก อาจต้องรอหนึ่งสัปดาห์หรือหนึ่งเดือนสำหรับครั้งต่อไป</translation>
    </message>
    <message>
        <source>A lawyer can ask for an earlier review if there are new facts, for example a bond person who is now ready.</source>
        <comment>r_bond_ready.legal4</comment>
        <translation>ทนายความขอให้พิจารณาเร็วขึ้นได้ ถ้ามีข้อเท็จจริงใหม่ เช่น มีผู้ค้ำประกันที่พร้อมแล้ว</translation>
    </message>
    <message>
        <source>A witness says how they know you and how they will support you.</source>
        <comment>r_hearing_witness.help</comment>
        <translation>พยานจะบอกว่ารู้จักคุณได้อย่างไร และจะช่วยสนับสนุนคุณอย่างไร</translation>
    </message>
    <message>
        <source>At a detention review, a member of the Immigration and Refugee Board decides if you can be released, and on what conditions.</source>
        <comment>r_hearing_witness.legal1</comment>
        <translation>ในการพิจารณาทบทวนการกักตัว กรรมการของคณะกรรมการตรวจคนเข้าเมืองและผู้ลี้ภัย (IRB) จะตัดสินว่าคุณได้รับการปล่อยตัวได้หรือไม่ และด้วยเงื่อนไขอะไร</translation>
    </message>
    <message>
        <source>Where would you stay if you are released? Add the person or the shelter, with the address.</source>
        <comment>r_release_address.text</comment>
        <translation>ถ้าได้รับการปล่อยตัว คุณจะพักอยู่ที่ไหน ใส่ชื่อคนหรือบ้านพักฉุกเฉิน พร้อมที่อยู่</translation>
    </message>
    <message>
        <source>Talk with them now, because it is hard to reach out once you are detained.</source>
        <comment>r_release_address.why</comment>
        <translation>คุยกับเขาตั้งแต่ตอนนี้ เพราะเมื่อถูกกักตัวแล้วจะติดต่อใครได้ยาก</translation>
    </message>
    <message>
        <source>In the list of people, you can add an address to a person or a shelter.</source>
        <comment>r_release_address.help</comment>
        <translation>ในรายชื่อคน คุณใส่ที่อยู่ให้คนหรือบ้านพักฉุกเฉินได้</translation>
    </message>
    <message>
        <source>At a detention review you are asked where you will live if you are released.</source>
        <comment>r_release_address.legal1</comment>
        <translation>ในการพิจารณาทบทวนการกักตัว คุณจะถูกถามว่าจะอยู่ที่ไหนถ้าได้รับการปล่อยตัว</translation>
    </message>
    <message>
        <source>Staying with your bond person often counts for more than a shelter, but a shelter may be accepted.</source>
        <comment>r_release_address.legal2</comment>
        <translation>การอยู่กับผู้ค้ำประกันของคุณมักมีน้ำหนักมากกว่าบ้านพักฉุกเฉิน แต่บ้านพักฉุกเฉินก็อาจได้รับการยอมรับ</translation>
    </message>
    <message>
        <source>Things to plan in advance</source>
        <comment>advance.title</comment>
        <translation>สิ่งที่ต้องวางแผนไว้ล่วงหน้า</translation>
    </message>
    <message>
        <source>Your phone may be taken from you, so some things need to be ready now.</source>
        <comment>advance.intro</comment>
        <translation>โทรศัพท์ของคุณอาจถูกเอาไป จึงต้องเตรียมบางอย่างไว้ตั้งแต่ตอนนี้</translation>
    </message>
    <message>
        <source>Do you know by heart the phone numbers of the people you would call?</source>
        <comment>r_numbers_by_heart.text</comment>
        <translation>คุณจำเบอร์โทรศัพท์ของคนที่คุณจะโทรหาได้ขึ้นใจไหม</translation>
    </message>
    <message>
        <source>Your phone may be taken. Numbers you know by heart stay with you.</source>
        <comment>r_numbers_by_heart.why</comment>
        <translation>โทรศัพท์ของคุณอาจถูกเอาไป เบอร์ที่คุณจำได้ขึ้นใจจะอยู่กับคุณเสมอ</translation>
    </message>
    <message>
        <source>In the list of people, you can mark numbers to learn, and practise them here.</source>
        <comment>r_numbers_by_heart.help</comment>
        <translation>ในรายชื่อคน คุณเลือกเบอร์ที่จะจำได้ และฝึกจำที่นี่</translation>
    </message>
    <message>
        <source>Who would look after your children if you were detained?</source>
        <comment>r_carer_children.text</comment>
        <translation>ใครจะดูแลลูกของคุณ ถ้าคุณถูกกักตัว</translation>
    </message>
    <message>
        <source>Knowing who will care for them gives you and them some peace of mind.</source>
        <comment>r_carer_children.why</comment>
        <translation>การรู้ว่าใครจะดูแลลูก ทำให้ทั้งคุณและลูกสบายใจขึ้นบ้าง</translation>
    </message>
    <message>
        <source>Who would look after your pets?</source>
        <comment>r_carer_pets.text</comment>
        <translation>ใครจะดูแลสัตว์เลี้ยงของคุณ</translation>
    </message>
    <message>
        <source>Pets need someone to feed them from the first day.</source>
        <comment>r_carer_pets.why</comment>
        <translation>สัตว์เลี้ยงต้องมีคนให้อาหารตั้งแต่วันแรก</translation>
    </message>
    <message>
        <source>Who has a key to your home and could bring you clothes, money, documents and medication?</source>
        <comment>r_key_holder.text</comment>
        <translation>ใครมีกุญแจบ้านของคุณ และนำเสื้อผ้า เงิน เอกสาร และยามาให้คุณได้</translation>
    </message>
    <message>
        <source>You may need things from home, and you cannot go and get them yourself.</source>
        <comment>r_key_holder.why</comment>
        <translation>คุณอาจต้องใช้ของจากบ้าน และคุณไปเอาเองไม่ได้</translation>
    </message>
    <message>
        <source>Which documents would you need, and where are they kept?</source>
        <comment>r_documents.text</comment>
        <translation>คุณต้องใช้เอกสารอะไรบ้าง และเก็บไว้ที่ไหน</translation>
    </message>
    <message>
        <source>Your lawyer or key holder may need your passport or other papers for the hearing.</source>
        <comment>r_documents.why</comment>
        <translation>ทนายความหรือคนที่มีกุญแจบ้านของคุณอาจต้องใช้หนังสือเดินทางหรือเอกสารอื่นสำหรับการไต่สวน</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>r_documents.example1</comment>
        <translation>หนังสือเดินทาง</translation>
    </message>
    <message>
        <source>Study or work permit</source>
        <comment>r_documents.example2</comment>
        <translation>ใบอนุญาตเรียนหรือใบอนุญาตทำงาน</translation>
    </message>
    <message>
        <source>Lease or letter showing my address</source>
        <comment>r_documents.example3</comment>
        <translation>สัญญาเช่าหรือจดหมายที่แสดงที่อยู่ของฉัน</translation>
    </message>
    <message>
        <source>Which trusted service provider would contact your family or friends if you were detained?</source>
        <comment>r_family_contact.text</comment>
        <translation>ผู้ให้บริการคนไหนที่คุณไว้ใจ ที่จะติดต่อครอบครัวหรือเพื่อนของคุณถ้าคุณถูกกักตัว</translation>
    </message>
    <message>
        <source>You may not be able to call them yourself, or often.</source>
        <comment>r_family_contact.why</comment>
        <translation>คุณอาจโทรหาพวกเขาเองไม่ได้ หรือโทรได้ไม่บ่อย</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Agree now on what can be said on the phone.</source>
        <comment>r_family_contact.help</comment>
        <translation>การโทรจากที่กักตัวอาจไม่เป็นส่วนตัว ตกลงกันไว้ตั้งแต่ตอนนี้ว่าพูดอะไรทางโทรศัพท์ได้บ้าง</translation>
    </message>
    <message>
        <source>What would you like them to say for you, and what should they not say?</source>
        <comment>r_family_message.text</comment>
        <translation>คุณอยากให้เขาพูดอะไรแทนคุณ และอะไรที่เขาไม่ควรพูด</translation>
    </message>
    <message>
        <source>You decide what other people are told about you.</source>
        <comment>r_family_message.why</comment>
        <translation>คุณเป็นคนตัดสินใจว่าจะให้คนอื่นรู้อะไรเกี่ยวกับคุณ</translation>
    </message>
    <message>
        <source>Tell my sister I am safe and ask her to call my lawyer</source>
        <comment>r_family_message.example1</comment>
        <translation>บอกพี่สาวว่าฉันปลอดภัย และขอให้เธอโทรหาทนายของฉัน</translation>
    </message>
    <message>
        <source>Do not talk about my work</source>
        <comment>r_family_message.example2</comment>
        <translation>อย่าพูดเรื่องงานของฉัน</translation>
    </message>
    <message>
        <source>Health, money and people who count on you</source>
        <comment>needs.title</comment>
        <translation>สุขภาพ เงิน และคนที่พึ่งพาคุณ</translation>
    </message>
    <message>
        <source>Things that need care while you are away, and for the hearing.</source>
        <comment>needs.intro</comment>
        <translation>เรื่องที่ต้องมีคนดูแลระหว่างที่คุณไม่อยู่ และสำหรับการไต่สวน</translation>
    </message>
    <message>
        <source>What medication or medical care do you need?</source>
        <comment>r_medication.text</comment>
        <translation>คุณต้องใช้ยาหรือการรักษาทางการแพทย์อะไรบ้าง</translation>
    </message>
    <message>
        <source>This can go on your wallet card, so staff know what you need.</source>
        <comment>r_medication.why</comment>
        <translation>เรื่องนี้ใส่ในบัตรพกติดตัวได้ เพื่อให้เจ้าหน้าที่รู้ว่าคุณต้องการอะไร</translation>
    </message>
    <message>
        <source>Write only what you want others to see. You can use general words.</source>
        <comment>r_medication.help</comment>
        <translation>เขียนเฉพาะสิ่งที่คุณอยากให้คนอื่นเห็น คุณใช้คำกว้าง ๆ ได้</translation>
    </message>
    <message>
        <source>Insulin, twice a day</source>
        <comment>r_medication.example1</comment>
        <translation>อินซูลิน วันละสองครั้ง</translation>
    </message>
    <message>
        <source>One pill for blood pressure each morning</source>
        <comment>r_medication.example2</comment>
        <translation>ยาความดันหนึ่งเม็ดทุกเช้า</translation>
    </message>
    <message>
        <source>Which language do you speak best? Do you need an interpreter?</source>
        <comment>r_interpreter.text</comment>
        <translation>คุณพูดภาษาอะไรได้ดีที่สุด คุณต้องการล่ามไหม</translation>
    </message>
    <message>
        <source>This can go on your wallet card. You can ask for an interpreter at a hearing.</source>
        <comment>r_interpreter.why</comment>
        <translation>เรื่องนี้ใส่ในบัตรพกติดตัวได้ คุณขอล่ามในการไต่สวนได้</translation>
    </message>
    <message>
        <source>An interpreter says in your language what others say, and says your words in theirs.</source>
        <comment>r_interpreter.help</comment>
        <translation>ล่ามจะแปลสิ่งที่คนอื่นพูดเป็นภาษาของคุณ และแปลคำพูดของคุณเป็นภาษาของเขา</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge. Tell your lawyer your language early.</source>
        <comment>r_interpreter.legal1</comment>
        <translation>ในการไต่สวนเรื่องการเข้าเมือง คุณมีสิทธิ์มีล่ามโดยไม่เสียค่าใช้จ่าย บอกทนายความให้รู้ภาษาของคุณแต่เนิ่น ๆ</translation>
    </message>
    <message>
        <source>Vietnamese, interpreter needed</source>
        <comment>r_interpreter.example1</comment>
        <translation>ภาษาเวียดนาม ต้องการล่าม</translation>
    </message>
    <message>
        <source>Mandarin and some English</source>
        <comment>r_interpreter.example2</comment>
        <translation>ภาษาจีนกลาง และภาษาอังกฤษนิดหน่อย</translation>
    </message>
    <message>
        <source>Is there someone you trust to take care of your private matters, like rent or your bank?</source>
        <comment>r_power_of_attorney.text</comment>
        <translation>มีคนที่คุณไว้ใจให้ดูแลเรื่องส่วนตัวของคุณ เช่น ค่าเช่าหรือเรื่องธนาคาร ไหม</translation>
    </message>
    <message>
        <source>While you are detained, someone can pay bills and deal with offices for you.</source>
        <comment>r_power_of_attorney.why</comment>
        <translation>ระหว่างที่คุณถูกกักตัว มีคนจ่ายบิลและติดต่อหน่วยงานต่าง ๆ แทนคุณได้</translation>
    </message>
    <message>
        <source>Power of attorney: a signed paper that lets a person you choose act for you. A lawyer or legal clinic can help.</source>
        <comment>r_power_of_attorney.help</comment>
        <translation>หนังสือมอบอำนาจ: เอกสารที่ลงชื่อแล้ว ให้คนที่คุณเลือกทำการแทนคุณได้ ทนายความหรือคลินิกกฎหมายช่วยได้</translation>
    </message>
    <message>
        <source>If your bank account were frozen, how would you pay rent and bills? Who could help you talk to the bank?</source>
        <comment>r_frozen_account.text</comment>
        <translation>ถ้าบัญชีธนาคารของคุณถูกอายัด คุณจะจ่ายค่าเช่าและค่าบิลต่าง ๆ อย่างไร ใครช่วยคุณคุยกับธนาคารได้</translation>
    </message>
    <message>
        <source>Rent, bills and other costs still need paying while your account is closed to you.</source>
        <comment>r_frozen_account.why</comment>
        <translation>ค่าเช่า ค่าบิล และค่าใช้จ่ายอื่น ๆ ยังต้องจ่าย ในขณะที่คุณใช้บัญชีของตัวเองไม่ได้</translation>
    </message>
    <message>
        <source>A frozen account is one the bank has stopped, so no money can come out.</source>
        <comment>r_frozen_account.help</comment>
        <translation>บัญชีที่ถูกอายัด คือบัญชีที่ธนาคารระงับไว้ ถอนเงินออกไม่ได้</translation>
    </message>
    <message>
        <source>Some cash kept with my sister</source>
        <comment>r_frozen_account.example1</comment>
        <translation>เงินสดบางส่วนที่ฝากไว้กับพี่สาว</translation>
    </message>
    <message>
        <source>My support worker can call the bank with me</source>
        <comment>r_frozen_account.example2</comment>
        <translation>เจ้าหน้าที่ให้ความช่วยเหลือของฉันโทรหาธนาคารพร้อมกับฉันได้</translation>
    </message>
    <message>
        <source>Who should be told if you are away for some time?</source>
        <comment>r_notify.text</comment>
        <translation>ควรบอกใครบ้าง ถ้าคุณไม่อยู่ไประยะหนึ่ง</translation>
    </message>
    <message>
        <source>Missing classes or work without notice can cause problems, for example with a study permit.</source>
        <comment>r_notify.why</comment>
        <translation>การขาดเรียนหรือขาดงานโดยไม่แจ้งอาจทำให้เกิดปัญหา เช่น กับใบอนุญาตเรียน</translation>
    </message>
    <message>
        <source>My school or college</source>
        <comment>r_notify.option.school</comment>
        <translation>โรงเรียนหรือวิทยาลัยของฉัน</translation>
    </message>
    <message>
        <source>My work</source>
        <comment>r_notify.option.work</comment>
        <translation>ที่ทำงานของฉัน</translation>
    </message>
    <message>
        <source>My landlord</source>
        <comment>r_notify.option.landlord</comment>
        <translation>เจ้าของที่พักที่ฉันเช่า</translation>
    </message>
    <message>
        <source>Someone else</source>
        <comment>r_notify.option.someone_else</comment>
        <translation>คนอื่น</translation>
    </message>
    <message>
        <source>Do you take care of other people, here or in another country, who would need help if you were detained?</source>
        <comment>r_care_others.text</comment>
        <translation>คุณดูแลคนอื่น ทั้งที่นี่หรือในประเทศอื่น ที่จะต้องการความช่วยเหลือถ้าคุณถูกกักตัวไหม</translation>
    </message>
    <message>
        <source>Planning now means they still get help while you are away.</source>
        <comment>r_care_others.why</comment>
        <translation>การวางแผนตอนนี้ทำให้เขายังได้รับความช่วยเหลือระหว่างที่คุณไม่อยู่</translation>
    </message>
    <message>
        <source>I send money to my mother each month</source>
        <comment>r_care_others.example1</comment>
        <translation>ฉันส่งเงินให้แม่ทุกเดือน</translation>
    </message>
    <message>
        <source>I take my neighbour to the doctor</source>
        <comment>r_care_others.example2</comment>
        <translation>ฉันพาเพื่อนบ้านไปหาหมอ</translation>
    </message>
    <message>
        <source>Would you like to talk with a lawyer about what to say, and what not to say, at a hearing?</source>
        <comment>r_hearing_talk.text</comment>
        <translation>คุณอยากคุยกับทนายความไหมว่า ในการไต่สวนควรพูดอะไร และไม่ควรพูดอะไร</translation>
    </message>
    <message>
        <source>What you say at a hearing can change the result. A lawyer can help you prepare.</source>
        <comment>r_hearing_talk.why</comment>
        <translation>สิ่งที่คุณพูดในการไต่สวนอาจเปลี่ยนผลได้ ทนายความช่วยคุณเตรียมตัวได้</translation>
    </message>
</context>
<context>
    <name>forms.safety_plan</name>
    <message>
        <source>Safety plan</source>
        <comment>form.title</comment>
        <translation>แผนความปลอดภัย</translation>
    </message>
    <message>
        <source>A plan to help you stay safe from a person or a situation that puts you at risk. You decide what goes in it, and what you want to do. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>แผนที่ช่วยให้คุณปลอดภัยจากคนหรือสถานการณ์ที่ทำให้คุณเสี่ยง คุณเป็นคนตัดสินใจว่าจะใส่อะไรในแผน และอยากทำอะไร คุณข้ามคำถามไหนก็ได้ หรือกลับมาตอบทีหลังก็ได้</translation>
    </message>
    <message>
        <source>Plan to leave</source>
        <comment>leave.title</comment>
        <translation>แผนการออกไป</translation>
    </message>
    <message>
        <source>If you ever decide to leave, or must leave quickly, it helps to have things ready.</source>
        <comment>leave.intro</comment>
        <translation>ถ้าวันหนึ่งคุณตัดสินใจออกไป หรือต้องออกไปอย่างรวดเร็ว การเตรียมของไว้ก่อนจะช่วยได้</translation>
    </message>
    <message>
        <source>What would you like this plan to help you with?</source>
        <comment>s_goal.text</comment>
        <translation>คุณอยากให้แผนนี้ช่วยคุณเรื่องอะไร</translation>
    </message>
    <message>
        <source>This plan follows what you want, not what others expect.</source>
        <comment>s_goal.why</comment>
        <translation>แผนนี้เป็นไปตามสิ่งที่คุณต้องการ ไม่ใช่สิ่งที่คนอื่นคาดหวัง</translation>
    </message>
    <message>
        <source>Being ready in case things get worse</source>
        <comment>s_goal.example1</comment>
        <translation>เตรียมพร้อมไว้ เผื่อสถานการณ์แย่ลง</translation>
    </message>
    <message>
        <source>Leaving a workplace</source>
        <comment>s_goal.example2</comment>
        <translation>ออกจากที่ทำงาน</translation>
    </message>
    <message>
        <source>Staying, but with more safety</source>
        <comment>s_goal.example3</comment>
        <translation>อยู่ต่อ แต่ปลอดภัยมากขึ้น</translation>
    </message>
    <message>
        <source>If you left, do you think the person might try to hurt you or punish you for leaving?</source>
        <comment>s_retaliation.text</comment>
        <translation>ถ้าคุณออกไป คุณคิดว่าคนคนนั้นอาจพยายามทำร้ายหรือลงโทษคุณที่ออกไปไหม</translation>
    </message>
    <message>
        <source>Knowing the risk helps you choose when and how to leave, and who to tell.</source>
        <comment>s_retaliation.why</comment>
        <translation>การรู้ถึงความเสี่ยงช่วยให้คุณเลือกได้ว่าจะออกไปเมื่อไรและอย่างไร และจะบอกใคร</translation>
    </message>
    <message>
        <source>Yes, I think so</source>
        <comment>s_retaliation.option.likely</comment>
        <translation>ใช่ ฉันคิดอย่างนั้น</translation>
    </message>
    <message>
        <source>Maybe, I am not sure</source>
        <comment>s_retaliation.option.maybe</comment>
        <translation>อาจจะ ฉันไม่แน่ใจ</translation>
    </message>
    <message>
        <source>I do not think so</source>
        <comment>s_retaliation.option.unlikely</comment>
        <translation>ฉันคิดว่าไม่</translation>
    </message>
    <message>
        <source>What could make leaving safer for you?</source>
        <comment>s_safer_leaving.text</comment>
        <translation>อะไรจะช่วยให้การออกไปปลอดภัยขึ้นสำหรับคุณ</translation>
    </message>
    <message>
        <source>Small steps can lower the risk when you leave.</source>
        <comment>s_safer_leaving.why</comment>
        <translation>ขั้นตอนเล็ก ๆ ช่วยลดความเสี่ยงเวลาที่คุณออกไปได้</translation>
    </message>
    <message>
        <source>Leave when they are not at home</source>
        <comment>s_safer_leaving.example1</comment>
        <translation>ออกไปตอนที่เขาไม่อยู่บ้าน</translation>
    </message>
    <message>
        <source>Have a friend with me</source>
        <comment>s_safer_leaving.example2</comment>
        <translation>มีเพื่อนไปด้วย</translation>
    </message>
    <message>
        <source>Change my phone number after I leave</source>
        <comment>s_safer_leaving.example3</comment>
        <translation>เปลี่ยนเบอร์โทรศัพท์หลังจากออกไปแล้ว</translation>
    </message>
    <message>
        <source>Where could you go if you leave? Add the people or places, with their address or phone number.</source>
        <comment>s_safe_place.text</comment>
        <translation>ถ้าคุณออกไป คุณจะไปที่ไหนได้บ้าง เพิ่มคนหรือสถานที่ พร้อมที่อยู่หรือเบอร์โทรศัพท์</translation>
    </message>
    <message>
        <source>When you know where to go, leaving quickly is easier.</source>
        <comment>s_safe_place.why</comment>
        <translation>เมื่อรู้ว่าจะไปที่ไหน การออกไปอย่างรวดเร็วก็ง่ายขึ้น</translation>
    </message>
    <message>
        <source>A friend, someone in your community, an emergency shelter or a motel. A first name is enough.</source>
        <comment>s_safe_place.help</comment>
        <translation>เพื่อน คนในชุมชนของคุณ บ้านพักฉุกเฉิน หรือโมเทล ใส่แค่ชื่อต้นก็พอ</translation>
    </message>
    <message>
        <source>A friend&apos;s place</source>
        <comment>s_safe_place.example1</comment>
        <translation>บ้านเพื่อน</translation>
    </message>
    <message>
        <source>An emergency shelter</source>
        <comment>s_safe_place.example2</comment>
        <translation>บ้านพักฉุกเฉิน</translation>
    </message>
    <message>
        <source>A motel near work</source>
        <comment>s_safe_place.example3</comment>
        <translation>โมเทลใกล้ที่ทำงาน</translation>
    </message>
    <message>
        <source>If you live or work with the person, do you have a hidden place to keep these addresses?</source>
        <comment>s_hide_addresses.text</comment>
        <translation>ถ้าคุณอยู่หรือทำงานกับคนคนนั้น คุณมีที่ลับสำหรับเก็บที่อยู่เหล่านี้ไหม</translation>
    </message>
    <message>
        <source>On a friend&apos;s phone</source>
        <comment>s_hide_addresses.example1</comment>
        <translation>ในโทรศัพท์ของเพื่อน</translation>
    </message>
    <message>
        <source>The person may look through your phone or your things, at home or at work.</source>
        <comment>s_hide_addresses.why</comment>
        <translation>คนคนนั้นอาจค้นดูโทรศัพท์หรือข้าวของของคุณ ที่บ้านหรือที่ทำงาน</translation>
    </message>
    <message>
        <source>Written with first names only, kept by a friend</source>
        <comment>s_hide_addresses.example2</comment>
        <translation>เขียนแค่ชื่อต้น ฝากเพื่อนเก็บไว้</translation>
    </message>
    <message>
        <source>How could you get there? Choose any that could work.</source>
        <comment>s_transport.text</comment>
        <translation>คุณจะไปที่นั่นได้อย่างไร เลือกทุกทางที่น่าจะใช้ได้</translation>
    </message>
    <message>
        <source>Knowing the way saves time if you must leave suddenly.</source>
        <comment>s_transport.why</comment>
        <translation>การรู้เส้นทางช่วยประหยัดเวลา ถ้าคุณต้องออกไปอย่างกะทันหัน</translation>
    </message>
    <message>
        <source>Walk</source>
        <comment>s_transport.option.walk</comment>
        <translation>เดิน</translation>
    </message>
    <message>
        <source>Bus, subway or train</source>
        <comment>s_transport.option.transit</comment>
        <translation>รถเมล์ รถไฟใต้ดิน หรือรถไฟ</translation>
    </message>
    <message>
        <source>Taxi or ride app</source>
        <comment>s_transport.option.taxi</comment>
        <translation>แท็กซี่หรือแอปเรียกรถ</translation>
    </message>
    <message>
        <source>Someone drives me</source>
        <comment>s_transport.option.friend_drives</comment>
        <translation>มีคนขับรถไปส่ง</translation>
    </message>
    <message>
        <source>Another way</source>
        <comment>s_transport.option.other</comment>
        <translation>ทางอื่น</translation>
    </message>
    <message>
        <source>Do you plan to leave soon, or do you want to be ready in case you must leave suddenly?</source>
        <comment>s_timing.text</comment>
        <translation>คุณวางแผนจะออกไปเร็ว ๆ นี้ หรืออยากเตรียมพร้อมไว้เผื่อต้องออกไปอย่างกะทันหัน</translation>
    </message>
    <message>
        <source>Your answer changes what to prepare first.</source>
        <comment>s_timing.why</comment>
        <translation>คำตอบของคุณจะบอกว่าควรเตรียมอะไรก่อน</translation>
    </message>
    <message>
        <source>I plan to leave soon</source>
        <comment>s_timing.option.soon</comment>
        <translation>ฉันวางแผนจะออกไปเร็ว ๆ นี้</translation>
    </message>
    <message>
        <source>I want to be ready, in case</source>
        <comment>s_timing.option.be_ready</comment>
        <translation>ฉันอยากเตรียมพร้อมไว้ก่อน เผื่อไว้</translation>
    </message>
    <message>
        <source>I have not decided</source>
        <comment>s_timing.option.undecided</comment>
        <translation>ฉันยังไม่ได้ตัดสินใจ</translation>
    </message>
    <message>
        <source>If you plan to leave soon, is there a day you have in mind?</source>
        <comment>s_leave_date.text</comment>
        <translation>ถ้าคุณวางแผนจะออกไปเร็ว ๆ นี้ คุณมีวันที่คิดไว้ไหม</translation>
    </message>
    <message>
        <source>A date helps you plan the steps that come before it.</source>
        <comment>s_leave_date.why</comment>
        <translation>การมีวันที่ช่วยให้คุณวางแผนขั้นตอนที่ต้องทำก่อนถึงวันนั้น</translation>
    </message>
    <message>
        <source>Which small things could you keep in your everyday bag, in case you must leave suddenly?</source>
        <comment>s_bag.text</comment>
        <translation>ของเล็ก ๆ อะไรบ้างที่คุณเก็บไว้ในกระเป๋าที่ใช้ทุกวันได้ เผื่อต้องออกไปอย่างกะทันหัน</translation>
    </message>
    <message>
        <source>A few things let you leave at once. Too many things may make someone suspicious.</source>
        <comment>s_bag.why</comment>
        <translation>ของไม่กี่อย่างช่วยให้คุณออกไปได้ทันที ถ้ามีของมากเกินไป อาจทำให้มีคนสงสัย</translation>
    </message>
    <message>
        <source>Medication</source>
        <comment>s_bag.option.medication</comment>
        <translation>ยา</translation>
    </message>
    <message>
        <source>A change of clothes</source>
        <comment>s_bag.option.clothes</comment>
        <translation>เสื้อผ้าสำหรับเปลี่ยนหนึ่งชุด</translation>
    </message>
    <message>
        <source>A little money, hidden (for example in a lipstick tube)</source>
        <comment>s_bag.option.cash</comment>
        <translation>เงินเล็กน้อย ซ่อนไว้ (เช่น ในหลอดลิปสติก)</translation>
    </message>
    <message>
        <source>A phone charger</source>
        <comment>s_bag.option.charger</comment>
        <translation>ที่ชาร์จโทรศัพท์</translation>
    </message>
    <message>
        <source>Spare keys</source>
        <comment>s_bag.option.keys</comment>
        <translation>กุญแจสำรอง</translation>
    </message>
    <message>
        <source>Important phone numbers on paper</source>
        <comment>s_bag.option.numbers</comment>
        <translation>เบอร์โทรศัพท์สำคัญที่จดไว้ในกระดาษ</translation>
    </message>
    <message>
        <source>Do you need to plan for children, other people you care for, or pets?</source>
        <comment>s_care.text</comment>
        <translation>คุณต้องวางแผนสำหรับลูก คนอื่นที่คุณดูแล หรือสัตว์เลี้ยงไหม</translation>
    </message>
    <message>
        <source>Planning ahead means they are looked after if you leave quickly.</source>
        <comment>s_care.why</comment>
        <translation>การวางแผนล่วงหน้าทำให้มีคนดูแลพวกเขา ถ้าคุณต้องออกไปอย่างรวดเร็ว</translation>
    </message>
    <message>
        <source>My son: my sister can pick him up from school</source>
        <comment>s_care.example1</comment>
        <translation>ลูกชายของฉัน: พี่สาวของฉันไปรับเขาที่โรงเรียนได้</translation>
    </message>
    <message>
        <source>My cat: a neighbour can feed her</source>
        <comment>s_care.example2</comment>
        <translation>แมวของฉัน: เพื่อนบ้านช่วยให้อาหารได้</translation>
    </message>
    <message>
        <source>Supports and resources</source>
        <comment>supports.title</comment>
        <translation>คนช่วยเหลือและแหล่งช่วยเหลือ</translation>
    </message>
    <message>
        <source>The people and groups who can help you, and the strengths you already have.</source>
        <comment>supports.intro</comment>
        <translation>คนและกลุ่มที่ช่วยคุณได้ และจุดแข็งที่คุณมีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Who could help you find services and contact them? This can be an organisation, a co-worker, a friend, a client or family.</source>
        <comment>s_helpers.text</comment>
        <translation>ใครช่วยคุณหาบริการและติดต่อบริการเหล่านั้นได้บ้าง อาจเป็นองค์กร เพื่อนร่วมงาน เพื่อน ลูกค้า หรือครอบครัว</translation>
    </message>
    <message>
        <source>Someone who knows the services can save you time and worry.</source>
        <comment>s_helpers.why</comment>
        <translation>คนที่รู้จักบริการต่าง ๆ ช่วยให้คุณประหยัดเวลาและกังวลน้อยลง</translation>
    </message>
    <message>
        <source>Services can be shelters, programs for people facing violence, legal help or food banks.</source>
        <comment>s_helpers.help</comment>
        <translation>บริการอาจเป็นบ้านพักฉุกเฉิน โครงการสำหรับคนที่เจอความรุนแรง ความช่วยเหลือทางกฎหมาย หรือธนาคารอาหาร</translation>
    </message>
    <message>
        <source>What other support would help you? Who could give it?</source>
        <comment>s_other_support.text</comment>
        <translation>ความช่วยเหลืออะไรอีกที่จะช่วยคุณได้ ใครให้ได้บ้าง</translation>
    </message>
    <message>
        <source>Support can be practical, like a ride, or someone to talk to. Both count.</source>
        <comment>s_other_support.why</comment>
        <translation>ความช่วยเหลืออาจเป็นเรื่องที่ทำได้จริง เช่น การไปส่ง หรือมีคนให้พูดคุยด้วย ทั้งสองอย่างมีความหมาย</translation>
    </message>
    <message>
        <source>A ride to the shelter</source>
        <comment>s_other_support.example1</comment>
        <translation>ไปส่งที่บ้านพักฉุกเฉิน</translation>
    </message>
    <message>
        <source>Someone to talk to in my language</source>
        <comment>s_other_support.example2</comment>
        <translation>มีคนคุยด้วยเป็นภาษาของฉัน</translation>
    </message>
    <message>
        <source>Help with rent</source>
        <comment>s_other_support.example3</comment>
        <translation>ช่วยเรื่องค่าเช่า</translation>
    </message>
    <message>
        <source>What matters most to you right now?</source>
        <comment>s_priorities.text</comment>
        <translation>ตอนนี้อะไรสำคัญที่สุดสำหรับคุณ</translation>
    </message>
    <message>
        <source>Your priorities decide which steps come first in your plan.</source>
        <comment>s_priorities.why</comment>
        <translation>สิ่งที่คุณให้ความสำคัญจะกำหนดว่าขั้นตอนไหนมาก่อนในแผนของคุณ</translation>
    </message>
    <message>
        <source>Keeping my job</source>
        <comment>s_priorities.example1</comment>
        <translation>รักษางานของฉันไว้</translation>
    </message>
    <message>
        <source>My child&apos;s school</source>
        <comment>s_priorities.example2</comment>
        <translation>โรงเรียนของลูก</translation>
    </message>
    <message>
        <source>Keeping my immigration status</source>
        <comment>s_priorities.example3</comment>
        <translation>รักษาสถานะการเข้าเมืองของฉันไว้</translation>
    </message>
    <message>
        <source>How have you kept yourself safe before? What are you doing now that helps?</source>
        <comment>s_strengths.text</comment>
        <translation>ที่ผ่านมาคุณดูแลตัวเองให้ปลอดภัยอย่างไร ตอนนี้คุณทำอะไรที่ช่วยได้บ้าง</translation>
    </message>
    <message>
        <source>You know your life best. Your skills and experience are part of this plan.</source>
        <comment>s_strengths.why</comment>
        <translation>คุณรู้จักชีวิตของตัวเองดีที่สุด ทักษะและประสบการณ์ของคุณเป็นส่วนหนึ่งของแผนนี้</translation>
    </message>
    <message>
        <source>I tell a co-worker where I am</source>
        <comment>s_strengths.example1</comment>
        <translation>ฉันบอกเพื่อนร่วมงานว่าฉันอยู่ที่ไหน</translation>
    </message>
    <message>
        <source>I screen new clients</source>
        <comment>s_strengths.example2</comment>
        <translation>ฉันคัดกรองลูกค้าใหม่</translation>
    </message>
    <message>
        <source>I keep my phone charged and with me</source>
        <comment>s_strengths.example3</comment>
        <translation>ฉันชาร์จโทรศัพท์ไว้และพกติดตัวเสมอ</translation>
    </message>
    <message>
        <source>If you think about going to the police or immigration, would you talk with a lawyer first?</source>
        <comment>s_lawyer_first.text</comment>
        <translation>ถ้าคุณคิดจะไปหาตำรวจหรือเจ้าหน้าที่ตรวจคนเข้าเมือง คุณจะคุยกับทนายความก่อนไหม</translation>
    </message>
    <message>
        <source>Without legal advice, it may lead to more abuse or to removal from Canada. With legal help, it may help you stay.</source>
        <comment>s_lawyer_first.why</comment>
        <translation>ถ้าไม่มีคำแนะนำทางกฎหมาย อาจทำให้ถูกทำร้ายมากขึ้น หรือถูกส่งตัวออกนอกประเทศแคนาดา ถ้ามีความช่วยเหลือทางกฎหมาย อาจช่วยให้คุณอยู่ต่อได้</translation>
    </message>
    <message>
        <source>You can ask for another address, or online letters if the person cannot get into your email or phone.</source>
        <comment>s_bank_mail.help</comment>
        <translation>คุณขอให้ส่งจดหมายไปที่อยู่อื่น หรือขอรับจดหมายทางออนไลน์ได้ ถ้าคนคนนั้นเข้าอีเมลหรือโทรศัพท์ของคุณไม่ได้</translation>
    </message>
    <message>
        <source>Can you keep the person away from your phone, your accounts and your records?</source>
        <comment>s_phone_security.text</comment>
        <translation>คุณกันไม่ให้คนคนนั้นเข้าถึงโทรศัพท์ บัญชี และข้อมูลของคุณได้ไหม</translation>
    </message>
    <message>
        <source>Someone who can see your phone or accounts may learn about your plans.</source>
        <comment>s_phone_security.why</comment>
        <translation>คนที่ดูโทรศัพท์หรือบัญชีของคุณได้ อาจรู้เรื่องแผนของคุณ</translation>
    </message>
    <message>
        <source>For example: a new passcode, signing out of shared accounts, turning off location sharing.</source>
        <comment>s_phone_security.help</comment>
        <translation>เช่น ตั้งรหัสล็อกโทรศัพท์ใหม่ ออกจากระบบบัญชีที่ใช้ร่วมกัน ปิดการแชร์ตำแหน่ง</translation>
    </message>
    <message>
        <source>A lawyer can explain your choices before you decide. Legal clinics give free legal help.</source>
        <comment>s_lawyer_first.help</comment>
        <translation>ทนายความอธิบายทางเลือกของคุณได้ก่อนที่คุณจะตัดสินใจ คลินิกกฎหมายให้ความช่วยเหลือทางกฎหมายฟรี</translation>
    </message>
    <message>
        <source>If a partner sponsors your immigration, would you like to learn the rules that protect sponsored spouses facing violence at home?</source>
        <comment>s_sponsorship.text</comment>
        <translation>ถ้าคู่ของคุณเป็นผู้อุปถัมภ์ (สปอนเซอร์) ในการเข้าเมืองของคุณ คุณอยากรู้เรื่องกฎที่คุ้มครองคู่สมรสที่ได้รับการอุปถัมภ์ซึ่งเจอความรุนแรงในบ้านไหม</translation>
    </message>
    <message>
        <source>There are exceptions that may protect your status. Knowing them helps you decide with less fear.</source>
        <comment>s_sponsorship.why</comment>
        <translation>มีข้อยกเว้นที่อาจคุ้มครองสถานะของคุณ การรู้เรื่องนี้ช่วยให้คุณตัดสินใจได้โดยกลัวน้อยลง</translation>
    </message>
    <message>
        <source>Sponsor: the person who signed to support your application to live in Canada.</source>
        <comment>s_sponsorship.help</comment>
        <translation>ผู้อุปถัมภ์ (สปอนเซอร์): คนที่ลงชื่อรับรองว่าจะสนับสนุนคำขอของคุณเพื่ออยู่ในแคนาดา</translation>
    </message>
    <message>
        <source>If you are already a permanent resident, your sponsor cannot take that status away, even if you leave.</source>
        <comment>s_sponsorship.legal1</comment>
        <translation>ถ้าคุณเป็นผู้มีถิ่นที่อยู่ถาวรแล้ว ผู้อุปถัมภ์ (สปอนเซอร์) ถอนสถานะนั้นของคุณไม่ได้ แม้คุณจะแยกทางไป</translation>
    </message>
    <message>
        <source>Since 2017, a sponsored spouse no longer has to live with the sponsor for two years to keep permanent residence.</source>
        <comment>s_sponsorship.legal2</comment>
        <translation>ตั้งแต่ปี 2017 คู่สมรสที่ได้รับการอุปถัมภ์ไม่ต้องอยู่กับผู้อุปถัมภ์ครบสองปีเพื่อรักษาสถานะผู้มีถิ่นที่อยู่ถาวรอีกต่อไป</translation>
    </message>
    <message>
        <source>If your status in Canada depends on your partner and you face violence, a special temporary permit may help you stay (since 2019).</source>
        <comment>s_sponsorship.legal3</comment>
        <translation>ถ้าสถานะของคุณในแคนาดาขึ้นอยู่กับคู่ของคุณ และคุณเจอความรุนแรง ใบอนุญาตชั่วคราวแบบพิเศษอาจช่วยให้คุณอยู่ต่อได้ (ตั้งแต่ปี 2019)</translation>
    </message>
    <message>
        <source>A lawyer or legal clinic can tell you what applies to you before you decide.</source>
        <comment>s_sponsorship.legal4</comment>
        <translation>ทนายความหรือคลินิกกฎหมายบอกคุณได้ว่าอะไรใช้กับกรณีของคุณ ก่อนที่คุณจะตัดสินใจ</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>money.title</comment>
        <translation>เงิน</translation>
    </message>
    <message>
        <source>Some money of your own gives you more choices.</source>
        <comment>money.intro</comment>
        <translation>การมีเงินเป็นของตัวเองบ้างทำให้คุณมีทางเลือกมากขึ้น</translation>
    </message>
    <message>
        <source>Could you save and hide some money? How much would you need for travel and a room?</source>
        <comment>s_savings.text</comment>
        <translation>คุณเก็บและซ่อนเงินไว้บ้างได้ไหม คุณต้องใช้เงินเท่าไรสำหรับการเดินทางและค่าห้องพัก</translation>
    </message>
    <message>
        <source>With enough for travel and a room, you do not have to stay in a shelter if you do not want to.</source>
        <comment>s_savings.why</comment>
        <translation>ถ้ามีเงินพอสำหรับการเดินทางและค่าห้องพัก คุณไม่จำเป็นต้องไปอยู่บ้านพักฉุกเฉินถ้าคุณไม่อยากไป</translation>
    </message>
    <message>
        <source>$40 for a taxi</source>
        <comment>s_savings.example1</comment>
        <translation>40 ดอลลาร์ สำหรับแท็กซี่</translation>
    </message>
    <message>
        <source>$300 for a room for a week</source>
        <comment>s_savings.example2</comment>
        <translation>300 ดอลลาร์ สำหรับห้องพักหนึ่งสัปดาห์</translation>
    </message>
    <message>
        <source>Where could you keep this money, so that the person cannot find it?</source>
        <comment>s_money_place.text</comment>
        <translation>คุณจะเก็บเงินนี้ไว้ที่ไหน เพื่อไม่ให้คนคนนั้นหาเจอ</translation>
    </message>
    <message>
        <source>Money is only useful if it is still there when you need it.</source>
        <comment>s_money_place.why</comment>
        <translation>เงินมีประโยชน์ก็ต่อเมื่อยังอยู่ตอนที่คุณต้องใช้</translation>
    </message>
    <message>
        <source>With a friend I trust</source>
        <comment>s_money_place.example1</comment>
        <translation>ฝากไว้กับเพื่อนที่ฉันไว้ใจ</translation>
    </message>
    <message>
        <source>In a pocket sewn into my bag</source>
        <comment>s_money_place.example2</comment>
        <translation>ในกระเป๋าลับที่เย็บไว้ในกระเป๋าถือ</translation>
    </message>
    <message>
        <source>Do you have a bank account that only you can use?</source>
        <comment>s_own_account.text</comment>
        <translation>คุณมีบัญชีธนาคารที่คุณใช้ได้คนเดียวไหม</translation>
    </message>
    <message>
        <source>Money in your own account is harder for others to take or control.</source>
        <comment>s_own_account.why</comment>
        <translation>เงินในบัญชีของคุณเอง คนอื่นเอาไปหรือควบคุมได้ยากกว่า</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>s_own_account.option.yes</comment>
        <translation>มี</translation>
    </message>
    <message>
        <source>No, but I could open one</source>
        <comment>s_own_account.option.could_open</comment>
        <translation>ไม่มี แต่ฉันเปิดบัญชีได้</translation>
    </message>
    <message>
        <source>No</source>
        <comment>s_own_account.option.no</comment>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <comment>s_own_account.option.not_sure</comment>
        <translation>ฉันไม่แน่ใจ</translation>
    </message>
    <message>
        <source>Does your bank send letters to an address where the person cannot see them?</source>
        <comment>s_bank_mail.text</comment>
        <translation>ธนาคารส่งจดหมายไปที่อยู่ที่คนคนนั้นไม่เห็นไหม</translation>
    </message>
    <message>
        <source>A letter from the bank can tell the person that you have an account.</source>
        <comment>s_bank_mail.why</comment>
        <translation>จดหมายจากธนาคารอาจทำให้คนคนนั้นรู้ว่าคุณมีบัญชี</translation>
    </message>
    <message>
        <source>ID, documents and bank information</source>
        <comment>papers.title</comment>
        <translation>บัตรประจำตัว เอกสาร และข้อมูลธนาคาร</translation>
    </message>
    <message>
        <source>Your papers, ready to take, and copies kept somewhere safe.</source>
        <comment>papers.intro</comment>
        <translation>เอกสารของคุณที่พร้อมหยิบไป และสำเนาที่เก็บไว้ในที่ปลอดภัย</translation>
    </message>
    <message>
        <source>Which important documents would you take with you? Note where each one is kept.</source>
        <comment>s_documents.text</comment>
        <translation>คุณจะเอาเอกสารสำคัญอะไรไปด้วย จดไว้ว่าแต่ละอย่างเก็บไว้ที่ไหน</translation>
    </message>
    <message>
        <source>If they are together in one place, you can take them all quickly.</source>
        <comment>s_documents.why</comment>
        <translation>ถ้าเก็บไว้ด้วยกันในที่เดียว คุณก็หยิบไปได้ทั้งหมดอย่างรวดเร็ว</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>s_documents.example1</comment>
        <translation>หนังสือเดินทาง</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <comment>s_documents.example2</comment>
        <translation>เอกสารการเข้าเมือง</translation>
    </message>
    <message>
        <source>Bank card</source>
        <comment>s_documents.example3</comment>
        <translation>บัตรธนาคาร</translation>
    </message>
    <message>
        <source>Health card</source>
        <comment>s_documents.example4</comment>
        <translation>บัตรประกันสุขภาพ</translation>
    </message>
    <message>
        <source>My children&apos;s birth certificates</source>
        <comment>s_documents.example5</comment>
        <translation>สูติบัตรของลูก</translation>
    </message>
    <message>
        <source>Could an organisation you trust keep a copy of your file or papers for you?</source>
        <comment>s_org_copy.text</comment>
        <translation>มีองค์กรที่คุณไว้ใจที่จะเก็บสำเนาแฟ้มหรือเอกสารของคุณไว้ให้ได้ไหม</translation>
    </message>
    <message>
        <source>If you leave quickly, a copy waits for you somewhere safe.</source>
        <comment>s_org_copy.why</comment>
        <translation>ถ้าคุณออกไปอย่างรวดเร็ว จะมีสำเนารอคุณอยู่ในที่ปลอดภัย</translation>
    </message>
    <message>
        <source>Would you like to keep a record each time the person contacts you or causes a problem?</source>
        <comment>s_incident_record.text</comment>
        <translation>คุณอยากจดบันทึกทุกครั้งที่คนคนนั้นติดต่อคุณหรือสร้างปัญหาไหม</translation>
    </message>
    <message>
        <source>A record with dates can help later, for example with a lawyer or an immigration application.</source>
        <comment>s_incident_record.why</comment>
        <translation>บันทึกที่มีวันที่อาจช่วยได้ในภายหลัง เช่น กับทนายความหรือในการยื่นคำขอด้านการเข้าเมือง</translation>
    </message>
    <message>
        <source>Write the date, time and place. Keep it where the person cannot reach it, like SaferPlan&apos;s private record.</source>
        <comment>s_incident_record.help</comment>
        <translation>เขียนวันที่ เวลา และสถานที่ เก็บไว้ในที่ที่คนคนนั้นเข้าถึงไม่ได้ เช่น “บันทึกส่วนตัว” ใน SaferPlan</translation>
    </message>
    <message>
        <source>I already keep a record</source>
        <comment>s_incident_record.option.already</comment>
        <translation>ฉันจดบันทึกอยู่แล้ว</translation>
    </message>
    <message>
        <source>I would like to start</source>
        <comment>s_incident_record.option.start</comment>
        <translation>ฉันอยากเริ่มจด</translation>
    </message>
    <message>
        <source>Not right now</source>
        <comment>s_incident_record.option.not_now</comment>
        <translation>ตอนนี้ยังไม่</translation>
    </message>
    <message>
        <source>Where could you keep copies of your records and documents, away from the person?</source>
        <comment>s_copies_place.text</comment>
        <translation>คุณจะเก็บสำเนาบันทึกและเอกสารของคุณไว้ที่ไหน ให้ห่างจากคนคนนั้น</translation>
    </message>
    <message>
        <source>Copies stay safe even if your phone or papers are taken.</source>
        <comment>s_copies_place.why</comment>
        <translation>สำเนายังปลอดภัยอยู่ แม้โทรศัพท์หรือเอกสารของคุณจะถูกเอาไป</translation>
    </message>
    <message>
        <source>With someone I really trust</source>
        <comment>s_copies_place.option.trusted_person</comment>
        <translation>กับคนที่ฉันไว้ใจจริง ๆ</translation>
    </message>
    <message>
        <source>At an organisation</source>
        <comment>s_copies_place.option.organisation</comment>
        <translation>ที่องค์กร</translation>
    </message>
    <message>
        <source>In an email account only I know</source>
        <comment>s_copies_place.option.private_email</comment>
        <translation>ในบัญชีอีเมลที่มีแค่ฉันรู้</translation>
    </message>
    <message>
        <source>I do not have a place yet</source>
        <comment>s_copies_place.option.not_yet</comment>
        <translation>ฉันยังไม่มีที่เก็บ</translation>
    </message>
    <message>
        <source>Do you have an email account that the person does not know about?</source>
        <comment>s_private_email.text</comment>
        <translation>คุณมีบัญชีอีเมลที่คนคนนั้นไม่รู้ไหม</translation>
    </message>
    <message>
        <source>You can email scans and notes to yourself and keep them safe there.</source>
        <comment>s_private_email.why</comment>
        <translation>คุณส่งอีเมลภาพสแกนและบันทึกถึงตัวเอง และเก็บไว้อย่างปลอดภัยในนั้นได้</translation>
    </message>
    <message>
        <source>Sign in only at a community organisation or a public library, not on a shared phone.</source>
        <comment>s_private_email.help</comment>
        <translation>เข้าสู่ระบบเฉพาะที่องค์กรชุมชนหรือห้องสมุดสาธารณะ ไม่ใช่ในโทรศัพท์ที่ใช้ร่วมกับคนอื่น</translation>
    </message>
</context>
</TS>
