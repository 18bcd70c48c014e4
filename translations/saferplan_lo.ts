<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About SaferPlan</source>
        <translation>ກ່ຽວກັບ SaferPlan</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>ເວີຊັນ {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. You may use, share and change it.</source>
        <translation>ຊອບແວເສລີ ພາຍໃຕ້ສັນຍາອະນຸຍາດ GNU General Public License ສະບັບທີ 3 ຫຼື ສະບັບທີ່ໃໝ່ກວ່າ. ທ່ານໃຊ້, ແບ່ງປັນ ແລະ ແກ້ໄຂໄດ້.</translation>
    </message>
    <message>
        <source>The open plan is kept in this file: {path}</source>
        <translation>ແຜນທີ່ເປີດຢູ່ຖືກເກັບໄວ້ໃນໄຟລ໌ນີ້: {path}</translation>
    </message>
    <message>
        <source>New plans are kept in this folder: {path}</source>
        <translation>ແຜນໃໝ່ຈະຖືກເກັບໄວ້ໃນໂຟນເດີນີ້: {path}</translation>
    </message>
    <message>
        <source>Portable mode is on: settings and plans stay in that folder, and nothing is kept in your home folder.</source>
        <translation>ເປີດໂໝດພົກພາຢູ່: ການຕັ້ງຄ່າ ແລະ ແຜນຢູ່ໃນໂຟນເດີນັ້ນ, ແລະ ບໍ່ມີຫຍັງຖືກເກັບໄວ້ໃນໂຟນເດີສ່ວນຕົວຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Portable mode is off.</source>
        <translation>ປິດໂໝດພົກພາຢູ່.</translation>
    </message>
    <message>
        <source>Show the licence</source>
        <translation>ເບິ່ງສັນຍາອະນຸຍາດ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ສັນຍາອະນຸຍາດ</translation>
    </message>
    <message>
        <source>The licence text is not in this copy. It is the GNU General Public License, version 3, at gnu.org/licenses.</source>
        <translation>ບໍ່ມີຂໍ້ຄວາມສັນຍາອະນຸຍາດໃນຊຸດນີ້. ສັນຍາອະນຸຍາດນີ້ແມ່ນ GNU General Public License ສະບັບທີ 3, ເບິ່ງໄດ້ທີ່ gnu.org/licenses.</translation>
    </message>
</context>
<context>
    <name>AnswerAdapter</name>
    <message>
        <source>Yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ບໍ່ແມ່ນ</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>ບໍ່ແນ່ໃຈ</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ບໍ່ມີວັນທີ</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>See it larger</source>
        <translation>ເບິ່ງຮູບໃຫຍ່ຂຶ້ນ</translation>
    </message>
    <message>
        <source>Name of the file</source>
        <translation>ຊື່ໄຟລ໌</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>ເອົາໄຟລ໌ອອກ</translation>
    </message>
    <message>
        <source>A PDF file, kept safely in your plan. SaferPlan cannot show it.</source>
        <translation>ໄຟລ໌ PDF ທີ່ເກັບໄວ້ຢ່າງປອດໄພໃນແຜນຂອງທ່ານ. SaferPlan ສະແດງໄຟລ໌ນີ້ບໍ່ໄດ້.</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Picture</source>
        <translation>ຮູບ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>ກຳລັງເປີດຮູບ…</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>ສະແດງຮູບນີ້ບໍ່ໄດ້.</translation>
    </message>
</context>
<context>
    <name>BondSheet</name>
    <message>
        <source>If I am detained: for my bond person</source>
        <translation>ຖ້າຂ້ອຍຖືກກັກຂັງ: ສຳລັບຜູ້ຄ້ຳປະກັນຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ເມື່ອໃດ</translation>
    </message>
    <message>
        <source>The first detention review is within 48 hours, or soon after. Then within 7 days, then at least once every 30 days.</source>
        <translation>ການພິຈາລະນາທົບທວນການກັກຂັງຄັ້ງທຳອິດຈະມີພາຍໃນ 48 ຊົ່ວໂມງ ຫຼື ຫຼັງຈາກນັ້ນບໍ່ດົນ. ຄັ້ງຕໍ່ໄປພາຍໃນ 7 ມື້, ແລ້ວຢ່າງໜ້ອຍທຸກໆ 30 ມື້.</translation>
    </message>
    <message>
        <source>If you are not ready for the first review, the next chance may be a week or a month later. Call my lawyer as soon as you hear.</source>
        <translation>ຖ້າທ່ານຍັງບໍ່ພ້ອມສຳລັບການພິຈາລະນາຄັ້ງທຳອິດ, ໂອກາດຕໍ່ໄປອາດແມ່ນອີກໜຶ່ງອາທິດ ຫຼື ໜຶ່ງເດືອນ. ໂທຫາທະນາຍຄວາມຂອງຂ້ອຍທັນທີທີ່ທ່ານຮູ້ຂ່າວ.</translation>
    </message>
    <message>
        <source>What you may be asked at the hearing</source>
        <translation>ສິ່ງທີ່ທ່ານອາດຖືກຖາມໃນການໄຕ່ສວນ</translation>
    </message>
    <message>
        <source>How you know me, where I will live, and how you will make sure I follow the conditions of my release.</source>
        <translation>ທ່ານຮູ້ຈັກຂ້ອຍແນວໃດ, ຂ້ອຍຈະຢູ່ໃສ, ແລະ ທ່ານຈະເບິ່ງແຍງໃຫ້ຂ້ອຍເຮັດຕາມເງື່ອນໄຂການປ່ອຍຕົວແນວໃດ.</translation>
    </message>
    <message>
        <source>Whether you would tell the CBSA if I broke a condition. You must, or you can lose the money.</source>
        <translation>ທ່ານຈະແຈ້ງ CBSA ບໍ ຖ້າຂ້ອຍບໍ່ເຮັດຕາມເງື່ອນໄຂ. ທ່ານຕ້ອງແຈ້ງ, ບໍ່ດັ່ງນັ້ນທ່ານອາດເສຍເງິນນັ້ນ.</translation>
    </message>
    <message>
        <source>Where the money comes from. It must be your own money, not mine.</source>
        <translation>ເງິນມາຈາກໃສ. ຕ້ອງແມ່ນເງິນຂອງທ່ານເອງ, ບໍ່ແມ່ນເງິນຂອງຂ້ອຍ.</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>ສິ່ງທີ່ຕ້ອງເອົາໄປ</translation>
    </message>
    <message>
        <source>Photo ID, and proof of your status in Canada: a Canadian passport, citizenship certificate or permanent resident card.</source>
        <translation>ບັດທີ່ມີຮູບຖ່າຍ, ແລະ ຫຼັກຖານສະຖານະຂອງທ່ານໃນການາດາ: ໜັງສືຜ່ານແດນການາດາ, ໃບຢັ້ງຢືນການເປັນພົນລະເມືອງ ຫຼື ບັດຜູ້ມີຖິ່ນທີ່ຢູ່ຖາວອນ.</translation>
    </message>
    <message>
        <source>Proof of your own money and income, and of your address: bank statements, pay slips, a lease or a bill.</source>
        <translation>ຫຼັກຖານເງິນ ແລະ ລາຍໄດ້ຂອງທ່ານເອງ, ແລະ ຫຼັກຖານທີ່ຢູ່: ໃບແຈ້ງຍອດບັນຊີທະນາຄານ, ໃບເງິນເດືອນ, ສັນຍາເຊົ່າ ຫຼື ໃບບິນ.</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>ໂທຫາໃຜ</translation>
    </message>
    <message>
        <source>Add my lawyer&apos;s and support worker&apos;s numbers here:</source>
        <translation>ໃສ່ເບີຂອງທະນາຍຄວາມ ແລະ ພະນັກງານໃຫ້ການຊ່ວຍເຫຼືອຂອງຂ້ອຍຢູ່ນີ້:</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Bond person</source>
        <translation>ຜູ້ຄ້ຳປະກັນ</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>ທະນາຍຄວາມດ້ານເຂົ້າເມືອງ</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>ທະນາຍຄວາມຄະດີອາຍາ</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>ທະນາຍຄວາມດ້ານຄອບຄົວ</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>ຄລີນິກກົດໝາຍ</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>ພະນັກງານໃຫ້ການຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>ມີກະແຈເຮືອນຂ້ອຍ</translation>
    </message>
    <message>
        <source>Cares for my children</source>
        <translation>ເບິ່ງແຍງລູກຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Cares for my pets</source>
        <translation>ເບິ່ງແຍງສັດລ້ຽງຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Release address</source>
        <translation>ທີ່ຢູ່ຫຼັງຈາກຖືກປ່ອຍຕົວ</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>ຜູ້ຕິດຕໍ່ກໍລະນີສຸກເສີນ</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>ຜູ້ຮັບມອບສິດ</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>ພະຍານ</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>ບ່ອນປອດໄພ</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>ຜູ້ຕິດຕໍ່ອື່ນໆ</translation>
    </message>
    <message>
        <source>In an emergency, please contact</source>
        <translation>ກໍລະນີສຸກເສີນ, ກະລຸນາຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Medication and medical needs</source>
        <translation>ຢາ ແລະ ຄວາມຕ້ອງການທາງການແພດ</translation>
    </message>
    <message>
        <source>Language / interpreter</source>
        <translation>ພາສາ / ນາຍພາສາ</translation>
    </message>
    <message>
        <source>This line is 5 cm long. If it is not, print again at 100 % (actual size).</source>
        <translation>ເສັ້ນນີ້ຍາວ 5 ຊມ. ຖ້າບໍ່ແມ່ນ, ໃຫ້ພິມອີກຄັ້ງທີ່ 100 % (ຂະໜາດຕົວຈິງ).</translation>
    </message>
</context>
<context>
    <name>CardRisk</name>
    <message>
        <source>Before you print a card</source>
        <translation>ກ່ອນພິມບັດ</translation>
    </message>
    <message>
        <source>If you are detained, officers take your things and may read this card. They may call the people on it. You decide what is best. You can also give the card to your bond person to keep, or learn the numbers by heart and carry no card.</source>
        <translation>ຖ້າທ່ານຖືກກັກຂັງ, ເຈົ້າໜ້າທີ່ຈະເອົາເຄື່ອງຂອງທ່ານໄປ ແລະ ອາດອ່ານບັດນີ້. ເຂົາເຈົ້າອາດໂທຫາຄົນທີ່ມີຊື່ຢູ່ໃນບັດ. ທ່ານເປັນຜູ້ຕັດສິນໃຈເອງວ່າແບບໃດດີທີ່ສຸດ. ທ່ານຈະໃຫ້ຜູ້ຄ້ຳປະກັນຂອງທ່ານເກັບບັດໄວ້ກໍໄດ້, ຫຼື ຈື່ເບີໃຫ້ຂຶ້ນໃຈ ແລ້ວບໍ່ຕ້ອງພົກບັດເລີຍກໍໄດ້.</translation>
    </message>
    <message>
        <source>Print the card as it is</source>
        <translation>ພິມບັດຕາມນີ້</translation>
    </message>
    <message>
        <source>Make it discreet: names and numbers only</source>
        <translation>ແບບບໍ່ເປີດເຜີຍ: ມີແຕ່ຊື່ ແລະ ເບີ</translation>
    </message>
    <message>
        <source>Choose fewer people first</source>
        <translation>ເລືອກຄົນໜ້ອຍລົງກ່ອນ</translation>
    </message>
    <message>
        <source>Save a sheet for my bond person instead</source>
        <translation>ບັນທຶກເອກະສານໃຫ້ຜູ້ຄ້ຳປະກັນຂອງຂ້ອຍແທນ</translation>
    </message>
    <message>
        <source>Choose fewer people</source>
        <translation>ເລືອກຄົນໜ້ອຍລົງ</translation>
    </message>
    <message>
        <source>Untick the people you want to leave off the card, then print again.</source>
        <translation>ເອົາເຄື່ອງໝາຍຖືກອອກຈາກຄົນທີ່ທ່ານບໍ່ຢາກໃຫ້ຢູ່ໃນບັດ, ແລ້ວພິມອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>A sheet for your bond person</source>
        <translation>ເອກະສານສຳລັບຜູ້ຄ້ຳປະກັນຂອງທ່ານ</translation>
    </message>
    <message>
        <source>It says what to do if you are detained: when, what they may be asked, what to bring, and who to call. It is printed in the language chosen for printing, and in English.</source>
        <translation>ເອກະສານນີ້ບອກວ່າຕ້ອງເຮັດແນວໃດຖ້າທ່ານຖືກກັກຂັງ: ຕ້ອງມາເມື່ອໃດ, ອາດຖືກຖາມຫຍັງ, ຕ້ອງເອົາຫຍັງມາ ແລະ ຕ້ອງໂທຫາໃຜ. ເອກະສານຈະພິມເປັນພາສາທີ່ເລືອກໄວ້ສຳລັບການພິມ ແລະ ເປັນພາສາອັງກິດນຳ.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ບັນທຶກເປັນ PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ພິມ</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>ຍັງບໍ່ໄດ້ພິມ</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. Use Save as PDF to keep a file.</source>
        <translation>SaferPlan ພິມໄດ້ກັບເຄື່ອງພິມເທົ່ານັ້ນ. ຖ້າຢາກເກັບເປັນໄຟລ໌, ໃຫ້ໃຊ້ “ບັນທຶກເປັນ PDF”.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ບັນທຶກແລ້ວ</translation>
    </message>
    <message>
        <source>The sheet for your bond person is saved. Give it to them on paper if you can.</source>
        <translation>ບັນທຶກເອກະສານສຳລັບຜູ້ຄ້ຳປະກັນຂອງທ່ານແລ້ວ. ຖ້າເຮັດໄດ້, ໃຫ້ພິມໃສ່ເຈ້ຍ ແລ້ວເອົາໃຫ້ເຂົາເຈົ້າ.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>What SaferPlan keeps</source>
        <translation>SaferPlan ເກັບຫຍັງໄວ້ແດ່</translation>
    </message>
    <message>
        <source>Only what you type: your plans, the people and documents you add, and the numbers you want to learn. Write as little as you need. First names and your own words are fine.</source>
        <translation>ເກັບແຕ່ສິ່ງທີ່ທ່ານພິມ: ແຜນຂອງທ່ານ, ຄົນ ແລະ ເອກະສານທີ່ທ່ານເພີ່ມ, ແລະ ເບີທີ່ທ່ານຢາກຈື່. ຂຽນເທົ່າທີ່ຈຳເປັນ. ໃຊ້ຊື່ຕົ້ນ ແລະ ຄຳເວົ້າຂອງທ່ານເອງກໍໄດ້.</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>ເກັບໄວ້ໃສ</translation>
    </message>
    <message>
        <source>In one file on this computer, locked with a passphrase you choose. Without the passphrase, or a recovery code if you make one, nobody can read it. Not us either: if you forget both, the plan cannot be opened again.</source>
        <translation>ໃນໄຟລ໌ດຽວຢູ່ໃນຄອມພິວເຕີເຄື່ອງນີ້, ລັອກດ້ວຍວະລີລະຫັດຜ່ານທີ່ທ່ານເລືອກ. ຖ້າບໍ່ມີວະລີລະຫັດຜ່ານ, ຫຼື ລະຫັດກູ້ຄືນຖ້າທ່ານສ້າງໄວ້, ບໍ່ມີໃຜອ່ານໄດ້. ລວມທັງພວກເຮົານຳ: ຖ້າທ່ານລືມທັງສອງຢ່າງ, ຈະເປີດແຜນນີ້ອີກບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>ບໍ່ມີການສົ່ງຂໍ້ມູນໄປໃສ</translation>
    </message>
    <message>
        <source>SaferPlan never uses the internet. Nothing you write leaves this computer unless you print it or save a copy yourself.</source>
        <translation>SaferPlan ບໍ່ໃຊ້ອິນເຕີເນັດເລີຍ. ສິ່ງທີ່ທ່ານຂຽນຈະບໍ່ອອກຈາກຄອມພິວເຕີເຄື່ອງນີ້ ນອກຈາກທ່ານພິມອອກ ຫຼື ບັນທຶກສຳເນົາເອງ.</translation>
    </message>
    <message>
        <source>You decide</source>
        <translation>ທ່ານເປັນຜູ້ຕັດສິນໃຈ</translation>
    </message>
    <message>
        <source>Every question can be skipped, left for later, or marked as not for you. You can see everything you wrote, take a copy, and delete everything at any time.</source>
        <translation>ທຸກຄຳຖາມຂ້າມໄດ້, ເກັບໄວ້ພາຍຫຼັງໄດ້, ຫຼື ບອກວ່າບໍ່ກ່ຽວກັບທ່ານໄດ້. ທ່ານເບິ່ງທຸກຢ່າງທີ່ຂຽນໄວ້, ເອົາສຳເນົາໄປ, ແລະ ລຶບທຸກຢ່າງໄດ້ທຸກເວລາ.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>ອອກດ່ວນ</translation>
    </message>
    <message>
        <source>The Hide button at the top is always there. Pressing Esc twice, or Shift three times, does the same. SaferPlan hides your plan at once, saves it, locks it and minimises or closes. To open it again you need your passphrase. After a few minutes without use it locks by itself.</source>
        <translation>ປຸ່ມ “ເຊື່ອງ” ຢູ່ດ້ານເທິງມີຢູ່ສະເໝີ. ກົດ Esc ສອງເທື່ອ, ຫຼື Shift ສາມເທື່ອ, ກໍໄດ້ຜົນຄືກັນ. SaferPlan ຈະເຊື່ອງແຜນຂອງທ່ານທັນທີ, ບັນທຶກ, ລັອກ ແລ້ວຫຍໍ້ ຫຼື ປິດໜ້າຕ່າງ. ເພື່ອເປີດອີກຄັ້ງ ທ່ານຕ້ອງໃຊ້ວະລີລະຫັດຜ່ານ. ຖ້າບໍ່ມີການໃຊ້ງານສອງສາມນາທີ, ໂປຣແກຣມຈະລັອກເອງ.</translation>
    </message>
    <message>
        <source>What SaferPlan cannot protect against</source>
        <translation>ສິ່ງທີ່ SaferPlan ປົກປ້ອງບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>It cannot keep you safe while the plan is open and someone is watching. It cannot stop spyware, a keylogger, or someone who controls this computer. It cannot hide that SaferPlan or a plan file is here: the file&apos;s size and date can be seen. It cannot help if someone forces you to tell them your passphrase. Deleted files may still be recoverable on some drives and USB sticks. Printouts and saved copies are not protected once they leave SaferPlan: keep them somewhere safe.</source>
        <translation>ໂປຣແກຣມຊ່ວຍໃຫ້ທ່ານປອດໄພບໍ່ໄດ້ ຖ້າແຜນເປີດຢູ່ ແລະ ມີຄົນເບິ່ງຢູ່. ໂປຣແກຣມຢຸດສະປາຍແວ, ໂປຣແກຣມລັກບັນທຶກການພິມ (keylogger) ຫຼື ຄົນທີ່ຄວບຄຸມຄອມພິວເຕີເຄື່ອງນີ້ບໍ່ໄດ້. ໂປຣແກຣມເຊື່ອງບໍ່ໄດ້ວ່າມີ SaferPlan ຫຼື ໄຟລ໌ແຜນຢູ່ທີ່ນີ້: ຄົນອື່ນເຫັນຂະໜາດ ແລະ ວັນທີຂອງໄຟລ໌ໄດ້. ໂປຣແກຣມຊ່ວຍບໍ່ໄດ້ ຖ້າມີຄົນບັງຄັບໃຫ້ທ່ານບອກວະລີລະຫັດຜ່ານ. ໄຟລ໌ທີ່ລຶບແລ້ວອາດຍັງກູ້ຄືນໄດ້ໃນໄດຣຟ໌ ແລະ USB ບາງອັນ. ເອກະສານທີ່ພິມອອກ ແລະ ສຳເນົາທີ່ບັນທຶກໄວ້ ຈະບໍ່ໄດ້ຮັບການປົກປ້ອງເມື່ອອອກຈາກ SaferPlan ແລ້ວ: ເກັບໄວ້ໃນບ່ອນປອດໄພ.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>ກ່ອນເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ກັບຄືນ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>ຕໍ່ໄປ(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>ເລືອກວະລີລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>Also make a recovery code</source>
        <translation>ສ້າງລະຫັດກູ້ຄືນນຳ</translation>
    </message>
    <message>
        <source>A recovery code opens the plan if you forget your passphrase. It is shown once, for you to write down. Anyone who finds it can open your plan too, so keep it somewhere safe, away from this computer. Without a code, a forgotten passphrase means the plan cannot be opened again.</source>
        <translation>ລະຫັດກູ້ຄືນໃຊ້ເປີດແຜນໄດ້ ຖ້າທ່ານລືມວະລີລະຫັດຜ່ານ. ລະຫັດຈະສະແດງພຽງຄັ້ງດຽວ ໃຫ້ທ່ານຂຽນໄວ້. ໃຜທີ່ພົບລະຫັດນີ້ກໍເປີດແຜນຂອງທ່ານໄດ້ຄືກັນ, ສະນັ້ນ ເກັບໄວ້ໃນບ່ອນປອດໄພ ຫ່າງຈາກຄອມພິວເຕີເຄື່ອງນີ້. ຖ້າບໍ່ມີລະຫັດ, ການລືມວະລີລະຫັດຜ່ານໝາຍຄວາມວ່າຈະເປີດແຜນອີກບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Locking your new plan. This takes a moment.</source>
        <translation>ກຳລັງລັອກແຜນໃໝ່ຂອງທ່ານ. ລໍຖ້າຈັກໜ້ອຍ.</translation>
    </message>
    <message>
        <source>&amp;Create my plan</source>
        <translation>ສ້າງແຜນຂອງຂ້ອຍ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ກັບຄືນ(&amp;B)</translation>
    </message>
    <message>
        <source>The plan could not be created. Nothing was saved.</source>
        <translation>ສ້າງແຜນບໍ່ສຳເລັດ. ບໍ່ມີຫຍັງຖືກບັນທຶກ.</translation>
    </message>
</context>
<context>
    <name>DirectoryWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>ກັບໄປໜ້າຫຼັກ(&amp;M)</translation>
    </message>
    <message>
        <source>As listed in {date} — check before relying on it.</source>
        <translation>ຕາມລາຍຊື່ເມື່ອ {date} — ຄວນກວດເບິ່ງກ່ອນໃຊ້.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or another category.</source>
        <translation>ບໍ່ພົບລາຍການທີ່ກົງກັນ. ລອງພິມໃຫ້ສັ້ນລົງ ຫຼື ເລືອກໝວດອື່ນ.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ໝວດ</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>ການຊ່ວຍເຫຼືອທຸກປະເພດ</translation>
    </message>
    <message>
        <source>Search by name, number or what they offer</source>
        <translation>ຊອກຫາຕາມຊື່, ເບີ ຫຼື ບໍລິການທີ່ມີ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ຊອກຫາ</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ຊອກຫາ(&amp;S)</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>ຈາກລາຍຊື່ໃນຄູ່ມື, {date} — ຄວນກວດເບິ່ງກ່ອນໃຊ້.</translation>
    </message>
</context>
<context>
    <name>DocumentAdapter</name>
    <message>
        <source>No documents in your list yet.</source>
        <translation>ຍັງບໍ່ມີເອກະສານໃນລາຍການ.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>ເພີ່ມເອກະສານ</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>ເປັນເອກະສານຫຍັງ</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>ເກັບໄວ້ໃສ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>ເພີ່ມ</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>What it is</source>
        <translation>ເປັນເອກະສານຫຍັງ</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>ເກັບໄວ້ໃສ</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>ໃຜມີສຳເນົາ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>ບໍ່ມີໃຜ</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ຍັງບໍ່ມີຊື່)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Passport</source>
        <translation>ໜັງສືຜ່ານແດນ</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ບັດປະຈຳຕົວ</translation>
    </message>
    <message>
        <source>Children&apos;s documents</source>
        <translation>ເອກະສານຂອງລູກ</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <translation>ເອກະສານເຂົ້າເມືອງ</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>ໃບອະນຸຍາດຮຽນ</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>ໃບອະນຸຍາດເຮັດວຽກ</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>ໃບແຈ້ງເກີດ</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>ບັດທະນາຄານ</translation>
    </message>
    <message>
        <source>Health card</source>
        <translation>ບັດປະກັນສຸຂະພາບ</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>ລາຍການຢາ</translation>
    </message>
    <message>
        <source>Lease or rental papers</source>
        <translation>ສັນຍາເຊົ່າ ຫຼື ເອກະສານການເຊົ່າ</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>ເອກະສານສານ</translation>
    </message>
</context>
<context>
    <name>DocumentsWidget</name>
    <message>
        <source>Documents</source>
        <translation>ເອກະສານ</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>ກັບໄປໜ້າຫຼັກ(&amp;M)</translation>
    </message>
    <message>
        <source>Discreet words are fine: “the blue box” works as well as “passport at Lan&apos;s”.</source>
        <translation>ໃຊ້ຄຳທີ່ບໍ່ເປີດເຜີຍກໍໄດ້: “ກ່ອງສີຟ້າ” ໃຊ້ໄດ້ດີຄືກັບ “ໜັງສືຜ່ານແດນຢູ່ເຮືອນເອື້ອຍແກ້ວ”.</translation>
    </message>
    <message>
        <source>No documents in your list yet</source>
        <translation>ຍັງບໍ່ມີເອກະສານໃນລາຍການ</translation>
    </message>
    <message>
        <source>Note where your important papers are kept and who has a copy, so they can be found when you need them.</source>
        <translation>ຈົດໄວ້ວ່າເອກະສານສຳຄັນຂອງທ່ານເກັບໄວ້ຢູ່ໃສ ແລະ ໃຜມີສຳເນົາ, ເພື່ອໃຫ້ຊອກເຫັນໄດ້ເມື່ອຕ້ອງການ.</translation>
    </message>
    <message>
        <source>&amp;Add a document</source>
        <translation>ເພີ່ມເອກະສານ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ເອົາອອກ(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(ຍັງບໍ່ໄດ້ຕັ້ງຊື່)</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>ເອກະສານນີ້</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>ເອົາເອກະສານອອກ</translation>
    </message>
    <message>
        <source>Remove {what} from your list?</source>
        <translation>ເອົາ {what} ອອກຈາກລາຍການບໍ?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ເກັບໄວ້</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Where</source>
        <translation>ຢູ່ໃສ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ເກີດຫຍັງຂຶ້ນ</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>ຂຽນຫຼາຍ ຫຼື ໜ້ອຍກໍໄດ້ ຕາມທີ່ທ່ານຕ້ອງການ.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>ເພີ່ມເວລາ</translation>
    </message>
    <message>
        <source>Who was there (optional)</source>
        <translation>ມີໃຜຢູ່ທີ່ນັ້ນ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>People you add under People can be chosen here.</source>
        <translation>ທ່ານເລືອກຄົນທີ່ທ່ານເພີ່ມໄວ້ໃນ “ຄົນ” ໄດ້ຢູ່ທີ່ນີ້.</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>ມີໃຜຢູ່ທີ່ນັ້ນ</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>ຮູບ ແລະ ໄຟລ໌</translation>
    </message>
    <message>
        <source>Add a photo or screenshot…</source>
        <translation>ເພີ່ມຮູບ ຫຼື ຮູບໜ້າຈໍ…</translation>
    </message>
    <message>
        <source>Add a photo or screenshot</source>
        <translation>ເພີ່ມຮູບ ຫຼື ຮູບໜ້າຈໍ</translation>
    </message>
    <message>
        <source>First written as: {when}. Choosing a date here replaces it.</source>
        <translation>ຂຽນໄວ້ເທື່ອທຳອິດວ່າ: {when}. ຖ້າທ່ານເລືອກວັນທີຢູ່ນີ້, ວັນທີໃໝ່ຈະແທນອັນນັ້ນ.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ຍັງບໍ່ມີຊື່)</translation>
    </message>
    <message>
        <source>The file is kept in your plan, and the original was deleted.</source>
        <translation>ໄຟລ໌ຖືກເກັບໄວ້ໃນແຜນຂອງທ່ານແລ້ວ, ແລະ ໄຟລ໌ຕົ້ນສະບັບຖືກລຶບແລ້ວ.</translation>
    </message>
    <message>
        <source>The file is kept in your plan. The original is still there.</source>
        <translation>ໄຟລ໌ຖືກເກັບໄວ້ໃນແຜນຂອງທ່ານແລ້ວ. ໄຟລ໌ຕົ້ນສະບັບຍັງຢູ່ບ່ອນເດີມ.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>ເອົາໄຟລ໌ອອກ</translation>
    </message>
    <message>
        <source>Remove this file from the entry? It will no longer be kept in your plan.</source>
        <translation>ເອົາໄຟລ໌ນີ້ອອກຈາກລາຍການບໍ? ໄຟລ໌ຈະບໍ່ຖືກເກັບໄວ້ໃນແຜນຂອງທ່ານອີກ.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ເກັບໄວ້</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>ມີບາງຢ່າງຜິດພາດ</translation>
    </message>
    <message>
        <source>Something went wrong inside SaferPlan. Your plan is safe in its locked file; you may want to lock and reopen it.</source>
        <translation>ມີບາງຢ່າງຜິດພາດພາຍໃນ SaferPlan. ແຜນຂອງທ່ານຍັງປອດໄພຢູ່ໃນໄຟລ໌ທີ່ລັອກໄວ້. ທ່ານອາດລັອກ ແລ້ວເປີດແຜນອີກຄັ້ງ.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is not enough room on the card. Choose fewer people or leave out the medication line.</source>
        <translation>ບັດມີບ່ອນບໍ່ພໍ. ກະລຸນາເລືອກຄົນໜ້ອຍລົງ ຫຼື ບໍ່ໃສ່ແຖວເລື່ອງຢາ.</translation>
    </message>
    <message>
        <source>There is not enough room on the card. Choose fewer people.</source>
        <translation>ບັດມີບ່ອນບໍ່ພໍ. ກະລຸນາເລືອກຄົນໜ້ອຍລົງ.</translation>
    </message>
    <message>
        <source>Some text cannot be printed because no font for {script} is installed. Install a font for {script}, for example the {font} font (on Debian or Ubuntu: the {package} package), then try again.</source>
        <translation>ພິມຂໍ້ຄວາມບາງສ່ວນບໍ່ໄດ້ ເພາະຍັງບໍ່ໄດ້ຕິດຕັ້ງຟອນສຳລັບ {script}. ກະລຸນາຕິດຕັ້ງຟອນສຳລັບ {script}, ຕົວຢ່າງ ຟອນ {font} (ໃນ Debian ຫຼື Ubuntu: ແພັກເກດ {package}), ແລ້ວລອງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>Some of the chosen entries are no longer in the plan. Please choose again.</source>
        <translation>ບາງລາຍການທີ່ທ່ານເລືອກໄວ້ ບໍ່ຢູ່ໃນແຜນແລ້ວ. ກະລຸນາເລືອກໃໝ່.</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of SaferPlan. Please try again.</source>
        <translation>ການພິມຕ້ອງໃຊ້ສ່ວນກຣາຟິກຂອງ SaferPlan. ກະລຸນາລອງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is ready, then try again.</source>
        <translation>ເລີ່ມເຄື່ອງພິມບໍ່ໄດ້. ກະລຸນາກວດເບິ່ງວ່າເຄື່ອງພິມພ້ອມແລ້ວ, ແລ້ວລອງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>A picture could not be put in the PDF, so it was not saved. Please try again.</source>
        <translation>ໃສ່ຮູບພາບໜຶ່ງໃນ PDF ບໍ່ໄດ້, ສະນັ້ນ PDF ບໍ່ໄດ້ຖືກບັນທຶກ. ກະລຸນາລອງອີກຄັ້ງ.</translation>
    </message>
</context>
<context>
    <name>FileTextView</name>
    <message>
        <source>Opening the file…</source>
        <translation>ກຳລັງເປີດໄຟລ໌…</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>ສະແດງໄຟລ໌ນີ້ບໍ່ໄດ້.</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <source>Places</source>
        <translation>ບ່ອນຕ່າງໆ</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>USB ຫຼື ບັດຄວາມຈຳ: %1</translation>
    </message>
    <message>
        <source>Home folder, on this computer</source>
        <translation>ໂຟນເດີສ່ວນຕົວ, ໃນຄອມພິວເຕີເຄື່ອງນີ້</translation>
    </message>
</context>
<context>
    <name>Guest</name>
    <message>
        <source>Finish guest session</source>
        <translation>ຈົບການໃຊ້ແບບແຂກ</translation>
    </message>
    <message>
        <source>Nothing from this session stays on this computer. What would you like to take with you?</source>
        <translation>ບໍ່ມີຫຍັງຈາກການໃຊ້ຄັ້ງນີ້ຄ້າງຢູ່ໃນຄອມພິວເຕີເຄື່ອງນີ້. ທ່ານຢາກເອົາຫຍັງໄປນຳ?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ພິມ</translation>
    </message>
    <message>
        <source>Open Print from the home screen first, then finish the session.</source>
        <translation>ເປີດ “ພິມ ຫຼື ບັນທຶກສຳເນົາ” ຢູ່ໜ້າຫຼັກກ່ອນ, ແລ້ວຈຶ່ງຈົບການໃຊ້.</translation>
    </message>
    <message>
        <source>Forget everything</source>
        <translation>ລືມທຸກຢ່າງ</translation>
    </message>
    <message>
        <source>Forget everything from this session? It cannot be brought back.</source>
        <translation>ລືມທຸກຢ່າງຈາກການໃຊ້ຄັ້ງນີ້ບໍ? ເອົາຄືນມາບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Forget it all</source>
        <translation>ລືມທັງໝົດ</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>ບັນທຶກໄວ້ໃສ</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick. The file is locked with a passphrase and has a neutral name.</source>
        <translation>ເລືອກໂຟນເດີ, ຕົວຢ່າງ ໃນ USB ຂອງທ່ານເອງ. ໄຟລ໌ຈະຖືກລັອກດ້ວຍວະລີລະຫັດຜ່ານ ແລະ ມີຊື່ທີ່ບໍ່ເປີດເຜີຍ.</translation>
    </message>
    <message>
        <source>Lock the file</source>
        <translation>ລັອກໄຟລ໌</translation>
    </message>
    <message>
        <source>&amp;Save a locked file to a folder or USB stick</source>
        <translation>ບັນທຶກໄຟລ໌ທີ່ລັອກໄວ້ໃສ່ໂຟນເດີ ຫຼື USB(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation>ພິມອອກ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Take nothing and forget it all</source>
        <translation>ບໍ່ເອົາຫຍັງໄປ ແລະ ລຶບທັງໝົດ(&amp;T)</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the plan again.</source>
        <translation>ເລືອກວະລີລະຫັດຜ່ານສຳລັບໄຟລ໌ນີ້. ທ່ານຈະຕ້ອງໃຊ້ມັນເພື່ອເປີດແຜນອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ບັນທຶກແລ້ວ</translation>
    </message>
    <message>
        <source>This folder is on this computer</source>
        <translation>ໂຟນເດີນີ້ຢູ່ໃນຄອມພິວເຕີເຄື່ອງນີ້</translation>
    </message>
    <message>
        <source>This folder is on this computer, not on a USB stick. The file will stay here after you leave. It is locked, but other people who use this computer can see that it is there. Save it here anyway?</source>
        <translation>ໂຟນເດີນີ້ຢູ່ໃນຄອມພິວເຕີເຄື່ອງນີ້, ບໍ່ແມ່ນໃນ USB. ໄຟລ໌ຈະຍັງຢູ່ທີ່ນີ້ຫຼັງຈາກທ່ານໄປແລ້ວ. ໄຟລ໌ຖືກລັອກໄວ້, ແຕ່ຄົນອື່ນທີ່ໃຊ້ຄອມພິວເຕີເຄື່ອງນີ້ຈະເຫັນວ່າມີໄຟລ໌ຢູ່. ຈະບັນທຶກໄວ້ທີ່ນີ້ບໍ?</translation>
    </message>
    <message>
        <source>Save it here</source>
        <translation>ບັນທຶກໄວ້ທີ່ນີ້</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>ເລືອກບ່ອນອື່ນ</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Take the USB stick with you.</source>
        <translation>ບັນທຶກເປັນ %1 ໃນ %2 ແລ້ວ. ເອົາ USB ໄປນຳທ່ານ.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>Saved as %1 in %2, on this computer. It stays here, locked with your passphrase.</source>
        <translation>ບັນທຶກເປັນ %1 ໃນ %2, ໃນຄອມພິວເຕີເຄື່ອງນີ້ແລ້ວ. ໄຟລ໌ຈະຢູ່ທີ່ນີ້, ລັອກດ້ວຍວະລີລະຫັດຜ່ານຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Saving a locked copy. This takes a moment.</source>
        <translation>ກຳລັງບັນທຶກສຳເນົາທີ່ລັອກໄວ້. ລໍຖ້າຈັກໜ້ອຍ.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was saved there.</source>
        <translation>ຂຽນໄຟລ໌ບໍ່ໄດ້. ບໍ່ມີຫຍັງຖືກບັນທຶກໄວ້ບ່ອນນັ້ນ.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Safety plan</source>
        <translation>ແຜນຄວາມປອດໄພ</translation>
    </message>
    <message>
        <source>Add a &amp;safety plan</source>
        <translation>ເພີ່ມແຜນຄວາມປອດໄພ(&amp;S)</translation>
    </message>
    <message>
        <source>Add a &amp;release plan</source>
        <translation>ເພີ່ມແຜນການປ່ອຍຕົວ(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>ຄົນ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>ເອກະສານ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Numbers to learn by heart</source>
        <translation>ເບີທີ່ຈະຈື່ໃຫ້ຂຶ້ນໃຈ(&amp;N)</translation>
    </message>
    <message>
        <source>Pri&amp;vate record</source>
        <translation>ບັນທຶກສ່ວນຕົວ(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print or save a copy</source>
        <translation>ພິມ ຫຼື ບັນທຶກສຳເນົາ(&amp;P)</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>ແຜນການປ່ອຍຕົວ</translation>
    </message>
    <message>
        <source>Or&amp;ganisations that can help</source>
        <translation>ອົງການທີ່ຊ່ວຍໄດ້(&amp;G)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>1 number to practise</source>
        <translation>ເບີທີ່ຈະຝຶກຈື່: 1</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers to practise</source>
        <translation>
            <numerusform>ເບີທີ່ຈະຝຶກຈື່: %n</numerusform>
            <numerusform>ເບີທີ່ຈະຝຶກຈື່: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>ແຜນໃໝ່</translation>
    </message>
    <message>
        <source>Give this plan a name. Choose words that mean something to you, and little to anyone else.</source>
        <translation>ຕັ້ງຊື່ແຜນນີ້. ເລືອກຄຳທີ່ມີຄວາມໝາຍສຳລັບທ່ານ, ແຕ່ມີຄວາມໝາຍໜ້ອຍສຳລັບຄົນອື່ນ.</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>ປ່ຽນຊື່ແຜນ</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>ຊື່ໃໝ່</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>ລຶບແຜນ</translation>
    </message>
    <message>
        <source>Delete this plan and all its answers? People and documents stay. This cannot be undone.</source>
        <translation>ລຶບແຜນນີ້ ແລະ ຄຳຕອບທັງໝົດບໍ? ຄົນ ແລະ ເອກະສານຈະຍັງຢູ່. ເຮັດຄືນບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>ຕອບແລ້ວ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 ຄົນ</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n ຄົນ</numerusform>
            <numerusform>%n ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <source>People you trust and people to call</source>
        <translation>ຄົນທີ່ທ່ານໄວ້ໃຈ ແລະ ຄົນທີ່ຈະໂທຫາ</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>ເອກະສານ 1 ລາຍການ</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>ເອກະສານ %n ລາຍການ</numerusform>
            <numerusform>ເອກະສານ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>Where your papers are</source>
        <translation>ເອກະສານຂອງທ່ານຢູ່ໃສ</translation>
    </message>
    <message>
        <source>Free and confidential help</source>
        <translation>ການຊ່ວຍເຫຼືອຟຣີ ແລະ ເປັນຄວາມລັບ</translation>
    </message>
    <message>
        <source>Phone numbers you know without your phone</source>
        <translation>ເບີໂທທີ່ທ່ານຈື່ໄດ້ ໂດຍບໍ່ຕ້ອງເບິ່ງໂທລະສັບ</translation>
    </message>
    <message>
        <source>Notes, photos and dates, kept private</source>
        <translation>ບັນທຶກ, ຮູບ ແລະ ວັນທີ, ເກັບໄວ້ເປັນສ່ວນຕົວ</translation>
    </message>
    <message>
        <source>A copy on paper, or a small card</source>
        <translation>ສຳເນົາເທິງເຈ້ຍ, ຫຼື ບັດນ້ອຍໆ</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>ເກັບໄວ້</translation>
    </message>
    <message>
        <source>Sample plan — nothing is saved.</source>
        <translation>ແຜນຕົວຢ່າງ — ບໍ່ມີການບັນທຶກ.</translation>
    </message>
    <message>
        <source>Guest session — nothing is saved on this computer. When you finish, you choose what to take with you.</source>
        <translation>ໃຊ້ແບບແຂກ — ບໍ່ມີການບັນທຶກຫຍັງໃນຄອມພິວເຕີເຄື່ອງນີ້. ເມື່ອແລ້ວ, ທ່ານເລືອກໄດ້ວ່າຈະເອົາຫຍັງໄປນຳ.</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>ການຕັ້ງຄ່າ(&amp;T)</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>ແຜນຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>ຕໍ່ໄປ(&amp;C)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>ປ່ຽນຊື່</translation>
    </message>
    <message>
        <source>&amp;Finish guest session</source>
        <translation>ຈົບການໃຊ້ແບບແຂກ(&amp;F)</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>ຍັງບໍ່ມີແຜນ</translation>
    </message>
    <message>
        <source>A safety plan helps if you are at risk of violence. A release plan helps if you could be detained. You can have several.</source>
        <translation>ແຜນຄວາມປອດໄພຊ່ວຍທ່ານໄດ້ ຖ້າທ່ານສ່ຽງຕໍ່ຄວາມຮຸນແຮງ. ແຜນການປ່ອຍຕົວຊ່ວຍທ່ານໄດ້ ຖ້າທ່ານອາດຖືກກັກຂັງ. ທ່ານມີໄດ້ຫຼາຍແຜນ.</translation>
    </message>
    <message>
        <source>Start a plan</source>
        <translation>ເລີ່ມເຮັດແຜນ</translation>
    </message>
    <message>
        <source>Shared by all plans</source>
        <translation>ໃຊ້ຮ່ວມກັນທຸກແຜນ</translation>
    </message>
    <message>
        <source>Before you start: privacy and limits</source>
        <translation>ກ່ອນເລີ່ມຕົ້ນ: ຄວາມເປັນສ່ວນຕົວ ແລະ ຂໍ້ຈຳກັດ</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there? Your plan will lock in {seconds} seconds to keep it safe.</source>
        <translation>ຍັງຢູ່ບໍ? ແຜນຂອງທ່ານຈະລັອກໃນອີກ {seconds} ວິນາທີ ເພື່ອຄວາມປອດໄພ.</translation>
    </message>
    <message>
        <source>Still there? Your plan will be hidden in {seconds} seconds to keep it safe.</source>
        <translation>ຍັງຢູ່ບໍ? ແຜນຂອງທ່ານຈະຖືກເຊື່ອງໃນອີກ {seconds} ວິນາທີ ເພື່ອຄວາມປອດໄພ.</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>ເຮັດຕໍ່(&amp;K)</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>ປ່ຽນວະລີລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>ສ້າງລະຫັດກູ້ຄືນໃໝ່</translation>
    </message>
    <message>
        <source>Remove the recovery code</source>
        <translation>ລຶບລະຫັດກູ້ຄືນ</translation>
    </message>
    <message>
        <source>After the change, only the new passphrase opens this plan file and its backup. A recovery code stops working; you can make a new one afterwards. Copies of the file made before (for example on a USB stick) still open with the old passphrase.</source>
        <translation>ຫຼັງຈາກປ່ຽນແລ້ວ, ມີແຕ່ວະລີລະຫັດຜ່ານໃໝ່ທີ່ເປີດໄຟລ໌ແຜນນີ້ ແລະ ສຳເນົາສຳຮອງຂອງມັນໄດ້. ລະຫັດກູ້ຄືນຈະໃຊ້ບໍ່ໄດ້ອີກ; ທ່ານສ້າງລະຫັດໃໝ່ໄດ້ພາຍຫຼັງ. ສຳເນົາໄຟລ໌ທີ່ເຮັດໄວ້ກ່ອນໜ້ານີ້ (ຕົວຢ່າງ ໃນ USB) ຍັງເປີດໄດ້ດ້ວຍວະລີລະຫັດຜ່ານເກົ່າ.</translation>
    </message>
    <message>
        <source>The new code is shown once, for you to write down. An older code stops working for this file, but still opens copies of the file made before.</source>
        <translation>ລະຫັດໃໝ່ຈະສະແດງພຽງຄັ້ງດຽວ ເພື່ອໃຫ້ທ່ານຂຽນໄວ້. ລະຫັດເກົ່າຈະໃຊ້ກັບໄຟລ໌ນີ້ບໍ່ໄດ້ອີກ, ແຕ່ຍັງເປີດສຳເນົາໄຟລ໌ທີ່ເຮັດໄວ້ກ່ອນໜ້ານີ້ໄດ້.</translation>
    </message>
    <message>
        <source>After this, only your passphrase opens this plan file. If you forget it, the plan cannot be opened again. Copies of the file made before still open with the old code.</source>
        <translation>ຫຼັງຈາກນີ້, ມີແຕ່ວະລີລະຫັດຜ່ານຂອງທ່ານທີ່ເປີດໄຟລ໌ແຜນນີ້ໄດ້. ຖ້າທ່ານລືມ, ຈະເປີດແຜນນີ້ບໍ່ໄດ້ອີກ. ສຳເນົາໄຟລ໌ທີ່ເຮັດໄວ້ກ່ອນໜ້ານີ້ຍັງເປີດໄດ້ດ້ວຍລະຫັດເກົ່າ.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>ລະຫັດກູ້ຄືນຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານປັດຈຸບັນຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານໃໝ່ຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation>ກະລຸນາພິມລະຫັດກູ້ຄືນຂອງທ່ານກ່ອນ.</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>ກະລຸນາພິມວະລີລະຫັດຜ່ານປັດຈຸບັນຂອງທ່ານກ່ອນ.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so nothing was changed. Please try again.</source>
        <translation>ບັນທຶກການປ່ຽນແປງລ່າສຸດຂອງທ່ານບໍ່ໄດ້, ສະນັ້ນບໍ່ມີຫຍັງປ່ຽນ. ກະລຸນາລອງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>That is not the recovery code. Nothing was changed.</source>
        <translation>ນີ້ບໍ່ແມ່ນລະຫັດກູ້ຄືນ. ບໍ່ມີຫຍັງປ່ຽນ.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>ນັ້ນບໍ່ແມ່ນວະລີລະຫັດຜ່ານປັດຈຸບັນ. ບໍ່ມີຫຍັງປ່ຽນ.</translation>
    </message>
    <message>
        <source>The change could not be made. Nothing was changed.</source>
        <translation>ປ່ຽນບໍ່ໄດ້. ບໍ່ມີຫຍັງປ່ຽນ.</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>ວະລີລະຫັດຜ່ານ ແລະ ລະຫັດກູ້ຄືນ</translation>
    </message>
    <message>
        <source>This plan has a recovery code.</source>
        <translation>ແຜນນີ້ມີລະຫັດກູ້ຄືນ.</translation>
    </message>
    <message>
        <source>This plan has no recovery code.</source>
        <translation>ແຜນນີ້ບໍ່ມີລະຫັດກູ້ຄືນ.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase</source>
        <translation>ປ່ຽນວະລີລະຫັດຜ່ານ(&amp;P)</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;code</source>
        <translation>ສ້າງລະຫັດກູ້ຄືນໃໝ່(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove the recovery code</source>
        <translation>ລຶບລະຫັດກູ້ຄືນ(&amp;R)</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase no longer opens this file.</source>
        <translation>ປ່ຽນວະລີລະຫັດຜ່ານແລ້ວ. ວະລີລະຫັດຜ່ານເກົ່າເປີດໄຟລ໌ນີ້ບໍ່ໄດ້ອີກ.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase and the recovery code no longer open this file. You can make a new recovery code here.</source>
        <translation>ປ່ຽນວະລີລະຫັດຜ່ານແລ້ວ. ວະລີລະຫັດຜ່ານເກົ່າ ແລະ ລະຫັດກູ້ຄືນເປີດໄຟລ໌ນີ້ບໍ່ໄດ້ອີກ. ທ່ານສ້າງລະຫັດກູ້ຄືນໃໝ່ໄດ້ທີ່ນີ້.</translation>
    </message>
    <message>
        <source>The new recovery code works now.</source>
        <translation>ລະຫັດກູ້ຄືນໃໝ່ໃຊ້ໄດ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>The recovery code is removed. Only your passphrase opens this file now.</source>
        <translation>ລຶບລະຫັດກູ້ຄືນແລ້ວ. ຕອນນີ້ມີແຕ່ວະລີລະຫັດຜ່ານຂອງທ່ານທີ່ເປີດໄຟລ໌ນີ້ໄດ້.</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Who can help you learn more</source>
        <translation>ໃຜຊ່ວຍໃຫ້ທ່ານຮູ້ຫຼາຍຂຶ້ນໄດ້</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>ເພີ່ມໃນລາຍຊື່ຄົນຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>ເພີ່ມ {name} ໃນລາຍຊື່ຄົນຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>ຈາກລາຍຊື່ໃນຄູ່ມື, {date} — ຄວນກວດເບິ່ງກ່ອນໃຊ້.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>ເພີ່ມແລ້ວ</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>As of January 2020 — general information, not legal advice; check with a legal clinic.</source>
        <translation>ຂໍ້ມູນ ນັບຮອດເດືອນມັງກອນ 2020 — ເປັນຂໍ້ມູນທົ່ວໄປ, ບໍ່ແມ່ນຄຳແນະນຳທາງກົດໝາຍ; ກະລຸນາກວດເບິ່ງກັບຄລີນິກກົດໝາຍ.</translation>
    </message>
</context>
<context>
    <name>LegalBox</name>
    <message>
        <source>What to know</source>
        <translation>ສິ່ງທີ່ຄວນຮູ້</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portable mode: settings and plans stay in the app&apos;s own folder.</source>
        <translation>ໂໝດພົກພາ: ການຕັ້ງຄ່າ ແລະ ແຜນຢູ່ໃນໂຟນເດີຂອງແອັບເອງ.</translation>
    </message>
    <message>
        <source>Hides everything at once and locks the plan. Esc twice does the same.</source>
        <translation>ເຊື່ອງທຸກຢ່າງທັນທີ ແລະ ລັອກແຜນ. ກົດ Esc ສອງເທື່ອກໍໄດ້ຜົນຄືກັນ.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>ເຊື່ອງ(&amp;H)</translation>
    </message>
    <message>
        <source>L&amp;ock</source>
        <translation>ລັອກ(&amp;O)</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>ເປີດໄຟລ໌ແຜນ</translation>
    </message>
    <message>
        <source>Choose the plan file, for example on your USB stick.</source>
        <translation>ເລືອກໄຟລ໌ແຜນ, ຕົວຢ່າງ ໃນ USB ຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>ເປີດສຳເນົາສຳຮອງແລ້ວ</translation>
    </message>
    <message>
        <source>The backup copy opened. Your changes will be saved to the plan file again.</source>
        <translation>ເປີດສຳເນົາສຳຮອງແລ້ວ. ການປ່ຽນແປງຂອງທ່ານຈະຖືກບັນທຶກລົງໄຟລ໌ແຜນອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>Your changes are back</source>
        <translation>ການປ່ຽນແປງຂອງທ່ານກັບມາແລ້ວ</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked. They are back now. SaferPlan will try to save them again.</source>
        <translation>ບັນທຶກການປ່ຽນແປງລ່າສຸດບໍ່ໄດ້ ກ່ອນແຜນຖືກລັອກ. ຕອນນີ້ການປ່ຽນແປງກັບມາແລ້ວ. SaferPlan ຈະລອງບັນທຶກອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>Changes not kept</source>
        <translation>ເກັບການປ່ຽນແປງໄວ້ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked, and they could not be kept. The plan is as it was last saved.</source>
        <translation>ບັນທຶກການປ່ຽນແປງລ່າສຸດບໍ່ໄດ້ ກ່ອນແຜນຖືກລັອກ, ແລະ ເກັບໄວ້ບໍ່ໄດ້. ແຜນຍັງຄືກັບຕອນທີ່ບັນທຶກຄັ້ງລ່າສຸດ.</translation>
    </message>
    <message>
        <source>Saved by a newer version</source>
        <translation>ບັນທຶກດ້ວຍເວີຊັນທີ່ໃໝ່ກວ່າ</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of SaferPlan ({version}). You can read it here, but changes are not saved, so that nothing the newer version added is lost. To change the plan, use the newer version.</source>
        <translation>ແຜນນີ້ຖືກບັນທຶກດ້ວຍ SaferPlan ເວີຊັນທີ່ໃໝ່ກວ່າ ({version}). ທ່ານອ່ານໄດ້ຢູ່ນີ້, ແຕ່ການປ່ຽນແປງຈະບໍ່ຖືກບັນທຶກ, ເພື່ອບໍ່ໃຫ້ສິ່ງທີ່ເວີຊັນໃໝ່ເພີ່ມໄວ້ເສຍໄປ. ຖ້າຈະປ່ຽນແຜນ, ໃຫ້ໃຊ້ເວີຊັນທີ່ໃໝ່ກວ່າ.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 It is still here. Please try again in a moment.</source>
        <translation>ບັນທຶກການປ່ຽນແປງລ່າສຸດບໍ່ໄດ້: %1 ຂໍ້ມູນຍັງຢູ່ທີ່ນີ້. ກະລຸນາລອງໃໝ່ອີກຄັ້ງໃນອີກຈັກໜ້ອຍ.</translation>
    </message>
    <message>
        <source>Not saved for next time</source>
        <translation>ບໍ່ໄດ້ບັນທຶກໄວ້ໃຊ້ຄັ້ງໜ້າ</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <source>Your settings work now but could not be kept for next time.</source>
        <translation>ການຕັ້ງຄ່າຂອງທ່ານໃຊ້ໄດ້ຕອນນີ້ ແຕ່ເກັບໄວ້ໃຊ້ຄັ້ງໜ້າບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Your plan was locked.</source>
        <translation>ແຜນຂອງທ່ານຖືກລັອກແລ້ວ.</translation>
    </message>
    <message>
        <source>Your last changes are not saved</source>
        <translation>ການປ່ຽນແປງລ່າສຸດຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>SaferPlan could not save your last changes. If you close now, they are lost. You can stay, check the folder or the USB stick, and try again.</source>
        <translation>SaferPlan ບັນທຶກການປ່ຽນແປງລ່າສຸດຂອງທ່ານບໍ່ໄດ້. ຖ້າປິດຕອນນີ້, ການປ່ຽນແປງເຫຼົ່ານັ້ນຈະເສຍໄປ. ທ່ານສາມາດຢູ່ຕໍ່, ກວດເບິ່ງໂຟນເດີ ຫຼື USB, ແລ້ວລອງໃໝ່ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>ປິດເລີຍ</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>ຢູ່ຕໍ່</translation>
    </message>
</context>
<context>
    <name>OlderCopy</name>
    <message>
        <source>This copy of your plan was made before its passphrase was changed on this computer. Someone who knew the old passphrase may have put it back. Your newer plan may be in another file or folder.</source>
        <translation>ສຳເນົາແຜນນີ້ເຮັດໄວ້ກ່ອນທີ່ຈະປ່ຽນວະລີລະຫັດຜ່ານໃນຄອມພິວເຕີເຄື່ອງນີ້. ຄົນທີ່ຮູ້ວະລີລະຫັດຜ່ານເກົ່າອາດເອົາມັນກັບມາວາງໄວ້. ແຜນທີ່ໃໝ່ກວ່າຂອງທ່ານອາດຢູ່ໃນໄຟລ໌ ຫຼື ໂຟລເດີອື່ນ.</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy. The backup beside it is newer (save %3): you can open it instead.</source>
        <translation>ໄຟລ໌ແຜນນີ້ເກົ່າກວ່າໄຟລ໌ທີ່ບັນທຶກຫຼ້າສຸດໃນຄອມພິວເຕີເຄື່ອງນີ້ (ການບັນທຶກຄັ້ງທີ %1; ຫຼ້າສຸດຢູ່ນີ້ແມ່ນຄັ້ງທີ %2). ອາດມີຄົນເອົາສຳເນົາເກົ່າກັບມາວາງໄວ້. ສຳເນົາສຳຮອງທີ່ຢູ່ຂ້າງມັນໃໝ່ກວ່າ (ຄັ້ງທີ %3): ທ່ານເປີດສຳເນົາສຳຮອງນັ້ນແທນໄດ້.</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy, or it came from a backup. Your newer plan may be in another file or folder.</source>
        <translation>ໄຟລ໌ແຜນນີ້ເກົ່າກວ່າໄຟລ໌ທີ່ບັນທຶກຫຼ້າສຸດໃນຄອມພິວເຕີເຄື່ອງນີ້ (ການບັນທຶກຄັ້ງທີ %1; ຫຼ້າສຸດຢູ່ນີ້ແມ່ນຄັ້ງທີ %2). ອາດມີຄົນເອົາສຳເນົາເກົ່າກັບມາວາງໄວ້, ຫຼື ມັນມາຈາກສຳເນົາສຳຮອງ. ແຜນທີ່ໃໝ່ກວ່າຂອງທ່ານອາດຢູ່ໃນໄຟລ໌ ຫຼື ໂຟລເດີອື່ນ.</translation>
    </message>
    <message>
        <source>An older copy of your plan</source>
        <translation>ສຳເນົາເກົ່າຂອງແຜນຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Use this older copy</source>
        <translation>ໃຊ້ສຳເນົາເກົ່ານີ້</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>ປິດໄຟລ໌ນີ້</translation>
    </message>
    <message>
        <source>Open the newer backup</source>
        <translation>ເປີດສຳເນົາສຳຮອງທີ່ໃໝ່ກວ່າ</translation>
    </message>
    <message>
        <source>The backup did not open</source>
        <translation>ເປີດສຳເນົາສຳຮອງບໍ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>ລະຫັດຜ່ານທັງສອງຍັງບໍ່ຄືກັນ.</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>ຈະພິມຫຍັງ</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>ແຜນທັງໝົດ</translation>
    </message>
    <message>
        <source>The wallet card</source>
        <translation>ບັດພົກຕິດຕົວ</translation>
    </message>
    <message>
        <source>People on the card</source>
        <translation>ຄົນທີ່ຢູ່ໃນບັດ</translation>
    </message>
    <message>
        <source>No people yet. People you add under People can go on the card.</source>
        <translation>ຍັງບໍ່ມີຄົນ. ຄົນທີ່ທ່ານເພີ່ມໄວ້ໃນໜ້າ “ຄົນ” ໃສ່ໃນບັດໄດ້.</translation>
    </message>
    <message>
        <source>Include the medication line</source>
        <translation>ໃສ່ແຖວເລື່ອງຢາ</translation>
    </message>
    <message>
        <source>Include the language and interpreter line</source>
        <translation>ໃສ່ແຖວເລື່ອງພາສາ ແລະ ນາຍພາສາ</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>ແບບບໍ່ເປີດເຜີຍ</translation>
    </message>
    <message>
        <source>Neutral headings, names and numbers only.</source>
        <translation>ຫົວຂໍ້ທົ່ວໄປ, ມີແຕ່ຊື່ ແລະ ເບີໂທ.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>ເຈ້ຍ</translation>
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
        <translation>ພາສາຂອງຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>ລະຫັດຜ່ານ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>Only for saving a file. Anyone who wants to open the PDF will need it. SaferPlan cannot recover it.</source>
        <translation>ໃຊ້ສະເພາະຕອນບັນທຶກເປັນໄຟລ໌. ໃຜທີ່ຢາກເປີດ PDF ຈະຕ້ອງໃຊ້ລະຫັດນີ້. SaferPlan ກູ້ຄືນລະຫັດນີ້ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>ລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>ລະຫັດຜ່ານ PDF</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>ລະຫັດຜ່ານເດີມອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>ລະຫັດຜ່ານ PDF ອີກຄັ້ງ</translation>
    </message>
</context>
<context>
    <name>OrganisationCard</name>
    <message>
        <source>Role for {name}</source>
        <translation>ບົດບາດຂອງ {name}</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>ບໍ່ມີບົດບາດ</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>ເພີ່ມໃນລາຍຊື່ຄົນຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>ເພີ່ມ {name} ໃນລາຍຊື່ຄົນຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Added to your people. You can change it there.</source>
        <translation>ເພີ່ມໃນລາຍຊື່ຄົນຂອງທ່ານແລ້ວ. ທ່ານແກ້ໄຂໄດ້ຢູ່ທີ່ນັ້ນ.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Spaces alone cannot be a passphrase.</source>
        <translation>ໃຊ້ແຕ່ຍະຫວ່າງເປັນວະລີລະຫັດຜ່ານບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>ສັ້ນເກີນໄປ: ໃຊ້ຢ່າງໜ້ອຍ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, so it is easy to guess. Please choose another.</source>
        <translation>ນີ້ແມ່ນລະຫັດຜ່ານອັນໜຶ່ງທີ່ຄົນໃຊ້ຫຼາຍທີ່ສຸດ, ສະນັ້ນເດົາໄດ້ງ່າຍ. ກະລຸນາເລືອກອັນອື່ນ.</translation>
    </message>
    <message>
        <source>This is a keyboard or letter pattern, so it is easy to guess. Please choose another.</source>
        <translation>ນີ້ແມ່ນຮູບແບບຕາມແປ້ນພິມ ຫຼື ຕົວອັກສອນ, ສະນັ້ນເດົາໄດ້ງ່າຍ. ກະລຸນາເລືອກອັນອື່ນ.</translation>
    </message>
    <message>
        <source>Numbers alone, such as a date, are easy to guess. Please add some words.</source>
        <translation>ຕົວເລກຢ່າງດຽວ ເຊັ່ນ ວັນທີ, ເດົາໄດ້ງ່າຍ. ກະລຸນາເພີ່ມຄຳເຂົ້າໄປແດ່.</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>ພໍໃຊ້. ເພີ່ມອີກໜຶ່ງ ຫຼື ສອງຄຳ ຈະແຂງແຮງຂຶ້ນຫຼາຍ.</translation>
    </message>
    <message>
        <source>Good. One more word makes it stronger still.</source>
        <translation>ດີ. ເພີ່ມອີກໜຶ່ງຄຳ ຈະແຂງແຮງຂຶ້ນອີກ.</translation>
    </message>
    <message>
        <source>Strong: long, with several words.</source>
        <translation>ແຂງແຮງ: ຍາວ, ມີຫຼາຍຄຳ.</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>ເຊື່ອງວະລີລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>ສະແດງວະລີລະຫັດຜ່ານ</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>A few unrelated words you can remember make a strong passphrase, for example four words from different parts of your life. Do not use a name or a date someone could guess.</source>
        <translation>ຄຳຫຼາຍຄຳທີ່ບໍ່ກ່ຽວກັນ ແລະ ທ່ານຈື່ໄດ້ ເປັນວະລີລະຫັດຜ່ານທີ່ແຂງແຮງ, ຕົວຢ່າງ ສີ່ຄຳຈາກເລື່ອງຕ່າງໆໃນຊີວິດຂອງທ່ານ. ຢ່າໃຊ້ຊື່ ຫຼື ວັນທີທີ່ຄົນອື່ນເດົາໄດ້.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>ພິມວະລີລະຫັດຜ່ານດຽວກັນອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>ກະລຸນາເລືອກວະລີລະຫັດຜ່ານກ່ອນ.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>ວະລີລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ. ກະລຸນາພິມອີກຄັ້ງ.</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <source>Paused</source>
        <translation>ຢຸດຊົ່ວຄາວ</translation>
    </message>
    <message>
        <source>This session was hidden after a few minutes without use.</source>
        <translation>ການໃຊ້ງານນີ້ຖືກເຊື່ອງໄວ້ ຫຼັງຈາກບໍ່ມີການໃຊ້ງານສອງສາມນາທີ.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>ຕໍ່ໄປ(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <source>People</source>
        <translation>ຄົນ</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>ກັບໄປໜ້າຫຼັກ(&amp;M)</translation>
    </message>
    <message>
        <source>First names or nicknames are enough. Add only what your plan needs.</source>
        <translation>ໃຊ້ຊື່ຕົ້ນ ຫຼື ຊື່ຫຼິ້ນກໍພໍ. ໃສ່ແຕ່ສິ່ງທີ່ແຜນຂອງທ່ານຕ້ອງການ.</translation>
    </message>
    <message>
        <source>No one in your list yet</source>
        <translation>ຍັງບໍ່ມີໃຜໃນລາຍການ</translation>
    </message>
    <message>
        <source>Add the people who could help: someone to call, a lawyer, someone who could care for your children.</source>
        <translation>ເພີ່ມຄົນທີ່ຊ່ວຍທ່ານໄດ້: ຄົນທີ່ຈະໂທຫາ, ທະນາຍຄວາມ, ຫຼື ຄົນທີ່ເບິ່ງແຍງລູກຂອງທ່ານໄດ້.</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>ເພີ່ມຄົນ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ເອົາອອກ(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ຍັງບໍ່ມີຊື່)</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>ຄົນນີ້</translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation>ເອົາຄົນອອກ</translation>
    </message>
    <message>
        <source>Remove {name} from your plan? They will also be taken out of your answers.</source>
        <translation>ເອົາ {name} ອອກຈາກແຜນຂອງທ່ານບໍ? ຊື່ນີ້ຈະຖືກເອົາອອກຈາກຄຳຕອບຂອງທ່ານນຳ.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ເກັບໄວ້</translation>
    </message>
</context>
<context>
    <name>PersonAdapter</name>
    <message>
        <source>No one in your list yet.</source>
        <translation>ຍັງບໍ່ມີໃຜໃນລາຍຊື່.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>ເພີ່ມຄົນ</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>ຊື່ ຫຼື ຊື່ຫຼິ້ນ</translation>
    </message>
    <message>
        <source>Phone (if you want)</source>
        <translation>ເບີໂທລະສັບ (ຖ້າຕ້ອງການ)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>ເພີ່ມ</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ເບີໂທລະສັບ</translation>
    </message>
    <message>
        <source>Address (if you want)</source>
        <translation>ທີ່ຢູ່ (ຖ້າຕ້ອງການ)</translation>
    </message>
    <message>
        <source>About the phone number</source>
        <translation>ກ່ຽວກັບເບີໂທນີ້</translation>
    </message>
    <message>
        <source>Print this address on my wallet card</source>
        <translation>ພິມທີ່ຢູ່ນີ້ໃສ່ບັດພົກຕິດຕົວຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Officers may read the card. Leave this off unless you need the address on it.</source>
        <translation>ເຈົ້າໜ້າທີ່ອາດອ່ານບັດນີ້ໄດ້. ບໍ່ຕ້ອງເລືອກຂໍ້ນີ້ ຖ້າທ່ານບໍ່ຈຳເປັນຕ້ອງມີທີ່ຢູ່ໃນບັດ.</translation>
    </message>
    <message>
        <source>I want to know this number by heart</source>
        <translation>ຂ້ອຍຢາກຈື່ເບີນີ້ໃຫ້ຂຶ້ນໃຈ</translation>
    </message>
    <message>
        <source>What they could do for me</source>
        <translation>ເຂົາເຈົ້າຊ່ວຍຫຍັງຂ້ອຍໄດ້ແດ່</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>A phone number can hold only digits, spaces, a dot and the signs + - ( ). For an extension, type x or ext, then its digits.</source>
        <translation>ເບີໂທມີໄດ້ແຕ່ຕົວເລກ, ຍະຫວ່າງ, ຈຸດ ແລະ ເຄື່ອງໝາຍ + - ( ). ຖ້າມີເບີຕໍ່, ໃຫ້ພິມ x ຫຼື ext, ແລ້ວຕາມດ້ວຍຕົວເລກ.</translation>
    </message>
    <message>
        <source>Hidden characters that can change how text is shown were removed.</source>
        <translation>ລຶບຕົວອັກສອນທີ່ເບິ່ງບໍ່ເຫັນ ເຊິ່ງປ່ຽນການສະແດງຂໍ້ຄວາມໄດ້ອອກແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>PlanChoiceScreen</name>
    <message>
        <source>What do you want to plan for?</source>
        <translation>ທ່ານຢາກວາງແຜນເລື່ອງຫຍັງ?</translation>
    </message>
    <message>
        <source>Choose one to begin. You can add the other one later, and skip any question.</source>
        <translation>ເລືອກອັນໜຶ່ງເພື່ອເລີ່ມ. ທ່ານເພີ່ມອີກອັນໄດ້ພາຍຫຼັງ, ແລະ ຂ້າມຄຳຖາມໃດກໍໄດ້.</translation>
    </message>
    <message>
        <source>&amp;Safety plan</source>
        <translation>ແຜນຄວາມປອດໄພ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Release plan</source>
        <translation>ແຜນການປ່ອຍຕົວ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>ຕັດສິນໃຈພາຍຫຼັງ(&amp;D)</translation>
    </message>
    <message>
        <source>If you are at risk of violence: people to call, safe places, how to leave.</source>
        <translation>ຖ້າທ່ານສ່ຽງຕໍ່ຄວາມຮຸນແຮງ: ຄົນທີ່ຈະໂທຫາ, ບ່ອນປອດໄພ, ວິທີອອກໄປ.</translation>
    </message>
    <message>
        <source>If you could be detained: who to call, your papers, getting out.</source>
        <translation>ຖ້າທ່ານອາດຖືກກັກຂັງ: ໂທຫາໃຜ, ເອກະສານຂອງທ່ານ, ການໄດ້ອອກມາ.</translation>
    </message>
    <message>
        <source>Your answers stay locked on this computer. Nothing is sent anywhere.</source>
        <translation>ຄຳຕອບຂອງທ່ານຖືກລັອກໄວ້ໃນຄອມພິວເຕີເຄື່ອງນີ້. ບໍ່ມີຫຍັງຖືກສົ່ງໄປໃສ.</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ບໍ່ແມ່ນ</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>ບໍ່ແນ່ໃຈ</translation>
    </message>
    <message>
        <source>No one added yet.</source>
        <translation>ຍັງບໍ່ໄດ້ເພີ່ມໃຜ.</translation>
    </message>
    <message>
        <source>Everyone else in my plan, by role</source>
        <translation>ຄົນອື່ນທັງໝົດໃນແຜນຂອງຂ້ອຍ, ແຍກຕາມບົດບາດ</translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>ຍັງບໍ່ໄດ້ເພີ່ມຫຍັງ.</translation>
    </message>
    <message>
        <source>A copy is with {name}.</source>
        <translation>{name} ມີສຳເນົາ.</translation>
    </message>
    <message>
        <source>{title}: nothing answered yet.</source>
        <translation>{title}: ຍັງບໍ່ໄດ້ຕອບ.</translation>
    </message>
    <message>
        <source>Still to think about</source>
        <translation>ເລື່ອງທີ່ຈະຄິດຕື່ມ</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>ແຜນຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Bond persons</source>
        <translation>ຜູ້ຄ້ຳປະກັນ</translation>
    </message>
    <message>
        <source>Numbers to know by heart</source>
        <translation>ເບີທີ່ຈະຈື່ໃຫ້ຂຶ້ນໃຈ</translation>
    </message>
    <message>
        <source>Where my documents are</source>
        <translation>ເອກະສານຂອງຂ້ອຍຢູ່ໃສ</translation>
    </message>
    <message>
        <source>Lawyers and legal help</source>
        <translation>ທະນາຍຄວາມ ແລະ ການຊ່ວຍເຫຼືອດ້ານກົດໝາຍ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>ໜ້າ {page} ຈາກ {count}</translation>
    </message>
</context>
<context>
    <name>PlanWalkWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>ກັບໄປໜ້າຫຼັກ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ກັບຄືນ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>ຂ້າມໄປກ່ອນ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Doesn&apos;t apply</source>
        <translation>ບໍ່ກ່ຽວຂ້ອງ(&amp;D)</translation>
    </message>
    <message>
        <source>Talk about it &amp;later</source>
        <translation>ໄວ້ລົມກັນພາຍຫຼັງ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ຕໍ່ໄປ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish for now</source>
        <translation>ພໍແຕ່ນີ້ກ່ອນ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>ພາກຕໍ່ໄປ(&amp;N)</translation>
    </message>
    <message>
        <source>Skipped for now. You can come back to it any time.</source>
        <translation>ຂ້າມໄປກ່ອນແລ້ວ. ທ່ານກັບມາຕອບໄດ້ທຸກເວລາ.</translation>
    </message>
    <message>
        <source>Noted: that one does not apply to you.</source>
        <translation>ຮັບຊາບແລ້ວ: ຂໍ້ນີ້ບໍ່ກ່ຽວຂ້ອງກັບທ່ານ.</translation>
    </message>
    <message>
        <source>Kept for later. You will find it under &quot;To talk about later&quot;.</source>
        <translation>ເກັບໄວ້ພາຍຫຼັງແລ້ວ. ທ່ານຈະຊອກເຫັນໄດ້ໃນຫົວຂໍ້ “ໄວ້ລົມກັນພາຍຫຼັງ”.</translation>
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
        <translation>ຍັງບໍ່ມີເບີທີ່ຈະຈື່</translation>
    </message>
    <message>
        <source>Your phone may be taken away from you. Knowing a few numbers by heart helps.

To choose a number to learn, go to People, open someone who has a phone number, and tick “I want to know this number by heart”.</source>
        <translation>ໂທລະສັບຂອງທ່ານອາດຖືກເອົາໄປ. ການຈື່ເບີໄດ້ຂຶ້ນໃຈສອງສາມເບີຈະຊ່ວຍໄດ້.

ເພື່ອເລືອກເບີທີ່ຈະຈື່, ໃຫ້ໄປທີ່ໜ້າ “ຄົນ”, ເປີດຄົນທີ່ມີເບີໂທລະສັບ, ແລ້ວໝາຍຕິກ “ຂ້ອຍຢາກຈື່ເບີນີ້ໃຫ້ຂຶ້ນໃຈ”.</translation>
    </message>
    <message>
        <source>Known by heart</source>
        <translation>ຈື່ໄດ້ຂຶ້ນໃຈແລ້ວ</translation>
    </message>
    <message>
        <source>Hide roles</source>
        <translation>ເຊື່ອງບົດບາດ</translation>
    </message>
    <message>
        <source>Type the number from memory. Spaces and dashes do not matter.</source>
        <translation>ພິມເບີຈາກຄວາມຈຳ. ຍະຫວ່າງ ແລະ ຂີດບໍ່ມີຜົນ.</translation>
    </message>
    <message>
        <source>The number, from memory</source>
        <translation>ເບີ (ຈາກຄວາມຈຳ)</translation>
    </message>
    <message>
        <source>Type the number</source>
        <translation>ພິມເບີ</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>ເບິ່ງຄຳໃບ້</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>✓ right   ≠ different digit   ? missing digit   + extra digit</source>
        <translation>✓ ຖືກ   ≠ ຕົວເລກຜິດ   ? ຕົວເລກຂາດ   + ຕົວເລກເກີນ</translation>
    </message>
    <message>
        <source>A new number to learn. Read it a few times and say it quietly to yourself. When you are ready, it will be hidden and you can type it from memory.</source>
        <translation>ເບີໃໝ່ທີ່ຈະຈື່. ອ່ານສອງສາມເທື່ອ ແລະ ເວົ້າຄ່ອຍໆກັບຕົວເອງ. ເມື່ອທ່ານພ້ອມ, ເບີຈະຖືກເຊື່ອງ ແລະ ທ່ານພິມຈາກຄວາມຈຳໄດ້.</translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation>ມື້ນີ້ຄົບແລ້ວ</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>ກັບໄປໜ້າຫຼັກ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>ຂ້າມໄປກ່ອນ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>ຮຽບຮ້ອຍແລ້ວ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ຕໍ່ໄປ(&amp;N)</translation>
    </message>
    <message>
        <source>I am &amp;ready, hide it</source>
        <translation>ພ້ອມແລ້ວ, ເຊື່ອງໄດ້(&amp;R)</translation>
    </message>
    <message>
        <source>Practise &amp;all numbers again</source>
        <translation>ຝຶກທຸກເບີອີກຄັ້ງ(&amp;A)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ບໍ່ມີຊື່)</translation>
    </message>
    <message>
        <source>Practised today: {done} of {total}</source>
        <translation>ຝຶກມື້ນີ້ແລ້ວ: {done} ຈາກ {total}</translation>
    </message>
    <message numerus="yes">
        <source>Numbers practised today: %n</source>
        <translation>
            <numerusform>ເບີທີ່ຝຶກມື້ນີ້: %n</numerusform>
            <numerusform>ເບີທີ່ຝຶກມື້ນີ້: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Each time you practise, they get easier to remember.</source>
        <translation>ຍິ່ງຝຶກເລື້ອຍໆ, ຍິ່ງຈື່ໄດ້ງ່າຍຂຶ້ນ.</translation>
    </message>
    <message numerus="yes">
        <source>Numbers you know by heart: %n</source>
        <translation>
            <numerusform>ເບີທີ່ທ່ານຈື່ໄດ້ຂຶ້ນໃຈ: %n</numerusform>
            <numerusform>ເບີທີ່ທ່ານຈື່ໄດ້ຂຶ້ນໃຈ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days until the next practice: %n</source>
        <translation>
            <numerusform>ອີກຈັກມື້ຈະເຖິງການຝຶກຄັ້ງຕໍ່ໄປ: %n</numerusform>
            <numerusform>ອີກຈັກມື້ຈະເຖິງການຝຶກຄັ້ງຕໍ່ໄປ: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>You can practise again today.</source>
        <translation>ມື້ນີ້ທ່ານຝຶກອີກໄດ້.</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>ຄຳໃບ້: {hint}</translation>
    </message>
    <message>
        <source>Right, with a hint. It will come back once more without one.</source>
        <translation>ຖືກ, ໂດຍໃຊ້ຄຳໃບ້. ເບີນີ້ຈະກັບມາອີກຄັ້ງ ໂດຍບໍ່ມີຄຳໃບ້.</translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation>ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>Not quite. Here is the number. It will come back later.</source>
        <translation>ຍັງບໍ່ຖືກທັງໝົດ. ນີ້ແມ່ນເບີທີ່ຖືກ. ເບີນີ້ຈະກັບມາອີກພາຍຫຼັງ.</translation>
    </message>
    <message>
        <source>The number:</source>
        <translation>ເບີ:</translation>
    </message>
    <message>
        <source>To call this number from Canada, you also need its country code, +{code}.</source>
        <translation>ເພື່ອໂທເບີນີ້ຈາກການາດາ, ທ່ານຕ້ອງໃຊ້ລະຫັດປະເທດນຳ, ຄື +{code}.</translation>
    </message>
    <message numerus="yes">
        <source>Different digits: %n</source>
        <translation>
            <numerusform>ຕົວເລກທີ່ຜິດ: %n</numerusform>
            <numerusform>ຕົວເລກທີ່ຜິດ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing digits: %n</source>
        <translation>
            <numerusform>ຕົວເລກທີ່ຂາດ: %n</numerusform>
            <numerusform>ຕົວເລກທີ່ຂາດ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra digits: %n</source>
        <translation>
            <numerusform>ຕົວເລກທີ່ເກີນ: %n</numerusform>
            <numerusform>ຕົວເລກທີ່ເກີນ: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>The preview could not be made. Please try other choices, or try again later.</source>
        <translation>ສ້າງຕົວຢ່າງບໍ່ໄດ້. ກະລຸນາລອງເລືອກແບບອື່ນ ຫຼື ລອງໃໝ່ພາຍຫຼັງ.</translation>
    </message>
    <message>
        <source>Preview, page %1 of %2</source>
        <translation>ເບິ່ງຕົວຢ່າງ, ໜ້າ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ເບິ່ງຕົວຢ່າງ</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>ກຳລັງກຽມຕົວຢ່າງ…</translation>
    </message>
    <message>
        <source>Preview: one sheet of cards. Cut along the lines, fold in the middle.</source>
        <translation>ເບິ່ງຕົວຢ່າງ: ເຈ້ຍໜຶ່ງແຜ່ນທີ່ມີບັດ. ຕັດຕາມເສັ້ນ, ແລ້ວພັບເຄິ່ງກາງ.</translation>
    </message>
    <message>
        <source>Preview: 1 page</source>
        <translation>ເບິ່ງຕົວຢ່າງ: 1 ໜ້າ</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>ເບິ່ງຕົວຢ່າງ: %n ໜ້າ</numerusform>
            <numerusform>ເບິ່ງຕົວຢ່າງ: %n ໜ້າ</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>PDF ຈະຖາມລະຫັດຜ່ານນີ້ ເມື່ອມີຄົນເປີດ.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>SaferPlan ບໍ່ໄດ້ລັອກໄຟລ໌ PDF. ໃຜທີ່ໃຊ້ຄອມພິວເຕີເຄື່ອງນີ້ ຫຼື USB ນັ້ນ ອ່ານໄດ້, ເວັ້ນເສຍແຕ່ທ່ານໃສ່ລະຫັດຜ່ານ.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>ບັນທຶກເປັນ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>ສົ່ງໄປເຄື່ອງພິມແລ້ວ.</translation>
    </message>
    <message>
        <source>Print or save a copy</source>
        <translation>ພິມ ຫຼື ບັນທຶກສຳເນົາ</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>ກັບໄປໜ້າຫຼັກ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>ບັນທຶກເປັນ PDF…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ພິມ…(&amp;P)</translation>
    </message>
    <message>
        <source>Printing: the computer may keep a copy in its print queue for a while.</source>
        <translation>ການພິມ: ຄອມພິວເຕີອາດເກັບສຳເນົາໄວ້ໃນຄິວການພິມໄລຍະໜຶ່ງ.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ຊື່ໄຟລ໌</translation>
    </message>
    <message>
        <source>Name of the PDF file. A name that says little about what is inside is safer.</source>
        <translation>ຊື່ຂອງໄຟລ໌ PDF. ຊື່ທີ່ບອກໜ້ອຍກ່ຽວກັບສິ່ງທີ່ຢູ່ໃນໄຟລ໌ ຈະປອດໄພກວ່າ.</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>ບັນທຶກ PDF ໄວ້ໃສ</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick.</source>
        <translation>ເລືອກໂຟນເດີ, ຕົວຢ່າງ ໃນ USB ຂອງທ່ານເອງ.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>ແທນໄຟລ໌ເດີມບໍ?</translation>
    </message>
    <message>
        <source>There is already a file called %1 in this folder. Replace it?</source>
        <translation>ມີໄຟລ໌ຊື່ %1 ຢູ່ໃນໂຟນເດີນີ້ແລ້ວ. ແທນໄຟລ໌ນັ້ນບໍ?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>ແທນໄຟລ໌</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>ເກັບໄວ້</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>ກ່ອນພິມ</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Discreet mode prints less. Print now?</source>
        <translation>ເຄື່ອງພິມ ແລະ ຄິວການພິມ ອາດເກັບສຳເນົາສິ່ງທີ່ທ່ານພິມໄວ້ໃນຄອມພິວເຕີເຄື່ອງນີ້ໄລຍະໜຶ່ງ. ແບບບໍ່ເປີດເຜີຍຈະພິມໜ້ອຍກວ່າ. ພິມຕອນນີ້ບໍ?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ຕອນນີ້ຍັງບໍ່</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ພິມ</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>ຍັງບໍ່ໄດ້ພິມ</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. To keep a copy as a file, use Save as PDF: it can protect the file with a password.</source>
        <translation>SaferPlan ພິມໄດ້ກັບເຄື່ອງພິມເທົ່ານັ້ນ. ຖ້າຢາກເກັບສຳເນົາເປັນໄຟລ໌, ໃຫ້ໃຊ້ “ບັນທຶກເປັນ PDF”: ມັນໃສ່ລະຫັດຜ່ານປ້ອງກັນໄຟລ໌ໄດ້.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ແມ່ນ(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ບໍ່(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>For example:
{examples}</source>
        <translation>ຕົວຢ່າງ:
{examples}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {section}</source>
        <translation>ຄຳຖາມທີ {number} ຈາກ {count} · {section}</translation>
    </message>
    <message>
        <source>You skipped this for now.</source>
        <translation>ທ່ານຂ້າມຂໍ້ນີ້ໄປກ່ອນ.</translation>
    </message>
    <message>
        <source>You said this does not apply.</source>
        <translation>ທ່ານບອກວ່າຂໍ້ນີ້ບໍ່ກ່ຽວຂ້ອງກັບທ່ານ.</translation>
    </message>
    <message>
        <source>You wanted to talk about this later.</source>
        <translation>ທ່ານຢາກລົມເລື່ອງນີ້ພາຍຫຼັງ.</translation>
    </message>
</context>
<context>
    <name>RecordPdf</name>
    <message>
        <source>My record</source>
        <translation>ບັນທຶກຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ສະຖານທີ່</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>ມີໃຜຢູ່ທີ່ນັ້ນ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ເກີດຫຍັງຂຶ້ນ</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>ໄຟລ໌ແນບ</translation>
    </message>
    <message>
        <source>{name} (a file kept in the plan, not shown here)</source>
        <translation>{name} (ໄຟລ໌ທີ່ເກັບໄວ້ໃນແຜນ, ບໍ່ໄດ້ສະແດງຢູ່ນີ້)</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>ຮູບ: {name}</translation>
    </message>
    <message>
        <source>No date given</source>
        <translation>ບໍ່ໄດ້ລະບຸວັນທີ</translation>
    </message>
    <message>
        <source>{name} (a picture that could not be shown)</source>
        <translation>{name} (ຮູບທີ່ສະແດງບໍ່ໄດ້)</translation>
    </message>
</context>
<context>
    <name>RecordPdfDialog</name>
    <message>
        <source>Make a PDF for a lawyer or advocate</source>
        <translation>ເຮັດ PDF ສຳລັບທະນາຍຄວາມ ຫຼື ຜູ້ສະໜັບສະໜູນ</translation>
    </message>
    <message>
        <source>Choose the entries to put in the PDF. You decide what to share.</source>
        <translation>ເລືອກລາຍການທີ່ຈະໃສ່ໃນ PDF. ທ່ານເປັນຜູ້ຕັດສິນໃຈວ່າຈະແບ່ງປັນຫຍັງ.</translation>
    </message>
    <message>
        <source>Entries in the PDF</source>
        <translation>ລາຍການໃນ PDF</translation>
    </message>
    <message>
        <source>Neutral title: {title}</source>
        <translation>ຫົວຂໍ້ທີ່ບໍ່ເປີດເຜີຍ: {title}</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>ລະຫັດຜ່ານ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>ລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>ລະຫັດຜ່ານເດີມອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>ບັນທຶກ PDF…</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>ບໍ່ເລືອກຈັກອັນ</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>ລະຫັດຜ່ານທັງສອງຍັງບໍ່ຄືກັນ.</translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>PDF ຈະຖາມລະຫັດຜ່ານນີ້ ເມື່ອມີຄົນເປີດ.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>SaferPlan ບໍ່ໄດ້ລັອກໄຟລ໌ PDF. ໃຜທີ່ໃຊ້ຄອມພິວເຕີເຄື່ອງນີ້ ຫຼື USB ນັ້ນ ອ່ານໄດ້, ເວັ້ນເສຍແຕ່ທ່ານໃສ່ລະຫັດຜ່ານ.</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>ບັນທຶກເປັນ {path} ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>SaferPlan can keep photos and screenshots (PNG, JPEG, GIF or WebP), PDF files and plain text files.</source>
        <translation>SaferPlan ເກັບຮູບ ແລະ ຮູບໜ້າຈໍ (PNG, JPEG, GIF ຫຼື WebP), ໄຟລ໌ PDF ແລະ ໄຟລ໌ຂໍ້ຄວາມທຳມະດາໄດ້.</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>ເພີ່ມໄຟລ໌</translation>
    </message>
    <message>
        <source>This file could not be read. Please check that it is still there, then try again.</source>
        <translation>ອ່ານໄຟລ໌ນີ້ບໍ່ໄດ້. ກະລຸນາກວດເບິ່ງວ່າໄຟລ໌ຍັງຢູ່ບ່ອນເດີມ, ແລ້ວລອງໃໝ່ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The original file</source>
        <translation>ໄຟລ໌ຕົ້ນສະບັບ</translation>
    </message>
    <message>
        <source>The file is now kept inside your locked plan. SaferPlan can delete the original file. On SSDs, USB sticks and phones, a deleted file can sometimes still be recovered, and copies may exist elsewhere (for example in a photo app or a cloud backup).</source>
        <translation>ຕອນນີ້ໄຟລ໌ຖືກເກັບໄວ້ໃນແຜນທີ່ລັອກຂອງທ່ານແລ້ວ. SaferPlan ລຶບໄຟລ໌ຕົ້ນສະບັບໃຫ້ໄດ້. ໃນ SSD, USB ແລະ ໂທລະສັບ, ໄຟລ໌ທີ່ລຶບແລ້ວບາງເທື່ອຍັງກູ້ຄືນໄດ້, ແລະ ອາດມີສຳເນົາຢູ່ບ່ອນອື່ນ (ຕົວຢ່າງ ໃນແອັບຮູບພາບ ຫຼື ບ່ອນສຳຮອງຂໍ້ມູນໃນຄລາວ).</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation>ລຶບຕົ້ນສະບັບ</translation>
    </message>
    <message>
        <source>Keep the original</source>
        <translation>ເກັບຕົ້ນສະບັບໄວ້</translation>
    </message>
    <message>
        <source>The original file could not be deleted. You can delete it yourself if you want to.</source>
        <translation>ລຶບໄຟລ໌ຕົ້ນສະບັບບໍ່ໄດ້. ທ່ານລຶບເອງໄດ້ ຖ້າທ່ານຕ້ອງການ.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>ຮູບ</translation>
    </message>
</context>
<context>
    <name>RecordWidget</name>
    <message>
        <source>Private record</source>
        <translation>ບັນທຶກສ່ວນຕົວ</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. This stays inside your locked plan.</source>
        <translation>ຂຽນຫຼາຍ ຫຼື ໜ້ອຍກໍໄດ້ ຕາມທີ່ທ່ານຕ້ອງການ. ສິ່ງທີ່ຂຽນຈະຢູ່ໃນແຜນທີ່ລັອກຂອງທ່ານເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ຊອກຫາ</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>ຊອກຫາໃນບັນທຶກສ່ວນຕົວ</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>ລາຍການ, ອັນໃໝ່ສຸດຢູ່ກ່ອນ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>ກັບໄປໜ້າຫຼັກ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>ເພີ່ມລາຍການ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ເອົາອອກ(&amp;R)</translation>
    </message>
    <message>
        <source>Make a &amp;PDF for a lawyer or advocate…</source>
        <translation>ເຮັດ PDF ສຳລັບທະນາຍຄວາມ ຫຼື ຜູ້ສະໜັບສະໜູນ…(&amp;P)</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>ຍັງບໍ່ໄດ້ຂຽນຫຍັງ</translation>
    </message>
    <message>
        <source>A dated note of what happened, in your own words, can help a lawyer or advocate later. Add one when you want to.</source>
        <translation>ບັນທຶກສັ້ນໆ ວ່າເກີດຫຍັງຂຶ້ນ ແລະ ມື້ໃດ, ດ້ວຍຄຳເວົ້າຂອງທ່ານເອງ, ອາດຊ່ວຍທະນາຍຄວາມ ຫຼື ຜູ້ສະໜັບສະໜູນໄດ້ພາຍຫຼັງ. ເພີ່ມໄດ້ເມື່ອທ່ານຕ້ອງການ.</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ບໍ່ມີວັນທີ</translation>
    </message>
    <message>
        <source>{when} · {where}</source>
        <translation>{when} · {where}</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 ໄຟລ໌</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n ໄຟລ໌</numerusform>
            <numerusform>%n ໄຟລ໌</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>ບໍ່ພົບຫຍັງ.</translation>
    </message>
    <message>
        <source>Remove this entry and the files kept with it?</source>
        <translation>ເອົາລາຍການນີ້ ແລະ ໄຟລ໌ທີ່ເກັບໄວ້ນຳອອກບໍ?</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>ເອົາລາຍການນີ້ອອກບໍ?</translation>
    </message>
    <message>
        <source>Remove an entry</source>
        <translation>ເອົາລາຍການອອກ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ເກັບໄວ້</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Recovery code</source>
        <translation>ລະຫັດກູ້ຄືນ</translation>
    </message>
    <message>
        <source>This code opens the plan if the passphrase is forgotten. Anyone who has it can open the plan. Keep it somewhere safe, away from the computer.</source>
        <translation>ລະຫັດນີ້ໃຊ້ເປີດແຜນໄດ້ ຖ້າລືມວະລີລະຫັດຜ່ານ. ໃຜທີ່ມີລະຫັດນີ້ກໍເປີດແຜນໄດ້. ເກັບໄວ້ໃນບ່ອນທີ່ປອດໄພ, ຫ່າງຈາກຄອມພິວເຕີ.</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>ກ່ອນພິມ</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Print the code now?</source>
        <translation>ເຄື່ອງພິມ ແລະ ຄິວການພິມອາດເກັບສຳເນົາສິ່ງທີ່ທ່ານພິມໄວ້ໃນຄອມພິວເຕີເຄື່ອງນີ້ໄລຍະໜຶ່ງ. ພິມລະຫັດດຽວນີ້ບໍ?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ພິມ</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ຕອນນີ້ຍັງບໍ່</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>ຍັງບໍ່ໄດ້ພິມ</translation>
    </message>
    <message>
        <source>The code is printed only on a printer, never into a file. Please write it down instead.</source>
        <translation>ລະຫັດນີ້ພິມໄດ້ກັບເຄື່ອງພິມເທົ່ານັ້ນ, ບໍ່ບັນທຶກເປັນໄຟລ໌. ກະລຸນາຂຽນມັນໄວ້ດ້ວຍມືແທນ.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation>ລະຫັດກູ້ຄືນຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Write the six groups on paper, in order, and keep it somewhere safe, apart from your computer. It is shown only this once. With it, you or anyone who has it can open your plan.</source>
        <translation>ຂຽນທັງຫົກກຸ່ມລົງເຈ້ຍຕາມລຳດັບ, ແລ້ວເກັບໄວ້ບ່ອນທີ່ປອດໄພ, ແຍກຈາກຄອມພິວເຕີຂອງທ່ານ. ລະຫັດນີ້ຈະສະແດງພຽງຄັ້ງນີ້ຄັ້ງດຽວ. ໃຜກໍຕາມທີ່ມີລະຫັດນີ້, ລວມທັງທ່ານ, ເປີດແຜນຂອງທ່ານໄດ້.</translation>
    </message>
    <message>
        <source>The code has no 0, O, 1 or I, so nothing can be mistaken for something else.</source>
        <translation>ລະຫັດນີ້ບໍ່ມີ 0, O, 1 ຫຼື I, ສະນັ້ນບໍ່ມີຕົວໃດທີ່ຈະສັບສົນກັບຕົວອື່ນ.</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>ພິມອອກ</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>ຂ້ອຍຂຽນໄວ້ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Bond person</source>
        <translation>ຜູ້ຄ້ຳປະກັນ</translation>
    </message>
    <message>
        <source>Could pay or promise money of their own so I can be released.</source>
        <translation>ອາດຈ່າຍ ຫຼື ສັນຍາວ່າຈະຈ່າຍເງິນຂອງຕົນເອງ ເພື່ອໃຫ້ຂ້ອຍຖືກປ່ອຍຕົວ.</translation>
    </message>
    <message>
        <source>Would speak for me at a hearing</source>
        <translation>ຈະເວົ້າແທນຂ້ອຍໃນການໄຕ່ສວນ</translation>
    </message>
    <message>
        <source>Could come to a detention review and say who I am.</source>
        <translation>ມາການພິຈາລະນາທົບທວນການກັກຂັງ ແລະ ບອກໄດ້ວ່າຂ້ອຍແມ່ນໃຜ.</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>ທະນາຍຄວາມດ້ານເຂົ້າເມືອງ</translation>
    </message>
    <message>
        <source>Helps with status, detention and removal.</source>
        <translation>ຊ່ວຍເລື່ອງສະຖານະ, ການກັກຂັງ ແລະ ການສົ່ງຕົວອອກນອກປະເທດ.</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>ທະນາຍຄວາມຄະດີອາຍາ</translation>
    </message>
    <message>
        <source>Helps if I am charged with a crime.</source>
        <translation>ຊ່ວຍຖ້າຂ້ອຍຖືກຕັ້ງຂໍ້ຫາທາງອາຍາ.</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>ທະນາຍຄວາມດ້ານຄອບຄົວ</translation>
    </message>
    <message>
        <source>Helps with children, custody or separation.</source>
        <translation>ຊ່ວຍເລື່ອງລູກ, ສິດການລ້ຽງດູລູກ ຫຼື ການແຍກທາງ.</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>ຄລີນິກກົດໝາຍ</translation>
    </message>
    <message>
        <source>Free legal information and help.</source>
        <translation>ຂໍ້ມູນ ແລະ ການຊ່ວຍເຫຼືອດ້ານກົດໝາຍໂດຍບໍ່ເສຍຄ່າ.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>ພະນັກງານໃຫ້ການຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Someone from a service I trust, who can contact others.</source>
        <translation>ຄົນຈາກບໍລິການທີ່ຂ້ອຍໄວ້ໃຈ, ທີ່ຕິດຕໍ່ຄົນອື່ນແທນຂ້ອຍໄດ້.</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>ມີກະແຈເຮືອນຂ້ອຍ</translation>
    </message>
    <message>
        <source>Could fetch clothes, money, documents or medication.</source>
        <translation>ໄປເອົາເຄື່ອງນຸ່ງ, ເງິນ, ເອກະສານ ຫຼື ຢາມາໃຫ້ໄດ້.</translation>
    </message>
    <message>
        <source>Would care for my children</source>
        <translation>ຈະເບິ່ງແຍງລູກຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Could look after my children if I cannot.</source>
        <translation>ເບິ່ງແຍງລູກຂອງຂ້ອຍໄດ້ ຖ້າຂ້ອຍເບິ່ງແຍງເອງບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Would care for my pets</source>
        <translation>ຈະເບິ່ງແຍງສັດລ້ຽງຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Could feed and look after my animals.</source>
        <translation>ໃຫ້ອາຫານ ແລະ ເບິ່ງແຍງສັດລ້ຽງຂອງຂ້ອຍໄດ້.</translation>
    </message>
    <message>
        <source>I could stay with them if released</source>
        <translation>ຂ້ອຍໄປພັກນຳເຂົາເຈົ້າໄດ້ ຖ້າຖືກປ່ອຍຕົວ</translation>
    </message>
    <message>
        <source>An address I can give when I am released.</source>
        <translation>ທີ່ຢູ່ທີ່ຂ້ອຍໃຫ້ໄດ້ ເມື່ອຖືກປ່ອຍຕົວ.</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>ຜູ້ຮັບມອບສິດ</translation>
    </message>
    <message>
        <source>Allowed to act for me on money or papers.</source>
        <translation>ໄດ້ຮັບອະນຸຍາດໃຫ້ເຮັດແທນຂ້ອຍ ເລື່ອງເງິນ ຫຼື ເອກະສານ.</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>ຜູ້ຕິດຕໍ່ກໍລະນີສຸກເສີນ</translation>
    </message>
    <message>
        <source>Someone to call first if something happens.</source>
        <translation>ຄົນທີ່ຈະໂທຫາກ່ອນ ຖ້າມີຫຍັງເກີດຂຶ້ນ.</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>ບ່ອນປອດໄພ</translation>
    </message>
    <message>
        <source>Somewhere I could go to be safe.</source>
        <translation>ບ່ອນທີ່ຂ້ອຍໄປແລ້ວຈະປອດໄພ.</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>ກຳລັງບັນທຶກ…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>ບັນທຶກແລ້ວ ✓</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>ເກັບໄວ້ສະເພາະການໃຊ້ຄັ້ງນີ້</translation>
    </message>
    <message>
        <source>Not saved: %1 Your change is still here. Please try again in a moment.</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກ: %1 ສິ່ງທີ່ທ່ານແກ້ໄຂຍັງຢູ່ນີ້. ກະລຸນາລອງໃໝ່ອີກຄັ້ງໃນອີກບໍ່ດົນ.</translation>
    </message>
</context>
<context>
    <name>SectionSummary</name>
    <message>
        <source>Here is what you have so far. You can change anything, now or later.</source>
        <translation>ນີ້ແມ່ນສິ່ງທີ່ທ່ານຕອບໄວ້ຈົນເຖິງຕອນນີ້. ທ່ານປ່ຽນຫຍັງກໍໄດ້, ຕອນນີ້ ຫຼື ພາຍຫຼັງ.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ປ່ຽນ</translation>
    </message>
    <message>
        <source>Change: {question}</source>
        <translation>ປ່ຽນ: {question}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>ຍັງບໍ່ໄດ້ຕອບ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>ຕອບແລ້ວ</translation>
    </message>
    <message>
        <source>Skipped for now</source>
        <translation>ຂ້າມໄປກ່ອນ</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>ບໍ່ກ່ຽວຂ້ອງ</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>ໄວ້ລົມກັນພາຍຫຼັງ</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>ລັອກຫຼັງຈາກບໍ່ມີການໃຊ້ງານຈັກນາທີ</translation>
    </message>
    <message>
        <source>When you press Hide</source>
        <translation>ເມື່ອທ່ານກົດປຸ່ມ “ເຊື່ອງ”</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>ຊື່ໜ້າຕ່າງ</translation>
    </message>
    <message>
        <source>min</source>
        <translation>ນາທີ</translation>
    </message>
    <message>
        <source>When nobody uses SaferPlan for this long, it saves and locks the plan.</source>
        <translation>ເມື່ອບໍ່ມີໃຜໃຊ້ SaferPlan ດົນເທົ່ານີ້, ໂປຣແກຣມຈະບັນທຶກ ແລະ ລັອກແຜນ.</translation>
    </message>
    <message>
        <source>Save, lock and minimise the window</source>
        <translation>ບັນທຶກ, ລັອກ ແລະ ຫຍໍ້ໜ້າຕ່າງ</translation>
    </message>
    <message>
        <source>Save, lock and close SaferPlan</source>
        <translation>ບັນທຶກ, ລັອກ ແລະ ປິດ SaferPlan</translation>
    </message>
    <message>
        <source>Shift three times also hides</source>
        <translation>ກົດ Shift ສາມເທື່ອກໍເຊື່ອງໄດ້</translation>
    </message>
    <message>
        <source>Turn this off if your screen reader uses Shift. Esc twice and Hide still work.</source>
        <translation>ປິດຕົວເລືອກນີ້ ຖ້າໂປຣແກຣມອ່ານໜ້າຈໍຂອງທ່ານໃຊ້ປຸ່ມ Shift. ການກົດ Esc ສອງເທື່ອ ແລະ ປຸ່ມເຊື່ອງຍັງໃຊ້ໄດ້.</translation>
    </message>
    <message>
        <source>The window shows this name. Choose something that draws no attention.</source>
        <translation>ໜ້າຕ່າງຈະສະແດງຊື່ນີ້. ເລືອກຊື່ທີ່ບໍ່ດຶງດູດຄວາມສົນໃຈ.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ກັບຄືນ(&amp;B)</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Plan %1</source>
        <translation>ແຜນ %1</translation>
    </message>
    <message>
        <source>Plan %1 · last changed %2</source>
        <translation>ແຜນ %1 · ແກ້ໄຂລ່າສຸດ %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ຍິນດີຕ້ອນຮັບ</translation>
    </message>
    <message>
        <source>Make a plan for staying safe, kept locked on this computer. Nothing is ever sent over the internet.</source>
        <translation>ເຮັດແຜນເພື່ອຄວາມປອດໄພ, ລັອກເກັບໄວ້ໃນຄອມພິວເຕີເຄື່ອງນີ້. ບໍ່ມີການສົ່ງຫຍັງທາງອິນເຕີເນັດເລີຍ.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>&amp;Language: %1</source>
        <translation>ພາສາ: %1(&amp;L)</translation>
    </message>
    <message>
        <source>Start a &amp;new plan</source>
        <translation>ເລີ່ມແຜນໃໝ່(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Guest session</source>
        <translation>ໃຊ້ແບບແຂກ(&amp;G)</translation>
    </message>
    <message>
        <source>Look at a &amp;sample plan</source>
        <translation>ເບິ່ງແຜນຕົວຢ່າງ(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>ການຕັ້ງຄ່າ(&amp;T)</translation>
    </message>
    <message>
        <source>Your plan on this computer</source>
        <translation>ແຜນຂອງທ່ານໃນຄອມພິວເຕີເຄື່ອງນີ້</translation>
    </message>
    <message>
        <source>Plans on this computer</source>
        <translation>ແຜນໃນຄອມພິວເຕີເຄື່ອງນີ້</translation>
    </message>
    <message>
        <source>&amp;Open my plan</source>
        <translation>ເປີດແຜນຂອງຂ້ອຍ(&amp;O)</translation>
    </message>
    <message>
        <source>Open a file from another folder</source>
        <translation>ເປີດໄຟລ໌ຈາກໂຟນເດີອື່ນ</translation>
    </message>
    <message>
        <source>Kept on this computer, locked with a passphrase you choose.</source>
        <translation>ເກັບໄວ້ໃນຄອມພິວເຕີເຄື່ອງນີ້, ລັອກດ້ວຍວະລີລະຫັດຜ່ານທີ່ທ່ານເລືອກ.</translation>
    </message>
    <message>
        <source>Nothing is saved on this computer. At the end you choose what to take with you: a locked file on your own USB stick, a printout, or nothing.</source>
        <translation>ບໍ່ມີການບັນທຶກຫຍັງໃນຄອມພິວເຕີເຄື່ອງນີ້. ຕອນສຸດທ້າຍ ທ່ານເລືອກໄດ້ວ່າຈະເອົາຫຍັງໄປນຳ: ໄຟລ໌ທີ່ລັອກໄວ້ໃນ USB ຂອງທ່ານເອງ, ເອກະສານທີ່ພິມອອກ, ຫຼື ບໍ່ເອົາຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>A made-up plan to look around. Nothing is saved.</source>
        <translation>ແຜນສົມມຸດໃຫ້ລອງເບິ່ງ. ບໍ່ມີການບັນທຶກ.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>ກ່ອນເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <source>What SaferPlan keeps, where, and what it cannot protect against.</source>
        <translation>SaferPlan ເກັບຫຍັງ, ເກັບໄວ້ໃສ, ແລະ ປົກປ້ອງຫຍັງບໍ່ໄດ້.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The plan file could not be used.</source>
        <translation>ໃຊ້ໄຟລ໌ແຜນນີ້ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is damaged.</source>
        <translation>ວະລີລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ, ຫຼື ໄຟລ໌ເສຍຫາຍ.</translation>
    </message>
    <message>
        <source>Wrong recovery code, or the file is damaged.</source>
        <translation>ລະຫັດກູ້ຄືນບໍ່ຖືກຕ້ອງ, ຫຼື ໄຟລ໌ເສຍຫາຍ.</translation>
    </message>
    <message>
        <source>This plan file has no recovery code.</source>
        <translation>ໄຟລ໌ແຜນນີ້ບໍ່ມີລະຫັດກູ້ຄືນ.</translation>
    </message>
    <message>
        <source>This is not a plan file, or it was made by a newer version of the app.</source>
        <translation>ນີ້ບໍ່ແມ່ນໄຟລ໌ແຜນ, ຫຼື ໄຟລ໌ນີ້ເຮັດດ້ວຍແອັບເວີຊັນທີ່ໃໝ່ກວ່າ.</translation>
    </message>
    <message>
        <source>This file is not a plan file.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນໄຟລ໌ແຜນ.</translation>
    </message>
    <message>
        <source>This plan file uses a method this version does not know.</source>
        <translation>ໄຟລ໌ແຜນນີ້ໃຊ້ວິທີທີ່ເວີຊັນນີ້ບໍ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <source>This plan file was made by a newer version of the app. Update the app to open it.</source>
        <translation>ໄຟລ໌ແຜນນີ້ເຮັດດ້ວຍແອັບເວີຊັນທີ່ໃໝ່ກວ່າ. ອັບເດດແອັບເພື່ອເປີດໄຟລ໌ນີ້.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of the app. It cannot be changed here. Nothing was changed.</source>
        <translation>ແຜນນີ້ຖືກບັນທຶກດ້ວຍແອັບເວີຊັນທີ່ໃໝ່ກວ່າ. ປ່ຽນແປງຢູ່ນີ້ບໍ່ໄດ້. ບໍ່ມີຫຍັງປ່ຽນ.</translation>
    </message>
    <message>
        <source>This file asks for more memory or time than is safe on this computer, so it was not opened. It may be damaged.</source>
        <translation>ໄຟລ໌ນີ້ຕ້ອງໃຊ້ໜ່ວຍຄວາມຈຳ ຫຼື ເວລາຫຼາຍເກີນກວ່າທີ່ປອດໄພໃນຄອມພິວເຕີເຄື່ອງນີ້, ສະນັ້ນຈຶ່ງບໍ່ໄດ້ເປີດ. ໄຟລ໌ອາດເສຍຫາຍ.</translation>
    </message>
    <message>
        <source>The plan inside this file could not be read. It may come from a newer version of the app.</source>
        <translation>ອ່ານແຜນໃນໄຟລ໌ນີ້ບໍ່ໄດ້. ໄຟລ໌ອາດມາຈາກແອັບເວີຊັນທີ່ໃໝ່ກວ່າ.</translation>
    </message>
    <message>
        <source>This is a link or a special file, not a plan file.</source>
        <translation>ນີ້ແມ່ນລິ້ງ ຫຼື ໄຟລ໌ພິເສດ, ບໍ່ແມ່ນໄຟລ໌ແຜນ.</translation>
    </message>
    <message>
        <source>This file is too large to be a plan file.</source>
        <translation>ໄຟລ໌ນີ້ໃຫຍ່ເກີນກວ່າຈະເປັນໄຟລ໌ແຜນ.</translation>
    </message>
    <message>
        <source>The plan file was changed by another program since it was opened. Nothing was saved.</source>
        <translation>ໄຟລ໌ແຜນຖືກໂປຣແກຣມອື່ນປ່ຽນແປງ ຫຼັງຈາກທີ່ເປີດໄວ້. ບໍ່ໄດ້ບັນທຶກຫຍັງ.</translation>
    </message>
    <message>
        <source>This plan is open in another window. Close it there first.</source>
        <translation>ແຜນນີ້ເປີດຢູ່ໃນອີກໜ້າຕ່າງໜຶ່ງ. ປິດຢູ່ທີ່ນັ້ນກ່ອນ.</translation>
    </message>
    <message>
        <source>This plan&apos;s lock file is a link or a special file, so the plan was not used. Nothing was changed.</source>
        <translation>ໄຟລ໌ລັອກຂອງແຜນນີ້ແມ່ນລິ້ງ ຫຼື ໄຟລ໌ພິເສດ, ສະນັ້ນຈຶ່ງບໍ່ໄດ້ໃຊ້ແຜນນີ້. ບໍ່ມີຫຍັງປ່ຽນ.</translation>
    </message>
    <message>
        <source>The file could not be saved. The previous version is unchanged.</source>
        <translation>ບັນທຶກໄຟລ໌ບໍ່ໄດ້. ເວີຊັນກ່ອນໜ້າຍັງຄືເກົ່າ.</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. The previous version is unchanged.</source>
        <translation>ດິສເຕັມ, ສະນັ້ນຈຶ່ງບໍ່ໄດ້ບັນທຶກໄຟລ໌. ເວີຊັນກ່ອນໜ້າຍັງຄືເກົ່າ.</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. The previous version is unchanged.</source>
        <translation>ບໍ່ມີສິດຂຽນໃນໂຟນເດີນີ້. ເວີຊັນກ່ອນໜ້າຍັງຄືເກົ່າ.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was written.</source>
        <translation>ຂຽນໄຟລ໌ບໍ່ໄດ້. ບໍ່ໄດ້ຂຽນຫຍັງລົງໄປ.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written.</source>
        <translation>ດິສເຕັມ. ບໍ່ໄດ້ຂຽນຫຍັງລົງໄປ.</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. Nothing was written.</source>
        <translation>ບໍ່ມີສິດຂຽນໃນໂຟນເດີນີ້. ບໍ່ໄດ້ຂຽນຫຍັງລົງໄປ.</translation>
    </message>
    <message>
        <source>The plan is too large to save. The previous version is unchanged.</source>
        <translation>ແຜນໃຫຍ່ເກີນກວ່າຈະບັນທຶກໄດ້. ເວີຊັນກ່ອນໜ້າຍັງຄືເກົ່າ.</translation>
    </message>
    <message>
        <source>The file failed its check before saving, so it was not saved. The previous version is unchanged.</source>
        <translation>ໄຟລ໌ບໍ່ຜ່ານການກວດກ່ອນບັນທຶກ, ສະນັ້ນຈຶ່ງບໍ່ໄດ້ບັນທຶກ. ເວີຊັນກ່ອນໜ້າຍັງຄືເກົ່າ.</translation>
    </message>
    <message>
        <source>The change did not finish. The plan file still opens as before; its backup already has the change.</source>
        <translation>ການປ່ຽນແປງຍັງບໍ່ສຳເລັດ. ໄຟລ໌ແຜນຍັງເປີດໄດ້ຄືເກົ່າ; ສຳເນົາສຳຮອງຂອງມັນປ່ຽນແລ້ວ.</translation>
    </message>
    <message>
        <source>The passphrase or recovery code was changed meanwhile. Nothing was changed.</source>
        <translation>ວະລີລະຫັດຜ່ານ ຫຼື ລະຫັດກູ້ຄືນຖືກປ່ຽນໃນລະຫວ່າງນັ້ນ. ບໍ່ມີຫຍັງປ່ຽນ.</translation>
    </message>
    <message>
        <source>The backup beside this older copy is newer. Changing the keys now would replace it, so nothing was changed. Open the newer backup first.</source>
        <translation>ສຳເນົາສຳຮອງທີ່ຢູ່ຂ້າງສຳເນົາເກົ່ານີ້ໃໝ່ກວ່າ. ຖ້າປ່ຽນວະລີລະຫັດຜ່ານ ຫຼື ລະຫັດກູ້ຄືນຕອນນີ້, ສຳເນົາສຳຮອງນັ້ນຈະຖືກແທນທີ່, ສະນັ້ນບໍ່ມີຫຍັງປ່ຽນ. ກະລຸນາເປີດສຳເນົາສຳຮອງທີ່ໃໝ່ກວ່າກ່ອນ.</translation>
    </message>
    <message>
        <source>The plan is locked. Open it again to continue.</source>
        <translation>ແຜນຖືກລັອກຢູ່. ເປີດອີກຄັ້ງເພື່ອເຮັດຕໍ່.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Nothing was changed.</source>
        <translation>ມີໄຟລ໌ຊື່ນີ້ຢູ່ແລ້ວ. ບໍ່ມີຫຍັງປ່ຽນ.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>ອ່ານໄຟລ໌ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ບໍ່ມີໄຟລ໌ນີ້.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open your plan</source>
        <translation>ເປີດແຜນຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>ລະຫັດກູ້ຄືນ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>Open the backup copy instead</source>
        <translation>ເປີດສຳເນົາສຳຮອງແທນ</translation>
    </message>
    <message>
        <source>Opening your plan. This takes a moment.</source>
        <translation>ກຳລັງເປີດແຜນຂອງທ່ານ. ລໍຖ້າຈັກໜ້ອຍ.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ເປີດ(&amp;O)</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase</source>
        <translation>ໃຊ້ວະລີລະຫັດຜ່ານຂອງຂ້ອຍ(&amp;P)</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
        <translation>ໃຊ້ລະຫັດກູ້ຄືນ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ກັບຄືນ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stop opening</source>
        <translation>ຢຸດເປີດ(&amp;S)</translation>
    </message>
    <message>
        <source>Still opening your plan: %1 seconds so far. Some files take longer. You can stop at any time.</source>
        <translation>ຍັງເປີດແຜນຂອງທ່ານຢູ່: ຜ່ານໄປ %1 ວິນາທີແລ້ວ. ບາງໄຟລ໌ໃຊ້ເວລາດົນກວ່າ. ທ່ານຢຸດໄດ້ທຸກເວລາ.</translation>
    </message>
    <message>
        <source>Stopped. The plan was not opened.</source>
        <translation>ຢຸດແລ້ວ. ບໍ່ໄດ້ເປີດແຜນ.</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>ກະລຸນາພິມວະລີລະຫັດຜ່ານກ່ອນ.</translation>
    </message>
    <message>
        <source>That recovery code did not open it — check it and try again.</source>
        <translation>ລະຫັດກູ້ຄືນນັ້ນເປີດບໍ່ໄດ້ — ກວດເບິ່ງ ແລ້ວລອງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again. If you are sure it is right, the file may be damaged: the backup copy, kept from the save before, may open.</source>
        <translation>ວະລີລະຫັດຜ່ານນັ້ນເປີດບໍ່ໄດ້ — ລອງອີກຄັ້ງ. ຖ້າທ່ານແນ່ໃຈວ່າຖືກຕ້ອງ, ໄຟລ໌ອາດເສຍຫາຍ: ສຳເນົາສຳຮອງທີ່ເກັບໄວ້ຈາກການບັນທຶກຄັ້ງກ່ອນອາດເປີດໄດ້.</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again.</source>
        <translation>ວະລີລະຫັດຜ່ານນັ້ນເປີດບໍ່ໄດ້ — ລອງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>This plan is already open in another window. Close it there first, then try again.</source>
        <translation>ແຜນນີ້ເປີດຢູ່ໃນອີກໜ້າຕ່າງໜຶ່ງແລ້ວ. ປິດຢູ່ທີ່ນັ້ນກ່ອນ, ແລ້ວລອງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>This file looks damaged, so it did not open. The backup copy, kept from the save before, may open.</source>
        <translation>ໄຟລ໌ນີ້ເບິ່ງຄືເສຍຫາຍ, ສະນັ້ນຈຶ່ງເປີດບໍ່ໄດ້. ສຳເນົາສຳຮອງທີ່ເກັບໄວ້ຈາກການບັນທຶກຄັ້ງກ່ອນອາດເປີດໄດ້.</translation>
    </message>
    <message>
        <source>The plan could not be opened. Nothing was changed.</source>
        <translation>ເປີດແຜນບໍ່ໄດ້. ບໍ່ມີຫຍັງຖືກປ່ຽນ.</translation>
    </message>
</context>
<context>
    <name>WalkSidebar</name>
    <message>
        <source>Sections</source>
        <translation>ພາກສ່ວນຕ່າງໆ</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>ໄວ້ລົມກັນພາຍຫຼັງ</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} done ({answered} answered, {not_applicable} do not apply)</source>
        <translation>{title}
ແລ້ວ {done} ຈາກ {total} (ຕອບແລ້ວ {answered}, ບໍ່ກ່ຽວຂ້ອງ {not_applicable})</translation>
    </message>
    <message>
        <source>{title}
{answered} of {total} answered</source>
        <translation>{title}
ຕອບແລ້ວ {answered} ຈາກ {total}</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <source>As listed in the guide in January 2020 — check before relying on it.</source>
        <comment>note</comment>
        <translation>ຕາມລາຍຊື່ໃນຄູ່ມື ເດືອນມັງກອນ 2020 — ຄວນກວດເບິ່ງກ່ອນໃຊ້.</translation>
    </message>
    <message>
        <source>Sex worker support</source>
        <comment>category.sex_work</comment>
        <translation>ການຊ່ວຍເຫຼືອສຳລັບພະນັກງານບໍລິການ</translation>
    </message>
    <message>
        <source>Crisis and emergency lines</source>
        <comment>category.crisis</comment>
        <translation>ສາຍດ່ວນວິກິດ ແລະ ເຫດສຸກເສີນ</translation>
    </message>
    <message>
        <source>Violence: support and shelters</source>
        <comment>category.violence</comment>
        <translation>ຄວາມຮຸນແຮງ: ການຊ່ວຍເຫຼືອ ແລະ ບ່ອນພັກພິງ</translation>
    </message>
    <message>
        <source>Health and social services</source>
        <comment>category.health</comment>
        <translation>ບໍລິການດ້ານສຸຂະພາບ ແລະ ສັງຄົມ</translation>
    </message>
    <message>
        <source>Legal help</source>
        <comment>category.legal</comment>
        <translation>ການຊ່ວຍເຫຼືອດ້ານກົດໝາຍ</translation>
    </message>
    <message>
        <source>Community legal clinics</source>
        <comment>category.legal_clinic</comment>
        <translation>ຄລີນິກກົດໝາຍຊຸມຊົນ</translation>
    </message>
    <message>
        <source>Work and labour rights</source>
        <comment>category.labour</comment>
        <translation>ວຽກ ແລະ ສິດແຮງງານ</translation>
    </message>
    <message>
        <source>Immigration, migrant and refugee support</source>
        <comment>category.immigration</comment>
        <translation>ການຊ່ວຍເຫຼືອດ້ານເຂົ້າເມືອງ, ແຮງງານຂ້າມຊາດ ແລະ ຜູ້ລີ້ໄພ</translation>
    </message>
    <message>
        <source>Other community services</source>
        <comment>category.community</comment>
        <translation>ບໍລິການຊຸມຊົນອື່ນໆ</translation>
    </message>
    <message>
        <source>Started by sex workers, social workers, and legal and health workers. 24/7 hotline, outreach, health and legal information, and urgent help if a migrant sex worker is arrested or detained. In Ontario and other cities.</source>
        <comment>butterfly.offers</comment>
        <translation>ສ້າງຕັ້ງໂດຍພະນັກງານບໍລິການ, ນັກສັງຄົມສົງເຄາະ, ແລະ ຄົນເຮັດວຽກດ້ານກົດໝາຍ ແລະ ສຸຂະພາບ. ມີສາຍດ່ວນ 24 ຊົ່ວໂມງທຸກມື້, ການລົງພື້ນທີ່, ຂໍ້ມູນດ້ານສຸຂະພາບ ແລະ ກົດໝາຍ, ແລະ ການຊ່ວຍເຫຼືອດ່ວນ ຖ້າພະນັກງານບໍລິການຂ້າມຊາດຖືກຈັບ ຫຼື ຖືກກັກຂັງ. ຢູ່ອອນຕາຣິໂອ ແລະ ເມືອງອື່ນໆ.</translation>
    </message>
    <message>
        <source>24/7 phone line for any woman facing abuse in Ontario: someone to talk to, information and referrals. About 200 languages.</source>
        <comment>assaulted-womens-helpline.offers</comment>
        <translation>ສາຍໂທລະສັບ 24 ຊົ່ວໂມງທຸກມື້ ສຳລັບແມ່ຍິງທຸກຄົນທີ່ພົບການທາລຸນຢູ່ອອນຕາຣິໂອ: ມີຄົນລົມນຳ, ໃຫ້ຂໍ້ມູນ ແລະ ສົ່ງຕໍ່ບໍລິການ. ປະມານ 200 ພາສາ.</translation>
    </message>
    <message>
        <source>A list of distress and crisis lines across Ontario, for emotional support, including when thinking about suicide.</source>
        <comment>distress-centres-ontario.offers</comment>
        <translation>ລາຍຊື່ສາຍດ່ວນຊ່ວຍເຫຼືອຄວາມທຸກໃຈ ແລະ ວິກິດທົ່ວອອນຕາຣິໂອ, ເພື່ອການຊ່ວຍເຫຼືອທາງຈິດໃຈ, ລວມທັງເມື່ອຄິດເລື່ອງຂ້າຕົວຕາຍ.</translation>
    </message>
    <message>
        <source>Lawyers, counselling and interpreters in many languages for women who have faced violence, in Ontario.</source>
        <comment>barbra-schlifer-clinic.offers</comment>
        <translation>ທະນາຍຄວາມ, ການໃຫ້ຄຳປຶກສາ ແລະ ນາຍພາສາຫຼາຍພາສາ ສຳລັບແມ່ຍິງທີ່ເຄີຍພົບຄວາມຮຸນແຮງ, ຢູ່ອອນຕາຣິໂອ.</translation>
    </message>
    <message>
        <source>Money for urgent costs after a crime in Ontario, such as counselling or a funeral. After sexual or family violence or trafficking you can report to a community organisation instead of the police; for other crimes a police report is needed.</source>
        <comment>victim-quick-response.offers</comment>
        <translation>ເງິນຊ່ວຍຄ່າໃຊ້ຈ່າຍດ່ວນ ຫຼັງຈາກເກີດອາຊະຍາກຳຢູ່ອອນຕາຣິໂອ ເຊັ່ນ ຄ່າປຶກສາ ຫຼື ຄ່າງານສົບ. ຫຼັງຄວາມຮຸນແຮງທາງເພດ, ຄວາມຮຸນແຮງໃນຄອບຄົວ ຫຼື ການຄ້າມະນຸດ, ທ່ານແຈ້ງກັບອົງການຊຸມຊົນແທນຕຳຫຼວດໄດ້; ສຳລັບອາຊະຍາກຳອື່ນ ຕ້ອງມີລາຍງານຕຳຫຼວດ.</translation>
    </message>
    <message>
        <source>Ambulance and police. The police may come when you call.</source>
        <comment>emergency-911.offers</comment>
        <translation>ລົດໂຮງໝໍ ແລະ ຕຳຫຼວດ. ຕຳຫຼວດອາດມາ ເມື່ອທ່ານໂທ.</translation>
    </message>
    <message>
        <source>A website to find a shelter for women, and their children, who want to get away from violence or abuse.</source>
        <comment>sheltersafe.offers</comment>
        <translation>ເວັບໄຊສຳລັບຊອກຫາບ່ອນພັກພິງ ສຳລັບແມ່ຍິງ ແລະ ລູກໆ ທີ່ຢາກອອກຫ່າງຈາກຄວາມຮຸນແຮງ ຫຼື ການທາລຸນ.</translation>
    </message>
    <message>
        <source>Finds a shelter bed in Toronto or tells you where there is space.</source>
        <comment>toronto-shelter-intake.offers</comment>
        <translation>ຊອກຫາຕຽງໃນບ່ອນພັກພິງຢູ່ໂຕຣອນໂຕ, ຫຼື ບອກວ່າບ່ອນໃດຍັງມີບ່ອນຫວ່າງ.</translation>
    </message>
    <message>
        <source>Phone line open 24 hours and a website to find any kind of community or social service in Ontario.</source>
        <comment>211-ontario.offers</comment>
        <translation>ສາຍໂທລະສັບທີ່ເປີດ 24 ຊົ່ວໂມງ ແລະ ເວັບໄຊ ສຳລັບຊອກຫາບໍລິການຊຸມຊົນ ຫຼື ບໍລິການສັງຄົມທຸກປະເພດຢູ່ອອນຕາຣິໂອ.</translation>
    </message>
    <message>
        <source>Free health advice from a registered nurse.</source>
        <comment>telehealth-ontario.offers</comment>
        <translation>ຄຳແນະນຳດ້ານສຸຂະພາບໂດຍບໍ່ເສຍຄ່າ ຈາກພະຍາບານວິຊາຊີບ.</translation>
    </message>
    <message>
        <source>24-hour phone line in French for women in Ontario facing abuse or sexual assault: support, information and referrals.</source>
        <comment>femaide.offers</comment>
        <translation>ສາຍໂທລະສັບ 24 ຊົ່ວໂມງເປັນພາສາຝຣັ່ງ ສຳລັບແມ່ຍິງຢູ່ອອນຕາຣິໂອທີ່ພົບການທາລຸນ ຫຼື ການລ່ວງລະເມີດທາງເພດ: ຊ່ວຍເຫຼືອ, ໃຫ້ຂໍ້ມູນ ແລະ ສົ່ງຕໍ່ບໍລິການ.</translation>
    </message>
    <message>
        <source>Free, confidential information on services for mental health, alcohol and drug use, and gambling in Ontario.</source>
        <comment>connexontario.offers</comment>
        <translation>ຂໍ້ມູນບໍ່ເສຍຄ່າ ແລະ ເປັນຄວາມລັບ ກ່ຽວກັບບໍລິການດ້ານສຸຂະພາບຈິດ, ການໃຊ້ເຫຼົ້າ ແລະ ຢາເສບຕິດ, ແລະ ການພະນັນ ຢູ່ອອນຕາຣິໂອ.</translation>
    </message>
    <message>
        <source>Information on mental health services in Ontario, such as crisis lines, online counselling and emergency housing.</source>
        <comment>ementalhealth.offers</comment>
        <translation>ຂໍ້ມູນບໍລິການດ້ານສຸຂະພາບຈິດຢູ່ອອນຕາຣິໂອ ເຊັ່ນ ສາຍດ່ວນວິກິດ, ການໃຫ້ຄຳປຶກສາທາງອອນລາຍ ແລະ ທີ່ພັກສຸກເສີນ.</translation>
    </message>
    <message>
        <source>A list of mental health crisis services and their phone numbers across Ontario.</source>
        <comment>camh-crisis.offers</comment>
        <translation>ລາຍຊື່ບໍລິການຊ່ວຍເຫຼືອວິກິດສຸຂະພາບຈິດ ແລະ ເບີໂທລະສັບ ທົ່ວອອນຕາຣິໂອ.</translation>
    </message>
    <message>
        <source>Information on health services and resources in Ontario.</source>
        <comment>central-health-line.offers</comment>
        <translation>ຂໍ້ມູນກ່ຽວກັບບໍລິການ ແລະ ແຫຼ່ງຂໍ້ມູນດ້ານສຸຂະພາບຢູ່ອອນຕາຣິໂອ.</translation>
    </message>
    <message>
        <source>Doctors, nurse practitioners, social workers and others for people who often miss out on care, including people without status and people without a home.</source>
        <comment>community-health-centres.offers</comment>
        <translation>ທ່ານໝໍ, ພະຍາບານ, ນັກສັງຄົມສົງເຄາະ ແລະ ຄົນອື່ນໆ ສຳລັບຄົນທີ່ມັກເຂົ້າບໍ່ເຖິງການປິ່ນປົວ, ລວມທັງຄົນທີ່ບໍ່ມີສະຖານະການເຂົ້າເມືອງ ແລະ ຄົນທີ່ບໍ່ມີທີ່ຢູ່ອາໄສ.</translation>
    </message>
    <message>
        <source>Legal services for people in Ontario with a low income who qualify.</source>
        <comment>legal-aid-ontario.offers</comment>
        <translation>ບໍລິການດ້ານກົດໝາຍ ສຳລັບຄົນຢູ່ອອນຕາຣິໂອທີ່ມີລາຍໄດ້ໜ້ອຍ ແລະ ມີເງື່ອນໄຂຕາມເກນ.</translation>
    </message>
    <message>
        <source>Legal help for refugee claimants in Toronto, Hamilton and Ottawa.</source>
        <comment>legal-aid-refugee-law-office.offers</comment>
        <translation>ການຊ່ວຍເຫຼືອດ້ານກົດໝາຍ ສຳລັບຜູ້ຂໍລີ້ໄພ ຢູ່ໂຕຣອນໂຕ, ແຮມິລຕັນ ແລະ ອອດຕາວາ.</translation>
    </message>
    <message>
        <source>Plain-language legal information in many languages and formats, and a list of community legal clinics in Ontario.</source>
        <comment>cleo.offers</comment>
        <translation>ຂໍ້ມູນກົດໝາຍເປັນພາສາງ່າຍໆ ຫຼາຍພາສາ ແລະ ຫຼາຍຮູບແບບ, ແລະ ລາຍຊື່ຄລີນິກກົດໝາຍຊຸມຊົນຢູ່ອອນຕາຣິໂອ.</translation>
    </message>
    <message>
        <source>Legal information and referrals for women in Ontario facing violence.</source>
        <comment>owjn.offers</comment>
        <translation>ຂໍ້ມູນກົດໝາຍ ແລະ ການສົ່ງຕໍ່ ສຳລັບແມ່ຍິງຢູ່ອອນຕາຣິໂອທີ່ພົບຄວາມຮຸນແຮງ.</translation>
    </message>
    <message>
        <source>Family lawyers in three offices in Ontario for people who qualify for legal aid.</source>
        <comment>family-law-offices.offers</comment>
        <translation>ທະນາຍຄວາມດ້ານຄອບຄົວ ໃນສາມຫ້ອງການຢູ່ອອນຕາຣິໂອ ສຳລັບຄົນທີ່ມີສິດໄດ້ຮັບການຊ່ວຍເຫຼືອດ້ານກົດໝາຍ.</translation>
    </message>
    <message>
        <source>Online referral to a lawyer or paralegal in Ontario, with a free first consultation of up to 30 minutes.</source>
        <comment>lsuc-lawyer-referral.offers</comment>
        <translation>ການສົ່ງຕໍ່ທາງອອນລາຍ ໄປຫາທະນາຍຄວາມ ຫຼື ຜູ້ຊ່ວຍທະນາຍຄວາມ (paralegal) ຢູ່ອອນຕາຣິໂອ, ປຶກສາຄັ້ງທຳອິດບໍ່ເສຍຄ່າ ບໍ່ເກີນ 30 ນາທີ.</translation>
    </message>
    <message>
        <source>Local clinics for people with a low income in their area; some serve a particular culture or language.</source>
        <comment>community-legal-clinics.offers</comment>
        <translation>ຄລີນິກໃນທ້ອງຖິ່ນ ສຳລັບຄົນທີ່ມີລາຍໄດ້ໜ້ອຍໃນເຂດນັ້ນ; ບາງແຫ່ງໃຫ້ບໍລິການກຸ່ມວັດທະນະທຳ ຫຼື ພາສາສະເພາະ.</translation>
    </message>
    <message>
        <source>Free legal help across Ontario for people with a low income who do not speak English, in Chinese, Vietnamese, Cambodian and Laotian communities.</source>
        <comment>csalc.offers</comment>
        <translation>ການຊ່ວຍເຫຼືອດ້ານກົດໝາຍໂດຍບໍ່ເສຍຄ່າ ທົ່ວອອນຕາຣິໂອ ສຳລັບຄົນທີ່ມີລາຍໄດ້ໜ້ອຍທີ່ບໍ່ເວົ້າພາສາອັງກິດ, ໃນຊຸມຊົນຈີນ, ຫວຽດນາມ, ກຳປູເຈຍ ແລະ ລາວ.</translation>
    </message>
    <message>
        <source>Takes test cases to court to change unfair rules in federal and Ontario income support programs.</source>
        <comment>income-security-advocacy-centre.offers</comment>
        <translation>ນຳຄະດີຕົວຢ່າງຂຶ້ນສານ ເພື່ອປ່ຽນກົດລະບຽບທີ່ບໍ່ຍຸດຕິທຳ ໃນໂຄງການຊ່ວຍເຫຼືອດ້ານລາຍໄດ້ຂອງລັດຖະບານກາງ ແລະ ອອນຕາຣິໂອ.</translation>
    </message>
    <message>
        <source>Legal help and information on social assistance, violence, mental health, immigration and refugee matters, work and housing.</source>
        <comment>parkdale-community-legal-services.offers</comment>
        <translation>ການຊ່ວຍເຫຼືອ ແລະ ຂໍ້ມູນດ້ານກົດໝາຍ ກ່ຽວກັບສະຫວັດດີການສັງຄົມ, ຄວາມຮຸນແຮງ, ສຸຂະພາບຈິດ, ເລື່ອງເຂົ້າເມືອງ ແລະ ຜູ້ລີ້ໄພ, ວຽກ ແລະ ທີ່ຢູ່ອາໄສ.</translation>
    </message>
    <message>
        <source>Legal help and information for people living with HIV in Ontario.</source>
        <comment>halco.offers</comment>
        <translation>ການຊ່ວຍເຫຼືອ ແລະ ຂໍ້ມູນດ້ານກົດໝາຍ ສຳລັບຄົນທີ່ຢູ່ກັບເຊື້ອ HIV ຢູ່ອອນຕາຣິໂອ.</translation>
    </message>
    <message>
        <source>Legal services for Black people in Ontario with a low income or no income.</source>
        <comment>black-legal-action-centre.offers</comment>
        <translation>ບໍລິການດ້ານກົດໝາຍ ສຳລັບຄົນຜິວດຳຢູ່ອອນຕາຣິໂອທີ່ມີລາຍໄດ້ໜ້ອຍ ຫຼື ບໍ່ມີລາຍໄດ້.</translation>
    </message>
    <message>
        <source>Legal advice, services and education for South Asian people in Ontario; also works on changing the law.</source>
        <comment>salc.offers</comment>
        <translation>ຄຳປຶກສາ, ບໍລິການ ແລະ ການໃຫ້ຄວາມຮູ້ດ້ານກົດໝາຍ ສຳລັບຄົນອາຊີໃຕ້ຢູ່ອອນຕາຣິໂອ; ແລະ ເຮັດວຽກເພື່ອປ່ຽນແປງກົດໝາຍນຳ.</translation>
    </message>
    <message>
        <source>Support and lawyers for people with disabilities in Ontario.</source>
        <comment>arch-disability-law-centre.offers</comment>
        <translation>ການຊ່ວຍເຫຼືອ ແລະ ທະນາຍຄວາມ ສຳລັບຄົນພິການຢູ່ອອນຕາຣິໂອ.</translation>
    </message>
    <message>
        <source>Legal help in Spanish for Spanish-speaking people across Ontario.</source>
        <comment>spanish-speaking-legal-clinic.offers</comment>
        <translation>ການຊ່ວຍເຫຼືອດ້ານກົດໝາຍເປັນພາສາສະເປນ ສຳລັບຄົນທີ່ເວົ້າພາສາສະເປນທົ່ວອອນຕາຣິໂອ.</translation>
    </message>
    <message>
        <source>Legal help for First Nations (with or without status), Métis and Inuit people in Ontario.</source>
        <comment>aboriginal-legal-services.offers</comment>
        <translation>ການຊ່ວຍເຫຼືອດ້ານກົດໝາຍ ສຳລັບຊົນພື້ນເມືອງ First Nations (ມີ ຫຼື ບໍ່ມີສະຖານະ), ເມຕິສ ແລະ ອິນູອິດ ຢູ່ອອນຕາຣິໂອ.</translation>
    </message>
    <message>
        <source>Information on workers&apos; rights and support to stand up for them.</source>
        <comment>workers-action-centre.offers</comment>
        <translation>ຂໍ້ມູນກ່ຽວກັບສິດຂອງຄົນເຮັດວຽກ, ແລະ ການຊ່ວຍເຫຼືອເພື່ອຮຽກຮ້ອງສິດນັ້ນ.</translation>
    </message>
    <message>
        <source>The Ontario government office that applies and enforces the Employment Standards Act, 2000.</source>
        <comment>ministry-of-labour.offers</comment>
        <translation>ຫ້ອງການລັດຖະບານອອນຕາຣິໂອ ທີ່ບັງຄັບໃຊ້ກົດໝາຍວ່າດ້ວຍມາດຕະຖານການຈ້າງງານ ປີ 2000 (Employment Standards Act, 2000).</translation>
    </message>
    <message>
        <source>For sex workers in Toronto: sexual health, safety at work, workshops, legal information, counselling, advocacy and social time.</source>
        <comment>maggies.offers</comment>
        <translation>ສຳລັບພະນັກງານບໍລິການຢູ່ໂຕຣອນໂຕ: ສຸຂະພາບທາງເພດ, ຄວາມປອດໄພໃນການເຮັດວຽກ, ການຝຶກອົບຮົມ, ຂໍ້ມູນກົດໝາຍ, ການໃຫ້ຄຳປຶກສາ, ການປົກປ້ອງສິດ ແລະ ກິດຈະກຳພົບປະ.</translation>
    </message>
    <message>
        <source>Outreach and harm reduction support for sex workers who work on the street, in Hamilton.</source>
        <comment>swap-hamilton.offers</comment>
        <translation>ການລົງພື້ນທີ່ ແລະ ການຫຼຸດຜ່ອນອັນຕະລາຍ ສຳລັບພະນັກງານບໍລິການທີ່ເຮັດວຽກຕາມຖະໜົນ, ຢູ່ແຮມິລຕັນ.</translation>
    </message>
    <message>
        <source>Harm reduction and first aid supplies, HIV and STI information, clothing, hygiene products, food, and peer support, in London.</source>
        <comment>safe-space-london.offers</comment>
        <translation>ອຸປະກອນຫຼຸດຜ່ອນອັນຕະລາຍ ແລະ ປະຖົມພະຍາບານ, ຂໍ້ມູນກ່ຽວກັບ HIV ແລະ ພະຍາດຕິດຕໍ່ທາງເພດສຳພັນ, ເຄື່ອງນຸ່ງ, ເຄື່ອງໃຊ້ອະນາໄມ, ອາຫານ ແລະ ການຊ່ວຍເຫຼືອຈາກເພື່ອນທີ່ມີປະສົບການຄ້າຍກັນ, ຢູ່ລອນດອນ (ອອນຕາຣິໂອ).</translation>
    </message>
    <message>
        <source>Peer support, education, advocacy and referrals for safer living and working conditions, in Sudbury.</source>
        <comment>swans-sudbury.offers</comment>
        <translation>ການຊ່ວຍເຫຼືອຈາກເພື່ອນທີ່ມີປະສົບການຄ້າຍກັນ, ການໃຫ້ຄວາມຮູ້, ການປົກປ້ອງສິດ ແລະ ການສົ່ງຕໍ່ ເພື່ອສະພາບການດຳລົງຊີວິດ ແລະ ການເຮັດວຽກທີ່ປອດໄພຂຶ້ນ, ຢູ່ຊັດເບີຣີ.</translation>
    </message>
    <message>
        <source>A network of community agencies that serve immigrants and refugees in Ontario.</source>
        <comment>ocasi.offers</comment>
        <translation>ເຄືອຂ່າຍອົງການຊຸມຊົນ ທີ່ໃຫ້ບໍລິການຜູ້ຍ້າຍຖິ່ນຖານ ແລະ ຜູ້ລີ້ໄພຢູ່ອອນຕາຣິໂອ.</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education for newcomers in Ontario, and shelter for women and their children.</source>
        <comment>fcj-refugee-centre.offers</comment>
        <translation>ການປົກປ້ອງຜູ້ລີ້ໄພ, ການຊ່ວຍເຫຼືອໃນການຕັ້ງຖິ່ນຖານ ແລະ ການສຶກສາ ສຳລັບຜູ້ມາໃໝ່ຢູ່ອອນຕາຣິໂອ, ແລະ ທີ່ພັກສຳລັບແມ່ຍິງ ແລະ ລູກໆ.</translation>
    </message>
    <message>
        <source>Health care and community services in Toronto, including for newcomers, immigrants and refugees.</source>
        <comment>access-alliance.offers</comment>
        <translation>ບໍລິການສຸຂະພາບ ແລະ ບໍລິການຊຸມຊົນຢູ່ໂຕຣອນໂຕ, ລວມທັງສຳລັບຜູ້ມາໃໝ່, ຜູ້ຍ້າຍຖິ່ນຖານ ແລະ ຜູ້ລີ້ໄພ.</translation>
    </message>
    <message>
        <source>Speaks up for the rights of migrant workers, in Ontario and across Canada.</source>
        <comment>migrant-workers-alliance.offers</comment>
        <translation>ຮຽກຮ້ອງສິດຂອງແຮງງານຂ້າມຊາດ, ຢູ່ອອນຕາຣິໂອ ແລະ ທົ່ວການາດາ.</translation>
    </message>
    <message>
        <source>Information for newcomers about settling in.</source>
        <comment>settlement-org.offers</comment>
        <translation>ຂໍ້ມູນສຳລັບຜູ້ມາໃໝ່ ກ່ຽວກັບການຕັ້ງຖິ່ນຖານ.</translation>
    </message>
    <message>
        <source>Campaigns for the freedom to move, return and stay in Canada; trains people without status and the people who work at services on their rights.</source>
        <comment>no-one-is-illegal.offers</comment>
        <translation>ເຄື່ອນໄຫວຮຽກຮ້ອງເສລີພາບໃນການຍ້າຍຖິ່ນ, ກັບຄືນ ແລະ ຢູ່ອາໄສໃນການາດາ; ອົບຮົມເລື່ອງສິດ ໃຫ້ຄົນທີ່ບໍ່ມີສະຖານະການເຂົ້າເມືອງ ແລະ ຄົນທີ່ເຮັດວຽກໃນບໍລິການຕ່າງໆ.</translation>
    </message>
    <message>
        <source>Campaigns for Ontario health insurance (OHIP) for everyone.</source>
        <comment>ohip-for-all.offers</comment>
        <translation>ຮຽກຮ້ອງໃຫ້ທຸກຄົນໄດ້ຮັບປະກັນສຸຂະພາບອອນຕາຣິໂອ (OHIP).</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education in Toronto, and shelter for women and their children.</source>
        <comment>st-stephens-community-house.offers</comment>
        <translation>ການປົກປ້ອງຜູ້ລີ້ໄພ, ການຊ່ວຍເຫຼືອໃນການຕັ້ງຖິ່ນຖານ ແລະ ການສຶກສາຢູ່ໂຕຣອນໂຕ, ແລະ ທີ່ພັກສຳລັບແມ່ຍິງ ແລະ ລູກໆ.</translation>
    </message>
    <message>
        <source>LGBTQ2 programs and groups, a refugee support group, free short-term and drop-in counselling, and classes, in Toronto.</source>
        <comment>the-519.offers</comment>
        <translation>ໂຄງການ ແລະ ກຸ່ມສຳລັບ LGBTQ2, ກຸ່ມຊ່ວຍເຫຼືອຜູ້ລີ້ໄພ, ການໃຫ້ຄຳປຶກສາໄລຍະສັ້ນ ແລະ ແບບຍ່າງເຂົ້າມາໄດ້ເລີຍໂດຍບໍ່ເສຍຄ່າ, ແລະ ຫ້ອງຮຽນ, ຢູ່ໂຕຣອນໂຕ.</translation>
    </message>
    <message>
        <source>Counselling and learning programs for children, youth and families with complex mental health or developmental needs.</source>
        <comment>skylark.offers</comment>
        <translation>ການໃຫ້ຄຳປຶກສາ ແລະ ໂຄງການການຮຽນຮູ້ ສຳລັບເດັກນ້ອຍ, ໄວໜຸ່ມ ແລະ ຄອບຄົວ ທີ່ມີຄວາມຕ້ອງການດ້ານສຸຂະພາບຈິດ ຫຼື ພັດທະນາການທີ່ຊັບຊ້ອນ.</translation>
    </message>
    <message>
        <source>Programs, education, harm reduction and case management for people in prison or out of prison who live with HIV or AIDS.</source>
        <comment>pasan.offers</comment>
        <translation>ໂຄງການ, ການໃຫ້ຄວາມຮູ້, ການຫຼຸດຜ່ອນອັນຕະລາຍ ແລະ ການຄຸ້ມຄອງກໍລະນີ ສຳລັບຄົນທີ່ຢູ່ໃນຄຸກ ຫຼື ອອກຈາກຄຸກແລ້ວ ທີ່ຢູ່ກັບເຊື້ອ HIV ຫຼື ພະຍາດເອດສ໌.</translation>
    </message>
    <message>
        <source>Peer-led support around drug and alcohol use for LGBTQQ2SIA youth aged 16 to 29 in Toronto: drop-ins, case management and group counselling.</source>
        <comment>pieces-to-pathways.offers</comment>
        <translation>ການຊ່ວຍເຫຼືອຈາກເພື່ອນທີ່ມີປະສົບການຄ້າຍກັນ ກ່ຽວກັບການໃຊ້ຢາເສບຕິດ ແລະ ເຫຼົ້າ ສຳລັບໄວໜຸ່ມ LGBTQQ2SIA ອາຍຸ 16 ຫາ 29 ປີ ຢູ່ໂຕຣອນໂຕ: ແບບຍ່າງເຂົ້າມາໄດ້ເລີຍ, ການຄຸ້ມຄອງກໍລະນີ ແລະ ການໃຫ້ຄຳປຶກສາແບບກຸ່ມ.</translation>
    </message>
    <message>
        <source>An organisation of Chinese Canadians in Toronto working for equity, social justice and respect for diversity.</source>
        <comment>ccncto.offers</comment>
        <translation>ອົງການຂອງຊາວການາດາເຊື້ອສາຍຈີນຢູ່ໂຕຣອນໂຕ ທີ່ເຮັດວຽກເພື່ອຄວາມສະເໝີພາບ, ຄວາມຍຸດຕິທຳທາງສັງຄົມ ແລະ ການເຄົາລົບຄວາມຫຼາກຫຼາຍ.</translation>
    </message>
</context>
<context>
    <name>forms.release_plan</name>
    <message>
        <source>Release plan</source>
        <comment>form.title</comment>
        <translation>ແຜນການປ່ອຍຕົວ</translation>
    </message>
    <message>
        <source>Support network and your rights</source>
        <comment>network.title</comment>
        <translation>ເຄືອຂ່າຍຊ່ວຍເຫຼືອ ແລະ ສິດຂອງທ່ານ</translation>
    </message>
    <message>
        <source>People who know your rights and can speak up for you, found before you need them.</source>
        <comment>network.intro</comment>
        <translation>ຄົນທີ່ຮູ້ສິດຂອງທ່ານ ແລະ ເວົ້າແທນທ່ານໄດ້, ຊອກຫາໄວ້ກ່ອນທີ່ທ່ານຈະຕ້ອງການ.</translation>
    </message>
    <message>
        <source>Is there a community legal clinic you could contact?</source>
        <comment>r_legal_clinic.text</comment>
        <translation>ມີຄລີນິກກົດໝາຍຊຸມຊົນທີ່ທ່ານຕິດຕໍ່ໄດ້ບໍ?</translation>
    </message>
    <message>
        <source>A legal clinic can tell you your rights, and help you find a lawyer.</source>
        <comment>r_legal_clinic.why</comment>
        <translation>ຄລີນິກກົດໝາຍບອກທ່ານໄດ້ວ່າທ່ານມີສິດຫຍັງແດ່, ແລະ ຊ່ວຍທ່ານຊອກຫາທະນາຍຄວາມໄດ້.</translation>
    </message>
    <message>
        <source>A legal clinic gives free legal information and help. Some help people without status.</source>
        <comment>r_legal_clinic.help</comment>
        <translation>ຄລີນິກກົດໝາຍໃຫ້ຂໍ້ມູນ ແລະ ການຊ່ວຍເຫຼືອດ້ານກົດໝາຍໂດຍບໍ່ເສຍຄ່າ. ບາງແຫ່ງຊ່ວຍຄົນທີ່ບໍ່ມີສະຖານະການເຂົ້າເມືອງ.</translation>
    </message>
    <message>
        <source>Do you know an immigration lawyer you trust? Or someone who would call one for you?</source>
        <comment>r_lawyer.text</comment>
        <translation>ທ່ານຮູ້ຈັກທະນາຍຄວາມດ້ານເຂົ້າເມືອງທີ່ທ່ານໄວ້ໃຈບໍ? ຫຼື ມີຄົນທີ່ຈະໂທຫາທະນາຍຄວາມໃຫ້ທ່ານບໍ?</translation>
    </message>
    <message>
        <source>Help comes much faster if you already know a lawyer before you need one.</source>
        <comment>r_lawyer.why</comment>
        <translation>ຖ້າທ່ານຮູ້ຈັກທະນາຍຄວາມໄວ້ກ່ອນທີ່ຈະຕ້ອງການ, ການຊ່ວຍເຫຼືອຈະມາໄວກວ່າຫຼາຍ.</translation>
    </message>
    <message>
        <source>An immigration lawyer helps with your status, detention and removal from Canada.</source>
        <comment>r_lawyer.help</comment>
        <translation>ທະນາຍຄວາມດ້ານເຂົ້າເມືອງຊ່ວຍເລື່ອງສະຖານະຂອງທ່ານ, ການກັກຂັງ ແລະ ການສົ່ງຕົວອອກຈາກການາດາ.</translation>
    </message>
    <message>
        <source>Do you know a criminal lawyer? Or someone who would call one for you?</source>
        <comment>r_lawyer_criminal.text</comment>
        <translation>ທ່ານຮູ້ຈັກທະນາຍຄວາມຄະດີອາຍາບໍ? ຫຼື ມີຄົນທີ່ຈະໂທຫາທະນາຍຄວາມໃຫ້ທ່ານບໍ?</translation>
    </message>
    <message>
        <source>If the police charge you, a criminal lawyer protects your rights from the start.</source>
        <comment>r_lawyer_criminal.why</comment>
        <translation>ຖ້າຕຳຫຼວດຕັ້ງຂໍ້ຫາທ່ານ, ທະນາຍຄວາມຄະດີອາຍາຈະປົກປ້ອງສິດຂອງທ່ານຕັ້ງແຕ່ຕົ້ນ.</translation>
    </message>
    <message>
        <source>A criminal lawyer helps when the police say you broke a law.</source>
        <comment>r_lawyer_criminal.help</comment>
        <translation>ທະນາຍຄວາມຄະດີອາຍາຊ່ວຍທ່ານ ເມື່ອຕຳຫຼວດບອກວ່າທ່ານເຮັດຜິດກົດໝາຍ.</translation>
    </message>
    <message>
        <source>If you have children, do you know a family lawyer?</source>
        <comment>r_lawyer_family.text</comment>
        <translation>ຖ້າທ່ານມີລູກ, ທ່ານຮູ້ຈັກທະນາຍຄວາມດ້ານຄອບຄົວບໍ?</translation>
    </message>
    <message>
        <source>Detention can affect who looks after your children. A family lawyer can help protect your rights as a parent.</source>
        <comment>r_lawyer_family.why</comment>
        <translation>ການຖືກກັກຂັງອາດມີຜົນຕໍ່ເລື່ອງວ່າໃຜຈະເບິ່ງແຍງລູກຂອງທ່ານ. ທະນາຍຄວາມດ້ານຄອບຄົວຊ່ວຍປົກປ້ອງສິດຂອງທ່ານໃນຖານະພໍ່ແມ່ໄດ້.</translation>
    </message>
    <message>
        <source>A family lawyer helps with children, custody and separation.</source>
        <comment>r_lawyer_family.help</comment>
        <translation>ທະນາຍຄວາມດ້ານຄອບຄົວຊ່ວຍເລື່ອງລູກ, ສິດການລ້ຽງດູລູກ ແລະ ການແຍກທາງ.</translation>
    </message>
    <message>
        <source>How much do you know about your rights with police and immigration officers?</source>
        <comment>r_rights.text</comment>
        <translation>ທ່ານຮູ້ສິດຂອງທ່ານເວລາພົບຕຳຫຼວດ ແລະ ເຈົ້າໜ້າທີ່ກວດຄົນເຂົ້າເມືອງຫຼາຍປານໃດ?</translation>
    </message>
    <message>
        <source>Knowing your rights can lower your risk of being detained.</source>
        <comment>r_rights.why</comment>
        <translation>ການຮູ້ສິດຂອງຕົວເອງຊ່ວຍຫຼຸດຄວາມສ່ຽງທີ່ຈະຖືກກັກຂັງໄດ້.</translation>
    </message>
    <message>
        <source>Legal clinics and sex worker groups share this information, sometimes in other languages.</source>
        <comment>r_rights.help</comment>
        <translation>ຄລີນິກກົດໝາຍ ແລະ ກຸ່ມພະນັກງານບໍລິການມີຂໍ້ມູນນີ້, ບາງເທື່ອມີເປັນພາສາອື່ນນຳ.</translation>
    </message>
    <message>
        <source>I know my rights well</source>
        <comment>r_rights.option.well</comment>
        <translation>ຂ້ອຍຮູ້ສິດຂອງຕົວເອງດີ</translation>
    </message>
    <message>
        <source>I know some things</source>
        <comment>r_rights.option.some</comment>
        <translation>ຂ້ອຍຮູ້ຢູ່ບາງຢ່າງ</translation>
    </message>
    <message>
        <source>I would like to learn more</source>
        <comment>r_rights.option.learn_more</comment>
        <translation>ຂ້ອຍຢາກຮູ້ຕື່ມ</translation>
    </message>
    <message>
        <source>Is there a community support worker or organisation you trust?</source>
        <comment>r_support_worker.text</comment>
        <translation>ມີພະນັກງານໃຫ້ການຊ່ວຍເຫຼືອໃນຊຸມຊົນ ຫຼື ອົງການທີ່ທ່ານໄວ້ໃຈບໍ?</translation>
    </message>
    <message>
        <source>They can help with many needs, contact lawyers for you, and support your release.</source>
        <comment>r_support_worker.why</comment>
        <translation>ເຂົາເຈົ້າຊ່ວຍໄດ້ຫຼາຍເລື່ອງ, ຕິດຕໍ່ທະນາຍຄວາມໃຫ້ທ່ານ, ແລະ ສະໜັບສະໜູນໃຫ້ທ່ານຖືກປ່ອຍຕົວ.</translation>
    </message>
    <message>
        <source>Who is a person you really trust, who would speak up for you if you were detained?</source>
        <comment>r_advocate.text</comment>
        <translation>ໃຜແມ່ນຄົນທີ່ທ່ານໄວ້ໃຈແທ້ໆ ທີ່ຈະເວົ້າແທນທ່ານ ຖ້າທ່ານຖືກກັກຂັງ?</translation>
    </message>
    <message>
        <source>Someone on the outside can call people and push for your release.</source>
        <comment>r_advocate.why</comment>
        <translation>ຄົນທີ່ຢູ່ຂ້າງນອກ ໂທຫາຄົນອື່ນໆ ແລະ ຊຸກຍູ້ໃຫ້ທ່ານຖືກປ່ອຍຕົວໄດ້.</translation>
    </message>
    <message>
        <source>This can be a partner, a friend or a co-worker. A first name is enough.</source>
        <comment>r_advocate.help</comment>
        <translation>ອາດເປັນຄູ່ຂອງທ່ານ, ໝູ່ ຫຼື ເພື່ອນຮ່ວມງານ. ໃສ່ແຕ່ຊື່ຕົ້ນກໍພໍ.</translation>
    </message>
    <message>
        <source>Getting released at a detention review</source>
        <comment>release.title</comment>
        <translation>ການຖືກປ່ອຍຕົວໃນການພິຈາລະນາທົບທວນການກັກຂັງ</translation>
    </message>
    <message>
        <source>Once detained, you can talk to very few people. What you set up now helps you later.</source>
        <comment>release.intro</comment>
        <translation>ເມື່ອຖືກກັກຂັງແລ້ວ, ທ່ານຈະລົມກັບຄົນໄດ້ໜ້ອຍຫຼາຍ. ສິ່ງທີ່ທ່ານກຽມໄວ້ຕອນນີ້ຈະຊ່ວຍທ່ານພາຍຫຼັງ.</translation>
    </message>
    <message>
        <source>If you were detained, what would matter most to you?</source>
        <comment>r_wishes.text</comment>
        <translation>ຖ້າທ່ານຖືກກັກຂັງ, ຫຍັງຈະສຳຄັນທີ່ສຸດສຳລັບທ່ານ?</translation>
    </message>
    <message>
        <source>Your lawyer and supporters should follow your wishes. Telling them now makes that easier.</source>
        <comment>r_wishes.why</comment>
        <translation>ທະນາຍຄວາມ ແລະ ຄົນທີ່ສະໜັບສະໜູນທ່ານຄວນເຮັດຕາມຄວາມຕ້ອງການຂອງທ່ານ. ການບອກເຂົາເຈົ້າໄວ້ຕອນນີ້ເຮັດໃຫ້ເລື່ອງນີ້ງ່າຍຂຶ້ນ.</translation>
    </message>
    <message>
        <source>Staying in Canada, even if it takes time</source>
        <comment>r_wishes.example1</comment>
        <translation>ໄດ້ຢູ່ໃນການາດາຕໍ່, ເຖິງແມ່ນຈະໃຊ້ເວລາດົນ</translation>
    </message>
    <message>
        <source>Getting out quickly, even if it means leaving Canada</source>
        <comment>r_wishes.example2</comment>
        <translation>ໄດ້ອອກມາໄວໆ, ເຖິງແມ່ນຈະໝາຍເຖິງຕ້ອງອອກຈາກການາດາ</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <comment>r_wishes.example3</comment>
        <translation>ຂ້ອຍຍັງບໍ່ຮູ້</translation>
    </message>
    <message>
        <source>Have you talked about this plan with someone you trust?</source>
        <comment>r_talked_plan.text</comment>
        <translation>ທ່ານໄດ້ລົມເລື່ອງແຜນນີ້ກັບຄົນທີ່ທ່ານໄວ້ໃຈແລ້ວບໍ?</translation>
    </message>
    <message>
        <source>Once you are detained, your things are taken and you can call very few people.</source>
        <comment>r_talked_plan.why</comment>
        <translation>ເມື່ອທ່ານຖືກກັກຂັງ, ເຄື່ອງຂອງຂອງທ່ານຈະຖືກເອົາໄປ ແລະ ທ່ານໂທຫາຄົນໄດ້ໜ້ອຍຫຼາຍ.</translation>
    </message>
    <message>
        <source>Who could be your bond person?</source>
        <comment>r_bond_person.text</comment>
        <translation>ໃຜເປັນຜູ້ຄ້ຳປະກັນໃຫ້ທ່ານໄດ້?</translation>
    </message>
    <message>
        <source>A bond person is often what makes release possible.</source>
        <comment>r_bond_person.why</comment>
        <translation>ຜູ້ຄ້ຳປະກັນມັກເປັນຄົນທີ່ຊ່ວຍໃຫ້ທ່ານຖືກປ່ອຍຕົວໄດ້.</translation>
    </message>
    <message>
        <source>Knowing the amount helps you and your lawyer prepare the hearing.</source>
        <comment>r_bond_amount.why</comment>
        <translation>ການຮູ້ຈຳນວນເງິນຊ່ວຍໃຫ້ທ່ານ ແລະ ທະນາຍຄວາມກຽມການໄຕ່ສວນໄດ້.</translation>
    </message>
    <message>
        <source>Who could come to the hearing and speak for you?</source>
        <comment>r_hearing_witness.text</comment>
        <translation>ໃຜມາການໄຕ່ສວນ ແລະ ເວົ້າແທນທ່ານໄດ້?</translation>
    </message>
    <message>
        <source>People who know you show that you have ties to the community here.</source>
        <comment>r_hearing_witness.why</comment>
        <translation>ຄົນທີ່ຮູ້ຈັກທ່ານສະແດງໃຫ້ເຫັນວ່າທ່ານມີຄວາມຜູກພັນກັບຊຸມຊົນຢູ່ທີ່ນີ້.</translation>
    </message>
    <message>
        <source>A plan for what happens if immigration officers, or the police for immigration reasons, detain you. If you are charged with a crime, see the question about a criminal lawyer, and legal help in the directory. If you are detained, your phone and your things are taken, and it is hard to reach people. What you set up now makes release more likely, and keeps the things you care about looked after. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>ແຜນສຳລັບກໍລະນີທີ່ເຈົ້າໜ້າທີ່ກວດຄົນເຂົ້າເມືອງ, ຫຼື ຕຳຫຼວດດ້ວຍເຫດຜົນເລື່ອງການເຂົ້າເມືອງ, ກັກຂັງທ່ານ. ຖ້າທ່ານຖືກຕັ້ງຂໍ້ຫາອາຍາ, ໃຫ້ເບິ່ງຄຳຖາມກ່ຽວກັບທະນາຍຄວາມຄະດີອາຍາ ແລະ ການຊ່ວຍເຫຼືອທາງກົດໝາຍໃນລາຍຊື່ບ່ອນບໍລິການ. ຖ້າທ່ານຖືກກັກຂັງ, ໂທລະສັບ ແລະ ເຄື່ອງຂອງຂອງທ່ານຈະຖືກເອົາໄປ, ແລະ ຈະຕິດຕໍ່ຄົນອື່ນໄດ້ຍາກ. ສິ່ງທີ່ທ່ານກຽມໄວ້ຕອນນີ້ ຊ່ວຍໃຫ້ມີໂອກາດຖືກປ່ອຍຕົວຫຼາຍຂຶ້ນ, ແລະ ຊ່ວຍໃຫ້ສິ່ງທີ່ທ່ານເປັນຫ່ວງມີຄົນເບິ່ງແຍງ. ທ່ານຂ້າມຄຳຖາມໃດກໍໄດ້, ຫຼື ກັບມາຕອບພາຍຫຼັງກໍໄດ້.</translation>
    </message>
    <message>
        <source>This plan is mostly about immigration detention. If the police charge you with a crime, a criminal court decides on bail.</source>
        <comment>r_lawyer_criminal.legal1</comment>
        <translation>ແຜນນີ້ເນັ້ນເລື່ອງການກັກຂັງຂອງຄົນເຂົ້າເມືອງເປັນຫຼັກ. ຖ້າຕຳຫຼວດຕັ້ງຂໍ້ຫາອາຍາກັບທ່ານ, ສານອາຍາຈະເປັນຜູ້ຕັດສິນເລື່ອງການປະກັນຕົວ.</translation>
    </message>
    <message>
        <source>If the police keep you after an arrest, you should see a justice within 24 hours, usually for a bail hearing.</source>
        <comment>r_lawyer_criminal.legal2</comment>
        <translation>ຖ້າຕຳຫຼວດຄວບຄຸມຕົວທ່ານໄວ້ຫຼັງການຈັບກຸມ, ທ່ານຄວນໄດ້ພົບຜູ້ພິພາກສາພາຍໃນ 24 ຊົ່ວໂມງ, ເຊິ່ງປົກກະຕິແມ່ນການໄຕ່ສວນເລື່ອງປະກັນຕົວ.</translation>
    </message>
    <message>
        <source>A surety is like a bond person in criminal court: someone who promises money and supervises you.</source>
        <comment>r_lawyer_criminal.legal3</comment>
        <translation>ໃນສານອາຍາ ກໍມີຜູ້ຄ້ຳປະກັນຄ້າຍຄືກັນ: ຄືຄົນທີ່ສັນຍາວ່າຈະຈ່າຍເງິນ ແລະ ຄອຍເບິ່ງແຍງທ່ານ.</translation>
    </message>
    <message>
        <source>Duty counsel at the court, a criminal lawyer or Legal Aid Ontario can help. A charge can also affect your immigration status.</source>
        <comment>r_lawyer_criminal.legal4</comment>
        <translation>ທະນາຍຄວາມປະຈຳສານ, ທະນາຍຄວາມຄະດີອາຍາ ຫຼື Legal Aid Ontario ຊ່ວຍໄດ້. ຂໍ້ຫາອາຍາອາດມີຜົນຕໍ່ສະຖານະການເຂົ້າເມືອງຂອງທ່ານນຳ.</translation>
    </message>
    <message>
        <source>If police or immigration officers arrest or detain you, you have the right to be told why, and to talk to a lawyer without delay.</source>
        <comment>r_rights.legal1</comment>
        <translation>ຖ້າຕຳຫຼວດ ຫຼື ເຈົ້າໜ້າທີ່ກວດຄົນເຂົ້າເມືອງຈັບກຸມ ຫຼື ກັກຂັງທ່ານ, ທ່ານມີສິດຮູ້ວ່າຍ້ອນຫຍັງ, ແລະ ມີສິດລົມກັບທະນາຍຄວາມທັນທີ.</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge.</source>
        <comment>r_rights.legal2</comment>
        <translation>ໃນການໄຕ່ສວນເລື່ອງການເຂົ້າເມືອງ, ທ່ານມີສິດມີນາຍພາສາໂດຍບໍ່ເສຍຄ່າ.</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Say only what you are fine with officers hearing.</source>
        <comment>r_rights.legal3</comment>
        <translation>ການໂທຈາກບ່ອນກັກຂັງອາດບໍ່ເປັນສ່ວນຕົວ. ເວົ້າແຕ່ສິ່ງທີ່ທ່ານບໍ່ວ່າຫຍັງ ຖ້າເຈົ້າໜ້າທີ່ໄດ້ຍິນ.</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low.</source>
        <comment>r_rights.legal4</comment>
        <translation>Legal Aid Ontario ອາດຈ່າຍຄ່າທະນາຍຄວາມໃຫ້ ຖ້າທ່ານມີລາຍໄດ້ໜ້ອຍ.</translation>
    </message>
    <message>
        <source>Would you like to find out if Legal Aid Ontario could pay for a lawyer for you?</source>
        <comment>r_legal_aid.text</comment>
        <translation>ທ່ານຢາກຮູ້ບໍວ່າ Legal Aid Ontario ຈະຈ່າຍຄ່າທະນາຍຄວາມໃຫ້ທ່ານໄດ້ຫຼືບໍ່?</translation>
    </message>
    <message>
        <source>A lawyer at a detention review can make release more likely. You may not have to pay.</source>
        <comment>r_legal_aid.why</comment>
        <translation>ການມີທະນາຍຄວາມໃນການພິຈາລະນາທົບທວນການກັກຂັງ ຊ່ວຍໃຫ້ມີໂອກາດຖືກປ່ອຍຕົວຫຼາຍຂຶ້ນ. ທ່ານອາດບໍ່ຕ້ອງຈ່າຍເງິນ.</translation>
    </message>
    <message>
        <source>A community legal clinic can help you apply.</source>
        <comment>r_legal_aid.help</comment>
        <translation>ຄລີນິກກົດໝາຍຊຸມຊົນຊ່ວຍທ່ານຍື່ນຄຳຮ້ອງໄດ້.</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low, including for some immigration and detention cases.</source>
        <comment>r_legal_aid.legal1</comment>
        <translation>Legal Aid Ontario ອາດຈ່າຍຄ່າທະນາຍຄວາມໃຫ້ ຖ້າທ່ານມີລາຍໄດ້ໜ້ອຍ, ລວມທັງບາງຄະດີການເຂົ້າເມືອງ ແລະ ການກັກຂັງ.</translation>
    </message>
    <message>
        <source>Someone who knows you well, who may pay or promise money of their own so you can be released.</source>
        <comment>r_bond_person.help</comment>
        <translation>ຄົນທີ່ຮູ້ຈັກທ່ານດີ, ເຊິ່ງອາດຈ່າຍ ຫຼື ສັນຍາວ່າຈະຈ່າຍເງິນຂອງຕົນເອງ ເພື່ອໃຫ້ທ່ານຖືກປ່ອຍຕົວ.</translation>
    </message>
    <message>
        <source>A bond person must be 18 or older and live in Canada. They should know you well, and come forward freely.</source>
        <comment>r_bond_person.legal1</comment>
        <translation>ຜູ້ຄ້ຳປະກັນຕ້ອງມີອາຍຸ 18 ປີຂຶ້ນໄປ ແລະ ອາໄສຢູ່ໃນການາດາ. ຄວນເປັນຄົນທີ່ຮູ້ຈັກທ່ານດີ, ແລະ ເຕັມໃຈມາເອງ.</translation>
    </message>
    <message>
        <source>To give a guarantee (a promise to pay), they must be a Canadian citizen or permanent resident.</source>
        <comment>r_bond_person.legal2</comment>
        <translation>ຖ້າຈະໃຫ້ການຄ້ຳປະກັນແບບສັນຍາວ່າຈະຈ່າຍ, ຜູ້ຄ້ຳປະກັນຕ້ອງເປັນພົນລະເມືອງການາດາ ຫຼື ຜູ້ມີຖິ່ນທີ່ຢູ່ຖາວອນ.</translation>
    </message>
    <message>
        <source>The money must be the bond person&apos;s own money, not yours. No one may be paid to be a bond person.</source>
        <comment>r_bond_person.legal3</comment>
        <translation>ເງິນຕ້ອງແມ່ນເງິນຂອງຜູ້ຄ້ຳປະກັນເອງ, ບໍ່ແມ່ນເງິນຂອງທ່ານ. ຫ້າມຈ້າງໃຜມາເປັນຜູ້ຄ້ຳປະກັນ.</translation>
    </message>
    <message>
        <source>They may be asked questions at the hearing, for example how well they know you and how they will supervise you.</source>
        <comment>r_bond_person.legal4</comment>
        <translation>ຜູ້ຄ້ຳປະກັນອາດຖືກຖາມໃນການໄຕ່ສວນ, ເຊັ່ນ ຮູ້ຈັກທ່ານດີປານໃດ ແລະ ຈະເບິ່ງແຍງທ່ານແນວໃດ.</translation>
    </message>
    <message>
        <source>They must tell the CBSA if you break a condition of your release. If they do not, they can lose the money.</source>
        <comment>r_bond_person.legal5</comment>
        <translation>ຜູ້ຄ້ຳປະກັນຕ້ອງແຈ້ງ CBSA ຖ້າທ່ານບໍ່ເຮັດຕາມເງື່ອນໄຂການປ່ອຍຕົວ. ຖ້າບໍ່ແຈ້ງ, ອາດເສຍເງິນນັ້ນ.</translation>
    </message>
    <message>
        <source>If no one can be your bond person, a supervision program may act instead (in Toronto in 2020, the Toronto Bail Program).</source>
        <comment>r_bond_person.legal6</comment>
        <translation>ຖ້າບໍ່ມີໃຜເປັນຜູ້ຄ້ຳປະກັນໃຫ້ທ່ານໄດ້, ໂຄງການເບິ່ງແຍງຜູ້ຖືກປ່ອຍຕົວອາດເຮັດໜ້າທີ່ແທນ (ໃນໂຕຣອນໂຕ ປີ 2020 ແມ່ນ Toronto Bail Program).</translation>
    </message>
    <message>
        <source>How much of their own money could your bond person pay or promise, if needed?</source>
        <comment>r_bond_amount.text</comment>
        <translation>ຖ້າຈຳເປັນ, ຜູ້ຄ້ຳປະກັນຂອງທ່ານຈະຈ່າຍ ຫຼື ສັນຍາວ່າຈະຈ່າຍເງິນຂອງຕົນເອງໄດ້ເທົ່າໃດ?</translation>
    </message>
    <message>
        <source>This is called a bond (immigration bail). It is the bond person&apos;s money, not yours.</source>
        <comment>r_bond_amount.help</comment>
        <translation>ເງິນນີ້ເອີ້ນວ່າ ເງິນປະກັນຕົວ (ການປະກັນຕົວຂອງຄົນເຂົ້າເມືອງ). ເປັນເງິນຂອງຜູ້ຄ້ຳປະກັນ, ບໍ່ແມ່ນເງິນຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>A deposit (cash bond) is paid before release. It can be returned at the end if all the conditions were kept.</source>
        <comment>r_bond_amount.legal1</comment>
        <translation>ເງິນມັດຈຳ (ເງິນປະກັນເປັນເງິນສົດ) ຕ້ອງຈ່າຍກ່ອນການປ່ອຍຕົວ. ອາດໄດ້ຄືນຕອນທ້າຍ ຖ້າເຮັດຕາມເງື່ອນໄຂຄົບທຸກຂໍ້.</translation>
    </message>
    <message>
        <source>A guarantee (performance bond) is a promise to pay if a condition is broken. The bond person must show they could pay.</source>
        <comment>r_bond_amount.legal2</comment>
        <translation>ການຄ້ຳປະກັນແບບສັນຍາ ແມ່ນການສັນຍາວ່າຈະຈ່າຍເງິນ ຖ້າມີການເຮັດຜິດເງື່ອນໄຂ. ຜູ້ຄ້ຳປະກັນຕ້ອງສະແດງໃຫ້ເຫັນວ່າຈ່າຍໄດ້ແທ້.</translation>
    </message>
    <message>
        <source>The member at the hearing decides the amount, and may ask for both.</source>
        <comment>r_bond_amount.legal3</comment>
        <translation>ກຳມະການທີ່ເຮັດການໄຕ່ສວນເປັນຜູ້ກຳນົດຈຳນວນເງິນ, ແລະ ອາດຂໍທັງສອງແບບ.</translation>
    </message>
    <message>
        <source>Does your bond person know they may need to come to a hearing within two days of your detention?</source>
        <comment>r_bond_ready.text</comment>
        <translation>ຜູ້ຄ້ຳປະກັນຂອງທ່ານຮູ້ບໍວ່າ ອາດຕ້ອງມາການໄຕ່ສວນພາຍໃນສອງມື້ຫຼັງຈາກທ່ານຖືກກັກຂັງ?</translation>
    </message>
    <message>
        <source>If they are not ready for the first review, the next chance may be a week or a month later.</source>
        <comment>r_bond_ready.why</comment>
        <translation>ຖ້າຜູ້ຄ້ຳປະກັນຍັງບໍ່ພ້ອມສຳລັບການພິຈາລະນາຄັ້ງທຳອິດ, ໂອກາດຕໍ່ໄປອາດແມ່ນອີກໜຶ່ງອາທິດ ຫຼື ໜຶ່ງເດືອນ.</translation>
    </message>
    <message>
        <source>They can prepare now: ID, proof of their status, and proof of their own money and address.</source>
        <comment>r_bond_ready.help</comment>
        <translation>ຜູ້ຄ້ຳປະກັນກຽມໄວ້ໄດ້ແຕ່ຕອນນີ້: ບັດປະຈຳຕົວ, ຫຼັກຖານສະຖານະ, ແລະ ຫຼັກຖານເງິນຂອງຕົນເອງ ແລະ ທີ່ຢູ່.</translation>
    </message>
    <message>
        <source>The first detention review is held within 48 hours of detention, or soon after.</source>
        <comment>r_bond_ready.legal1</comment>
        <translation>ການພິຈາລະນາທົບທວນການກັກຂັງຄັ້ງທຳອິດຈະມີພາຍໃນ 48 ຊົ່ວໂມງຫຼັງການກັກຂັງ, ຫຼື ຫຼັງຈາກນັ້ນບໍ່ດົນ.</translation>
    </message>
    <message>
        <source>If you are not released, the next review is within 7 days, then at least once every 30 days.</source>
        <comment>r_bond_ready.legal2</comment>
        <translation>ຖ້າທ່ານບໍ່ຖືກປ່ອຍຕົວ, ການພິຈາລະນາຄັ້ງຕໍ່ໄປຈະມີພາຍໃນ 7 ມື້, ແລ້ວຢ່າງໜ້ອຍທຸກໆ 30 ມື້.</translation>
    </message>
    <message>
        <source>A bond person who is not ready for the first review may have to wait a week or a month for the next one.</source>
        <comment>r_bond_ready.legal3</comment>
        <translation>ຜູ້ຄ້ຳປະກັນທີ່ຍັງບໍ່ພ້ອມສຳລັບການພິຈາລະນາຄັ້ງທຳອິດ ອາດຕ້ອງລໍຖ້າໜຶ່ງອາທິດ ຫຼື ໜຶ່ງເດືອນສຳລັບຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>A lawyer can ask for an earlier review if there are new facts, for example a bond person who is now ready.</source>
        <comment>r_bond_ready.legal4</comment>
        <translation>ທະນາຍຄວາມຂໍໃຫ້ພິຈາລະນາໄວຂຶ້ນໄດ້ ຖ້າມີຂໍ້ເທັດຈິງໃໝ່, ເຊັ່ນ ມີຜູ້ຄ້ຳປະກັນທີ່ພ້ອມແລ້ວ.</translation>
    </message>
    <message>
        <source>A witness says how they know you and how they will support you.</source>
        <comment>r_hearing_witness.help</comment>
        <translation>ພະຍານຈະບອກວ່າຮູ້ຈັກທ່ານແນວໃດ ແລະ ຈະຊ່ວຍສະໜັບສະໜູນທ່ານແນວໃດ.</translation>
    </message>
    <message>
        <source>At a detention review, a member of the Immigration and Refugee Board decides if you can be released, and on what conditions.</source>
        <comment>r_hearing_witness.legal1</comment>
        <translation>ໃນການພິຈາລະນາທົບທວນການກັກຂັງ, ກຳມະການຂອງຄະນະກຳມະການກວດຄົນເຂົ້າເມືອງ ແລະ ຜູ້ລີ້ໄພ (IRB) ຈະຕັດສິນວ່າທ່ານຖືກປ່ອຍຕົວໄດ້ຫຼືບໍ່, ແລະ ດ້ວຍເງື່ອນໄຂຫຍັງ.</translation>
    </message>
    <message>
        <source>Where would you stay if you are released? Add the person or the shelter, with the address.</source>
        <comment>r_release_address.text</comment>
        <translation>ຖ້າທ່ານຖືກປ່ອຍຕົວ, ທ່ານຈະພັກຢູ່ໃສ? ໃສ່ຊື່ຄົນ ຫຼື ບ່ອນພັກພິງ, ພ້ອມທີ່ຢູ່.</translation>
    </message>
    <message>
        <source>Talk with them now, because it is hard to reach out once you are detained.</source>
        <comment>r_release_address.why</comment>
        <translation>ລົມກັບເຂົາເຈົ້າແຕ່ຕອນນີ້, ເພາະເມື່ອຖືກກັກຂັງແລ້ວ ຈະຕິດຕໍ່ໃຜໄດ້ຍາກ.</translation>
    </message>
    <message>
        <source>In the list of people, you can add an address to a person or a shelter.</source>
        <comment>r_release_address.help</comment>
        <translation>ໃນລາຍຊື່ຄົນ, ທ່ານໃສ່ທີ່ຢູ່ໃຫ້ຄົນ ຫຼື ບ່ອນພັກພິງໄດ້.</translation>
    </message>
    <message>
        <source>At a detention review you are asked where you will live if you are released.</source>
        <comment>r_release_address.legal1</comment>
        <translation>ໃນການພິຈາລະນາທົບທວນການກັກຂັງ, ທ່ານຈະຖືກຖາມວ່າຈະຢູ່ໃສ ຖ້າທ່ານຖືກປ່ອຍຕົວ.</translation>
    </message>
    <message>
        <source>Staying with your bond person often counts for more than a shelter, but a shelter may be accepted.</source>
        <comment>r_release_address.legal2</comment>
        <translation>ການຢູ່ກັບຜູ້ຄ້ຳປະກັນຂອງທ່ານມັກມີນ້ຳໜັກຫຼາຍກວ່າບ່ອນພັກພິງ, ແຕ່ບ່ອນພັກພິງກໍອາດໄດ້ຮັບການຍອມຮັບ.</translation>
    </message>
    <message>
        <source>Things to plan in advance</source>
        <comment>advance.title</comment>
        <translation>ສິ່ງທີ່ຕ້ອງວາງແຜນໄວ້ລ່ວງໜ້າ</translation>
    </message>
    <message>
        <source>Your phone may be taken from you, so some things need to be ready now.</source>
        <comment>advance.intro</comment>
        <translation>ໂທລະສັບຂອງທ່ານອາດຖືກເອົາໄປ, ສະນັ້ນ ຕ້ອງກຽມບາງຢ່າງໄວ້ຕັ້ງແຕ່ຕອນນີ້.</translation>
    </message>
    <message>
        <source>Do you know by heart the phone numbers of the people you would call?</source>
        <comment>r_numbers_by_heart.text</comment>
        <translation>ທ່ານຈື່ເບີໂທລະສັບຂອງຄົນທີ່ທ່ານຈະໂທຫາໄດ້ຂຶ້ນໃຈບໍ?</translation>
    </message>
    <message>
        <source>Your phone may be taken. Numbers you know by heart stay with you.</source>
        <comment>r_numbers_by_heart.why</comment>
        <translation>ໂທລະສັບຂອງທ່ານອາດຖືກເອົາໄປ. ເບີທີ່ທ່ານຈື່ໄດ້ຂຶ້ນໃຈຈະຢູ່ກັບທ່ານສະເໝີ.</translation>
    </message>
    <message>
        <source>In the list of people, you can mark numbers to learn, and practise them here.</source>
        <comment>r_numbers_by_heart.help</comment>
        <translation>ໃນລາຍຊື່ຄົນ, ທ່ານເລືອກເບີທີ່ຈະຈື່ໄດ້, ແລະ ຝຶກຈື່ຢູ່ທີ່ນີ້.</translation>
    </message>
    <message>
        <source>Who would look after your children if you were detained?</source>
        <comment>r_carer_children.text</comment>
        <translation>ໃຜຈະເບິ່ງແຍງລູກຂອງທ່ານ ຖ້າທ່ານຖືກກັກຂັງ?</translation>
    </message>
    <message>
        <source>Knowing who will care for them gives you and them some peace of mind.</source>
        <comment>r_carer_children.why</comment>
        <translation>ການຮູ້ວ່າໃຜຈະເບິ່ງແຍງລູກ ເຮັດໃຫ້ທັງທ່ານ ແລະ ລູກສະບາຍໃຈຂຶ້ນແດ່.</translation>
    </message>
    <message>
        <source>Who would look after your pets?</source>
        <comment>r_carer_pets.text</comment>
        <translation>ໃຜຈະເບິ່ງແຍງສັດລ້ຽງຂອງທ່ານ?</translation>
    </message>
    <message>
        <source>Pets need someone to feed them from the first day.</source>
        <comment>r_carer_pets.why</comment>
        <translation>ສັດລ້ຽງຕ້ອງມີຄົນໃຫ້ອາຫານຕັ້ງແຕ່ມື້ທຳອິດ.</translation>
    </message>
    <message>
        <source>Who has a key to your home and could bring you clothes, money, documents and medication?</source>
        <comment>r_key_holder.text</comment>
        <translation>ໃຜມີກະແຈເຮືອນຂອງທ່ານ ແລະ ເອົາເຄື່ອງນຸ່ງ, ເງິນ, ເອກະສານ ແລະ ຢາມາໃຫ້ທ່ານໄດ້?</translation>
    </message>
    <message>
        <source>You may need things from home, and you cannot go and get them yourself.</source>
        <comment>r_key_holder.why</comment>
        <translation>ທ່ານອາດຕ້ອງການສິ່ງຂອງຈາກເຮືອນ, ແລະ ທ່ານໄປເອົາເອງບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Which documents would you need, and where are they kept?</source>
        <comment>r_documents.text</comment>
        <translation>ທ່ານຕ້ອງການເອກະສານອັນໃດແດ່, ແລະ ເກັບໄວ້ໃສ?</translation>
    </message>
    <message>
        <source>Your lawyer or key holder may need your passport or other papers for the hearing.</source>
        <comment>r_documents.why</comment>
        <translation>ທະນາຍຄວາມ ຫຼື ຄົນທີ່ມີກະແຈເຮືອນຂອງທ່ານ ອາດຕ້ອງການໜັງສືຜ່ານແດນ ຫຼື ເອກະສານອື່ນສຳລັບການໄຕ່ສວນ.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>r_documents.example1</comment>
        <translation>ໜັງສືຜ່ານແດນ</translation>
    </message>
    <message>
        <source>Study or work permit</source>
        <comment>r_documents.example2</comment>
        <translation>ໃບອະນຸຍາດຮຽນ ຫຼື ໃບອະນຸຍາດເຮັດວຽກ</translation>
    </message>
    <message>
        <source>Lease or letter showing my address</source>
        <comment>r_documents.example3</comment>
        <translation>ສັນຍາເຊົ່າ ຫຼື ຈົດໝາຍທີ່ສະແດງທີ່ຢູ່ຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Which trusted service provider would contact your family or friends if you were detained?</source>
        <comment>r_family_contact.text</comment>
        <translation>ຜູ້ໃຫ້ບໍລິການຄົນໃດທີ່ທ່ານໄວ້ໃຈ ທີ່ຈະຕິດຕໍ່ຄອບຄົວ ຫຼື ໝູ່ຂອງທ່ານ ຖ້າທ່ານຖືກກັກຂັງ?</translation>
    </message>
    <message>
        <source>You may not be able to call them yourself, or often.</source>
        <comment>r_family_contact.why</comment>
        <translation>ທ່ານອາດໂທຫາເຂົາເຈົ້າເອງບໍ່ໄດ້, ຫຼື ໂທໄດ້ບໍ່ເລື້ອຍ.</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Agree now on what can be said on the phone.</source>
        <comment>r_family_contact.help</comment>
        <translation>ການໂທຈາກບ່ອນກັກຂັງອາດບໍ່ເປັນສ່ວນຕົວ. ຕົກລົງກັນໄວ້ແຕ່ຕອນນີ້ວ່າເວົ້າຫຍັງທາງໂທລະສັບໄດ້ແດ່.</translation>
    </message>
    <message>
        <source>What would you like them to say for you, and what should they not say?</source>
        <comment>r_family_message.text</comment>
        <translation>ທ່ານຢາກໃຫ້ເຂົາເຈົ້າເວົ້າຫຍັງແທນທ່ານ, ແລະ ຫຍັງທີ່ເຂົາເຈົ້າບໍ່ຄວນເວົ້າ?</translation>
    </message>
    <message>
        <source>You decide what other people are told about you.</source>
        <comment>r_family_message.why</comment>
        <translation>ທ່ານເປັນຜູ້ຕັດສິນໃຈວ່າຈະໃຫ້ຄົນອື່ນຮູ້ຫຍັງກ່ຽວກັບທ່ານ.</translation>
    </message>
    <message>
        <source>Tell my sister I am safe and ask her to call my lawyer</source>
        <comment>r_family_message.example1</comment>
        <translation>ບອກເອື້ອຍວ່າຂ້ອຍປອດໄພ ແລະ ຂໍໃຫ້ລາວໂທຫາທະນາຍຄວາມຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Do not talk about my work</source>
        <comment>r_family_message.example2</comment>
        <translation>ຢ່າເວົ້າເລື່ອງວຽກຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Health, money and people who count on you</source>
        <comment>needs.title</comment>
        <translation>ສຸຂະພາບ, ເງິນ ແລະ ຄົນທີ່ເພິ່ງພາທ່ານ</translation>
    </message>
    <message>
        <source>Things that need care while you are away, and for the hearing.</source>
        <comment>needs.intro</comment>
        <translation>ເລື່ອງທີ່ຕ້ອງມີຄົນເບິ່ງແຍງ ໃນຂະນະທີ່ທ່ານບໍ່ຢູ່, ແລະ ສຳລັບການໄຕ່ສວນ.</translation>
    </message>
    <message>
        <source>What medication or medical care do you need?</source>
        <comment>r_medication.text</comment>
        <translation>ທ່ານຕ້ອງການຢາ ຫຼື ການປິ່ນປົວຫຍັງແດ່?</translation>
    </message>
    <message>
        <source>This can go on your wallet card, so staff know what you need.</source>
        <comment>r_medication.why</comment>
        <translation>ເລື່ອງນີ້ໃສ່ໃນບັດພົກຕິດຕົວໄດ້, ເພື່ອໃຫ້ເຈົ້າໜ້າທີ່ຮູ້ວ່າທ່ານຕ້ອງການຫຍັງ.</translation>
    </message>
    <message>
        <source>Write only what you want others to see. You can use general words.</source>
        <comment>r_medication.help</comment>
        <translation>ຂຽນແຕ່ສິ່ງທີ່ທ່ານຢາກໃຫ້ຄົນອື່ນເຫັນ. ທ່ານໃຊ້ຄຳກວ້າງໆໄດ້.</translation>
    </message>
    <message>
        <source>Insulin, twice a day</source>
        <comment>r_medication.example1</comment>
        <translation>ອິນຊູລິນ, ມື້ລະສອງເທື່ອ</translation>
    </message>
    <message>
        <source>One pill for blood pressure each morning</source>
        <comment>r_medication.example2</comment>
        <translation>ຢາຄວາມດັນເລືອດໜຶ່ງເມັດທຸກເຊົ້າ</translation>
    </message>
    <message>
        <source>Which language do you speak best? Do you need an interpreter?</source>
        <comment>r_interpreter.text</comment>
        <translation>ທ່ານເວົ້າພາສາໃດໄດ້ດີທີ່ສຸດ? ທ່ານຕ້ອງການນາຍພາສາບໍ?</translation>
    </message>
    <message>
        <source>This can go on your wallet card. You can ask for an interpreter at a hearing.</source>
        <comment>r_interpreter.why</comment>
        <translation>ເລື່ອງນີ້ໃສ່ໃນບັດພົກຕິດຕົວໄດ້. ທ່ານຂໍນາຍພາສາໃນການໄຕ່ສວນໄດ້.</translation>
    </message>
    <message>
        <source>An interpreter says in your language what others say, and says your words in theirs.</source>
        <comment>r_interpreter.help</comment>
        <translation>ນາຍພາສາຈະແປສິ່ງທີ່ຄົນອື່ນເວົ້າເປັນພາສາຂອງທ່ານ, ແລະ ແປຄຳເວົ້າຂອງທ່ານເປັນພາສາຂອງເຂົາເຈົ້າ.</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge. Tell your lawyer your language early.</source>
        <comment>r_interpreter.legal1</comment>
        <translation>ໃນການໄຕ່ສວນເລື່ອງການເຂົ້າເມືອງ, ທ່ານມີສິດມີນາຍພາສາໂດຍບໍ່ເສຍຄ່າ. ບອກທະນາຍຄວາມໃຫ້ຮູ້ພາສາຂອງທ່ານແຕ່ເນີ້ນໆ.</translation>
    </message>
    <message>
        <source>Vietnamese, interpreter needed</source>
        <comment>r_interpreter.example1</comment>
        <translation>ພາສາຫວຽດນາມ, ຕ້ອງການນາຍພາສາ</translation>
    </message>
    <message>
        <source>Mandarin and some English</source>
        <comment>r_interpreter.example2</comment>
        <translation>ພາສາຈີນກາງ ແລະ ພາສາອັງກິດໜ້ອຍໜຶ່ງ</translation>
    </message>
    <message>
        <source>Is there someone you trust to take care of your private matters, like rent or your bank?</source>
        <comment>r_power_of_attorney.text</comment>
        <translation>ມີຄົນທີ່ທ່ານໄວ້ໃຈໃຫ້ເບິ່ງແຍງເລື່ອງສ່ວນຕົວຂອງທ່ານ ເຊັ່ນ ຄ່າເຊົ່າ ຫຼື ເລື່ອງທະນາຄານບໍ?</translation>
    </message>
    <message>
        <source>While you are detained, someone can pay bills and deal with offices for you.</source>
        <comment>r_power_of_attorney.why</comment>
        <translation>ໃນຂະນະທີ່ທ່ານຖືກກັກຂັງ, ມີຄົນຈ່າຍໃບບິນ ແລະ ຕິດຕໍ່ຫ້ອງການຕ່າງໆແທນທ່ານໄດ້.</translation>
    </message>
    <message>
        <source>Power of attorney: a signed paper that lets a person you choose act for you. A lawyer or legal clinic can help.</source>
        <comment>r_power_of_attorney.help</comment>
        <translation>ໜັງສືມອບສິດ: ເອກະສານທີ່ລົງລາຍເຊັນແລ້ວ ໃຫ້ຄົນທີ່ທ່ານເລືອກເຮັດແທນທ່ານໄດ້. ທະນາຍຄວາມ ຫຼື ຄລີນິກກົດໝາຍຊ່ວຍໄດ້.</translation>
    </message>
    <message>
        <source>If your bank account were frozen, how would you pay rent and bills? Who could help you talk to the bank?</source>
        <comment>r_frozen_account.text</comment>
        <translation>ຖ້າບັນຊີທະນາຄານຂອງທ່ານຖືກອາຍັດ, ທ່ານຈະຈ່າຍຄ່າເຊົ່າ ແລະ ຄ່າບິນຕ່າງໆແນວໃດ? ໃຜຊ່ວຍທ່ານລົມກັບທະນາຄານໄດ້ບໍ?</translation>
    </message>
    <message>
        <source>Rent, bills and other costs still need paying while your account is closed to you.</source>
        <comment>r_frozen_account.why</comment>
        <translation>ຄ່າເຊົ່າ, ຄ່າບິນ ແລະ ຄ່າໃຊ້ຈ່າຍອື່ນໆ ຍັງຕ້ອງຈ່າຍ ໃນຂະນະທີ່ທ່ານໃຊ້ບັນຊີຂອງຕົນເອງບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>A frozen account is one the bank has stopped, so no money can come out.</source>
        <comment>r_frozen_account.help</comment>
        <translation>ບັນຊີທີ່ຖືກອາຍັດ ແມ່ນບັນຊີທີ່ທະນາຄານລະງັບໄວ້, ຖອນເງິນອອກບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Some cash kept with my sister</source>
        <comment>r_frozen_account.example1</comment>
        <translation>ເງິນສົດບາງສ່ວນທີ່ຝາກໄວ້ກັບເອື້ອຍ</translation>
    </message>
    <message>
        <source>My support worker can call the bank with me</source>
        <comment>r_frozen_account.example2</comment>
        <translation>ພະນັກງານໃຫ້ການຊ່ວຍເຫຼືອຂອງຂ້ອຍໂທຫາທະນາຄານພ້ອມກັບຂ້ອຍໄດ້</translation>
    </message>
    <message>
        <source>Who should be told if you are away for some time?</source>
        <comment>r_notify.text</comment>
        <translation>ຄວນບອກໃຜແດ່ ຖ້າທ່ານບໍ່ຢູ່ໄລຍະໜຶ່ງ?</translation>
    </message>
    <message>
        <source>Missing classes or work without notice can cause problems, for example with a study permit.</source>
        <comment>r_notify.why</comment>
        <translation>ການຂາດຮຽນ ຫຼື ຂາດວຽກໂດຍບໍ່ແຈ້ງ ອາດເຮັດໃຫ້ເກີດບັນຫາ, ຕົວຢ່າງ ກັບໃບອະນຸຍາດຮຽນ.</translation>
    </message>
    <message>
        <source>My school or college</source>
        <comment>r_notify.option.school</comment>
        <translation>ໂຮງຮຽນ ຫຼື ວິທະຍາໄລຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>My work</source>
        <comment>r_notify.option.work</comment>
        <translation>ບ່ອນເຮັດວຽກຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>My landlord</source>
        <comment>r_notify.option.landlord</comment>
        <translation>ເຈົ້າຂອງເຮືອນເຊົ່າຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Someone else</source>
        <comment>r_notify.option.someone_else</comment>
        <translation>ຄົນອື່ນ</translation>
    </message>
    <message>
        <source>Do you take care of other people, here or in another country, who would need help if you were detained?</source>
        <comment>r_care_others.text</comment>
        <translation>ທ່ານເບິ່ງແຍງຄົນອື່ນບໍ, ຢູ່ທີ່ນີ້ ຫຼື ຢູ່ປະເທດອື່ນ, ທີ່ຈະຕ້ອງການຄວາມຊ່ວຍເຫຼືອ ຖ້າທ່ານຖືກກັກຂັງ?</translation>
    </message>
    <message>
        <source>Planning now means they still get help while you are away.</source>
        <comment>r_care_others.why</comment>
        <translation>ການວາງແຜນຕອນນີ້ເຮັດໃຫ້ເຂົາເຈົ້າຍັງໄດ້ຮັບການຊ່ວຍເຫຼືອ ໃນຂະນະທີ່ທ່ານບໍ່ຢູ່.</translation>
    </message>
    <message>
        <source>I send money to my mother each month</source>
        <comment>r_care_others.example1</comment>
        <translation>ຂ້ອຍສົ່ງເງິນໃຫ້ແມ່ທຸກເດືອນ</translation>
    </message>
    <message>
        <source>I take my neighbour to the doctor</source>
        <comment>r_care_others.example2</comment>
        <translation>ຂ້ອຍພາເພື່ອນບ້ານໄປຫາທ່ານໝໍ</translation>
    </message>
    <message>
        <source>Would you like to talk with a lawyer about what to say, and what not to say, at a hearing?</source>
        <comment>r_hearing_talk.text</comment>
        <translation>ທ່ານຢາກລົມກັບທະນາຍຄວາມບໍ ວ່າໃນການໄຕ່ສວນຄວນເວົ້າຫຍັງ ແລະ ບໍ່ຄວນເວົ້າຫຍັງ?</translation>
    </message>
    <message>
        <source>What you say at a hearing can change the result. A lawyer can help you prepare.</source>
        <comment>r_hearing_talk.why</comment>
        <translation>ສິ່ງທີ່ທ່ານເວົ້າໃນການໄຕ່ສວນອາດປ່ຽນຜົນໄດ້. ທະນາຍຄວາມຊ່ວຍທ່ານກຽມຕົວໄດ້.</translation>
    </message>
</context>
<context>
    <name>forms.safety_plan</name>
    <message>
        <source>Safety plan</source>
        <comment>form.title</comment>
        <translation>ແຜນຄວາມປອດໄພ</translation>
    </message>
    <message>
        <source>A plan to help you stay safe from a person or a situation that puts you at risk. You decide what goes in it, and what you want to do. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>ແຜນທີ່ຊ່ວຍໃຫ້ທ່ານປອດໄພຈາກຄົນ ຫຼື ສະຖານະການທີ່ເຮັດໃຫ້ທ່ານມີຄວາມສ່ຽງ. ທ່ານເປັນຜູ້ຕັດສິນໃຈວ່າຈະໃສ່ຫຍັງໃນແຜນ ແລະ ຢາກເຮັດຫຍັງ. ທ່ານຂ້າມຄຳຖາມໃດກໍໄດ້ ຫຼື ກັບມາຕອບພາຍຫຼັງກໍໄດ້.</translation>
    </message>
    <message>
        <source>Plan to leave</source>
        <comment>leave.title</comment>
        <translation>ແຜນການອອກໄປ</translation>
    </message>
    <message>
        <source>If you ever decide to leave, or must leave quickly, it helps to have things ready.</source>
        <comment>leave.intro</comment>
        <translation>ຖ້າມື້ໜຶ່ງທ່ານຕັດສິນໃຈອອກໄປ ຫຼື ຕ້ອງອອກໄປຢ່າງໄວ, ການກຽມສິ່ງຂອງໄວ້ກ່ອນຈະຊ່ວຍໄດ້.</translation>
    </message>
    <message>
        <source>What would you like this plan to help you with?</source>
        <comment>s_goal.text</comment>
        <translation>ທ່ານຢາກໃຫ້ແຜນນີ້ຊ່ວຍທ່ານເລື່ອງຫຍັງ?</translation>
    </message>
    <message>
        <source>This plan follows what you want, not what others expect.</source>
        <comment>s_goal.why</comment>
        <translation>ແຜນນີ້ເປັນໄປຕາມສິ່ງທີ່ທ່ານຕ້ອງການ, ບໍ່ແມ່ນສິ່ງທີ່ຄົນອື່ນຄາດຫວັງ.</translation>
    </message>
    <message>
        <source>Being ready in case things get worse</source>
        <comment>s_goal.example1</comment>
        <translation>ກຽມພ້ອມໄວ້ ໃນກໍລະນີທີ່ສະຖານະການຮ້າຍແຮງຂຶ້ນ</translation>
    </message>
    <message>
        <source>Leaving a workplace</source>
        <comment>s_goal.example2</comment>
        <translation>ອອກຈາກບ່ອນເຮັດວຽກ</translation>
    </message>
    <message>
        <source>Staying, but with more safety</source>
        <comment>s_goal.example3</comment>
        <translation>ຢູ່ຕໍ່, ແຕ່ປອດໄພຫຼາຍຂຶ້ນ</translation>
    </message>
    <message>
        <source>If you left, do you think the person might try to hurt you or punish you for leaving?</source>
        <comment>s_retaliation.text</comment>
        <translation>ຖ້າທ່ານອອກໄປ, ທ່ານຄິດວ່າຄົນຜູ້ນັ້ນອາດພະຍາຍາມທຳຮ້າຍ ຫຼື ລົງໂທດທ່ານທີ່ອອກໄປບໍ?</translation>
    </message>
    <message>
        <source>Knowing the risk helps you choose when and how to leave, and who to tell.</source>
        <comment>s_retaliation.why</comment>
        <translation>ການຮູ້ເຖິງຄວາມສ່ຽງຊ່ວຍໃຫ້ທ່ານເລືອກໄດ້ວ່າຈະອອກໄປເມື່ອໃດ ແລະ ແນວໃດ, ແລະ ຈະບອກໃຜ.</translation>
    </message>
    <message>
        <source>Yes, I think so</source>
        <comment>s_retaliation.option.likely</comment>
        <translation>ແມ່ນ, ຂ້ອຍຄິດແນວນັ້ນ</translation>
    </message>
    <message>
        <source>Maybe, I am not sure</source>
        <comment>s_retaliation.option.maybe</comment>
        <translation>ອາດຈະ, ຂ້ອຍບໍ່ແນ່ໃຈ</translation>
    </message>
    <message>
        <source>I do not think so</source>
        <comment>s_retaliation.option.unlikely</comment>
        <translation>ຂ້ອຍຄິດວ່າບໍ່</translation>
    </message>
    <message>
        <source>What could make leaving safer for you?</source>
        <comment>s_safer_leaving.text</comment>
        <translation>ຫຍັງຈະຊ່ວຍໃຫ້ການອອກໄປປອດໄພຂຶ້ນສຳລັບທ່ານ?</translation>
    </message>
    <message>
        <source>Small steps can lower the risk when you leave.</source>
        <comment>s_safer_leaving.why</comment>
        <translation>ຂັ້ນຕອນນ້ອຍໆ ຊ່ວຍຫຼຸດຄວາມສ່ຽງເວລາທີ່ທ່ານອອກໄປໄດ້.</translation>
    </message>
    <message>
        <source>Leave when they are not at home</source>
        <comment>s_safer_leaving.example1</comment>
        <translation>ອອກໄປຕອນທີ່ລາວບໍ່ຢູ່ເຮືອນ</translation>
    </message>
    <message>
        <source>Have a friend with me</source>
        <comment>s_safer_leaving.example2</comment>
        <translation>ມີໝູ່ໄປນຳ</translation>
    </message>
    <message>
        <source>Change my phone number after I leave</source>
        <comment>s_safer_leaving.example3</comment>
        <translation>ປ່ຽນເບີໂທລະສັບຫຼັງຈາກອອກໄປແລ້ວ</translation>
    </message>
    <message>
        <source>Where could you go if you leave? Add the people or places, with their address or phone number.</source>
        <comment>s_safe_place.text</comment>
        <translation>ຖ້າທ່ານອອກໄປ, ທ່ານຈະໄປໃສໄດ້ແດ່? ເພີ່ມຄົນ ຫຼື ສະຖານທີ່ ພ້ອມທີ່ຢູ່ ຫຼື ເບີໂທລະສັບ.</translation>
    </message>
    <message>
        <source>When you know where to go, leaving quickly is easier.</source>
        <comment>s_safe_place.why</comment>
        <translation>ເມື່ອຮູ້ວ່າຈະໄປໃສ, ການອອກໄປຢ່າງໄວກໍງ່າຍຂຶ້ນ.</translation>
    </message>
    <message>
        <source>A friend, someone in your community, an emergency shelter or a motel. A first name is enough.</source>
        <comment>s_safe_place.help</comment>
        <translation>ໝູ່, ຄົນໃນຊຸມຊົນຂອງທ່ານ, ບ່ອນພັກພິງສຸກເສີນ ຫຼື ໂມເທວ. ໃສ່ແຕ່ຊື່ຕົ້ນກໍພໍ.</translation>
    </message>
    <message>
        <source>A friend&apos;s place</source>
        <comment>s_safe_place.example1</comment>
        <translation>ເຮືອນໝູ່</translation>
    </message>
    <message>
        <source>An emergency shelter</source>
        <comment>s_safe_place.example2</comment>
        <translation>ບ່ອນພັກພິງສຸກເສີນ</translation>
    </message>
    <message>
        <source>A motel near work</source>
        <comment>s_safe_place.example3</comment>
        <translation>ໂມເທວໃກ້ບ່ອນເຮັດວຽກ</translation>
    </message>
    <message>
        <source>If you live or work with the person, do you have a hidden place to keep these addresses?</source>
        <comment>s_hide_addresses.text</comment>
        <translation>ຖ້າທ່ານຢູ່ ຫຼື ເຮັດວຽກກັບຄົນຜູ້ນັ້ນ, ທ່ານມີບ່ອນລັບສຳລັບເກັບທີ່ຢູ່ເຫຼົ່ານີ້ບໍ?</translation>
    </message>
    <message>
        <source>On a friend&apos;s phone</source>
        <comment>s_hide_addresses.example1</comment>
        <translation>ໃນໂທລະສັບຂອງໝູ່</translation>
    </message>
    <message>
        <source>The person may look through your phone or your things, at home or at work.</source>
        <comment>s_hide_addresses.why</comment>
        <translation>ຄົນນັ້ນອາດຄົ້ນເບິ່ງໂທລະສັບ ຫຼື ເຄື່ອງຂອງຂອງທ່ານ, ຢູ່ເຮືອນ ຫຼື ບ່ອນເຮັດວຽກ.</translation>
    </message>
    <message>
        <source>Written with first names only, kept by a friend</source>
        <comment>s_hide_addresses.example2</comment>
        <translation>ຂຽນແຕ່ຊື່ (ບໍ່ມີນາມສະກຸນ), ຝາກໝູ່ເກັບໄວ້</translation>
    </message>
    <message>
        <source>How could you get there? Choose any that could work.</source>
        <comment>s_transport.text</comment>
        <translation>ທ່ານຈະໄປທີ່ນັ້ນໄດ້ແນວໃດ? ເລືອກທຸກທາງທີ່ອາດໃຊ້ໄດ້.</translation>
    </message>
    <message>
        <source>Knowing the way saves time if you must leave suddenly.</source>
        <comment>s_transport.why</comment>
        <translation>ການຮູ້ເສັ້ນທາງຊ່ວຍປະຢັດເວລາ ຖ້າທ່ານຕ້ອງອອກໄປຢ່າງກະທັນຫັນ.</translation>
    </message>
    <message>
        <source>Walk</source>
        <comment>s_transport.option.walk</comment>
        <translation>ຍ່າງ</translation>
    </message>
    <message>
        <source>Bus, subway or train</source>
        <comment>s_transport.option.transit</comment>
        <translation>ລົດເມ, ລົດໄຟໃຕ້ດິນ ຫຼື ລົດໄຟ</translation>
    </message>
    <message>
        <source>Taxi or ride app</source>
        <comment>s_transport.option.taxi</comment>
        <translation>ແທັກຊີ ຫຼື ແອັບເອີ້ນລົດ</translation>
    </message>
    <message>
        <source>Someone drives me</source>
        <comment>s_transport.option.friend_drives</comment>
        <translation>ມີຄົນຂັບລົດໄປສົ່ງ</translation>
    </message>
    <message>
        <source>Another way</source>
        <comment>s_transport.option.other</comment>
        <translation>ທາງອື່ນ</translation>
    </message>
    <message>
        <source>Do you plan to leave soon, or do you want to be ready in case you must leave suddenly?</source>
        <comment>s_timing.text</comment>
        <translation>ທ່ານວາງແຜນຈະອອກໄປໃນໄວໆນີ້ ຫຼື ຢາກກຽມພ້ອມໄວ້ ໃນກໍລະນີທີ່ຕ້ອງອອກໄປຢ່າງກະທັນຫັນ?</translation>
    </message>
    <message>
        <source>Your answer changes what to prepare first.</source>
        <comment>s_timing.why</comment>
        <translation>ຄຳຕອບຂອງທ່ານຈະບອກວ່າຄວນກຽມຫຍັງກ່ອນ.</translation>
    </message>
    <message>
        <source>I plan to leave soon</source>
        <comment>s_timing.option.soon</comment>
        <translation>ຂ້ອຍວາງແຜນຈະອອກໄປໃນໄວໆນີ້</translation>
    </message>
    <message>
        <source>I want to be ready, in case</source>
        <comment>s_timing.option.be_ready</comment>
        <translation>ຂ້ອຍຢາກກຽມພ້ອມໄວ້ກ່ອນ, ໃນກໍລະນີ</translation>
    </message>
    <message>
        <source>I have not decided</source>
        <comment>s_timing.option.undecided</comment>
        <translation>ຂ້ອຍຍັງບໍ່ໄດ້ຕັດສິນໃຈ</translation>
    </message>
    <message>
        <source>If you plan to leave soon, is there a day you have in mind?</source>
        <comment>s_leave_date.text</comment>
        <translation>ຖ້າທ່ານວາງແຜນຈະອອກໄປໃນໄວໆນີ້, ທ່ານມີມື້ທີ່ຄິດໄວ້ບໍ?</translation>
    </message>
    <message>
        <source>A date helps you plan the steps that come before it.</source>
        <comment>s_leave_date.why</comment>
        <translation>ການມີວັນທີຊ່ວຍໃຫ້ທ່ານວາງແຜນຂັ້ນຕອນທີ່ຕ້ອງເຮັດກ່ອນມື້ນັ້ນ.</translation>
    </message>
    <message>
        <source>Which small things could you keep in your everyday bag, in case you must leave suddenly?</source>
        <comment>s_bag.text</comment>
        <translation>ສິ່ງຂອງນ້ອຍໆອັນໃດແດ່ທີ່ທ່ານເກັບໄວ້ໃນກະເປົາທີ່ໃຊ້ທຸກມື້ໄດ້, ໃນກໍລະນີທີ່ຕ້ອງອອກໄປຢ່າງກະທັນຫັນ?</translation>
    </message>
    <message>
        <source>A few things let you leave at once. Too many things may make someone suspicious.</source>
        <comment>s_bag.why</comment>
        <translation>ສິ່ງຂອງບໍ່ເທົ່າໃດຢ່າງຊ່ວຍໃຫ້ທ່ານອອກໄປໄດ້ທັນທີ. ຖ້າມີຫຼາຍເກີນໄປ ອາດເຮັດໃຫ້ມີຄົນສົງໄສ.</translation>
    </message>
    <message>
        <source>Medication</source>
        <comment>s_bag.option.medication</comment>
        <translation>ຢາ</translation>
    </message>
    <message>
        <source>A change of clothes</source>
        <comment>s_bag.option.clothes</comment>
        <translation>ເຄື່ອງນຸ່ງສຳລັບປ່ຽນໜຶ່ງຊຸດ</translation>
    </message>
    <message>
        <source>A little money, hidden (for example in a lipstick tube)</source>
        <comment>s_bag.option.cash</comment>
        <translation>ເງິນໜ້ອຍໜຶ່ງ, ເຊື່ອງໄວ້ (ຕົວຢ່າງ ໃນຫຼອດລິບສະຕິກ)</translation>
    </message>
    <message>
        <source>A phone charger</source>
        <comment>s_bag.option.charger</comment>
        <translation>ສາຍສາກໂທລະສັບ</translation>
    </message>
    <message>
        <source>Spare keys</source>
        <comment>s_bag.option.keys</comment>
        <translation>ກະແຈສຳຮອງ</translation>
    </message>
    <message>
        <source>Important phone numbers on paper</source>
        <comment>s_bag.option.numbers</comment>
        <translation>ເບີໂທລະສັບສຳຄັນທີ່ຂຽນໄວ້ໃນເຈ້ຍ</translation>
    </message>
    <message>
        <source>Do you need to plan for children, other people you care for, or pets?</source>
        <comment>s_care.text</comment>
        <translation>ທ່ານຕ້ອງວາງແຜນສຳລັບລູກ, ຄົນອື່ນທີ່ທ່ານເບິ່ງແຍງ ຫຼື ສັດລ້ຽງບໍ?</translation>
    </message>
    <message>
        <source>Planning ahead means they are looked after if you leave quickly.</source>
        <comment>s_care.why</comment>
        <translation>ການວາງແຜນລ່ວງໜ້າເຮັດໃຫ້ມີຄົນເບິ່ງແຍງເຂົາເຈົ້າ ຖ້າທ່ານຕ້ອງອອກໄປຢ່າງໄວ.</translation>
    </message>
    <message>
        <source>My son: my sister can pick him up from school</source>
        <comment>s_care.example1</comment>
        <translation>ລູກຊາຍຂອງຂ້ອຍ: ເອື້ອຍຂອງຂ້ອຍໄປຮັບລາວຢູ່ໂຮງຮຽນໄດ້</translation>
    </message>
    <message>
        <source>My cat: a neighbour can feed her</source>
        <comment>s_care.example2</comment>
        <translation>ແມວຂອງຂ້ອຍ: ເພື່ອນບ້ານໃຫ້ອາຫານມັນໄດ້</translation>
    </message>
    <message>
        <source>Supports and resources</source>
        <comment>supports.title</comment>
        <translation>ຄົນຊ່ວຍເຫຼືອ ແລະ ແຫຼ່ງຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>The people and groups who can help you, and the strengths you already have.</source>
        <comment>supports.intro</comment>
        <translation>ຄົນ ແລະ ກຸ່ມທີ່ຊ່ວຍທ່ານໄດ້, ແລະ ຈຸດແຂງທີ່ທ່ານມີຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>Who could help you find services and contact them? This can be an organisation, a co-worker, a friend, a client or family.</source>
        <comment>s_helpers.text</comment>
        <translation>ໃຜຊ່ວຍທ່ານຊອກຫາການບໍລິການ ແລະ ຕິດຕໍ່ບໍລິການເຫຼົ່ານັ້ນໄດ້? ອາດເປັນອົງການ, ເພື່ອນຮ່ວມງານ, ໝູ່, ລູກຄ້າ ຫຼື ຄອບຄົວ.</translation>
    </message>
    <message>
        <source>Someone who knows the services can save you time and worry.</source>
        <comment>s_helpers.why</comment>
        <translation>ຄົນທີ່ຮູ້ຈັກການບໍລິການຕ່າງໆ ຊ່ວຍໃຫ້ທ່ານປະຢັດເວລາ ແລະ ກັງວົນໜ້ອຍລົງ.</translation>
    </message>
    <message>
        <source>Services can be shelters, programs for people facing violence, legal help or food banks.</source>
        <comment>s_helpers.help</comment>
        <translation>ການບໍລິການອາດເປັນບ່ອນພັກພິງ, ໂຄງການສຳລັບຄົນທີ່ພົບຄວາມຮຸນແຮງ, ການຊ່ວຍເຫຼືອດ້ານກົດໝາຍ ຫຼື ທະນາຄານອາຫານ.</translation>
    </message>
    <message>
        <source>What other support would help you? Who could give it?</source>
        <comment>s_other_support.text</comment>
        <translation>ການຊ່ວຍເຫຼືອຫຍັງອີກທີ່ຈະຊ່ວຍທ່ານໄດ້? ໃຜໃຫ້ໄດ້ແດ່?</translation>
    </message>
    <message>
        <source>Support can be practical, like a ride, or someone to talk to. Both count.</source>
        <comment>s_other_support.why</comment>
        <translation>ການຊ່ວຍເຫຼືອອາດເປັນເລື່ອງທີ່ເຮັດໄດ້ຕົວຈິງ ເຊັ່ນ ໄປສົ່ງ, ຫຼື ມີຄົນໃຫ້ລົມນຳ. ທັງສອງຢ່າງມີຄວາມໝາຍ.</translation>
    </message>
    <message>
        <source>A ride to the shelter</source>
        <comment>s_other_support.example1</comment>
        <translation>ໄປສົ່ງຢູ່ບ່ອນພັກພິງ</translation>
    </message>
    <message>
        <source>Someone to talk to in my language</source>
        <comment>s_other_support.example2</comment>
        <translation>ມີຄົນລົມນຳເປັນພາສາຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Help with rent</source>
        <comment>s_other_support.example3</comment>
        <translation>ຊ່ວຍເລື່ອງຄ່າເຊົ່າ</translation>
    </message>
    <message>
        <source>What matters most to you right now?</source>
        <comment>s_priorities.text</comment>
        <translation>ຕອນນີ້ຫຍັງສຳຄັນທີ່ສຸດສຳລັບທ່ານ?</translation>
    </message>
    <message>
        <source>Your priorities decide which steps come first in your plan.</source>
        <comment>s_priorities.why</comment>
        <translation>ສິ່ງທີ່ທ່ານໃຫ້ຄວາມສຳຄັນຈະກຳນົດວ່າຂັ້ນຕອນໃດມາກ່ອນໃນແຜນຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Keeping my job</source>
        <comment>s_priorities.example1</comment>
        <translation>ຮັກສາວຽກຂອງຂ້ອຍໄວ້</translation>
    </message>
    <message>
        <source>My child&apos;s school</source>
        <comment>s_priorities.example2</comment>
        <translation>ໂຮງຮຽນຂອງລູກ</translation>
    </message>
    <message>
        <source>Keeping my immigration status</source>
        <comment>s_priorities.example3</comment>
        <translation>ຮັກສາສະຖານະການເຂົ້າເມືອງຂອງຂ້ອຍໄວ້</translation>
    </message>
    <message>
        <source>How have you kept yourself safe before? What are you doing now that helps?</source>
        <comment>s_strengths.text</comment>
        <translation>ທີ່ຜ່ານມາ ທ່ານເບິ່ງແຍງຕົວເອງໃຫ້ປອດໄພແນວໃດ? ຕອນນີ້ທ່ານເຮັດຫຍັງທີ່ຊ່ວຍໄດ້ແດ່?</translation>
    </message>
    <message>
        <source>You know your life best. Your skills and experience are part of this plan.</source>
        <comment>s_strengths.why</comment>
        <translation>ທ່ານຮູ້ຈັກຊີວິດຂອງຕົວເອງດີທີ່ສຸດ. ທັກສະ ແລະ ປະສົບການຂອງທ່ານເປັນສ່ວນໜຶ່ງຂອງແຜນນີ້.</translation>
    </message>
    <message>
        <source>I tell a co-worker where I am</source>
        <comment>s_strengths.example1</comment>
        <translation>ຂ້ອຍບອກເພື່ອນຮ່ວມງານວ່າຂ້ອຍຢູ່ໃສ</translation>
    </message>
    <message>
        <source>I screen new clients</source>
        <comment>s_strengths.example2</comment>
        <translation>ຂ້ອຍກວດເບິ່ງລູກຄ້າໃໝ່ກ່ອນ</translation>
    </message>
    <message>
        <source>I keep my phone charged and with me</source>
        <comment>s_strengths.example3</comment>
        <translation>ຂ້ອຍສາກໂທລະສັບໄວ້ ແລະ ພົກຕິດຕົວສະເໝີ</translation>
    </message>
    <message>
        <source>If you think about going to the police or immigration, would you talk with a lawyer first?</source>
        <comment>s_lawyer_first.text</comment>
        <translation>ຖ້າທ່ານຄິດຈະໄປຫາຕຳຫຼວດ ຫຼື ເຈົ້າໜ້າທີ່ກວດຄົນເຂົ້າເມືອງ, ທ່ານຈະລົມກັບທະນາຍຄວາມກ່ອນບໍ?</translation>
    </message>
    <message>
        <source>Without legal advice, it may lead to more abuse or to removal from Canada. With legal help, it may help you stay.</source>
        <comment>s_lawyer_first.why</comment>
        <translation>ຖ້າບໍ່ມີຄຳແນະນຳທາງກົດໝາຍ, ອາດເຮັດໃຫ້ຖືກທາລຸນຫຼາຍຂຶ້ນ ຫຼື ຖືກສົ່ງຕົວອອກນອກປະເທດການາດາ. ຖ້າມີການຊ່ວຍເຫຼືອທາງກົດໝາຍ, ອາດຊ່ວຍໃຫ້ທ່ານຢູ່ຕໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>You can ask for another address, or online letters if the person cannot get into your email or phone.</source>
        <comment>s_bank_mail.help</comment>
        <translation>ທ່ານຂໍໃຫ້ສົ່ງຈົດໝາຍໄປທີ່ຢູ່ອື່ນ, ຫຼື ຂໍຮັບຈົດໝາຍທາງອອນລາຍໄດ້ ຖ້າຄົນນັ້ນເຂົ້າອີເມວ ຫຼື ໂທລະສັບຂອງທ່ານບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Can you keep the person away from your phone, your accounts and your records?</source>
        <comment>s_phone_security.text</comment>
        <translation>ທ່ານກັນບໍ່ໃຫ້ຄົນນັ້ນເຂົ້າເຖິງໂທລະສັບ, ບັນຊີ ແລະ ຂໍ້ມູນຂອງທ່ານໄດ້ບໍ?</translation>
    </message>
    <message>
        <source>Someone who can see your phone or accounts may learn about your plans.</source>
        <comment>s_phone_security.why</comment>
        <translation>ຄົນທີ່ເບິ່ງໂທລະສັບ ຫຼື ບັນຊີຂອງທ່ານໄດ້ ອາດຮູ້ເລື່ອງແຜນຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>For example: a new passcode, signing out of shared accounts, turning off location sharing.</source>
        <comment>s_phone_security.help</comment>
        <translation>ຕົວຢ່າງ: ຕັ້ງລະຫັດລັອກໂທລະສັບໃໝ່, ອອກຈາກລະບົບບັນຊີທີ່ໃຊ້ຮ່ວມກັນ, ປິດການແບ່ງປັນສະຖານທີ່.</translation>
    </message>
    <message>
        <source>A lawyer can explain your choices before you decide. Legal clinics give free legal help.</source>
        <comment>s_lawyer_first.help</comment>
        <translation>ທະນາຍຄວາມອະທິບາຍທາງເລືອກຂອງທ່ານໄດ້ ກ່ອນທີ່ທ່ານຈະຕັດສິນໃຈ. ຄລີນິກກົດໝາຍໃຫ້ການຊ່ວຍເຫຼືອດ້ານກົດໝາຍໂດຍບໍ່ເສຍຄ່າ.</translation>
    </message>
    <message>
        <source>If a partner sponsors your immigration, would you like to learn the rules that protect sponsored spouses facing violence at home?</source>
        <comment>s_sponsorship.text</comment>
        <translation>ຖ້າຄູ່ຂອງທ່ານເປັນຜູ້ອຸປະຖຳ (ສະປອນເຊີ) ໃນການເຂົ້າເມືອງຂອງທ່ານ, ທ່ານຢາກຮູ້ກົດລະບຽບທີ່ປົກປ້ອງຄູ່ສົມລົດທີ່ໄດ້ຮັບການອຸປະຖຳ ຊຶ່ງພົບຄວາມຮຸນແຮງໃນເຮືອນບໍ?</translation>
    </message>
    <message>
        <source>There are exceptions that may protect your status. Knowing them helps you decide with less fear.</source>
        <comment>s_sponsorship.why</comment>
        <translation>ມີຂໍ້ຍົກເວັ້ນທີ່ອາດປົກປ້ອງສະຖານະຂອງທ່ານ. ການຮູ້ເລື່ອງນີ້ຊ່ວຍໃຫ້ທ່ານຕັດສິນໃຈໄດ້ ໂດຍຢ້ານໜ້ອຍລົງ.</translation>
    </message>
    <message>
        <source>Sponsor: the person who signed to support your application to live in Canada.</source>
        <comment>s_sponsorship.help</comment>
        <translation>ຜູ້ອຸປະຖຳ (ສະປອນເຊີ): ຄົນທີ່ລົງລາຍເຊັນເພື່ອສະໜັບສະໜູນຄຳຮ້ອງຂອງທ່ານເພື່ອອາໄສຢູ່ໃນການາດາ.</translation>
    </message>
    <message>
        <source>If you are already a permanent resident, your sponsor cannot take that status away, even if you leave.</source>
        <comment>s_sponsorship.legal1</comment>
        <translation>ຖ້າທ່ານເປັນຜູ້ມີຖິ່ນທີ່ຢູ່ຖາວອນແລ້ວ, ຜູ້ອຸປະຖຳ (ສະປອນເຊີ) ຂອງທ່ານຖອນສະຖານະນັ້ນບໍ່ໄດ້, ເຖິງວ່າທ່ານຈະແຍກທາງໄປກໍຕາມ.</translation>
    </message>
    <message>
        <source>Since 2017, a sponsored spouse no longer has to live with the sponsor for two years to keep permanent residence.</source>
        <comment>s_sponsorship.legal2</comment>
        <translation>ຕັ້ງແຕ່ປີ 2017, ຄູ່ສົມລົດທີ່ໄດ້ຮັບການອຸປະຖຳ ບໍ່ຕ້ອງຢູ່ກັບຜູ້ອຸປະຖຳຄົບສອງປີ ເພື່ອຮັກສາສະຖານະຜູ້ມີຖິ່ນທີ່ຢູ່ຖາວອນອີກຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>If your status in Canada depends on your partner and you face violence, a special temporary permit may help you stay (since 2019).</source>
        <comment>s_sponsorship.legal3</comment>
        <translation>ຖ້າສະຖານະຂອງທ່ານໃນການາດາຂຶ້ນກັບຄູ່ຂອງທ່ານ ແລະ ທ່ານພົບຄວາມຮຸນແຮງ, ໃບອະນຸຍາດຊົ່ວຄາວແບບພິເສດອາດຊ່ວຍໃຫ້ທ່ານຢູ່ຕໍ່ໄດ້ (ຕັ້ງແຕ່ປີ 2019).</translation>
    </message>
    <message>
        <source>A lawyer or legal clinic can tell you what applies to you before you decide.</source>
        <comment>s_sponsorship.legal4</comment>
        <translation>ທະນາຍຄວາມ ຫຼື ຄລີນິກກົດໝາຍບອກທ່ານໄດ້ວ່າ ຫຍັງກ່ຽວຂ້ອງກັບທ່ານ ກ່ອນທີ່ທ່ານຈະຕັດສິນໃຈ.</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>money.title</comment>
        <translation>ເງິນ</translation>
    </message>
    <message>
        <source>Some money of your own gives you more choices.</source>
        <comment>money.intro</comment>
        <translation>ການມີເງິນເປັນຂອງຕົວເອງແດ່ ເຮັດໃຫ້ທ່ານມີທາງເລືອກຫຼາຍຂຶ້ນ.</translation>
    </message>
    <message>
        <source>Could you save and hide some money? How much would you need for travel and a room?</source>
        <comment>s_savings.text</comment>
        <translation>ທ່ານເກັບທ້ອນ ແລະ ເຊື່ອງເງິນໄວ້ແດ່ໄດ້ບໍ? ທ່ານຕ້ອງໃຊ້ເງິນເທົ່າໃດສຳລັບການເດີນທາງ ແລະ ຄ່າຫ້ອງພັກ?</translation>
    </message>
    <message>
        <source>With enough for travel and a room, you do not have to stay in a shelter if you do not want to.</source>
        <comment>s_savings.why</comment>
        <translation>ຖ້າມີເງິນພໍສຳລັບການເດີນທາງ ແລະ ຄ່າຫ້ອງພັກ, ທ່ານບໍ່ຈຳເປັນຕ້ອງໄປຢູ່ບ່ອນພັກພິງ ຖ້າທ່ານບໍ່ຢາກໄປ.</translation>
    </message>
    <message>
        <source>$40 for a taxi</source>
        <comment>s_savings.example1</comment>
        <translation>40 ໂດລາ ສຳລັບແທັກຊີ</translation>
    </message>
    <message>
        <source>$300 for a room for a week</source>
        <comment>s_savings.example2</comment>
        <translation>300 ໂດລາ ສຳລັບຫ້ອງພັກໜຶ່ງອາທິດ</translation>
    </message>
    <message>
        <source>Where could you keep this money, so that the person cannot find it?</source>
        <comment>s_money_place.text</comment>
        <translation>ທ່ານຈະເກັບເງິນນີ້ໄວ້ໃສ ເພື່ອບໍ່ໃຫ້ຄົນຜູ້ນັ້ນຊອກເຫັນ?</translation>
    </message>
    <message>
        <source>Money is only useful if it is still there when you need it.</source>
        <comment>s_money_place.why</comment>
        <translation>ເງິນມີປະໂຫຍດ ກໍຕໍ່ເມື່ອມັນຍັງຢູ່ຕອນທີ່ທ່ານຕ້ອງໃຊ້.</translation>
    </message>
    <message>
        <source>With a friend I trust</source>
        <comment>s_money_place.example1</comment>
        <translation>ຝາກໄວ້ກັບໝູ່ທີ່ຂ້ອຍໄວ້ໃຈ</translation>
    </message>
    <message>
        <source>In a pocket sewn into my bag</source>
        <comment>s_money_place.example2</comment>
        <translation>ໃນຖົງລັບທີ່ຫຍິບໄວ້ໃນກະເປົາ</translation>
    </message>
    <message>
        <source>Do you have a bank account that only you can use?</source>
        <comment>s_own_account.text</comment>
        <translation>ທ່ານມີບັນຊີທະນາຄານທີ່ທ່ານໃຊ້ໄດ້ຄົນດຽວບໍ?</translation>
    </message>
    <message>
        <source>Money in your own account is harder for others to take or control.</source>
        <comment>s_own_account.why</comment>
        <translation>ເງິນໃນບັນຊີຂອງທ່ານເອງ ຄົນອື່ນເອົາໄປ ຫຼື ຄວບຄຸມໄດ້ຍາກກວ່າ.</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>s_own_account.option.yes</comment>
        <translation>ມີ</translation>
    </message>
    <message>
        <source>No, but I could open one</source>
        <comment>s_own_account.option.could_open</comment>
        <translation>ບໍ່ມີ, ແຕ່ຂ້ອຍເປີດບັນຊີໄດ້</translation>
    </message>
    <message>
        <source>No</source>
        <comment>s_own_account.option.no</comment>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <comment>s_own_account.option.not_sure</comment>
        <translation>ຂ້ອຍບໍ່ແນ່ໃຈ</translation>
    </message>
    <message>
        <source>Does your bank send letters to an address where the person cannot see them?</source>
        <comment>s_bank_mail.text</comment>
        <translation>ທະນາຄານສົ່ງຈົດໝາຍໄປທີ່ຢູ່ທີ່ຄົນຜູ້ນັ້ນບໍ່ເຫັນບໍ?</translation>
    </message>
    <message>
        <source>A letter from the bank can tell the person that you have an account.</source>
        <comment>s_bank_mail.why</comment>
        <translation>ຈົດໝາຍຈາກທະນາຄານອາດເຮັດໃຫ້ຄົນຜູ້ນັ້ນຮູ້ວ່າທ່ານມີບັນຊີ.</translation>
    </message>
    <message>
        <source>ID, documents and bank information</source>
        <comment>papers.title</comment>
        <translation>ບັດປະຈຳຕົວ, ເອກະສານ ແລະ ຂໍ້ມູນທະນາຄານ</translation>
    </message>
    <message>
        <source>Your papers, ready to take, and copies kept somewhere safe.</source>
        <comment>papers.intro</comment>
        <translation>ເອກະສານຂອງທ່ານທີ່ພ້ອມເອົາໄປ, ແລະ ສຳເນົາທີ່ເກັບໄວ້ໃນບ່ອນປອດໄພ.</translation>
    </message>
    <message>
        <source>Which important documents would you take with you? Note where each one is kept.</source>
        <comment>s_documents.text</comment>
        <translation>ທ່ານຈະເອົາເອກະສານສຳຄັນອັນໃດໄປນຳ? ຂຽນໄວ້ວ່າແຕ່ລະອັນເກັບໄວ້ໃສ.</translation>
    </message>
    <message>
        <source>If they are together in one place, you can take them all quickly.</source>
        <comment>s_documents.why</comment>
        <translation>ຖ້າເກັບໄວ້ນຳກັນໃນບ່ອນດຽວ, ທ່ານກໍເອົາໄປໄດ້ທັງໝົດຢ່າງໄວ.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>s_documents.example1</comment>
        <translation>ໜັງສືຜ່ານແດນ</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <comment>s_documents.example2</comment>
        <translation>ເອກະສານເຂົ້າເມືອງ</translation>
    </message>
    <message>
        <source>Bank card</source>
        <comment>s_documents.example3</comment>
        <translation>ບັດທະນາຄານ</translation>
    </message>
    <message>
        <source>Health card</source>
        <comment>s_documents.example4</comment>
        <translation>ບັດປະກັນສຸຂະພາບ</translation>
    </message>
    <message>
        <source>My children&apos;s birth certificates</source>
        <comment>s_documents.example5</comment>
        <translation>ໃບແຈ້ງເກີດຂອງລູກ</translation>
    </message>
    <message>
        <source>Could an organisation you trust keep a copy of your file or papers for you?</source>
        <comment>s_org_copy.text</comment>
        <translation>ມີອົງການທີ່ທ່ານໄວ້ໃຈ ທີ່ຈະເກັບສຳເນົາແຟ້ມ ຫຼື ເອກະສານຂອງທ່ານໄວ້ໃຫ້ໄດ້ບໍ?</translation>
    </message>
    <message>
        <source>If you leave quickly, a copy waits for you somewhere safe.</source>
        <comment>s_org_copy.why</comment>
        <translation>ຖ້າທ່ານອອກໄປຢ່າງໄວ, ຈະມີສຳເນົາລໍຖ້າທ່ານຢູ່ໃນບ່ອນປອດໄພ.</translation>
    </message>
    <message>
        <source>Would you like to keep a record each time the person contacts you or causes a problem?</source>
        <comment>s_incident_record.text</comment>
        <translation>ທ່ານຢາກຂຽນບັນທຶກທຸກຄັ້ງທີ່ຄົນຜູ້ນັ້ນຕິດຕໍ່ທ່ານ ຫຼື ສ້າງບັນຫາບໍ?</translation>
    </message>
    <message>
        <source>A record with dates can help later, for example with a lawyer or an immigration application.</source>
        <comment>s_incident_record.why</comment>
        <translation>ບັນທຶກທີ່ມີວັນທີອາດຊ່ວຍໄດ້ພາຍຫຼັງ, ຕົວຢ່າງ ກັບທະນາຍຄວາມ ຫຼື ໃນຄຳຮ້ອງດ້ານເຂົ້າເມືອງ.</translation>
    </message>
    <message>
        <source>Write the date, time and place. Keep it where the person cannot reach it, like SaferPlan&apos;s private record.</source>
        <comment>s_incident_record.help</comment>
        <translation>ຂຽນວັນທີ, ເວລາ ແລະ ສະຖານທີ່. ເກັບໄວ້ບ່ອນທີ່ຄົນຜູ້ນັ້ນເອົາບໍ່ໄດ້, ເຊັ່ນ ບັນທຶກສ່ວນຕົວໃນ SaferPlan.</translation>
    </message>
    <message>
        <source>I already keep a record</source>
        <comment>s_incident_record.option.already</comment>
        <translation>ຂ້ອຍຂຽນບັນທຶກຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <source>I would like to start</source>
        <comment>s_incident_record.option.start</comment>
        <translation>ຂ້ອຍຢາກເລີ່ມຂຽນ</translation>
    </message>
    <message>
        <source>Not right now</source>
        <comment>s_incident_record.option.not_now</comment>
        <translation>ຕອນນີ້ຍັງບໍ່</translation>
    </message>
    <message>
        <source>Where could you keep copies of your records and documents, away from the person?</source>
        <comment>s_copies_place.text</comment>
        <translation>ທ່ານຈະເກັບສຳເນົາບັນທຶກ ແລະ ເອກະສານຂອງທ່ານໄວ້ໃສ, ໃຫ້ຫ່າງຈາກຄົນຜູ້ນັ້ນ?</translation>
    </message>
    <message>
        <source>Copies stay safe even if your phone or papers are taken.</source>
        <comment>s_copies_place.why</comment>
        <translation>ສຳເນົາຍັງປອດໄພຢູ່ ເຖິງແມ່ນໂທລະສັບ ຫຼື ເອກະສານຂອງທ່ານຈະຖືກເອົາໄປ.</translation>
    </message>
    <message>
        <source>With someone I really trust</source>
        <comment>s_copies_place.option.trusted_person</comment>
        <translation>ກັບຄົນທີ່ຂ້ອຍໄວ້ໃຈແທ້ໆ</translation>
    </message>
    <message>
        <source>At an organisation</source>
        <comment>s_copies_place.option.organisation</comment>
        <translation>ຢູ່ອົງການ</translation>
    </message>
    <message>
        <source>In an email account only I know</source>
        <comment>s_copies_place.option.private_email</comment>
        <translation>ໃນບັນຊີອີເມວທີ່ມີແຕ່ຂ້ອຍຮູ້</translation>
    </message>
    <message>
        <source>I do not have a place yet</source>
        <comment>s_copies_place.option.not_yet</comment>
        <translation>ຂ້ອຍຍັງບໍ່ມີບ່ອນເກັບ</translation>
    </message>
    <message>
        <source>Do you have an email account that the person does not know about?</source>
        <comment>s_private_email.text</comment>
        <translation>ທ່ານມີບັນຊີອີເມວທີ່ຄົນຜູ້ນັ້ນບໍ່ຮູ້ບໍ?</translation>
    </message>
    <message>
        <source>You can email scans and notes to yourself and keep them safe there.</source>
        <comment>s_private_email.why</comment>
        <translation>ທ່ານສົ່ງອີເມວຮູບສະແກນ ແລະ ບັນທຶກໃຫ້ຕົວເອງ ແລະ ເກັບໄວ້ຢ່າງປອດໄພໃນນັ້ນໄດ້.</translation>
    </message>
    <message>
        <source>Sign in only at a community organisation or a public library, not on a shared phone.</source>
        <comment>s_private_email.help</comment>
        <translation>ເຂົ້າສູ່ລະບົບສະເພາະຢູ່ອົງການຊຸມຊົນ ຫຼື ຫ້ອງສະໝຸດສາທາລະນະ, ບໍ່ແມ່ນໃນໂທລະສັບທີ່ໃຊ້ຮ່ວມກັບຄົນອື່ນ.</translation>
    </message>
</context>
</TS>
