<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About SaferPlan</source>
        <translation>អំពី SaferPlan</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>កំណែ {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. You may use, share and change it.</source>
        <translation>កម្មវិធីសេរី ក្រោមអាជ្ញាប័ណ្ណ GNU General Public License កំណែទី 3 ឬកំណែក្រោយ។ អ្នកអាចប្រើ ចែករំលែក និងកែប្រែវាបាន។</translation>
    </message>
    <message>
        <source>The open plan is kept in this file: {path}</source>
        <translation>ផែនការដែលកំពុងបើក ត្រូវបានរក្សាទុកក្នុងហ្វាយល៍នេះ៖ {path}</translation>
    </message>
    <message>
        <source>New plans are kept in this folder: {path}</source>
        <translation>ផែនការថ្មីៗ ត្រូវបានរក្សាទុកក្នុងថតនេះ៖ {path}</translation>
    </message>
    <message>
        <source>Portable mode is on: settings and plans stay in that folder, and nothing is kept in your home folder.</source>
        <translation>របៀបចល័តកំពុងបើក៖ ការកំណត់ និងផែនការនៅក្នុងថតនោះ ហើយគ្មានអ្វីត្រូវបានរក្សាទុកក្នុងថតផ្ទាល់ខ្លួនរបស់អ្នកទេ។</translation>
    </message>
    <message>
        <source>Portable mode is off.</source>
        <translation>របៀបចល័តត្រូវបានបិទ។</translation>
    </message>
    <message>
        <source>Show the licence</source>
        <translation>បង្ហាញអាជ្ញាប័ណ្ណ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>អាជ្ញាប័ណ្ណ</translation>
    </message>
    <message>
        <source>The licence text is not in this copy. It is the GNU General Public License, version 3, at gnu.org/licenses.</source>
        <translation>អត្ថបទអាជ្ញាប័ណ្ណ មិនមានក្នុងច្បាប់ចម្លងនេះទេ។ វាគឺអាជ្ញាប័ណ្ណ GNU General Public License កំណែទី 3 នៅ gnu.org/licenses។</translation>
    </message>
</context>
<context>
    <name>AnswerAdapter</name>
    <message>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>មិនប្រាកដ</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>គ្មានកាលបរិច្ឆេទ</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>See it larger</source>
        <translation>មើលឲ្យធំជាងនេះ</translation>
    </message>
    <message>
        <source>Name of the file</source>
        <translation>ឈ្មោះហ្វាយល៍</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>ដកហ្វាយល៍ចេញ</translation>
    </message>
    <message>
        <source>A PDF file, kept safely in your plan. SaferPlan cannot show it.</source>
        <translation>ហ្វាយល៍ PDF មួយ ដែលរក្សាទុកដោយសុវត្ថិភាពក្នុងផែនការរបស់អ្នក។ SaferPlan មិនអាចបង្ហាញវាបានទេ។</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Picture</source>
        <translation>រូបភាព</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ហ្វាយល៍</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>កំពុងបើករូបភាព…</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>មិនអាចបង្ហាញរូបភាពនេះបានទេ។</translation>
    </message>
</context>
<context>
    <name>BondSheet</name>
    <message>
        <source>If I am detained: for my bond person</source>
        <translation>បើខ្ញុំត្រូវគេឃុំខ្លួន៖ សម្រាប់អ្នកធានារបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលណា</translation>
    </message>
    <message>
        <source>The first detention review is within 48 hours, or soon after. Then within 7 days, then at least once every 30 days.</source>
        <translation>សវនាការពិនិត្យឡើងវិញលើការឃុំខ្លួនលើកដំបូង ធ្វើឡើងក្នុងរយៈពេល 48 ម៉ោង ឬបន្តិចក្រោយនោះ។ បន្ទាប់មក ក្នុងរយៈពេល 7 ថ្ងៃ ហើយយ៉ាងហោចណាស់ម្ដងរៀងរាល់ 30 ថ្ងៃ។</translation>
    </message>
    <message>
        <source>If you are not ready for the first review, the next chance may be a week or a month later. Call my lawyer as soon as you hear.</source>
        <translation>បើអ្នកមិនទាន់ត្រៀមខ្លួនសម្រាប់សវនាការលើកដំបូង ឱកាសបន្ទាប់អាចនៅមួយសប្ដាហ៍ ឬមួយខែក្រោយ។ សូមទូរស័ព្ទទៅមេធាវីរបស់ខ្ញុំ ភ្លាមៗពេលអ្នកដឹងដំណឹង។</translation>
    </message>
    <message>
        <source>What you may be asked at the hearing</source>
        <translation>អ្វីដែលគេអាចសួរអ្នកនៅសវនាការ</translation>
    </message>
    <message>
        <source>How you know me, where I will live, and how you will make sure I follow the conditions of my release.</source>
        <translation>អ្នកស្គាល់ខ្ញុំយ៉ាងដូចម្ដេច ខ្ញុំនឹងរស់នៅឯណា និងអ្នកនឹងធ្វើយ៉ាងណា ឲ្យប្រាកដថាខ្ញុំគោរពតាមលក្ខខណ្ឌនៃការដោះលែងរបស់ខ្ញុំ។</translation>
    </message>
    <message>
        <source>Whether you would tell the CBSA if I broke a condition. You must, or you can lose the money.</source>
        <translation>តើអ្នកនឹងប្រាប់ CBSA ដែរឬទេ បើខ្ញុំមិនគោរពលក្ខខណ្ឌណាមួយ។ អ្នកត្រូវតែប្រាប់ បើមិនដូច្នោះទេ អ្នកអាចបាត់បង់ប្រាក់។</translation>
    </message>
    <message>
        <source>Where the money comes from. It must be your own money, not mine.</source>
        <translation>ប្រាក់នោះមកពីណា។ វាត្រូវតែជាប្រាក់ផ្ទាល់ខ្លួនរបស់អ្នក មិនមែនរបស់ខ្ញុំទេ។</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>អ្វីដែលត្រូវយកមក</translation>
    </message>
    <message>
        <source>Photo ID, and proof of your status in Canada: a Canadian passport, citizenship certificate or permanent resident card.</source>
        <translation>អត្តសញ្ញាណប័ណ្ណមានរូបថត និងភស្តុតាងនៃស្ថានភាពរបស់អ្នកនៅប្រទេសកាណាដា៖ លិខិតឆ្លងដែនកាណាដា វិញ្ញាបនបត្រសញ្ជាតិ ឬប័ណ្ណអ្នករស់នៅអចិន្ត្រៃយ៍។</translation>
    </message>
    <message>
        <source>Proof of your own money and income, and of your address: bank statements, pay slips, a lease or a bill.</source>
        <translation>ភស្តុតាងនៃប្រាក់ និងចំណូលផ្ទាល់ខ្លួនរបស់អ្នក និងអាសយដ្ឋានរបស់អ្នក៖ របាយការណ៍ធនាគារ បង្កាន់ដៃប្រាក់ខែ កិច្ចសន្យាជួលផ្ទះ ឬវិក្កយបត្រ។</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>ទូរស័ព្ទទៅអ្នកណា</translation>
    </message>
    <message>
        <source>Add my lawyer&apos;s and support worker&apos;s numbers here:</source>
        <translation>សូមបន្ថែមលេខទូរស័ព្ទរបស់មេធាវី និងបុគ្គលិកគាំទ្ររបស់ខ្ញុំនៅទីនេះ៖</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Bond person</source>
        <translation>អ្នកធានា</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>មេធាវីអន្តោប្រវេសន៍</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>មេធាវីព្រហ្មទណ្ឌ</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>មេធាវីគ្រួសារ</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>មណ្ឌលជំនួយច្បាប់</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>បុគ្គលិកគាំទ្រ</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>កាន់កូនសោផ្ទះខ្ញុំ</translation>
    </message>
    <message>
        <source>Cares for my children</source>
        <translation>មើលថែកូនខ្ញុំ</translation>
    </message>
    <message>
        <source>Cares for my pets</source>
        <translation>មើលថែសត្វចិញ្ចឹមខ្ញុំ</translation>
    </message>
    <message>
        <source>Release address</source>
        <translation>អាសយដ្ឋានស្នាក់នៅពេលបានដោះលែង</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>អ្នកទំនាក់ទំនងពេលអាសន្ន</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>អ្នកទទួលប្រគល់សិទ្ធិ</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>សាក្សី</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>កន្លែងមានសុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>អ្នកទំនាក់ទំនងផ្សេងទៀត</translation>
    </message>
    <message>
        <source>In an emergency, please contact</source>
        <translation>ពេលមានអាសន្ន សូមទាក់ទង</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Medication and medical needs</source>
        <translation>ថ្នាំ និងតម្រូវការផ្នែកសុខភាព</translation>
    </message>
    <message>
        <source>Language / interpreter</source>
        <translation>ភាសា / អ្នកបកប្រែផ្ទាល់មាត់</translation>
    </message>
    <message>
        <source>This line is 5 cm long. If it is not, print again at 100 % (actual size).</source>
        <translation>បន្ទាត់នេះវែង 5 cm។ បើមិនត្រូវទេ សូមបោះពុម្ពម្ដងទៀតនៅ 100 % (ទំហំពិត)។</translation>
    </message>
</context>
<context>
    <name>CardRisk</name>
    <message>
        <source>Before you print a card</source>
        <translation>មុនពេលអ្នកបោះពុម្ពកាត</translation>
    </message>
    <message>
        <source>If you are detained, officers take your things and may read this card. They may call the people on it. You decide what is best. You can also give the card to your bond person to keep, or learn the numbers by heart and carry no card.</source>
        <translation>បើអ្នកត្រូវគេឃុំខ្លួន មន្ត្រីនឹងយករបស់របររបស់អ្នក ហើយអាចអានកាតនេះ។ ពួកគេអាចទូរស័ព្ទទៅមនុស្សដែលមានឈ្មោះលើកាត។ អ្នកជាអ្នកសម្រេចថាអ្វីល្អបំផុត។ អ្នកក៏អាចឲ្យកាតទៅអ្នកធានារបស់អ្នកទុក ឬចាំមាត់លេខទូរស័ព្ទ ហើយមិនបាច់យកកាតតាមខ្លួនក៏បាន។</translation>
    </message>
    <message>
        <source>Print the card as it is</source>
        <translation>បោះពុម្ពកាតដូចនេះ</translation>
    </message>
    <message>
        <source>Make it discreet: names and numbers only</source>
        <translation>ឲ្យមើលទៅធម្មតា៖ មានតែឈ្មោះ និងលេខ</translation>
    </message>
    <message>
        <source>Choose fewer people first</source>
        <translation>ជ្រើសមនុស្សតិចជាងនេះសិន</translation>
    </message>
    <message>
        <source>Save a sheet for my bond person instead</source>
        <translation>រក្សាទុកឯកសារសម្រាប់អ្នកធានារបស់ខ្ញុំជំនួសវិញ</translation>
    </message>
    <message>
        <source>Choose fewer people</source>
        <translation>ជ្រើសមនុស្សតិចជាងនេះ</translation>
    </message>
    <message>
        <source>Untick the people you want to leave off the card, then print again.</source>
        <translation>ដោះសញ្ញាធីកចេញពីមនុស្សដែលអ្នកមិនចង់ឲ្យមាននៅលើកាត រួចបោះពុម្ពម្ដងទៀត។</translation>
    </message>
    <message>
        <source>A sheet for your bond person</source>
        <translation>ឯកសារសម្រាប់អ្នកធានារបស់អ្នក</translation>
    </message>
    <message>
        <source>It says what to do if you are detained: when, what they may be asked, what to bring, and who to call. It is printed in the language chosen for printing, and in English.</source>
        <translation>វាប្រាប់ថាត្រូវធ្វើអ្វី បើអ្នកត្រូវគេឃុំខ្លួន៖ ត្រូវមកពេលណា គេអាចសួរអ្វីខ្លះ ត្រូវយកអ្វីមក និងត្រូវទូរស័ព្ទទៅអ្នកណា។ វាត្រូវបានបោះពុម្ពជាភាសាដែលបានជ្រើសសម្រាប់ការបោះពុម្ព និងជាភាសាអង់គ្លេស។</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>រក្សាទុកជា PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>មិនបានបោះពុម្ព</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. Use Save as PDF to keep a file.</source>
        <translation>SaferPlan បោះពុម្ពតែលើម៉ាស៊ីនបោះពុម្ពប៉ុណ្ណោះ។ ដើម្បីទុកជាហ្វាយល៍ សូមប្រើ “រក្សាទុកជា PDF”។</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>បានរក្សាទុក</translation>
    </message>
    <message>
        <source>The sheet for your bond person is saved. Give it to them on paper if you can.</source>
        <translation>ឯកសារសម្រាប់អ្នកធានារបស់អ្នក ត្រូវបានរក្សាទុកហើយ។ បើអាច សូមបោះពុម្ពលើក្រដាស ហើយឲ្យទៅគាត់។</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>What SaferPlan keeps</source>
        <translation>អ្វីដែល SaferPlan រក្សាទុក</translation>
    </message>
    <message>
        <source>Only what you type: your plans, the people and documents you add, and the numbers you want to learn. Write as little as you need. First names and your own words are fine.</source>
        <translation>មានតែអ្វីដែលអ្នកវាយបញ្ចូល៖ ផែនការរបស់អ្នក មនុស្ស និងឯកសារដែលអ្នកបន្ថែម និងលេខទូរស័ព្ទដែលអ្នកចង់ចាំ។ សរសេរតែប៉ុន្មានដែលត្រូវការ។ ឈ្មោះដំបូង និងពាក្យរបស់អ្នកផ្ទាល់ គឺគ្រប់គ្រាន់ហើយ។</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>រក្សាទុកនៅឯណា</translation>
    </message>
    <message>
        <source>In one file on this computer, locked with a passphrase you choose. Without the passphrase, or a recovery code if you make one, nobody can read it. Not us either: if you forget both, the plan cannot be opened again.</source>
        <translation>នៅក្នុងហ្វាយល៍មួយលើកុំព្យូទ័រនេះ ដែលចាក់សោដោយឃ្លាសម្ងាត់ដែលអ្នកជ្រើសរើស។ បើគ្មានឃ្លាសម្ងាត់ ឬលេខកូដស្ដារ (បើអ្នកបង្កើតវា) គ្មាននរណាអាចអានវាបានទេ។ សូម្បីតែយើងក៏មិនអាចដែរ៖ បើអ្នកភ្លេចទាំងពីរ ផែនការនឹងមិនអាចបើកបានទៀតទេ។</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>មិនផ្ញើអ្វីទៅណាទេ</translation>
    </message>
    <message>
        <source>SaferPlan never uses the internet. Nothing you write leaves this computer unless you print it or save a copy yourself.</source>
        <translation>SaferPlan មិនដែលប្រើអ៊ីនធឺណិតទេ។ អ្វីដែលអ្នកសរសេរ មិនចេញពីកុំព្យូទ័រនេះទេ លុះត្រាតែអ្នកបោះពុម្ព ឬរក្សាទុកច្បាប់ចម្លងដោយខ្លួនឯង។</translation>
    </message>
    <message>
        <source>You decide</source>
        <translation>អ្នកជាអ្នកសម្រេច</translation>
    </message>
    <message>
        <source>Every question can be skipped, left for later, or marked as not for you. You can see everything you wrote, take a copy, and delete everything at any time.</source>
        <translation>សំណួរនីមួយៗ អាចរំលង ទុកពេលក្រោយ ឬដាក់សញ្ញាថាមិនពាក់ព័ន្ធនឹងអ្នក។ អ្នកអាចមើលអ្វីៗដែលអ្នកបានសរសេរ យកច្បាប់ចម្លង និងលុបអ្វីៗទាំងអស់បានគ្រប់ពេល។</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>ចាកចេញរហ័ស</translation>
    </message>
    <message>
        <source>The Hide button at the top is always there. Pressing Esc twice, or Shift three times, does the same. SaferPlan hides your plan at once, saves it, locks it and minimises or closes. To open it again you need your passphrase. After a few minutes without use it locks by itself.</source>
        <translation>ប៊ូតុង លាក់ នៅខាងលើ មានជានិច្ច។ ចុច Esc ពីរដង ឬ Shift បីដង ក៏ធ្វើដូចគ្នាដែរ។ SaferPlan លាក់ផែនការរបស់អ្នកភ្លាមៗ រក្សាទុក ចាក់សោ ហើយបង្រួម ឬបិទ។ ដើម្បីបើកវាម្ដងទៀត អ្នកត្រូវការឃ្លាសម្ងាត់។ បើមិនប្រើពីរបីនាទី វានឹងចាក់សោដោយខ្លួនឯង។</translation>
    </message>
    <message>
        <source>What SaferPlan cannot protect against</source>
        <translation>អ្វីដែល SaferPlan មិនអាចការពារបាន</translation>
    </message>
    <message>
        <source>It cannot keep you safe while the plan is open and someone is watching. It cannot stop spyware, a keylogger, or someone who controls this computer. It cannot hide that SaferPlan or a plan file is here: the file&apos;s size and date can be seen. It cannot help if someone forces you to tell them your passphrase. Deleted files may still be recoverable on some drives and USB sticks. Printouts and saved copies are not protected once they leave SaferPlan: keep them somewhere safe.</source>
        <translation>វាមិនអាចការពារអ្នកបានទេ ពេលផែនការកំពុងបើក ហើយមាននរណាម្នាក់កំពុងមើល។ វាមិនអាចបញ្ឈប់កម្មវិធីឈ្លបយកការណ៍ កម្មវិធីកត់ត្រាការវាយអក្សរ ឬអ្នកដែលគ្រប់គ្រងកុំព្យូទ័រនេះបានទេ។ វាមិនអាចលាក់ថាមាន SaferPlan ឬហ្វាយល៍ផែនការនៅទីនេះបានទេ៖ គេអាចឃើញទំហំ និងកាលបរិច្ឆេទរបស់ហ្វាយល៍។ វាមិនអាចជួយបានទេ បើមាននរណាម្នាក់បង្ខំអ្នកឲ្យប្រាប់ឃ្លាសម្ងាត់។ ហ្វាយល៍ដែលបានលុប អាចនៅតែយកមកវិញបាន នៅលើដ្រាយ និង USB ខ្លះ។ ឯកសារបោះពុម្ព និងច្បាប់ចម្លងដែលបានរក្សាទុក មិនត្រូវបានការពារទៀតទេ ពេលវាចេញពី SaferPlan៖ សូមទុកវានៅកន្លែងមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>មុនពេលចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>បន្ត(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>ជ្រើសរើសឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Also make a recovery code</source>
        <translation>បង្កើតលេខកូដស្ដារផងដែរ</translation>
    </message>
    <message>
        <source>A recovery code opens the plan if you forget your passphrase. It is shown once, for you to write down. Anyone who finds it can open your plan too, so keep it somewhere safe, away from this computer. Without a code, a forgotten passphrase means the plan cannot be opened again.</source>
        <translation>លេខកូដស្ដារ អាចបើកផែនការបាន បើអ្នកភ្លេចឃ្លាសម្ងាត់។ វាបង្ហាញតែម្ដងគត់ ដើម្បីឲ្យអ្នកសរសេរទុក។ អ្នកណាដែលរកឃើញវា ក៏អាចបើកផែនការរបស់អ្នកបានដែរ ដូច្នេះសូមទុកវានៅកន្លែងមានសុវត្ថិភាព ឆ្ងាយពីកុំព្យូទ័រនេះ។ បើគ្មានលេខកូដទេ ការភ្លេចឃ្លាសម្ងាត់ មានន័យថាផែនការមិនអាចបើកបានទៀតទេ។</translation>
    </message>
    <message>
        <source>Locking your new plan. This takes a moment.</source>
        <translation>កំពុងចាក់សោផែនការថ្មីរបស់អ្នក។ សូមរង់ចាំបន្តិច។</translation>
    </message>
    <message>
        <source>&amp;Create my plan</source>
        <translation>បង្កើតផែនការរបស់ខ្ញុំ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ(&amp;B)</translation>
    </message>
    <message>
        <source>The plan could not be created. Nothing was saved.</source>
        <translation>មិនអាចបង្កើតផែនការបានទេ។ មិនបានរក្សាទុកអ្វីទេ។</translation>
    </message>
</context>
<context>
    <name>DirectoryWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>ត្រឡប់ទៅទំព័រដើម(&amp;M)</translation>
    </message>
    <message>
        <source>As listed in {date} — check before relying on it.</source>
        <translation>តាមបញ្ជីនៅ {date} — សូមពិនិត្យមើលម្ដងទៀត មុនពេលពឹងផ្អែកលើវា។</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or another category.</source>
        <translation>រកមិនឃើញទេ។ សូមសាកល្បងវាយអក្សរតិចជាងនេះ ឬជ្រើសប្រភេទផ្សេង។</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>ជំនួយគ្រប់ប្រភេទ</translation>
    </message>
    <message>
        <source>Search by name, number or what they offer</source>
        <translation>ស្វែងរកតាមឈ្មោះ លេខទូរស័ព្ទ ឬសេវាដែលគេផ្ដល់</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ស្វែងរក(&amp;S)</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>ពីបញ្ជីក្នុងសៀវភៅណែនាំ {date} — សូមពិនិត្យមើលម្ដងទៀត មុនពេលពឹងផ្អែកលើវា។</translation>
    </message>
</context>
<context>
    <name>DocumentAdapter</name>
    <message>
        <source>No documents in your list yet.</source>
        <translation>មិនទាន់មានឯកសារនៅក្នុងបញ្ជីរបស់អ្នកនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>បន្ថែមឯកសារ</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>ជាឯកសារអ្វី</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>ទុកនៅឯណា</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>បន្ថែម</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>What it is</source>
        <translation>ជាឯកសារអ្វី</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>ទុកនៅឯណា</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>អ្នកណាមានច្បាប់ចម្លង</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>គ្មាននរណាទេ</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(មិនទាន់មានឈ្មោះ)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Passport</source>
        <translation>លិខិតឆ្លងដែន</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>អត្តសញ្ញាណប័ណ្ណ</translation>
    </message>
    <message>
        <source>Children&apos;s documents</source>
        <translation>ឯកសាររបស់កូន</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <translation>ឯកសារអន្តោប្រវេសន៍</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>លិខិតអនុញ្ញាតសិក្សា</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>លិខិតអនុញ្ញាតធ្វើការ</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>សំបុត្រកំណើត</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>កាតធនាគារ</translation>
    </message>
    <message>
        <source>Health card</source>
        <translation>កាតសុខភាព</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>បញ្ជីថ្នាំ</translation>
    </message>
    <message>
        <source>Lease or rental papers</source>
        <translation>កិច្ចសន្យាជួលផ្ទះ</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>ឯកសារតុលាការ</translation>
    </message>
</context>
<context>
    <name>DocumentsWidget</name>
    <message>
        <source>Documents</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>ត្រឡប់ទៅទំព័រដើម(&amp;M)</translation>
    </message>
    <message>
        <source>Discreet words are fine: “the blue box” works as well as “passport at Lan&apos;s”.</source>
        <translation>ពាក្យដែលមើលទៅធម្មតាក៏បានដែរ៖ “ប្រអប់ពណ៌ខៀវ” ក៏ល្អដូច “លិខិតឆ្លងដែននៅផ្ទះលាន” ដែរ។</translation>
    </message>
    <message>
        <source>No documents in your list yet</source>
        <translation>មិនទាន់មានឯកសារនៅក្នុងបញ្ជីរបស់អ្នកនៅឡើយទេ</translation>
    </message>
    <message>
        <source>Note where your important papers are kept and who has a copy, so they can be found when you need them.</source>
        <translation>កត់ទុកថា ឯកសារសំខាន់ៗរបស់អ្នកទុកនៅឯណា និងអ្នកណាមានច្បាប់ចម្លង ដើម្បីឲ្យរកឃើញពេលអ្នកត្រូវការ។</translation>
    </message>
    <message>
        <source>&amp;Add a document</source>
        <translation>បន្ថែមឯកសារ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ដកចេញ(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(មិនទាន់ដាក់ឈ្មោះ)</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>ឯកសារនេះ</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>ដកឯកសារចេញ</translation>
    </message>
    <message>
        <source>Remove {what} from your list?</source>
        <translation>ដក {what} ចេញពីបញ្ជីរបស់អ្នកឬ?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ទុកវា</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Where</source>
        <translation>នៅឯណា</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>មានរឿងអ្វីកើតឡើង</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>សរសេរច្រើន ឬតិច តាមតែអ្នកចង់។</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>បន្ថែមម៉ោង</translation>
    </message>
    <message>
        <source>Who was there (optional)</source>
        <translation>អ្នកណាខ្លះនៅទីនោះ (មិនចាំបាច់)</translation>
    </message>
    <message>
        <source>People you add under People can be chosen here.</source>
        <translation>មនុស្សដែលអ្នកបន្ថែមក្នុង “បញ្ជីមនុស្ស” អាចជ្រើសរើសនៅទីនេះបាន។</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>អ្នកណាខ្លះនៅទីនោះ</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>រូបថត និងហ្វាយល៍</translation>
    </message>
    <message>
        <source>Add a photo or screenshot…</source>
        <translation>បន្ថែមរូបថត ឬរូបថតអេក្រង់…</translation>
    </message>
    <message>
        <source>Add a photo or screenshot</source>
        <translation>បន្ថែមរូបថត ឬរូបថតអេក្រង់</translation>
    </message>
    <message>
        <source>First written as: {when}. Choosing a date here replaces it.</source>
        <translation>បានសរសេរដំបូងថា៖ {when}។ បើអ្នកជ្រើសរើសកាលបរិច្ឆេទនៅទីនេះ វានឹងជំនួសអត្ថបទនេះ។</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(មិនទាន់មានឈ្មោះ)</translation>
    </message>
    <message>
        <source>The file is kept in your plan, and the original was deleted.</source>
        <translation>ហ្វាយល៍ត្រូវបានរក្សាទុកក្នុងផែនការរបស់អ្នក ហើយហ្វាយល៍ដើមត្រូវបានលុបហើយ។</translation>
    </message>
    <message>
        <source>The file is kept in your plan. The original is still there.</source>
        <translation>ហ្វាយល៍ត្រូវបានរក្សាទុកក្នុងផែនការរបស់អ្នក។ ហ្វាយល៍ដើមនៅតែមាននៅកន្លែងដដែល។</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>ដកហ្វាយល៍ចេញ</translation>
    </message>
    <message>
        <source>Remove this file from the entry? It will no longer be kept in your plan.</source>
        <translation>ដកហ្វាយល៍នេះចេញពីការកត់ត្រាឬ? វានឹងលែងត្រូវបានរក្សាទុកក្នុងផែនការរបស់អ្នកទៀតហើយ។</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ទុកវា</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>មានបញ្ហាអ្វីមួយ</translation>
    </message>
    <message>
        <source>Something went wrong inside SaferPlan. Your plan is safe in its locked file; you may want to lock and reopen it.</source>
        <translation>មានបញ្ហាអ្វីមួយនៅក្នុង SaferPlan។ ផែនការរបស់អ្នកនៅតែមានសុវត្ថិភាព ក្នុងហ្វាយល៍ដែលចាក់សោ។ អ្នកអាចចាក់សោ ហើយបើកវាម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is not enough room on the card. Choose fewer people or leave out the medication line.</source>
        <translation>កាតមិនមានកន្លែងគ្រប់គ្រាន់ទេ។ សូមជ្រើសមនុស្សតិចជាងនេះ ឬដកជួរអំពីថ្នាំចេញ។</translation>
    </message>
    <message>
        <source>There is not enough room on the card. Choose fewer people.</source>
        <translation>កាតមិនមានកន្លែងគ្រប់គ្រាន់ទេ។ សូមជ្រើសមនុស្សតិចជាងនេះ។</translation>
    </message>
    <message>
        <source>Some text cannot be printed because no font for {script} is installed. Install a font for {script}, for example the {font} font (on Debian or Ubuntu: the {package} package), then try again.</source>
        <translation>អត្ថបទខ្លះមិនអាចបោះពុម្ពបានទេ ព្រោះមិនទាន់បានដំឡើងពុម្ពអក្សរសម្រាប់ {script}។ សូមដំឡើងពុម្ពអក្សរសម្រាប់ {script} ឧទាហរណ៍ ពុម្ពអក្សរ {font} (នៅលើ Debian ឬ Ubuntu៖ កញ្ចប់ {package}) រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Some of the chosen entries are no longer in the plan. Please choose again.</source>
        <translation>ការកត់ត្រាខ្លះដែលអ្នកបានជ្រើស លែងមាននៅក្នុងផែនការហើយ។ សូមជ្រើសម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of SaferPlan. Please try again.</source>
        <translation>ការបោះពុម្ពត្រូវការផ្នែកក្រាហ្វិករបស់ SaferPlan។ សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is ready, then try again.</source>
        <translation>មិនអាចចាប់ផ្ដើមម៉ាស៊ីនបោះពុម្ពបានទេ។ សូមពិនិត្យថា វារួចរាល់ហើយ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>A picture could not be put in the PDF, so it was not saved. Please try again.</source>
        <translation>មិនអាចដាក់រូបភាពមួយក្នុង PDF បានទេ ដូច្នេះ PDF មិនត្រូវបានរក្សាទុកទេ។ សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>FileTextView</name>
    <message>
        <source>Opening the file…</source>
        <translation>កំពុងបើកហ្វាយល៍…</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>មិនអាចបង្ហាញហ្វាយល៍នេះបានទេ។</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <source>Places</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>USB ឬកាតមេម៉ូរី៖ %1</translation>
    </message>
    <message>
        <source>Home folder, on this computer</source>
        <translation>ថតផ្ទាល់ខ្លួន នៅលើកុំព្យូទ័រនេះ</translation>
    </message>
</context>
<context>
    <name>Guest</name>
    <message>
        <source>Finish guest session</source>
        <translation>បញ្ចប់វគ្គបណ្ដោះអាសន្ន</translation>
    </message>
    <message>
        <source>Nothing from this session stays on this computer. What would you like to take with you?</source>
        <translation>គ្មានអ្វីពីវគ្គនេះ នៅសល់លើកុំព្យូទ័រនេះទេ។ តើអ្នកចង់យកអ្វីទៅជាមួយ?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <source>Open Print from the home screen first, then finish the session.</source>
        <translation>សូមបើក “បោះពុម្ព ឬរក្សាទុកច្បាប់ចម្លង” ពីទំព័រដើមជាមុនសិន រួចបញ្ចប់វគ្គ។</translation>
    </message>
    <message>
        <source>Forget everything</source>
        <translation>លុបចោលទាំងអស់</translation>
    </message>
    <message>
        <source>Forget everything from this session? It cannot be brought back.</source>
        <translation>លុបចោលអ្វីៗទាំងអស់ពីវគ្គនេះឬ? មិនអាចយកមកវិញបានទេ។</translation>
    </message>
    <message>
        <source>Forget it all</source>
        <translation>លុបចោលទាំងអស់</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>រក្សាទុកនៅឯណា</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick. The file is locked with a passphrase and has a neutral name.</source>
        <translation>ជ្រើសរើសថតមួយ ឧទាហរណ៍ នៅលើ USB ផ្ទាល់ខ្លួនរបស់អ្នក។ ហ្វាយល៍ត្រូវបានចាក់សោដោយឃ្លាសម្ងាត់ ហើយមានឈ្មោះធម្មតា។</translation>
    </message>
    <message>
        <source>Lock the file</source>
        <translation>ចាក់សោហ្វាយល៍</translation>
    </message>
    <message>
        <source>&amp;Save a locked file to a folder or USB stick</source>
        <translation>រក្សាទុកហ្វាយល៍ដែលចាក់សោ ទៅក្នុងថត ឬលើ USB(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation>បោះពុម្ពវា(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Take nothing and forget it all</source>
        <translation>មិនយកអ្វីទេ ហើយលុបចោលទាំងអស់(&amp;T)</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the plan again.</source>
        <translation>ជ្រើសរើសឃ្លាសម្ងាត់សម្រាប់ហ្វាយល៍នេះ។ អ្នកនឹងត្រូវការវា ដើម្បីបើកផែនការម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>បានរក្សាទុក</translation>
    </message>
    <message>
        <source>This folder is on this computer</source>
        <translation>ថតនេះនៅលើកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <source>This folder is on this computer, not on a USB stick. The file will stay here after you leave. It is locked, but other people who use this computer can see that it is there. Save it here anyway?</source>
        <translation>ថតនេះនៅលើកុំព្យូទ័រនេះ មិនមែននៅលើ USB ទេ។ ហ្វាយល៍នឹងនៅទីនេះ បន្ទាប់ពីអ្នកចាកចេញ។ វាត្រូវបានចាក់សោ ប៉ុន្តែអ្នកផ្សេងដែលប្រើកុំព្យូទ័រនេះ អាចឃើញថាវានៅទីនេះ។ នៅតែរក្សាទុកនៅទីនេះឬ?</translation>
    </message>
    <message>
        <source>Save it here</source>
        <translation>រក្សាទុកនៅទីនេះ</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>ជ្រើសកន្លែងផ្សេង</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Take the USB stick with you.</source>
        <translation>បានរក្សាទុកជា %1 ក្នុង %2។ សូមយក USB ទៅជាមួយអ្នក។</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Saved as %1 in %2, on this computer. It stays here, locked with your passphrase.</source>
        <translation>បានរក្សាទុកជា %1 ក្នុង %2 នៅលើកុំព្យូទ័រនេះ។ វានៅទីនេះ ដោយចាក់សោជាមួយឃ្លាសម្ងាត់របស់អ្នក។</translation>
    </message>
    <message>
        <source>Saving a locked copy. This takes a moment.</source>
        <translation>កំពុងរក្សាទុកច្បាប់ចម្លងដែលចាក់សោ។ វាត្រូវការពេលបន្តិច។</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was saved there.</source>
        <translation>មិនអាចសរសេរហ្វាយល៍បានទេ។ គ្មានអ្វីត្រូវបានរក្សាទុកនៅទីនោះទេ។</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Safety plan</source>
        <translation>ផែនការសុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Add a &amp;safety plan</source>
        <translation>បន្ថែមផែនការសុវត្ថិភាព(&amp;S)</translation>
    </message>
    <message>
        <source>Add a &amp;release plan</source>
        <translation>បន្ថែមផែនការដោះលែង(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>បញ្ជីមនុស្ស(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>ឯកសារ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Numbers to learn by heart</source>
        <translation>លេខទូរស័ព្ទត្រូវចាំមាត់(&amp;N)</translation>
    </message>
    <message>
        <source>Pri&amp;vate record</source>
        <translation>កំណត់ត្រាផ្ទាល់ខ្លួន(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print or save a copy</source>
        <translation>បោះពុម្ព ឬរក្សាទុកច្បាប់ចម្លង(&amp;P)</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>ផែនការដោះលែង</translation>
    </message>
    <message>
        <source>Or&amp;ganisations that can help</source>
        <translation>អង្គការដែលអាចជួយបាន(&amp;G)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>1 number to practise</source>
        <translation>លេខចំនួន 1 ដល់ពេលហាត់</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers to practise</source>
        <translation>
            <numerusform>លេខចំនួន %n ដល់ពេលហាត់</numerusform>
            <numerusform>លេខចំនួន %n ដល់ពេលហាត់</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>ផែនការថ្មី</translation>
    </message>
    <message>
        <source>Give this plan a name. Choose words that mean something to you, and little to anyone else.</source>
        <translation>ដាក់ឈ្មោះឲ្យផែនការនេះ។ ជ្រើសពាក្យដែលមានន័យសម្រាប់អ្នក តែមានន័យតិចសម្រាប់អ្នកដទៃ។</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>ប្ដូរឈ្មោះផែនការ</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>ឈ្មោះថ្មី</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>លុបផែនការ</translation>
    </message>
    <message>
        <source>Delete this plan and all its answers? People and documents stay. This cannot be undone.</source>
        <translation>លុបផែនការនេះ និងចម្លើយទាំងអស់របស់វាឬ? មនុស្ស និងឯកសារនៅដដែល។ មិនអាចធ្វើវិញបានទេ។</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>បានឆ្លើយ %1 នៃ %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>មនុស្ស 1 នាក់</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>មនុស្ស %n នាក់</numerusform>
            <numerusform>មនុស្ស %n នាក់</numerusform>
        </translation>
    </message>
    <message>
        <source>People you trust and people to call</source>
        <translation>មនុស្សដែលអ្នកទុកចិត្ត និងមនុស្សដែលត្រូវទូរស័ព្ទទៅ</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>ឯកសារ 1</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>ឯកសារ %n</numerusform>
            <numerusform>ឯកសារ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Where your papers are</source>
        <translation>ឯកសាររបស់អ្នកនៅឯណា</translation>
    </message>
    <message>
        <source>Free and confidential help</source>
        <translation>ជំនួយឥតគិតថ្លៃ និងរក្សាការសម្ងាត់</translation>
    </message>
    <message>
        <source>Phone numbers you know without your phone</source>
        <translation>លេខទូរស័ព្ទដែលអ្នកចាំមាត់ ដោយមិនបាច់មើលទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Notes, photos and dates, kept private</source>
        <translation>កំណត់ចំណាំ រូបថត និងកាលបរិច្ឆេទ រក្សាទុកជាការសម្ងាត់</translation>
    </message>
    <message>
        <source>A copy on paper, or a small card</source>
        <translation>ច្បាប់ចម្លងលើក្រដាស ឬកាតតូចមួយ</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>ទុកវា</translation>
    </message>
    <message>
        <source>Sample plan — nothing is saved.</source>
        <translation>ផែនការគំរូ — មិនរក្សាទុកអ្វីទេ។</translation>
    </message>
    <message>
        <source>Guest session — nothing is saved on this computer. When you finish, you choose what to take with you.</source>
        <translation>វគ្គបណ្ដោះអាសន្ន — មិនរក្សាទុកអ្វីនៅលើកុំព្យូទ័រនេះទេ។ ពេលអ្នកធ្វើរួច អ្នកជ្រើសរើសថាត្រូវយកអ្វីទៅជាមួយ។</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>ការកំណត់(&amp;T)</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>ផែនការរបស់អ្នក</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>បន្ត(&amp;C)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>ប្ដូរឈ្មោះ</translation>
    </message>
    <message>
        <source>&amp;Finish guest session</source>
        <translation>បញ្ចប់វគ្គបណ្ដោះអាសន្ន(&amp;F)</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>មិនទាន់មានផែនការនៅឡើយ</translation>
    </message>
    <message>
        <source>A safety plan helps if you are at risk of violence. A release plan helps if you could be detained. You can have several.</source>
        <translation>ផែនការសុវត្ថិភាពជួយអ្នក បើអ្នកប្រឈមនឹងអំពើហិង្សា។ ផែនការដោះលែងជួយអ្នក បើអ្នកអាចត្រូវគេឃុំខ្លួន។ អ្នកអាចមានផែនការច្រើន។</translation>
    </message>
    <message>
        <source>Start a plan</source>
        <translation>ចាប់ផ្ដើមធ្វើផែនការ</translation>
    </message>
    <message>
        <source>Shared by all plans</source>
        <translation>ប្រើរួមគ្នាសម្រាប់គ្រប់ផែនការ</translation>
    </message>
    <message>
        <source>Before you start: privacy and limits</source>
        <translation>មុនពេលចាប់ផ្ដើម៖ ឯកជនភាព និងដែនកំណត់</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there? Your plan will lock in {seconds} seconds to keep it safe.</source>
        <translation>អ្នកនៅទីនេះទេ? ផែនការរបស់អ្នកនឹងចាក់សោក្នុងរយៈពេល {seconds} វិនាទីទៀត ដើម្បីរក្សាវាឲ្យមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <source>Still there? Your plan will be hidden in {seconds} seconds to keep it safe.</source>
        <translation>អ្នកនៅទីនេះទេ? ផែនការរបស់អ្នកនឹងត្រូវលាក់ក្នុងរយៈពេល {seconds} វិនាទីទៀត ដើម្បីរក្សាវាឲ្យមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>បន្តធ្វើការ(&amp;K)</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>ប្ដូរឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>បង្កើតលេខកូដស្ដារថ្មី</translation>
    </message>
    <message>
        <source>Remove the recovery code</source>
        <translation>លុបលេខកូដស្ដារ</translation>
    </message>
    <message>
        <source>After the change, only the new passphrase opens this plan file and its backup. A recovery code stops working; you can make a new one afterwards. Copies of the file made before (for example on a USB stick) still open with the old passphrase.</source>
        <translation>ក្រោយការផ្លាស់ប្ដូរ មានតែឃ្លាសម្ងាត់ថ្មីទេ ដែលបើកហ្វាយល៍ផែនការនេះ និងច្បាប់ចម្លងបម្រុងរបស់វាបាន។ លេខកូដស្ដារនឹងលែងដំណើរការ។ អ្នកអាចបង្កើតលេខកូដថ្មីនៅពេលក្រោយ។ ច្បាប់ចម្លងហ្វាយល៍ដែលបានធ្វើពីមុន (ឧទាហរណ៍ នៅលើ USB) នៅតែបើកបានដោយឃ្លាសម្ងាត់ចាស់។</translation>
    </message>
    <message>
        <source>The new code is shown once, for you to write down. An older code stops working for this file, but still opens copies of the file made before.</source>
        <translation>លេខកូដថ្មីត្រូវបានបង្ហាញតែម្ដងប៉ុណ្ណោះ ដើម្បីឲ្យអ្នកសរសេរទុក។ លេខកូដចាស់នឹងលែងដំណើរការសម្រាប់ហ្វាយល៍នេះ ប៉ុន្តែនៅតែបើកច្បាប់ចម្លងហ្វាយល៍ដែលបានធ្វើពីមុនបាន។</translation>
    </message>
    <message>
        <source>After this, only your passphrase opens this plan file. If you forget it, the plan cannot be opened again. Copies of the file made before still open with the old code.</source>
        <translation>ក្រោយពេលនេះ មានតែឃ្លាសម្ងាត់របស់អ្នកទេ ដែលបើកហ្វាយល៍ផែនការនេះបាន។ បើអ្នកភ្លេចវា ផែនការនឹងមិនអាចបើកបានទៀតទេ។ ច្បាប់ចម្លងហ្វាយល៍ដែលបានធ្វើពីមុន នៅតែបើកបានដោយលេខកូដចាស់។</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>លេខកូដស្ដាររបស់អ្នក</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្នរបស់អ្នក</translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation>ឃ្លាសម្ងាត់ថ្មីរបស់អ្នក</translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation>សូមវាយលេខកូដស្ដាររបស់អ្នកជាមុនសិន។</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>សូមវាយឃ្លាសម្ងាត់បច្ចុប្បន្នរបស់អ្នកជាមុនសិន។</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so nothing was changed. Please try again.</source>
        <translation>ការកែប្រែចុងក្រោយរបស់អ្នក មិនអាចរក្សាទុកបានទេ ដូច្នេះគ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>That is not the recovery code. Nothing was changed.</source>
        <translation>នេះមិនមែនជាលេខកូដស្ដារទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>នោះមិនមែនជាឃ្លាសម្ងាត់បច្ចុប្បន្នទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The change could not be made. Nothing was changed.</source>
        <translation>មិនអាចធ្វើការផ្លាស់ប្ដូរបានទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>ឃ្លាសម្ងាត់ និងលេខកូដស្ដារ</translation>
    </message>
    <message>
        <source>This plan has a recovery code.</source>
        <translation>ផែនការនេះមានលេខកូដស្ដារ។</translation>
    </message>
    <message>
        <source>This plan has no recovery code.</source>
        <translation>ផែនការនេះគ្មានលេខកូដស្ដារទេ។</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase</source>
        <translation>ប្ដូរឃ្លាសម្ងាត់(&amp;P)</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;code</source>
        <translation>បង្កើតលេខកូដស្ដារថ្មី(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove the recovery code</source>
        <translation>លុបលេខកូដស្ដារ(&amp;R)</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase no longer opens this file.</source>
        <translation>ឃ្លាសម្ងាត់ត្រូវបានប្ដូរហើយ។ ឃ្លាសម្ងាត់ចាស់លែងបើកហ្វាយល៍នេះបានទៀតហើយ។</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase and the recovery code no longer open this file. You can make a new recovery code here.</source>
        <translation>ឃ្លាសម្ងាត់ត្រូវបានប្ដូរហើយ។ ឃ្លាសម្ងាត់ចាស់ និងលេខកូដស្ដារ លែងបើកហ្វាយល៍នេះបានទៀតហើយ។ អ្នកអាចបង្កើតលេខកូដស្ដារថ្មីនៅទីនេះ។</translation>
    </message>
    <message>
        <source>The new recovery code works now.</source>
        <translation>លេខកូដស្ដារថ្មី អាចប្រើបានឥឡូវនេះ។</translation>
    </message>
    <message>
        <source>The recovery code is removed. Only your passphrase opens this file now.</source>
        <translation>លេខកូដស្ដារត្រូវបានលុបហើយ។ ឥឡូវនេះ មានតែឃ្លាសម្ងាត់របស់អ្នកទេ ដែលបើកហ្វាយល៍នេះបាន។</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Who can help you learn more</source>
        <translation>អ្នកណាអាចជួយអ្នកឲ្យដឹងបន្ថែម</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>បន្ថែមទៅបញ្ជីមនុស្សរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>បន្ថែម {name} ទៅបញ្ជីមនុស្សរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>ពីបញ្ជីក្នុងសៀវភៅណែនាំ {date} — សូមពិនិត្យមើលម្ដងទៀត មុនពេលពឹងផ្អែកលើវា។</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>បានបន្ថែមហើយ</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>As of January 2020 — general information, not legal advice; check with a legal clinic.</source>
        <translation>គិតត្រឹមខែមករា ឆ្នាំ 2020 — នេះជាព័ត៌មានទូទៅ មិនមែនជាដំបូន្មានផ្នែកច្បាប់ទេ។ សូមពិនិត្យជាមួយមណ្ឌលជំនួយច្បាប់។</translation>
    </message>
</context>
<context>
    <name>LegalBox</name>
    <message>
        <source>What to know</source>
        <translation>អ្វីដែលគួរដឹង</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portable mode: settings and plans stay in the app&apos;s own folder.</source>
        <translation>របៀបចល័ត៖ ការកំណត់ និងផែនការនៅក្នុងថតផ្ទាល់របស់កម្មវិធី។</translation>
    </message>
    <message>
        <source>Hides everything at once and locks the plan. Esc twice does the same.</source>
        <translation>លាក់អ្វីៗទាំងអស់ភ្លាមៗ ហើយចាក់សោផែនការ។ ចុច Esc ពីរដង ក៏ធ្វើដូចគ្នាដែរ។</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>លាក់(&amp;H)</translation>
    </message>
    <message>
        <source>L&amp;ock</source>
        <translation>ចាក់សោ(&amp;O)</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>បើកហ្វាយល៍ផែនការ</translation>
    </message>
    <message>
        <source>Choose the plan file, for example on your USB stick.</source>
        <translation>ជ្រើសរើសហ្វាយល៍ផែនការ ឧទាហរណ៍ នៅលើ USB របស់អ្នក។</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>បានបើកច្បាប់ចម្លងបម្រុង</translation>
    </message>
    <message>
        <source>The backup copy opened. Your changes will be saved to the plan file again.</source>
        <translation>ច្បាប់ចម្លងបម្រុងបានបើកហើយ។ ការកែប្រែរបស់អ្នកនឹងត្រូវរក្សាទុកក្នុងហ្វាយល៍ផែនការវិញ។</translation>
    </message>
    <message>
        <source>Your changes are back</source>
        <translation>ការកែប្រែរបស់អ្នកបានមកវិញហើយ</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked. They are back now. SaferPlan will try to save them again.</source>
        <translation>ការកែប្រែចុងក្រោយរបស់អ្នក មិនអាចរក្សាទុកបានទេ មុនពេលផែនការត្រូវបានចាក់សោ។ ឥឡូវវាបានមកវិញហើយ។ SaferPlan នឹងព្យាយាមរក្សាទុកវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Changes not kept</source>
        <translation>ការកែប្រែមិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked, and they could not be kept. The plan is as it was last saved.</source>
        <translation>ការកែប្រែចុងក្រោយរបស់អ្នក មិនអាចរក្សាទុកបានទេ មុនពេលផែនការត្រូវបានចាក់សោ ហើយក៏មិនអាចទុកវាបានដែរ។ ផែនការនៅដដែល ដូចពេលរក្សាទុកចុងក្រោយ។</translation>
    </message>
    <message>
        <source>Saved by a newer version</source>
        <translation>រក្សាទុកដោយកំណែថ្មីជាង</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of SaferPlan ({version}). You can read it here, but changes are not saved, so that nothing the newer version added is lost. To change the plan, use the newer version.</source>
        <translation>ផែនការនេះត្រូវបានរក្សាទុកដោយ SaferPlan កំណែថ្មីជាង ({version})។ អ្នកអាចអានវានៅទីនេះ ប៉ុន្តែការកែប្រែនឹងមិនត្រូវបានរក្សាទុកទេ ដើម្បីកុំឲ្យបាត់អ្វីដែលកំណែថ្មីបានបន្ថែម។ ដើម្បីកែប្រែផែនការ សូមប្រើកំណែថ្មីជាងនោះ។</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 It is still here. Please try again in a moment.</source>
        <translation>ការកែប្រែចុងក្រោយរបស់អ្នក មិនអាចរក្សាទុកបានទេ៖ %1 វានៅតែនៅទីនេះ។ សូមព្យាយាមម្ដងទៀតបន្តិចទៀត។</translation>
    </message>
    <message>
        <source>Not saved for next time</source>
        <translation>មិនរក្សាទុកសម្រាប់ពេលក្រោយ</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>មិនបានរក្សាទុកការកំណត់</translation>
    </message>
    <message>
        <source>Your settings work now but could not be kept for next time.</source>
        <translation>ការកំណត់របស់អ្នកដំណើរការឥឡូវនេះ ប៉ុន្តែមិនអាចរក្សាទុកសម្រាប់លើកក្រោយបានទេ។</translation>
    </message>
    <message>
        <source>Your plan was locked.</source>
        <translation>ផែនការរបស់អ្នកត្រូវបានចាក់សោ។</translation>
    </message>
    <message>
        <source>Your last changes are not saved</source>
        <translation>ការកែប្រែចុងក្រោយរបស់អ្នក មិនទាន់បានរក្សាទុកទេ</translation>
    </message>
    <message>
        <source>SaferPlan could not save your last changes. If you close now, they are lost. You can stay, check the folder or the USB stick, and try again.</source>
        <translation>SaferPlan មិនអាចរក្សាទុកការកែប្រែចុងក្រោយរបស់អ្នកបានទេ។ បើអ្នកបិទឥឡូវនេះ ការកែប្រែទាំងនោះនឹងបាត់។ អ្នកអាចនៅបន្តសិន ពិនិត្យមើលថត ឬ USB រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>នៅតែបិទ</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>នៅបន្ត</translation>
    </message>
</context>
<context>
    <name>OlderCopy</name>
    <message>
        <source>This copy of your plan was made before its passphrase was changed on this computer. Someone who knew the old passphrase may have put it back. Your newer plan may be in another file or folder.</source>
        <translation>ច្បាប់ចម្លងផែនការនេះ ត្រូវបានធ្វើមុនពេលប្ដូរឃ្លាសម្ងាត់នៅលើកុំព្យូទ័រនេះ។ អ្នកដែលដឹងឃ្លាសម្ងាត់ចាស់ ប្រហែលជាបានដាក់វាត្រឡប់មកវិញ។ ផែនការថ្មីជាងរបស់អ្នក ប្រហែលជានៅក្នុងហ្វាយល៍ ឬថតផ្សេង។</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy. The backup beside it is newer (save %3): you can open it instead.</source>
        <translation>ហ្វាយល៍ផែនការនេះ ចាស់ជាងហ្វាយល៍ដែលបានរក្សាទុកចុងក្រោយនៅលើកុំព្យូទ័រនេះ (ការរក្សាទុកលើកទី %1; ថ្មីបំផុតនៅទីនេះគឺលើកទី %2)។ ប្រហែលជាមាននរណាម្នាក់បានដាក់ច្បាប់ចម្លងចាស់ត្រឡប់មកវិញ។ ច្បាប់ចម្លងបម្រុងដែលនៅក្បែរវា គឺថ្មីជាង (លើកទី %3)៖ អ្នកអាចបើកវាជំនួសបាន។</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy, or it came from a backup. Your newer plan may be in another file or folder.</source>
        <translation>ហ្វាយល៍ផែនការនេះ ចាស់ជាងហ្វាយល៍ដែលបានរក្សាទុកចុងក្រោយនៅលើកុំព្យូទ័រនេះ (ការរក្សាទុកលើកទី %1; ថ្មីបំផុតនៅទីនេះគឺលើកទី %2)។ ប្រហែលជាមាននរណាម្នាក់បានដាក់ច្បាប់ចម្លងចាស់ត្រឡប់មកវិញ ឬវាមកពីច្បាប់ចម្លងបម្រុង។ ផែនការថ្មីជាងរបស់អ្នក ប្រហែលជានៅក្នុងហ្វាយល៍ ឬថតផ្សេង។</translation>
    </message>
    <message>
        <source>An older copy of your plan</source>
        <translation>ច្បាប់ចម្លងចាស់នៃផែនការរបស់អ្នក</translation>
    </message>
    <message>
        <source>Use this older copy</source>
        <translation>ប្រើច្បាប់ចម្លងចាស់នេះ</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>បិទវា</translation>
    </message>
    <message>
        <source>Open the newer backup</source>
        <translation>បើកច្បាប់ចម្លងបម្រុងថ្មីជាង</translation>
    </message>
    <message>
        <source>The backup did not open</source>
        <translation>ច្បាប់ចម្លងបម្រុងមិនបានបើកទេ</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនទាន់ដូចគ្នានៅឡើយទេ។</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>បោះពុម្ពអ្វី</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>ផែនការទាំងមូល</translation>
    </message>
    <message>
        <source>The wallet card</source>
        <translation>កាតដាក់កាបូប</translation>
    </message>
    <message>
        <source>People on the card</source>
        <translation>មនុស្សនៅលើកាត</translation>
    </message>
    <message>
        <source>No people yet. People you add under People can go on the card.</source>
        <translation>មិនទាន់មាននរណាម្នាក់នៅឡើយទេ។ មនុស្សដែលអ្នកបន្ថែមក្នុង “បញ្ជីមនុស្ស” អាចដាក់នៅលើកាតបាន។</translation>
    </message>
    <message>
        <source>Include the medication line</source>
        <translation>ដាក់ជួរអំពីថ្នាំ</translation>
    </message>
    <message>
        <source>Include the language and interpreter line</source>
        <translation>ដាក់ជួរអំពីភាសា និងអ្នកបកប្រែផ្ទាល់មាត់</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>មើលទៅធម្មតា</translation>
    </message>
    <message>
        <source>Neutral headings, names and numbers only.</source>
        <translation>ចំណងជើងធម្មតា មានតែឈ្មោះ និងលេខទូរស័ព្ទប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>ក្រដាស</translation>
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
        <translation>ភាសានៃចំណងជើង</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>ពាក្យសម្ងាត់ (មិនចាំបាច់)</translation>
    </message>
    <message>
        <source>Only for saving a file. Anyone who wants to open the PDF will need it. SaferPlan cannot recover it.</source>
        <translation>សម្រាប់តែពេលរក្សាទុកជាហ្វាយល៍ប៉ុណ្ណោះ។ អ្នកណាចង់បើក PDF នឹងត្រូវការពាក្យសម្ងាត់នេះ។ SaferPlan មិនអាចស្ដារវាវិញបានទេ។</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>ពាក្យសម្ងាត់ PDF</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>វាយពាក្យសម្ងាត់ដដែលម្ដងទៀត</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>ពាក្យសម្ងាត់ PDF ម្ដងទៀត</translation>
    </message>
</context>
<context>
    <name>OrganisationCard</name>
    <message>
        <source>Role for {name}</source>
        <translation>តួនាទីរបស់ {name}</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>គ្មានតួនាទី</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>បន្ថែមទៅបញ្ជីមនុស្សរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>បន្ថែម {name} ទៅបញ្ជីមនុស្សរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Added to your people. You can change it there.</source>
        <translation>បានបន្ថែមទៅបញ្ជីមនុស្សរបស់អ្នកហើយ។ អ្នកអាចកែប្រែវានៅទីនោះ។</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Spaces alone cannot be a passphrase.</source>
        <translation>មានតែដកឃ្លា មិនអាចជាឃ្លាសម្ងាត់បានទេ។</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>ខ្លីពេក៖ សូមប្រើយ៉ាងហោចណាស់ %1 តួអក្សរ។</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, so it is easy to guess. Please choose another.</source>
        <translation>នេះជាពាក្យសម្ងាត់មួយ ក្នុងចំណោមពាក្យសម្ងាត់ដែលគេប្រើញឹកញាប់បំផុត ដូច្នេះងាយទាយ។ សូមជ្រើសរើសមួយផ្សេងទៀត។</translation>
    </message>
    <message>
        <source>This is a keyboard or letter pattern, so it is easy to guess. Please choose another.</source>
        <translation>នេះជាលំនាំតាមក្ដារចុច ឬលំនាំអក្សរ ដូច្នេះងាយទាយ។ សូមជ្រើសរើសមួយផ្សេងទៀត។</translation>
    </message>
    <message>
        <source>Numbers alone, such as a date, are easy to guess. Please add some words.</source>
        <translation>មានតែលេខ ដូចជាកាលបរិច្ឆេទ គឺងាយទាយ។ សូមបន្ថែមពាក្យខ្លះ។</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>ល្មម។ បន្ថែមពាក្យមួយ ឬពីរទៀត ធ្វើឲ្យវារឹងមាំជាងមុនច្រើន។</translation>
    </message>
    <message>
        <source>Good. One more word makes it stronger still.</source>
        <translation>ល្អ។ បន្ថែមពាក្យមួយទៀត ធ្វើឲ្យវារឹងមាំជាងនេះទៀត។</translation>
    </message>
    <message>
        <source>Strong: long, with several words.</source>
        <translation>រឹងមាំ៖ វែង និងមានពាក្យច្រើន។</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>លាក់ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>បង្ហាញឃ្លាសម្ងាត់</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>A few unrelated words you can remember make a strong passphrase, for example four words from different parts of your life. Do not use a name or a date someone could guess.</source>
        <translation>ពាក្យពីរបីដែលមិនទាក់ទងគ្នា ហើយអ្នកអាចចាំបាន ធ្វើឲ្យឃ្លាសម្ងាត់រឹងមាំ ឧទាហរណ៍ ពាក្យបួនពីផ្នែកផ្សេងៗគ្នានៃជីវិតរបស់អ្នក។ កុំប្រើឈ្មោះ ឬកាលបរិច្ឆេទដែលអ្នកដទៃអាចទាយបាន។</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>ឃ្លាសម្ងាត់ដដែលម្ដងទៀត</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>សូមជ្រើសរើសឃ្លាសម្ងាត់ជាមុនសិន។</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយវាម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <source>Paused</source>
        <translation>បានផ្អាក</translation>
    </message>
    <message>
        <source>This session was hidden after a few minutes without use.</source>
        <translation>វគ្គនេះត្រូវបានលាក់ ក្រោយពេលមិនប្រើពីរបីនាទី។</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>បន្ត(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <source>People</source>
        <translation>បញ្ជីមនុស្ស</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>ត្រឡប់ទៅទំព័រដើម(&amp;M)</translation>
    </message>
    <message>
        <source>First names or nicknames are enough. Add only what your plan needs.</source>
        <translation>ឈ្មោះដំបូង ឬឈ្មោះហៅក្រៅ គឺគ្រប់គ្រាន់ហើយ។ បន្ថែមតែអ្វីដែលផែនការរបស់អ្នកត្រូវការ។</translation>
    </message>
    <message>
        <source>No one in your list yet</source>
        <translation>មិនទាន់មាននរណាម្នាក់នៅក្នុងបញ្ជីរបស់អ្នកនៅឡើយទេ</translation>
    </message>
    <message>
        <source>Add the people who could help: someone to call, a lawyer, someone who could care for your children.</source>
        <translation>បន្ថែមមនុស្សដែលអាចជួយបាន៖ នរណាម្នាក់សម្រាប់ទូរស័ព្ទទៅ មេធាវី ឬនរណាម្នាក់ដែលអាចមើលថែកូនរបស់អ្នក។</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>បន្ថែមនរណាម្នាក់(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ដកចេញ(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(មិនទាន់មានឈ្មោះ)</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>មនុស្សនេះ</translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation>ដកនរណាម្នាក់ចេញ</translation>
    </message>
    <message>
        <source>Remove {name} from your plan? They will also be taken out of your answers.</source>
        <translation>ដក {name} ចេញពីផែនការរបស់អ្នកឬ? គេក៏នឹងត្រូវដកចេញពីចម្លើយរបស់អ្នកដែរ។</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ទុកវា</translation>
    </message>
</context>
<context>
    <name>PersonAdapter</name>
    <message>
        <source>No one in your list yet.</source>
        <translation>មិនទាន់មាននរណាម្នាក់នៅក្នុងបញ្ជីរបស់អ្នកនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>បន្ថែមនរណាម្នាក់</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>ឈ្មោះ ឬឈ្មោះហៅក្រៅ</translation>
    </message>
    <message>
        <source>Phone (if you want)</source>
        <translation>លេខទូរស័ព្ទ (បើអ្នកចង់)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>បន្ថែម</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>លេខទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Address (if you want)</source>
        <translation>អាសយដ្ឋាន (បើអ្នកចង់)</translation>
    </message>
    <message>
        <source>About the phone number</source>
        <translation>អំពីលេខទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Print this address on my wallet card</source>
        <translation>បោះពុម្ពអាសយដ្ឋាននេះលើកាតដាក់កាបូបរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Officers may read the card. Leave this off unless you need the address on it.</source>
        <translation>មន្ត្រីអាចអានកាតនេះ។ សូមទុកជម្រើសនេះឲ្យបិទ លុះត្រាតែអ្នកត្រូវការអាសយដ្ឋាននៅលើកាត។</translation>
    </message>
    <message>
        <source>I want to know this number by heart</source>
        <translation>ខ្ញុំចង់ចាំមាត់លេខនេះ</translation>
    </message>
    <message>
        <source>What they could do for me</source>
        <translation>អ្វីដែលគេអាចធ្វើសម្រាប់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>A phone number can hold only digits, spaces, a dot and the signs + - ( ). For an extension, type x or ext, then its digits.</source>
        <translation>លេខទូរស័ព្ទអាចមានតែលេខ ដកឃ្លា ចំណុច និងសញ្ញា + - ( ) ប៉ុណ្ណោះ។ សម្រាប់លេខបន្ត សូមវាយ x ឬ ext រួចវាយលេខរបស់វា។</translation>
    </message>
    <message>
        <source>Hidden characters that can change how text is shown were removed.</source>
        <translation>តួអក្សរលាក់ ដែលអាចផ្លាស់ប្ដូររបៀបបង្ហាញអត្ថបទ ត្រូវបានលុបចេញ។</translation>
    </message>
</context>
<context>
    <name>PlanChoiceScreen</name>
    <message>
        <source>What do you want to plan for?</source>
        <translation>តើអ្នកចង់រៀបចំផែនការសម្រាប់អ្វី?</translation>
    </message>
    <message>
        <source>Choose one to begin. You can add the other one later, and skip any question.</source>
        <translation>ជ្រើសរើសមួយដើម្បីចាប់ផ្ដើម។ អ្នកអាចបន្ថែមមួយទៀតនៅពេលក្រោយ ហើយអាចរំលងសំណួរណាមួយក៏បាន។</translation>
    </message>
    <message>
        <source>&amp;Safety plan</source>
        <translation>ផែនការសុវត្ថិភាព(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Release plan</source>
        <translation>ផែនការដោះលែង(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>សម្រេចពេលក្រោយ(&amp;D)</translation>
    </message>
    <message>
        <source>If you are at risk of violence: people to call, safe places, how to leave.</source>
        <translation>បើអ្នកប្រឈមនឹងអំពើហិង្សា៖ មនុស្សដែលត្រូវទូរស័ព្ទទៅ កន្លែងមានសុវត្ថិភាព របៀបចាកចេញ។</translation>
    </message>
    <message>
        <source>If you could be detained: who to call, your papers, getting out.</source>
        <translation>បើអ្នកអាចត្រូវគេឃុំខ្លួន៖ អ្នកណាដែលត្រូវទូរស័ព្ទទៅ ឯកសាររបស់អ្នក របៀបចេញពីការឃុំខ្លួន។</translation>
    </message>
    <message>
        <source>Your answers stay locked on this computer. Nothing is sent anywhere.</source>
        <translation>ចម្លើយរបស់អ្នក ត្រូវបានចាក់សោទុកនៅលើកុំព្យូទ័រនេះ។ គ្មានអ្វីត្រូវបានផ្ញើទៅណាទេ។</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>មិនប្រាកដ</translation>
    </message>
    <message>
        <source>No one added yet.</source>
        <translation>មិនទាន់បានបន្ថែមនរណាម្នាក់នៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Everyone else in my plan, by role</source>
        <translation>មនុស្សផ្សេងទៀតទាំងអស់ក្នុងផែនការរបស់ខ្ញុំ តាមតួនាទី</translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>មិនទាន់បានបន្ថែមអ្វីនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>A copy is with {name}.</source>
        <translation>ច្បាប់ចម្លងមួយនៅជាមួយ {name}។</translation>
    </message>
    <message>
        <source>{title}: nothing answered yet.</source>
        <translation>{title}៖ មិនទាន់បានឆ្លើយអ្វីនៅឡើយ។</translation>
    </message>
    <message>
        <source>Still to think about</source>
        <translation>រឿងដែលនៅត្រូវគិតបន្ថែម</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>ផែនការរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Bond persons</source>
        <translation>អ្នកធានា</translation>
    </message>
    <message>
        <source>Numbers to know by heart</source>
        <translation>លេខទូរស័ព្ទត្រូវចាំមាត់</translation>
    </message>
    <message>
        <source>Where my documents are</source>
        <translation>ឯកសាររបស់ខ្ញុំនៅឯណា</translation>
    </message>
    <message>
        <source>Lawyers and legal help</source>
        <translation>មេធាវី និងជំនួយផ្នែកច្បាប់</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>ទំព័រ {page} នៃ {count}</translation>
    </message>
</context>
<context>
    <name>PlanWalkWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>ត្រឡប់ទៅទំព័រដើម(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>រំលងសិន(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Doesn&apos;t apply</source>
        <translation>មិនពាក់ព័ន្ធ(&amp;D)</translation>
    </message>
    <message>
        <source>Talk about it &amp;later</source>
        <translation>និយាយពេលក្រោយ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>បន្ទាប់(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish for now</source>
        <translation>បញ្ចប់សិន(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>ផ្នែកបន្ទាប់(&amp;N)</translation>
    </message>
    <message>
        <source>Skipped for now. You can come back to it any time.</source>
        <translation>បានរំលងសិន។ អ្នកអាចត្រឡប់មកវិញបានគ្រប់ពេល។</translation>
    </message>
    <message>
        <source>Noted: that one does not apply to you.</source>
        <translation>បានកត់ចំណាំ៖ សំណួរនោះមិនពាក់ព័ន្ធនឹងអ្នកទេ។</translation>
    </message>
    <message>
        <source>Kept for later. You will find it under &quot;To talk about later&quot;.</source>
        <translation>បានទុកសម្រាប់ពេលក្រោយ។ អ្នកនឹងរកឃើញវានៅក្រោម «ត្រូវនិយាយពេលក្រោយ»។</translation>
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
        <translation>មិនទាន់មានលេខត្រូវរៀននៅឡើយទេ</translation>
    </message>
    <message>
        <source>Your phone may be taken away from you. Knowing a few numbers by heart helps.

To choose a number to learn, go to People, open someone who has a phone number, and tick “I want to know this number by heart”.</source>
        <translation>ទូរស័ព្ទរបស់អ្នកអាចត្រូវគេយកពីអ្នក។ ការចាំមាត់លេខទូរស័ព្ទពីរបី អាចជួយបាន។

ដើម្បីជ្រើសលេខត្រូវរៀន សូមចូលទៅ បញ្ជីមនុស្ស បើកមនុស្សម្នាក់ដែលមានលេខទូរស័ព្ទ ហើយធីក “ខ្ញុំចង់ចាំមាត់លេខនេះ”។</translation>
    </message>
    <message>
        <source>Known by heart</source>
        <translation>ចាំមាត់ហើយ</translation>
    </message>
    <message>
        <source>Hide roles</source>
        <translation>លាក់តួនាទី</translation>
    </message>
    <message>
        <source>Type the number from memory. Spaces and dashes do not matter.</source>
        <translation>វាយលេខពីការចងចាំ។ ដកឃ្លា និងសញ្ញាដាច់ (-) មិនសំខាន់ទេ។</translation>
    </message>
    <message>
        <source>The number, from memory</source>
        <translation>លេខ ពីការចងចាំ</translation>
    </message>
    <message>
        <source>Type the number</source>
        <translation>វាយលេខ</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>បង្ហាញតម្រុយ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>✓ right   ≠ different digit   ? missing digit   + extra digit</source>
        <translation>✓ ត្រូវ   ≠ លេខខុស   ? ខ្វះលេខ   + លើសលេខ</translation>
    </message>
    <message>
        <source>A new number to learn. Read it a few times and say it quietly to yourself. When you are ready, it will be hidden and you can type it from memory.</source>
        <translation>លេខថ្មីមួយដែលត្រូវរៀនចាំ។ អានវាពីរបីដង ហើយនិយាយវាតិចៗដាក់ខ្លួនឯង។ ពេលអ្នករួចរាល់ វានឹងត្រូវលាក់ ហើយអ្នកអាចវាយវាតាមការចងចាំ។</translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation>រួចរាល់ទាំងអស់សម្រាប់ថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>ត្រឡប់ទៅទំព័រដើម(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>រំលងសិន(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>រួចរាល់(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>បន្ទាប់(&amp;N)</translation>
    </message>
    <message>
        <source>I am &amp;ready, hide it</source>
        <translation>ខ្ញុំរួចរាល់ហើយ លាក់វាចុះ(&amp;R)</translation>
    </message>
    <message>
        <source>Practise &amp;all numbers again</source>
        <translation>ហាត់លេខទាំងអស់ម្ដងទៀត(&amp;A)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(គ្មានឈ្មោះ)</translation>
    </message>
    <message>
        <source>Practised today: {done} of {total}</source>
        <translation>បានហាត់ថ្ងៃនេះ៖ {done} នៃ {total}</translation>
    </message>
    <message numerus="yes">
        <source>Numbers practised today: %n</source>
        <translation>
            <numerusform>លេខដែលបានហាត់ថ្ងៃនេះ៖ %n</numerusform>
            <numerusform>លេខដែលបានហាត់ថ្ងៃនេះ៖ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Each time you practise, they get easier to remember.</source>
        <translation>រាល់ពេលអ្នកហាត់ វាកាន់តែងាយចាំ។</translation>
    </message>
    <message numerus="yes">
        <source>Numbers you know by heart: %n</source>
        <translation>
            <numerusform>លេខដែលអ្នកចាំមាត់៖ %n</numerusform>
            <numerusform>លេខដែលអ្នកចាំមាត់៖ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days until the next practice: %n</source>
        <translation>
            <numerusform>ចំនួនថ្ងៃរហូតដល់ការហាត់លើកក្រោយ៖ %n</numerusform>
            <numerusform>ចំនួនថ្ងៃរហូតដល់ការហាត់លើកក្រោយ៖ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>You can practise again today.</source>
        <translation>អ្នកអាចហាត់ម្ដងទៀតនៅថ្ងៃនេះ។</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>តម្រុយ៖ {hint}</translation>
    </message>
    <message>
        <source>Right, with a hint. It will come back once more without one.</source>
        <translation>ត្រូវហើយ ដោយមានតម្រុយ។ វានឹងត្រឡប់មកម្ដងទៀត ដោយគ្មានតម្រុយ។</translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation>ត្រូវហើយ។</translation>
    </message>
    <message>
        <source>Not quite. Here is the number. It will come back later.</source>
        <translation>មិនទាន់ត្រូវទាំងស្រុងទេ។ នេះជាលេខនោះ។ វានឹងត្រឡប់មកវិញពេលក្រោយ។</translation>
    </message>
    <message>
        <source>The number:</source>
        <translation>លេខ៖</translation>
    </message>
    <message>
        <source>To call this number from Canada, you also need its country code, +{code}.</source>
        <translation>ដើម្បីហៅលេខនេះពីប្រទេសកាណាដា អ្នកត្រូវការលេខកូដប្រទេសរបស់វាផងដែរ គឺ +{code}។</translation>
    </message>
    <message numerus="yes">
        <source>Different digits: %n</source>
        <translation>
            <numerusform>លេខខុស៖ %n</numerusform>
            <numerusform>លេខខុស៖ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing digits: %n</source>
        <translation>
            <numerusform>លេខខ្វះ៖ %n</numerusform>
            <numerusform>លេខខ្វះ៖ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra digits: %n</source>
        <translation>
            <numerusform>លេខលើស៖ %n</numerusform>
            <numerusform>លេខលើស៖ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>The preview could not be made. Please try other choices, or try again later.</source>
        <translation>មិនអាចបង្ហាញការមើលជាមុនបានទេ។ សូមសាកជម្រើសផ្សេង ឬសាកម្ដងទៀតពេលក្រោយ។</translation>
    </message>
    <message>
        <source>Preview, page %1 of %2</source>
        <translation>មើលជាមុន ទំព័រ %1 នៃ %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>មើលជាមុន</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>កំពុងរៀបចំការមើលជាមុន…</translation>
    </message>
    <message>
        <source>Preview: one sheet of cards. Cut along the lines, fold in the middle.</source>
        <translation>មើលជាមុន៖ ក្រដាសកាតមួយសន្លឹក។ កាត់តាមបន្ទាត់ ហើយបត់ពាក់កណ្ដាល។</translation>
    </message>
    <message>
        <source>Preview: 1 page</source>
        <translation>មើលជាមុន៖ 1 ទំព័រ</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>មើលជាមុន៖ %n ទំព័រ</numerusform>
            <numerusform>មើលជាមុន៖ %n ទំព័រ</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>PDF នឹងសួររកពាក្យសម្ងាត់នេះ ពេលគេបើកវា។</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>SaferPlan មិនចាក់សោហ្វាយល៍ PDF ទេ។ អ្នកណាដែលបើកកុំព្យូទ័រនេះ ឬ USB អាចអានវាបាន លុះត្រាតែអ្នកដាក់ពាក្យសម្ងាត់។</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>បានរក្សាទុកជា %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>បានផ្ញើទៅម៉ាស៊ីនបោះពុម្ពហើយ។</translation>
    </message>
    <message>
        <source>Print or save a copy</source>
        <translation>បោះពុម្ព ឬរក្សាទុកច្បាប់ចម្លង</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>ត្រឡប់ទៅទំព័រដើម(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>រក្សាទុកជា PDF…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព…(&amp;P)</translation>
    </message>
    <message>
        <source>Printing: the computer may keep a copy in its print queue for a while.</source>
        <translation>ពេលបោះពុម្ព៖ កុំព្យូទ័រអាចរក្សាច្បាប់ចម្លងមួយទុកក្នុងជួរបោះពុម្ពមួយរយៈ។</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ឈ្មោះហ្វាយល៍</translation>
    </message>
    <message>
        <source>Name of the PDF file. A name that says little about what is inside is safer.</source>
        <translation>ឈ្មោះហ្វាយល៍ PDF។ ឈ្មោះដែលប្រាប់តិចតួចពីអ្វីដែលនៅខាងក្នុង មានសុវត្ថិភាពជាង។</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>រក្សាទុក PDF នៅឯណា</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick.</source>
        <translation>ជ្រើសរើសថតមួយ ឧទាហរណ៍ នៅលើ USB ផ្ទាល់ខ្លួនរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>ជំនួសហ្វាយល៍ឬ?</translation>
    </message>
    <message>
        <source>There is already a file called %1 in this folder. Replace it?</source>
        <translation>មានហ្វាយល៍ឈ្មោះ %1 នៅក្នុងថតនេះរួចហើយ។ ជំនួសវាឬ?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>ជំនួសវា</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>ទុកវា</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>មុនពេលអ្នកបោះពុម្ព</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Discreet mode prints less. Print now?</source>
        <translation>ម៉ាស៊ីនបោះពុម្ព និងជួរបោះពុម្ព អាចរក្សាច្បាប់ចម្លងនៃអ្វីដែលអ្នកបោះពុម្ព ទុកលើកុំព្យូទ័រនេះមួយរយៈ។ របៀប “មើលទៅធម្មតា” បោះពុម្ពតិចជាង។ បោះពុម្ពឥឡូវនេះឬ?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>បន្ត</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ពេលក្រោយ</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>មិនបានបោះពុម្ព</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. To keep a copy as a file, use Save as PDF: it can protect the file with a password.</source>
        <translation>SaferPlan បោះពុម្ពតែលើម៉ាស៊ីនបោះពុម្ពប៉ុណ្ណោះ។ ដើម្បីទុកច្បាប់ចម្លងជាហ្វាយល៍ សូមប្រើ “រក្សាទុកជា PDF”៖ វាអាចការពារហ្វាយល៍ដោយពាក្យសម្ងាត់។</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;បាទ/ចាស</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;ទេ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>For example:
{examples}</source>
        <translation>ឧទាហរណ៍៖
{examples}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {section}</source>
        <translation>សំណួរទី {number} នៃ {count} · {section}</translation>
    </message>
    <message>
        <source>You skipped this for now.</source>
        <translation>អ្នកបានរំលងសំណួរនេះសិន។</translation>
    </message>
    <message>
        <source>You said this does not apply.</source>
        <translation>អ្នកបាននិយាយថា សំណួរនេះមិនពាក់ព័ន្ធនឹងអ្នកទេ។</translation>
    </message>
    <message>
        <source>You wanted to talk about this later.</source>
        <translation>អ្នកចង់និយាយអំពីរឿងនេះពេលក្រោយ។</translation>
    </message>
</context>
<context>
    <name>RecordPdf</name>
    <message>
        <source>My record</source>
        <translation>កំណត់ត្រារបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>អ្នកណាខ្លះនៅទីនោះ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>មានរឿងអ្វីកើតឡើង</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>ហ្វាយល៍ភ្ជាប់</translation>
    </message>
    <message>
        <source>{name} (a file kept in the plan, not shown here)</source>
        <translation>{name} (ហ្វាយល៍ដែលរក្សាទុកក្នុងផែនការ មិនបង្ហាញនៅទីនេះទេ)</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>រូបភាព៖ {name}</translation>
    </message>
    <message>
        <source>No date given</source>
        <translation>មិនបានដាក់កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>{name} (a picture that could not be shown)</source>
        <translation>{name} (រូបភាពដែលមិនអាចបង្ហាញបាន)</translation>
    </message>
</context>
<context>
    <name>RecordPdfDialog</name>
    <message>
        <source>Make a PDF for a lawyer or advocate</source>
        <translation>បង្កើត PDF សម្រាប់មេធាវី ឬអ្នកតស៊ូមតិ</translation>
    </message>
    <message>
        <source>Choose the entries to put in the PDF. You decide what to share.</source>
        <translation>ជ្រើសរើសការកត់ត្រា ដែលត្រូវដាក់ក្នុង PDF។ អ្នកជាអ្នកសម្រេចថាត្រូវចែករំលែកអ្វី។</translation>
    </message>
    <message>
        <source>Entries in the PDF</source>
        <translation>ការកត់ត្រាក្នុង PDF</translation>
    </message>
    <message>
        <source>Neutral title: {title}</source>
        <translation>ចំណងជើងធម្មតា៖ {title}</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>ពាក្យសម្ងាត់ (មិនចាំបាច់)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>វាយពាក្យសម្ងាត់ដដែលម្ដងទៀត</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>រក្សាទុក PDF…</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>ជ្រើសរើសទាំងអស់</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>មិនជ្រើសរើសអ្វីទាំងអស់</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនទាន់ដូចគ្នានៅឡើយទេ។</translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>PDF នឹងសួររកពាក្យសម្ងាត់នេះ ពេលគេបើកវា។</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>SaferPlan មិនចាក់សោហ្វាយល៍ PDF ទេ។ អ្នកណាដែលបើកកុំព្យូទ័រនេះ ឬ USB អាចអានវាបាន លុះត្រាតែអ្នកដាក់ពាក្យសម្ងាត់។</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>បានរក្សាទុកជា {path}</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>SaferPlan can keep photos and screenshots (PNG, JPEG, GIF or WebP), PDF files and plain text files.</source>
        <translation>SaferPlan អាចរក្សាទុករូបថត និងរូបថតអេក្រង់ (PNG, JPEG, GIF ឬ WebP) ហ្វាយល៍ PDF និងហ្វាយល៍អក្សរធម្មតា។</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>បន្ថែមហ្វាយល៍</translation>
    </message>
    <message>
        <source>This file could not be read. Please check that it is still there, then try again.</source>
        <translation>មិនអាចអានហ្វាយល៍នេះបានទេ។ សូមពិនិត្យមើលថា វានៅតែមាន រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The original file</source>
        <translation>ហ្វាយល៍ដើម</translation>
    </message>
    <message>
        <source>The file is now kept inside your locked plan. SaferPlan can delete the original file. On SSDs, USB sticks and phones, a deleted file can sometimes still be recovered, and copies may exist elsewhere (for example in a photo app or a cloud backup).</source>
        <translation>ឥឡូវនេះ ហ្វាយល៍ត្រូវបានរក្សាទុកនៅក្នុងផែនការដែលចាក់សោរបស់អ្នក។ SaferPlan អាចលុបហ្វាយល៍ដើមបាន។ នៅលើ SSD, USB និងទូរស័ព្ទ ហ្វាយល៍ដែលបានលុប ពេលខ្លះនៅតែអាចយកមកវិញបាន ហើយអាចមានច្បាប់ចម្លងនៅកន្លែងផ្សេង (ឧទាហរណ៍ ក្នុងកម្មវិធីរូបថត ឬការបម្រុងទុកលើអ៊ីនធឺណិត)។</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation>លុបហ្វាយល៍ដើម</translation>
    </message>
    <message>
        <source>Keep the original</source>
        <translation>ទុកហ្វាយល៍ដើម</translation>
    </message>
    <message>
        <source>The original file could not be deleted. You can delete it yourself if you want to.</source>
        <translation>មិនអាចលុបហ្វាយល៍ដើមបានទេ។ អ្នកអាចលុបវាដោយខ្លួនឯង បើអ្នកចង់។</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>រូបភាព</translation>
    </message>
</context>
<context>
    <name>RecordWidget</name>
    <message>
        <source>Private record</source>
        <translation>កំណត់ត្រាផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. This stays inside your locked plan.</source>
        <translation>សរសេរច្រើន ឬតិច តាមតែអ្នកចង់។ អ្វីដែលអ្នកសរសេរនៅទីនេះ នៅក្នុងផែនការដែលចាក់សោរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>ស្វែងរកក្នុងកំណត់ត្រា</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>ការកត់ត្រា ថ្មីបំផុតនៅខាងលើ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>ត្រឡប់ទៅទំព័រដើម(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>បន្ថែមការកត់ត្រា(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ដកចេញ(&amp;R)</translation>
    </message>
    <message>
        <source>Make a &amp;PDF for a lawyer or advocate…</source>
        <translation>បង្កើត PDF សម្រាប់មេធាវី ឬអ្នកតស៊ូមតិ…(&amp;P)</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>មិនទាន់បានសរសេរអ្វីនៅឡើយទេ</translation>
    </message>
    <message>
        <source>A dated note of what happened, in your own words, can help a lawyer or advocate later. Add one when you want to.</source>
        <translation>ការកត់ត្រាដែលមានកាលបរិច្ឆេទ អំពីអ្វីដែលបានកើតឡើង តាមពាក្យរបស់អ្នកផ្ទាល់ អាចជួយមេធាវី ឬអ្នកតស៊ូមតិនៅពេលក្រោយ។ បន្ថែមវាពេលណាអ្នកចង់។</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} ម៉ោង {time}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>គ្មានកាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>{when} · {where}</source>
        <translation>{when} · {where}</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>ហ្វាយល៍ 1</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>ហ្វាយល៍ %n</numerusform>
            <numerusform>ហ្វាយល៍ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>រកមិនឃើញអ្វីទេ។</translation>
    </message>
    <message>
        <source>Remove this entry and the files kept with it?</source>
        <translation>ដកការកត់ត្រានេះ និងហ្វាយល៍ដែលរក្សាទុកជាមួយវាចេញឬ?</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>ដកការកត់ត្រានេះចេញឬ?</translation>
    </message>
    <message>
        <source>Remove an entry</source>
        <translation>ដកការកត់ត្រាចេញ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ទុកវា</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Recovery code</source>
        <translation>លេខកូដស្ដារ</translation>
    </message>
    <message>
        <source>This code opens the plan if the passphrase is forgotten. Anyone who has it can open the plan. Keep it somewhere safe, away from the computer.</source>
        <translation>លេខកូដនេះបើកផែនការបាន បើភ្លេចឃ្លាសម្ងាត់។ អ្នកណាដែលមានវា អាចបើកផែនការបាន។ សូមទុកវានៅកន្លែងមានសុវត្ថិភាព ឆ្ងាយពីកុំព្យូទ័រ។</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>មុនពេលអ្នកបោះពុម្ព</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Print the code now?</source>
        <translation>ម៉ាស៊ីនបោះពុម្ព និងជួរបោះពុម្ព អាចរក្សាច្បាប់ចម្លងនៃអ្វីដែលអ្នកបោះពុម្ព ទុកលើកុំព្យូទ័រនេះមួយរយៈ។ បោះពុម្ពលេខកូដឥឡូវនេះឬ?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ពេលក្រោយ</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>មិនបានបោះពុម្ព</translation>
    </message>
    <message>
        <source>The code is printed only on a printer, never into a file. Please write it down instead.</source>
        <translation>លេខកូដនេះបោះពុម្ពបានតែលើម៉ាស៊ីនបោះពុម្ពប៉ុណ្ណោះ មិនដែលទុកជាហ្វាយល៍ទេ។ សូមសរសេរវាទុកដោយដៃជំនួសវិញ។</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation>លេខកូដស្ដាររបស់អ្នក</translation>
    </message>
    <message>
        <source>Write the six groups on paper, in order, and keep it somewhere safe, apart from your computer. It is shown only this once. With it, you or anyone who has it can open your plan.</source>
        <translation>សរសេរក្រុមទាំងប្រាំមួយលើក្រដាស តាមលំដាប់ ហើយទុកវានៅកន្លែងមានសុវត្ថិភាព ដាច់ដោយឡែកពីកុំព្យូទ័ររបស់អ្នក។ វាត្រូវបានបង្ហាញតែម្ដងនេះប៉ុណ្ណោះ។ អ្នក ឬអ្នកណាក៏ដោយដែលមានវា អាចបើកផែនការរបស់អ្នកបាន។</translation>
    </message>
    <message>
        <source>The code has no 0, O, 1 or I, so nothing can be mistaken for something else.</source>
        <translation>លេខកូដនេះគ្មាន 0, O, 1 ឬ I ទេ ដូច្នេះគ្មានអ្វីអាចច្រឡំជាមួយអ្វីផ្សេងបានទេ។</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>បោះពុម្ពវា</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>ខ្ញុំបានសរសេរទុកហើយ</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Bond person</source>
        <translation>អ្នកធានា</translation>
    </message>
    <message>
        <source>Could pay or promise money of their own so I can be released.</source>
        <translation>អាចបង់ ឬសន្យាប្រាក់ផ្ទាល់ខ្លួនរបស់គេ ដើម្បីឲ្យខ្ញុំត្រូវបានដោះលែង។</translation>
    </message>
    <message>
        <source>Would speak for me at a hearing</source>
        <translation>នឹងនិយាយជំនួសខ្ញុំនៅសវនាការ</translation>
    </message>
    <message>
        <source>Could come to a detention review and say who I am.</source>
        <translation>អាចមកសវនាការពិនិត្យឡើងវិញលើការឃុំខ្លួន ហើយប្រាប់ថាខ្ញុំជានរណា។</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>មេធាវីអន្តោប្រវេសន៍</translation>
    </message>
    <message>
        <source>Helps with status, detention and removal.</source>
        <translation>ជួយរឿងស្ថានភាពអន្តោប្រវេសន៍ ការឃុំខ្លួន និងការបណ្ដេញចេញ។</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>មេធាវីព្រហ្មទណ្ឌ</translation>
    </message>
    <message>
        <source>Helps if I am charged with a crime.</source>
        <translation>ជួយ បើខ្ញុំត្រូវគេចោទប្រកាន់ពីបទឧក្រិដ្ឋ។</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>មេធាវីគ្រួសារ</translation>
    </message>
    <message>
        <source>Helps with children, custody or separation.</source>
        <translation>ជួយរឿងកូន សិទ្ធិថែរក្សាកូន ឬការបែកគ្នា។</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>មណ្ឌលជំនួយច្បាប់</translation>
    </message>
    <message>
        <source>Free legal information and help.</source>
        <translation>ព័ត៌មាន និងជំនួយផ្នែកច្បាប់ ដោយឥតគិតថ្លៃ។</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>បុគ្គលិកគាំទ្រ</translation>
    </message>
    <message>
        <source>Someone from a service I trust, who can contact others.</source>
        <translation>មនុស្សម្នាក់ពីសេវាដែលខ្ញុំទុកចិត្ត ដែលអាចទាក់ទងអ្នកដទៃបាន។</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>កាន់កូនសោផ្ទះខ្ញុំ</translation>
    </message>
    <message>
        <source>Could fetch clothes, money, documents or medication.</source>
        <translation>អាចទៅយកសម្លៀកបំពាក់ ប្រាក់ ឯកសារ ឬថ្នាំ។</translation>
    </message>
    <message>
        <source>Would care for my children</source>
        <translation>នឹងមើលថែកូនខ្ញុំ</translation>
    </message>
    <message>
        <source>Could look after my children if I cannot.</source>
        <translation>អាចមើលថែកូនខ្ញុំ បើខ្ញុំមិនអាចធ្វើបាន។</translation>
    </message>
    <message>
        <source>Would care for my pets</source>
        <translation>នឹងមើលថែសត្វចិញ្ចឹមខ្ញុំ</translation>
    </message>
    <message>
        <source>Could feed and look after my animals.</source>
        <translation>អាចឲ្យចំណី និងមើលថែសត្វរបស់ខ្ញុំ។</translation>
    </message>
    <message>
        <source>I could stay with them if released</source>
        <translation>ខ្ញុំអាចស្នាក់នៅជាមួយគេ បើបានដោះលែង</translation>
    </message>
    <message>
        <source>An address I can give when I am released.</source>
        <translation>អាសយដ្ឋានដែលខ្ញុំអាចផ្ដល់ឲ្យ ពេលខ្ញុំបានដោះលែង។</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>អ្នកទទួលប្រគល់សិទ្ធិ</translation>
    </message>
    <message>
        <source>Allowed to act for me on money or papers.</source>
        <translation>មានសិទ្ធិធ្វើការជំនួសខ្ញុំ លើរឿងប្រាក់ ឬឯកសារ។</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>អ្នកទំនាក់ទំនងពេលអាសន្ន</translation>
    </message>
    <message>
        <source>Someone to call first if something happens.</source>
        <translation>មនុស្សដែលត្រូវហៅមុនគេ បើមានរឿងអ្វីកើតឡើង។</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>កន្លែងមានសុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Somewhere I could go to be safe.</source>
        <translation>កន្លែងដែលខ្ញុំអាចទៅ ដើម្បីមានសុវត្ថិភាព។</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>កំពុងរក្សាទុក…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>បានរក្សាទុក ✓</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>រក្សាទុកតែសម្រាប់ពេលប្រើលើកនេះប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>Not saved: %1 Your change is still here. Please try again in a moment.</source>
        <translation>មិនបានរក្សាទុក៖ %1 ការកែប្រែរបស់អ្នកនៅតែមាននៅទីនេះ។ សូមព្យាយាមម្ដងទៀតបន្តិចទៀត។</translation>
    </message>
</context>
<context>
    <name>SectionSummary</name>
    <message>
        <source>Here is what you have so far. You can change anything, now or later.</source>
        <translation>នេះជាអ្វីដែលអ្នកមានរហូតមកដល់ពេលនេះ។ អ្នកអាចកែប្រែអ្វីក៏បាន ឥឡូវនេះ ឬពេលក្រោយ។</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>កែប្រែ</translation>
    </message>
    <message>
        <source>Change: {question}</source>
        <translation>កែប្រែ៖ {question}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>មិនទាន់ឆ្លើយ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>បានឆ្លើយ</translation>
    </message>
    <message>
        <source>Skipped for now</source>
        <translation>បានរំលងសិន</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>មិនពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>ត្រូវនិយាយពេលក្រោយ</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>ចាក់សោ ក្រោយពេលមិនប្រើប៉ុន្មាននាទីនេះ</translation>
    </message>
    <message>
        <source>When you press Hide</source>
        <translation>ពេលអ្នកចុច លាក់</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>ចំណងជើងវីនដូ</translation>
    </message>
    <message>
        <source>min</source>
        <translation>នាទី</translation>
    </message>
    <message>
        <source>When nobody uses SaferPlan for this long, it saves and locks the plan.</source>
        <translation>ពេលគ្មាននរណាប្រើ SaferPlan រយៈពេលប៉ុណ្ណេះ វានឹងរក្សាទុក ហើយចាក់សោផែនការ។</translation>
    </message>
    <message>
        <source>Save, lock and minimise the window</source>
        <translation>រក្សាទុក ចាក់សោ ហើយបង្រួមវីនដូ</translation>
    </message>
    <message>
        <source>Save, lock and close SaferPlan</source>
        <translation>រក្សាទុក ចាក់សោ ហើយបិទ SaferPlan</translation>
    </message>
    <message>
        <source>Shift three times also hides</source>
        <translation>ចុច Shift បីដង ក៏លាក់ដែរ</translation>
    </message>
    <message>
        <source>Turn this off if your screen reader uses Shift. Esc twice and Hide still work.</source>
        <translation>សូមបិទជម្រើសនេះ បើកម្មវិធីអានអេក្រង់របស់អ្នកប្រើ Shift។ ការចុច Esc ពីរដង និងប៊ូតុង លាក់ នៅតែដំណើរការ។</translation>
    </message>
    <message>
        <source>The window shows this name. Choose something that draws no attention.</source>
        <translation>វីនដូបង្ហាញឈ្មោះនេះ។ សូមជ្រើសឈ្មោះដែលមិនទាក់ទាញការចាប់អារម្មណ៍។</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ(&amp;B)</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Plan %1</source>
        <translation>ផែនការ %1</translation>
    </message>
    <message>
        <source>Plan %1 · last changed %2</source>
        <translation>ផែនការ %1 · កែប្រែចុងក្រោយ %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>សូមស្វាគមន៍</translation>
    </message>
    <message>
        <source>Make a plan for staying safe, kept locked on this computer. Nothing is ever sent over the internet.</source>
        <translation>បង្កើតផែនការដើម្បីរក្សាសុវត្ថិភាព ដែលចាក់សោទុកនៅលើកុំព្យូទ័រនេះ។ មិនដែលផ្ញើអ្វីតាមអ៊ីនធឺណិតទេ។</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>&amp;Language: %1</source>
        <translation>ភាសា៖ %1(&amp;L)</translation>
    </message>
    <message>
        <source>Start a &amp;new plan</source>
        <translation>ចាប់ផ្ដើមផែនការថ្មី(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Guest session</source>
        <translation>វគ្គបណ្ដោះអាសន្ន(&amp;G)</translation>
    </message>
    <message>
        <source>Look at a &amp;sample plan</source>
        <translation>មើលផែនការគំរូ(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>ការកំណត់(&amp;T)</translation>
    </message>
    <message>
        <source>Your plan on this computer</source>
        <translation>ផែនការរបស់អ្នកនៅលើកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <source>Plans on this computer</source>
        <translation>ផែនការនៅលើកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <source>&amp;Open my plan</source>
        <translation>បើកផែនការរបស់ខ្ញុំ(&amp;O)</translation>
    </message>
    <message>
        <source>Open a file from another folder</source>
        <translation>បើកហ្វាយល៍ពីថតផ្សេង</translation>
    </message>
    <message>
        <source>Kept on this computer, locked with a passphrase you choose.</source>
        <translation>រក្សាទុកនៅលើកុំព្យូទ័រនេះ ចាក់សោដោយឃ្លាសម្ងាត់ដែលអ្នកជ្រើសរើស។</translation>
    </message>
    <message>
        <source>Nothing is saved on this computer. At the end you choose what to take with you: a locked file on your own USB stick, a printout, or nothing.</source>
        <translation>មិនរក្សាទុកអ្វីនៅលើកុំព្យូទ័រនេះទេ។ នៅចុងបញ្ចប់ អ្នកជ្រើសរើសថាត្រូវយកអ្វីទៅជាមួយ៖ ហ្វាយល៍ចាក់សោនៅលើ USB ផ្ទាល់ខ្លួនរបស់អ្នក ឯកសារបោះពុម្ព ឬគ្មានអ្វីសោះ។</translation>
    </message>
    <message>
        <source>A made-up plan to look around. Nothing is saved.</source>
        <translation>ផែនការសាកល្បង សម្រាប់មើលលេង។ មិនរក្សាទុកអ្វីទេ។</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>មុនពេលចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>What SaferPlan keeps, where, and what it cannot protect against.</source>
        <translation>អ្វីដែល SaferPlan រក្សាទុក រក្សាទុកនៅឯណា និងអ្វីដែលវាមិនអាចការពារបាន។</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The plan file could not be used.</source>
        <translation>មិនអាចប្រើហ្វាយល៍ផែនការបានទេ។</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is damaged.</source>
        <translation>ឃ្លាសម្ងាត់ខុស ឬហ្វាយល៍ខូច។</translation>
    </message>
    <message>
        <source>Wrong recovery code, or the file is damaged.</source>
        <translation>លេខកូដស្ដារខុស ឬហ្វាយល៍ខូច។</translation>
    </message>
    <message>
        <source>This plan file has no recovery code.</source>
        <translation>ហ្វាយល៍ផែនការនេះគ្មានលេខកូដស្ដារទេ។</translation>
    </message>
    <message>
        <source>This is not a plan file, or it was made by a newer version of the app.</source>
        <translation>នេះមិនមែនជាហ្វាយល៍ផែនការទេ ឬវាត្រូវបានបង្កើតដោយកម្មវិធីកំណែថ្មីជាង។</translation>
    </message>
    <message>
        <source>This file is not a plan file.</source>
        <translation>ហ្វាយល៍នេះមិនមែនជាហ្វាយល៍ផែនការទេ។</translation>
    </message>
    <message>
        <source>This plan file uses a method this version does not know.</source>
        <translation>ហ្វាយល៍ផែនការនេះប្រើវិធីសាស្ត្រមួយ ដែលកំណែនេះមិនស្គាល់។</translation>
    </message>
    <message>
        <source>This plan file was made by a newer version of the app. Update the app to open it.</source>
        <translation>ហ្វាយល៍ផែនការនេះ ត្រូវបានបង្កើតដោយកម្មវិធីកំណែថ្មីជាង។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី ដើម្បីបើកវា។</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of the app. It cannot be changed here. Nothing was changed.</source>
        <translation>ផែនការនេះត្រូវបានរក្សាទុកដោយកម្មវិធីកំណែថ្មីជាង។ មិនអាចកែប្រែវានៅទីនេះបានទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>This file asks for more memory or time than is safe on this computer, so it was not opened. It may be damaged.</source>
        <translation>ហ្វាយល៍នេះទាមទារអង្គចងចាំ ឬពេលវេលាច្រើនជាងកម្រិតដែលមានសុវត្ថិភាពនៅលើកុំព្យូទ័រនេះ ដូច្នេះវាមិនត្រូវបានបើកទេ។ វាប្រហែលជាខូច។</translation>
    </message>
    <message>
        <source>The plan inside this file could not be read. It may come from a newer version of the app.</source>
        <translation>មិនអាចអានផែនការក្នុងហ្វាយល៍នេះបានទេ។ វាប្រហែលជាមកពីកម្មវិធីកំណែថ្មីជាង។</translation>
    </message>
    <message>
        <source>This is a link or a special file, not a plan file.</source>
        <translation>នេះជាតំណភ្ជាប់ ឬហ្វាយល៍ពិសេស មិនមែនជាហ្វាយល៍ផែនការទេ។</translation>
    </message>
    <message>
        <source>This file is too large to be a plan file.</source>
        <translation>ហ្វាយល៍នេះធំពេក មិនអាចជាហ្វាយល៍ផែនការបានទេ។</translation>
    </message>
    <message>
        <source>The plan file was changed by another program since it was opened. Nothing was saved.</source>
        <translation>ហ្វាយល៍ផែនការត្រូវបានកែប្រែដោយកម្មវិធីផ្សេង តាំងពីពេលវាត្រូវបានបើក។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <source>This plan is open in another window. Close it there first.</source>
        <translation>ផែនការនេះកំពុងបើកនៅក្នុងផ្ទាំងផ្សេង។ សូមបិទវានៅទីនោះជាមុនសិន។</translation>
    </message>
    <message>
        <source>This plan&apos;s lock file is a link or a special file, so the plan was not used. Nothing was changed.</source>
        <translation>ហ្វាយល៍ចាក់សោរបស់ផែនការនេះ ជាតំណភ្ជាប់ ឬហ្វាយល៍ពិសេស ដូច្នេះផែនការមិនត្រូវបានប្រើទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The file could not be saved. The previous version is unchanged.</source>
        <translation>មិនអាចរក្សាទុកហ្វាយល៍បានទេ។ កំណែមុនមិនត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. The previous version is unchanged.</source>
        <translation>ថាសពេញ ដូច្នេះហ្វាយល៍មិនត្រូវបានរក្សាទុកទេ។ កំណែមុនមិនត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. The previous version is unchanged.</source>
        <translation>គ្មានការអនុញ្ញាតឲ្យសរសេរក្នុងថតនេះទេ។ កំណែមុនមិនត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was written.</source>
        <translation>មិនអាចសរសេរហ្វាយល៍បានទេ។ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written.</source>
        <translation>ថាសពេញ។ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. Nothing was written.</source>
        <translation>គ្មានការអនុញ្ញាតឲ្យសរសេរក្នុងថតនេះទេ។ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <source>The plan is too large to save. The previous version is unchanged.</source>
        <translation>ផែនការធំពេក មិនអាចរក្សាទុកបានទេ។ កំណែមុនមិនត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The file failed its check before saving, so it was not saved. The previous version is unchanged.</source>
        <translation>ហ្វាយល៍មិនបានឆ្លងការត្រួតពិនិត្យមុនពេលរក្សាទុក ដូច្នេះវាមិនត្រូវបានរក្សាទុកទេ។ កំណែមុនមិនត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The change did not finish. The plan file still opens as before; its backup already has the change.</source>
        <translation>ការផ្លាស់ប្ដូរមិនបានបញ្ចប់ទេ។ ហ្វាយល៍ផែនការនៅតែបើកបានដូចមុន។ ច្បាប់ចម្លងបម្រុងរបស់វាមានការផ្លាស់ប្ដូររួចហើយ។</translation>
    </message>
    <message>
        <source>The passphrase or recovery code was changed meanwhile. Nothing was changed.</source>
        <translation>ឃ្លាសម្ងាត់ ឬលេខកូដស្ដារ ត្រូវបានប្ដូរក្នុងពេលនោះ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The backup beside this older copy is newer. Changing the keys now would replace it, so nothing was changed. Open the newer backup first.</source>
        <translation>ច្បាប់ចម្លងបម្រុងដែលនៅក្បែរច្បាប់ចម្លងចាស់នេះ គឺថ្មីជាង។ បើប្ដូរឃ្លាសម្ងាត់ ឬលេខកូដស្ដារឥឡូវនេះ ច្បាប់ចម្លងបម្រុងនោះនឹងត្រូវជំនួស ដូច្នេះគ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ សូមបើកច្បាប់ចម្លងបម្រុងដែលថ្មីជាងនោះជាមុនសិន។</translation>
    </message>
    <message>
        <source>The plan is locked. Open it again to continue.</source>
        <translation>ផែនការត្រូវបានចាក់សោ។ សូមបើកវាម្ដងទៀត ដើម្បីបន្ត។</translation>
    </message>
    <message>
        <source>A file with this name already exists. Nothing was changed.</source>
        <translation>មានហ្វាយល៍ដែលមានឈ្មោះនេះរួចហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>មិនអាចអានហ្វាយល៍បានទេ។</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ហ្វាយល៍នេះមិនមានទេ។</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open your plan</source>
        <translation>បើកផែនការរបស់អ្នក</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>លេខកូដស្ដារ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Open the backup copy instead</source>
        <translation>បើកច្បាប់ចម្លងបម្រុងជំនួសវិញ</translation>
    </message>
    <message>
        <source>Opening your plan. This takes a moment.</source>
        <translation>កំពុងបើកផែនការរបស់អ្នក។ សូមរង់ចាំបន្តិច។</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>បើក(&amp;O)</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase</source>
        <translation>ប្រើឃ្លាសម្ងាត់របស់ខ្ញុំ(&amp;P)</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
        <translation>ប្រើលេខកូដស្ដារ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stop opening</source>
        <translation>ឈប់បើក(&amp;S)</translation>
    </message>
    <message>
        <source>Still opening your plan: %1 seconds so far. Some files take longer. You can stop at any time.</source>
        <translation>កំពុងបើកផែនការរបស់អ្នក៖ រហូតមកដល់ពេលនេះ %1 វិនាទី។ ហ្វាយល៍ខ្លះត្រូវការពេលយូរជាង។ អ្នកអាចឈប់បានគ្រប់ពេល។</translation>
    </message>
    <message>
        <source>Stopped. The plan was not opened.</source>
        <translation>បានឈប់។ ផែនការមិនត្រូវបានបើកទេ។</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>សូមវាយឃ្លាសម្ងាត់របស់អ្នកជាមុនសិន។</translation>
    </message>
    <message>
        <source>That recovery code did not open it — check it and try again.</source>
        <translation>លេខកូដស្ដារនោះមិនបានបើកវាទេ — សូមពិនិត្យវា ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again. If you are sure it is right, the file may be damaged: the backup copy, kept from the save before, may open.</source>
        <translation>ឃ្លាសម្ងាត់នោះមិនបានបើកវាទេ — សូមព្យាយាមម្ដងទៀត។ បើអ្នកប្រាកដថាវាត្រឹមត្រូវ ហ្វាយល៍ប្រហែលជាខូច៖ ច្បាប់ចម្លងបម្រុង ដែលរក្សាទុកពីការរក្សាទុកលើកមុន ប្រហែលជាអាចបើកបាន។</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again.</source>
        <translation>ឃ្លាសម្ងាត់នោះមិនបានបើកវាទេ — សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This plan is already open in another window. Close it there first, then try again.</source>
        <translation>ផែនការនេះកំពុងបើកនៅក្នុងវីនដូមួយផ្សេងទៀត។ សូមបិទវានៅទីនោះជាមុនសិន រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This file looks damaged, so it did not open. The backup copy, kept from the save before, may open.</source>
        <translation>ហ្វាយល៍នេះមើលទៅដូចជាខូច ដូច្នេះវាមិនបានបើកទេ។ ច្បាប់ចម្លងបម្រុង ដែលរក្សាទុកពីការរក្សាទុកលើកមុន ប្រហែលជាអាចបើកបាន។</translation>
    </message>
    <message>
        <source>The plan could not be opened. Nothing was changed.</source>
        <translation>មិនអាចបើកផែនការបានទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
</context>
<context>
    <name>WalkSidebar</name>
    <message>
        <source>Sections</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>ត្រូវនិយាយពេលក្រោយ</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} done ({answered} answered, {not_applicable} do not apply)</source>
        <translation>{title}
បានធ្វើ {done} នៃ {total} (បានឆ្លើយ {answered} មិនពាក់ព័ន្ធ {not_applicable})</translation>
    </message>
    <message>
        <source>{title}
{answered} of {total} answered</source>
        <translation>{title}
បានឆ្លើយ {answered} នៃ {total}</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <source>As listed in the guide in January 2020 — check before relying on it.</source>
        <comment>note</comment>
        <translation>តាមបញ្ជីក្នុងសៀវភៅណែនាំ ខែមករា ឆ្នាំ 2020 — សូមពិនិត្យមើលម្ដងទៀត មុនពេលពឹងផ្អែកលើវា។</translation>
    </message>
    <message>
        <source>Sex worker support</source>
        <comment>category.sex_work</comment>
        <translation>ការគាំទ្រអ្នកធ្វើការងារផ្លូវភេទ</translation>
    </message>
    <message>
        <source>Crisis and emergency lines</source>
        <comment>category.crisis</comment>
        <translation>ខ្សែទូរស័ព្ទពេលមានវិបត្តិ និងពេលអាសន្ន</translation>
    </message>
    <message>
        <source>Violence: support and shelters</source>
        <comment>category.violence</comment>
        <translation>អំពើហិង្សា៖ ការគាំទ្រ និងជម្រក</translation>
    </message>
    <message>
        <source>Health and social services</source>
        <comment>category.health</comment>
        <translation>សេវាសុខភាព និងសេវាសង្គម</translation>
    </message>
    <message>
        <source>Legal help</source>
        <comment>category.legal</comment>
        <translation>ជំនួយផ្នែកច្បាប់</translation>
    </message>
    <message>
        <source>Community legal clinics</source>
        <comment>category.legal_clinic</comment>
        <translation>មណ្ឌលជំនួយច្បាប់សហគមន៍</translation>
    </message>
    <message>
        <source>Work and labour rights</source>
        <comment>category.labour</comment>
        <translation>ការងារ និងសិទ្ធិពលករ</translation>
    </message>
    <message>
        <source>Immigration, migrant and refugee support</source>
        <comment>category.immigration</comment>
        <translation>ជំនួយសម្រាប់ជនអន្តោប្រវេសន៍ ជនចំណាកស្រុក និងជនភៀសខ្លួន</translation>
    </message>
    <message>
        <source>Other community services</source>
        <comment>category.community</comment>
        <translation>សេវាសហគមន៍ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Started by sex workers, social workers, and legal and health workers. 24/7 hotline, outreach, health and legal information, and urgent help if a migrant sex worker is arrested or detained. In Ontario and other cities.</source>
        <comment>butterfly.offers</comment>
        <translation>បង្កើតឡើងដោយអ្នកធ្វើការងារផ្លូវភេទ បុគ្គលិកសង្គមកិច្ច និងអ្នកធ្វើការផ្នែកច្បាប់ និងសុខភាព។ ខ្សែទូរស័ព្ទបន្ទាន់ 24/7 ការចុះជួបសហគមន៍ ព័ត៌មានសុខភាព និងច្បាប់ និងជំនួយបន្ទាន់ បើអ្នកធ្វើការងារផ្លូវភេទជាជនចំណាកស្រុក ត្រូវគេចាប់ខ្លួន ឬឃុំខ្លួន។ នៅអនតារីយ៉ូ និងទីក្រុងផ្សេងទៀត។</translation>
    </message>
    <message>
        <source>24/7 phone line for any woman facing abuse in Ontario: someone to talk to, information and referrals. About 200 languages.</source>
        <comment>assaulted-womens-helpline.offers</comment>
        <translation>ខ្សែទូរស័ព្ទ 24/7 សម្រាប់ស្ត្រីគ្រប់រូប ដែលជួបការរំលោភបំពាននៅអនតារីយ៉ូ៖ មានអ្នកនិយាយជាមួយ ព័ត៌មាន និងការបញ្ជូនបន្ត។ ប្រហែល 200 ភាសា។</translation>
    </message>
    <message>
        <source>A list of distress and crisis lines across Ontario, for emotional support, including when thinking about suicide.</source>
        <comment>distress-centres-ontario.offers</comment>
        <translation>បញ្ជីខ្សែទូរស័ព្ទជំនួយពេលមានទុក្ខព្រួយ និងវិបត្តិ នៅទូទាំងអនតារីយ៉ូ សម្រាប់ការគាំទ្រផ្លូវចិត្ត រួមទាំងពេលកំពុងគិតចង់សម្លាប់ខ្លួន។</translation>
    </message>
    <message>
        <source>Lawyers, counselling and interpreters in many languages for women who have faced violence, in Ontario.</source>
        <comment>barbra-schlifer-clinic.offers</comment>
        <translation>មេធាវី ការប្រឹក្សា និងអ្នកបកប្រែផ្ទាល់មាត់ជាច្រើនភាសា សម្រាប់ស្ត្រីដែលបានជួបអំពើហិង្សា នៅអនតារីយ៉ូ។</translation>
    </message>
    <message>
        <source>Money for urgent costs after a crime in Ontario, such as counselling or a funeral. After sexual or family violence or trafficking you can report to a community organisation instead of the police; for other crimes a police report is needed.</source>
        <comment>victim-quick-response.offers</comment>
        <translation>ប្រាក់សម្រាប់ចំណាយបន្ទាន់ ក្រោយពេលមានឧក្រិដ្ឋកម្មនៅអនតារីយ៉ូ ដូចជាការប្រឹក្សា ឬពិធីបុណ្យសព។ ក្រោយអំពើហិង្សាផ្លូវភេទ ឬហិង្សាក្នុងគ្រួសារ ឬការជួញដូរមនុស្ស អ្នកអាចរាយការណ៍ទៅអង្គការសហគមន៍ជំនួសប៉ូលិស។ សម្រាប់ឧក្រិដ្ឋកម្មផ្សេងទៀត ត្រូវការរបាយការណ៍ប៉ូលិស។</translation>
    </message>
    <message>
        <source>Ambulance and police. The police may come when you call.</source>
        <comment>emergency-911.offers</comment>
        <translation>រថយន្តសង្គ្រោះបន្ទាន់ និងប៉ូលិស។ ប៉ូលិសអាចនឹងមក ពេលអ្នកហៅ។</translation>
    </message>
    <message>
        <source>A website to find a shelter for women, and their children, who want to get away from violence or abuse.</source>
        <comment>sheltersafe.offers</comment>
        <translation>គេហទំព័រសម្រាប់រកជម្រកសម្រាប់ស្ត្រី និងកូនរបស់ពួកគេ ដែលចង់គេចចេញពីអំពើហិង្សា ឬការរំលោភបំពាន។</translation>
    </message>
    <message>
        <source>Finds a shelter bed in Toronto or tells you where there is space.</source>
        <comment>toronto-shelter-intake.offers</comment>
        <translation>រកគ្រែនៅជម្រកក្នុងតូរ៉ុនតូ ឬប្រាប់អ្នកថាកន្លែងណានៅមានកន្លែងទំនេរ។</translation>
    </message>
    <message>
        <source>Phone line open 24 hours and a website to find any kind of community or social service in Ontario.</source>
        <comment>211-ontario.offers</comment>
        <translation>ខ្សែទូរស័ព្ទបើក 24 ម៉ោង និងគេហទំព័រ សម្រាប់រកសេវាសហគមន៍ ឬសេវាសង្គមគ្រប់ប្រភេទនៅអនតារីយ៉ូ។</translation>
    </message>
    <message>
        <source>Free health advice from a registered nurse.</source>
        <comment>telehealth-ontario.offers</comment>
        <translation>ដំបូន្មានសុខភាពដោយឥតគិតថ្លៃ ពីគិលានុបដ្ឋាកដែលមានអាជ្ញាប័ណ្ណ។</translation>
    </message>
    <message>
        <source>24-hour phone line in French for women in Ontario facing abuse or sexual assault: support, information and referrals.</source>
        <comment>femaide.offers</comment>
        <translation>ខ្សែទូរស័ព្ទ 24 ម៉ោងជាភាសាបារាំង សម្រាប់ស្ត្រីនៅអនតារីយ៉ូ ដែលជួបការរំលោភបំពាន ឬការរំលោភផ្លូវភេទ៖ ការគាំទ្រ ព័ត៌មាន និងការបញ្ជូនបន្ត។</translation>
    </message>
    <message>
        <source>Free, confidential information on services for mental health, alcohol and drug use, and gambling in Ontario.</source>
        <comment>connexontario.offers</comment>
        <translation>ព័ត៌មានដោយឥតគិតថ្លៃ និងរក្សាការសម្ងាត់ អំពីសេវាសុខភាពផ្លូវចិត្ត ការប្រើគ្រឿងស្រវឹង និងគ្រឿងញៀន និងល្បែងស៊ីសង នៅអនតារីយ៉ូ។</translation>
    </message>
    <message>
        <source>Information on mental health services in Ontario, such as crisis lines, online counselling and emergency housing.</source>
        <comment>ementalhealth.offers</comment>
        <translation>ព័ត៌មានអំពីសេវាសុខភាពផ្លូវចិត្តនៅអនតារីយ៉ូ ដូចជាខ្សែទូរស័ព្ទពេលមានវិបត្តិ ការប្រឹក្សាតាមអនឡាញ និងកន្លែងស្នាក់នៅបន្ទាន់។</translation>
    </message>
    <message>
        <source>A list of mental health crisis services and their phone numbers across Ontario.</source>
        <comment>camh-crisis.offers</comment>
        <translation>បញ្ជីសេវាសុខភាពផ្លូវចិត្តពេលមានវិបត្តិ និងលេខទូរស័ព្ទរបស់ពួកគេ នៅទូទាំងអនតារីយ៉ូ។</translation>
    </message>
    <message>
        <source>Information on health services and resources in Ontario.</source>
        <comment>central-health-line.offers</comment>
        <translation>ព័ត៌មានអំពីសេវា និងធនធានសុខភាពនៅអនតារីយ៉ូ។</translation>
    </message>
    <message>
        <source>Doctors, nurse practitioners, social workers and others for people who often miss out on care, including people without status and people without a home.</source>
        <comment>community-health-centres.offers</comment>
        <translation>វេជ្ជបណ្ឌិត គិលានុបដ្ឋាកជំនាញ បុគ្គលិកសង្គមកិច្ច និងអ្នកផ្សេងទៀត សម្រាប់អ្នកដែលច្រើនតែមិនបានទទួលការថែទាំ រួមទាំងអ្នកគ្មានឯកសារស្នាក់នៅ និងអ្នកគ្មានផ្ទះសម្បែង។</translation>
    </message>
    <message>
        <source>Legal services for people in Ontario with a low income who qualify.</source>
        <comment>legal-aid-ontario.offers</comment>
        <translation>សេវាច្បាប់សម្រាប់អ្នកមានចំណូលទាបនៅអនតារីយ៉ូ ដែលមានលក្ខណៈសម្បត្តិគ្រប់គ្រាន់។</translation>
    </message>
    <message>
        <source>Legal help for refugee claimants in Toronto, Hamilton and Ottawa.</source>
        <comment>legal-aid-refugee-law-office.offers</comment>
        <translation>ជំនួយផ្នែកច្បាប់សម្រាប់អ្នកដាក់ពាក្យសុំសិទ្ធិជ្រកកោន នៅតូរ៉ុនតូ ហាមីលតុន និងអូតាវ៉ា។</translation>
    </message>
    <message>
        <source>Plain-language legal information in many languages and formats, and a list of community legal clinics in Ontario.</source>
        <comment>cleo.offers</comment>
        <translation>ព័ត៌មានច្បាប់ជាភាសាងាយយល់ ជាច្រើនភាសា និងទម្រង់ និងបញ្ជីមណ្ឌលជំនួយច្បាប់សហគមន៍នៅអនតារីយ៉ូ។</translation>
    </message>
    <message>
        <source>Legal information and referrals for women in Ontario facing violence.</source>
        <comment>owjn.offers</comment>
        <translation>ព័ត៌មានច្បាប់ និងការបញ្ជូនបន្ត សម្រាប់ស្ត្រីនៅអនតារីយ៉ូ ដែលកំពុងជួបអំពើហិង្សា។</translation>
    </message>
    <message>
        <source>Family lawyers in three offices in Ontario for people who qualify for legal aid.</source>
        <comment>family-law-offices.offers</comment>
        <translation>មេធាវីគ្រួសារនៅការិយាល័យបីក្នុងអនតារីយ៉ូ សម្រាប់អ្នកដែលមានលក្ខណៈសម្បត្តិទទួលជំនួយច្បាប់។</translation>
    </message>
    <message>
        <source>Online referral to a lawyer or paralegal in Ontario, with a free first consultation of up to 30 minutes.</source>
        <comment>lsuc-lawyer-referral.offers</comment>
        <translation>ការបញ្ជូនតាមអនឡាញទៅមេធាវី ឬជំនួយការច្បាប់ នៅអនតារីយ៉ូ ជាមួយការប្រឹក្សាលើកដំបូងដោយឥតគិតថ្លៃ រហូតដល់ 30 នាទី។</translation>
    </message>
    <message>
        <source>Local clinics for people with a low income in their area; some serve a particular culture or language.</source>
        <comment>community-legal-clinics.offers</comment>
        <translation>មណ្ឌលក្នុងតំបន់ សម្រាប់អ្នកមានចំណូលទាបនៅតំបន់របស់ពួកគេ។ មណ្ឌលខ្លះបម្រើវប្បធម៌ ឬភាសាជាក់លាក់មួយ។</translation>
    </message>
    <message>
        <source>Free legal help across Ontario for people with a low income who do not speak English, in Chinese, Vietnamese, Cambodian and Laotian communities.</source>
        <comment>csalc.offers</comment>
        <translation>ជំនួយផ្នែកច្បាប់ដោយឥតគិតថ្លៃ នៅទូទាំងអនតារីយ៉ូ សម្រាប់អ្នកមានចំណូលទាបដែលមិននិយាយភាសាអង់គ្លេស ក្នុងសហគមន៍ចិន វៀតណាម កម្ពុជា និងឡាវ។</translation>
    </message>
    <message>
        <source>Takes test cases to court to change unfair rules in federal and Ontario income support programs.</source>
        <comment>income-security-advocacy-centre.offers</comment>
        <translation>នាំករណីគំរូទៅតុលាការ ដើម្បីផ្លាស់ប្ដូរច្បាប់មិនយុត្តិធម៌ ក្នុងកម្មវិធីជំនួយចំណូលរបស់សហព័ន្ធ និងអនតារីយ៉ូ។</translation>
    </message>
    <message>
        <source>Legal help and information on social assistance, violence, mental health, immigration and refugee matters, work and housing.</source>
        <comment>parkdale-community-legal-services.offers</comment>
        <translation>ជំនួយ និងព័ត៌មានផ្នែកច្បាប់ អំពីជំនួយសង្គម អំពើហិង្សា សុខភាពផ្លូវចិត្ត រឿងអន្តោប្រវេសន៍ និងជនភៀសខ្លួន ការងារ និងលំនៅឋាន។</translation>
    </message>
    <message>
        <source>Legal help and information for people living with HIV in Ontario.</source>
        <comment>halco.offers</comment>
        <translation>ជំនួយ និងព័ត៌មានផ្នែកច្បាប់ សម្រាប់អ្នករស់នៅជាមួយមេរោគ HIV នៅអនតារីយ៉ូ។</translation>
    </message>
    <message>
        <source>Legal services for Black people in Ontario with a low income or no income.</source>
        <comment>black-legal-action-centre.offers</comment>
        <translation>សេវាច្បាប់សម្រាប់ជនស្បែកខ្មៅនៅអនតារីយ៉ូ ដែលមានចំណូលទាប ឬគ្មានចំណូល។</translation>
    </message>
    <message>
        <source>Legal advice, services and education for South Asian people in Ontario; also works on changing the law.</source>
        <comment>salc.offers</comment>
        <translation>ដំបូន្មាន សេវា និងការអប់រំផ្នែកច្បាប់ សម្រាប់ជនអាស៊ីខាងត្បូងនៅអនតារីយ៉ូ។ ក៏ធ្វើការដើម្បីផ្លាស់ប្ដូរច្បាប់ផងដែរ។</translation>
    </message>
    <message>
        <source>Support and lawyers for people with disabilities in Ontario.</source>
        <comment>arch-disability-law-centre.offers</comment>
        <translation>ការគាំទ្រ និងមេធាវី សម្រាប់ជនមានពិការភាពនៅអនតារីយ៉ូ។</translation>
    </message>
    <message>
        <source>Legal help in Spanish for Spanish-speaking people across Ontario.</source>
        <comment>spanish-speaking-legal-clinic.offers</comment>
        <translation>ជំនួយផ្នែកច្បាប់ជាភាសាអេស្ប៉ាញ សម្រាប់អ្នកនិយាយភាសាអេស្ប៉ាញ នៅទូទាំងអនតារីយ៉ូ។</translation>
    </message>
    <message>
        <source>Legal help for First Nations (with or without status), Métis and Inuit people in Ontario.</source>
        <comment>aboriginal-legal-services.offers</comment>
        <translation>ជំនួយផ្នែកច្បាប់សម្រាប់ជនជាតិដើមភាគតិចនៃប្រទេសកាណាដា (មាន ឬគ្មានឋានៈជាជនជាតិដើមតាមច្បាប់) ជនជាតិមេទីស និងជនជាតិអ៊ីនូអ៊ីត នៅអនតារីយ៉ូ។</translation>
    </message>
    <message>
        <source>Information on workers&apos; rights and support to stand up for them.</source>
        <comment>workers-action-centre.offers</comment>
        <translation>ព័ត៌មានអំពីសិទ្ធិពលករ និងការគាំទ្រ ដើម្បីតស៊ូទាមទារសិទ្ធិទាំងនោះ។</translation>
    </message>
    <message>
        <source>The Ontario government office that applies and enforces the Employment Standards Act, 2000.</source>
        <comment>ministry-of-labour.offers</comment>
        <translation>ការិយាល័យរដ្ឋាភិបាលអនតារីយ៉ូ ដែលអនុវត្ត និងពង្រឹងការអនុវត្តច្បាប់ស្ដីពីស្តង់ដារការងារ ឆ្នាំ 2000។</translation>
    </message>
    <message>
        <source>For sex workers in Toronto: sexual health, safety at work, workshops, legal information, counselling, advocacy and social time.</source>
        <comment>maggies.offers</comment>
        <translation>សម្រាប់អ្នកធ្វើការងារផ្លូវភេទនៅតូរ៉ុនតូ៖ សុខភាពផ្លូវភេទ សុវត្ថិភាពក្នុងការងារ សិក្ខាសាលា ព័ត៌មានច្បាប់ ការប្រឹក្សា ការតស៊ូមតិ និងពេលវេលាជួបជុំគ្នា។</translation>
    </message>
    <message>
        <source>Outreach and harm reduction support for sex workers who work on the street, in Hamilton.</source>
        <comment>swap-hamilton.offers</comment>
        <translation>ការចុះជួបសហគមន៍ និងការគាំទ្រកាត់បន្ថយគ្រោះថ្នាក់ សម្រាប់អ្នកធ្វើការងារផ្លូវភេទ ដែលធ្វើការតាមផ្លូវ នៅហាមីលតុន។</translation>
    </message>
    <message>
        <source>Harm reduction and first aid supplies, HIV and STI information, clothing, hygiene products, food, and peer support, in London.</source>
        <comment>safe-space-london.offers</comment>
        <translation>សម្ភារៈកាត់បន្ថយគ្រោះថ្នាក់ និងសម្ភារៈជំនួយបឋម ព័ត៌មានអំពី HIV និងជំងឺកាមរោគ សម្លៀកបំពាក់ សម្ភារៈអនាម័យ អាហារ និងការគាំទ្រពីអ្នកមានបទពិសោធន៍ដូចគ្នា នៅឡុងដ៍។</translation>
    </message>
    <message>
        <source>Peer support, education, advocacy and referrals for safer living and working conditions, in Sudbury.</source>
        <comment>swans-sudbury.offers</comment>
        <translation>ការគាំទ្រពីអ្នកមានបទពិសោធន៍ដូចគ្នា ការអប់រំ ការតស៊ូមតិ និងការបញ្ជូនបន្ត ដើម្បីលក្ខខណ្ឌរស់នៅ និងធ្វើការដែលមានសុវត្ថិភាពជាងមុន នៅសាដប៊ឺរី។</translation>
    </message>
    <message>
        <source>A network of community agencies that serve immigrants and refugees in Ontario.</source>
        <comment>ocasi.offers</comment>
        <translation>បណ្ដាញភ្នាក់ងារសហគមន៍ ដែលបម្រើជនអន្តោប្រវេសន៍ និងជនភៀសខ្លួននៅអនតារីយ៉ូ។</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education for newcomers in Ontario, and shelter for women and their children.</source>
        <comment>fcj-refugee-centre.offers</comment>
        <translation>ការការពារជនភៀសខ្លួន ជំនួយក្នុងការតាំងទីលំនៅ និងការអប់រំ សម្រាប់អ្នកមកដល់ថ្មីនៅអនតារីយ៉ូ និងជម្រកសម្រាប់ស្ត្រី និងកូនរបស់ពួកគេ។</translation>
    </message>
    <message>
        <source>Health care and community services in Toronto, including for newcomers, immigrants and refugees.</source>
        <comment>access-alliance.offers</comment>
        <translation>ការថែទាំសុខភាព និងសេវាសហគមន៍នៅតូរ៉ុនតូ រួមទាំងសម្រាប់អ្នកមកដល់ថ្មី ជនអន្តោប្រវេសន៍ និងជនភៀសខ្លួន។</translation>
    </message>
    <message>
        <source>Speaks up for the rights of migrant workers, in Ontario and across Canada.</source>
        <comment>migrant-workers-alliance.offers</comment>
        <translation>និយាយការពារសិទ្ធិរបស់ពលករចំណាកស្រុក នៅអនតារីយ៉ូ និងទូទាំងប្រទេសកាណាដា។</translation>
    </message>
    <message>
        <source>Information for newcomers about settling in.</source>
        <comment>settlement-org.offers</comment>
        <translation>ព័ត៌មានសម្រាប់អ្នកមកដល់ថ្មី អំពីការតាំងទីលំនៅ។</translation>
    </message>
    <message>
        <source>Campaigns for the freedom to move, return and stay in Canada; trains people without status and the people who work at services on their rights.</source>
        <comment>no-one-is-illegal.offers</comment>
        <translation>ធ្វើយុទ្ធនាការដើម្បីសេរីភាពក្នុងការធ្វើដំណើរ ការវិលត្រឡប់ និងការស្នាក់នៅក្នុងប្រទេសកាណាដា។ បណ្ដុះបណ្ដាលអ្នកគ្មានឯកសារស្នាក់នៅ និងអ្នកធ្វើការនៅសេវានានា អំពីសិទ្ធិរបស់ពួកគេ។</translation>
    </message>
    <message>
        <source>Campaigns for Ontario health insurance (OHIP) for everyone.</source>
        <comment>ohip-for-all.offers</comment>
        <translation>ធ្វើយុទ្ធនាការដើម្បីឲ្យមនុស្សគ្រប់គ្នាមានធានារ៉ាប់រងសុខភាពអនតារីយ៉ូ (OHIP)។</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education in Toronto, and shelter for women and their children.</source>
        <comment>st-stephens-community-house.offers</comment>
        <translation>ការការពារជនភៀសខ្លួន ជំនួយក្នុងការតាំងទីលំនៅ និងការអប់រំនៅតូរ៉ុនតូ និងជម្រកសម្រាប់ស្ត្រី និងកូនរបស់ពួកគេ។</translation>
    </message>
    <message>
        <source>LGBTQ2 programs and groups, a refugee support group, free short-term and drop-in counselling, and classes, in Toronto.</source>
        <comment>the-519.offers</comment>
        <translation>កម្មវិធី និងក្រុម LGBTQ2 ក្រុមគាំទ្រជនភៀសខ្លួន ការប្រឹក្សារយៈពេលខ្លី និងការប្រឹក្សាដោយមិនចាំបាច់ណាត់ជួប ដោយឥតគិតថ្លៃ និងថ្នាក់រៀន នៅតូរ៉ុនតូ។</translation>
    </message>
    <message>
        <source>Counselling and learning programs for children, youth and families with complex mental health or developmental needs.</source>
        <comment>skylark.offers</comment>
        <translation>កម្មវិធីប្រឹក្សា និងសិក្សា សម្រាប់កុមារ យុវជន និងគ្រួសារ ដែលមានតម្រូវការស្មុគស្មាញផ្នែកសុខភាពផ្លូវចិត្ត ឬការលូតលាស់។</translation>
    </message>
    <message>
        <source>Programs, education, harm reduction and case management for people in prison or out of prison who live with HIV or AIDS.</source>
        <comment>pasan.offers</comment>
        <translation>កម្មវិធី ការអប់រំ ការកាត់បន្ថយគ្រោះថ្នាក់ និងការគ្រប់គ្រងករណី សម្រាប់អ្នកនៅក្នុងពន្ធនាគារ ឬចេញពីពន្ធនាគារហើយ ដែលរស់នៅជាមួយ HIV ឬ AIDS។</translation>
    </message>
    <message>
        <source>Peer-led support around drug and alcohol use for LGBTQQ2SIA youth aged 16 to 29 in Toronto: drop-ins, case management and group counselling.</source>
        <comment>pieces-to-pathways.offers</comment>
        <translation>ការគាំទ្រដឹកនាំដោយអ្នកមានបទពិសោធន៍ដូចគ្នា អំពីការប្រើគ្រឿងញៀន និងគ្រឿងស្រវឹង សម្រាប់យុវជន LGBTQQ2SIA អាយុ 16 ដល់ 29 ឆ្នាំនៅតូរ៉ុនតូ៖ ការជួបដោយមិនចាំបាច់ណាត់ ការគ្រប់គ្រងករណី និងការប្រឹក្សាជាក្រុម។</translation>
    </message>
    <message>
        <source>An organisation of Chinese Canadians in Toronto working for equity, social justice and respect for diversity.</source>
        <comment>ccncto.offers</comment>
        <translation>អង្គការរបស់ជនជាតិកាណាដាដើមកំណើតចិននៅតូរ៉ុនតូ ដែលធ្វើការដើម្បីសមធម៌ យុត្តិធម៌សង្គម និងការគោរពភាពចម្រុះ។</translation>
    </message>
</context>
<context>
    <name>forms.release_plan</name>
    <message>
        <source>Release plan</source>
        <comment>form.title</comment>
        <translation>ផែនការដោះលែង</translation>
    </message>
    <message>
        <source>Support network and your rights</source>
        <comment>network.title</comment>
        <translation>បណ្ដាញគាំទ្រ និងសិទ្ធិរបស់អ្នក</translation>
    </message>
    <message>
        <source>People who know your rights and can speak up for you, found before you need them.</source>
        <comment>network.intro</comment>
        <translation>មនុស្សដែលដឹងពីសិទ្ធិរបស់អ្នក ហើយអាចនិយាយការពារអ្នកបាន ដែលរកឃើញមុនពេលអ្នកត្រូវការពួកគេ។</translation>
    </message>
    <message>
        <source>Is there a community legal clinic you could contact?</source>
        <comment>r_legal_clinic.text</comment>
        <translation>តើមានមណ្ឌលជំនួយច្បាប់សហគមន៍ណាមួយ ដែលអ្នកអាចទាក់ទងបានទេ?</translation>
    </message>
    <message>
        <source>A legal clinic can tell you your rights, and help you find a lawyer.</source>
        <comment>r_legal_clinic.why</comment>
        <translation>មណ្ឌលជំនួយច្បាប់ អាចប្រាប់អ្នកពីសិទ្ធិរបស់អ្នក និងជួយអ្នករកមេធាវី។</translation>
    </message>
    <message>
        <source>A legal clinic gives free legal information and help. Some help people without status.</source>
        <comment>r_legal_clinic.help</comment>
        <translation>មណ្ឌលជំនួយច្បាប់ ផ្ដល់ព័ត៌មាន និងជំនួយផ្នែកច្បាប់ដោយឥតគិតថ្លៃ។ មណ្ឌលខ្លះជួយអ្នកគ្មានឯកសារស្នាក់នៅផងដែរ។</translation>
    </message>
    <message>
        <source>Do you know an immigration lawyer you trust? Or someone who would call one for you?</source>
        <comment>r_lawyer.text</comment>
        <translation>តើអ្នកស្គាល់មេធាវីអន្តោប្រវេសន៍ដែលអ្នកទុកចិត្តទេ? ឬនរណាម្នាក់ដែលនឹងហៅមេធាវីឲ្យអ្នក?</translation>
    </message>
    <message>
        <source>Help comes much faster if you already know a lawyer before you need one.</source>
        <comment>r_lawyer.why</comment>
        <translation>ជំនួយមកដល់លឿនជាងច្រើន បើអ្នកស្គាល់មេធាវីរួចហើយ មុនពេលអ្នកត្រូវការ។</translation>
    </message>
    <message>
        <source>An immigration lawyer helps with your status, detention and removal from Canada.</source>
        <comment>r_lawyer.help</comment>
        <translation>មេធាវីអន្តោប្រវេសន៍ ជួយរឿងស្ថានភាពអន្តោប្រវេសន៍ ការឃុំខ្លួន និងការបណ្ដេញចេញពីប្រទេសកាណាដា។</translation>
    </message>
    <message>
        <source>Do you know a criminal lawyer? Or someone who would call one for you?</source>
        <comment>r_lawyer_criminal.text</comment>
        <translation>តើអ្នកស្គាល់មេធាវីព្រហ្មទណ្ឌទេ? ឬនរណាម្នាក់ដែលនឹងហៅមេធាវីឲ្យអ្នក?</translation>
    </message>
    <message>
        <source>If the police charge you, a criminal lawyer protects your rights from the start.</source>
        <comment>r_lawyer_criminal.why</comment>
        <translation>បើប៉ូលិសចោទប្រកាន់អ្នក មេធាវីព្រហ្មទណ្ឌការពារសិទ្ធិរបស់អ្នកតាំងពីដំបូង។</translation>
    </message>
    <message>
        <source>A criminal lawyer helps when the police say you broke a law.</source>
        <comment>r_lawyer_criminal.help</comment>
        <translation>មេធាវីព្រហ្មទណ្ឌ ជួយពេលប៉ូលិសថាអ្នកបានល្មើសច្បាប់។</translation>
    </message>
    <message>
        <source>If you have children, do you know a family lawyer?</source>
        <comment>r_lawyer_family.text</comment>
        <translation>បើអ្នកមានកូន តើអ្នកស្គាល់មេធាវីគ្រួសារទេ?</translation>
    </message>
    <message>
        <source>Detention can affect who looks after your children. A family lawyer can help protect your rights as a parent.</source>
        <comment>r_lawyer_family.why</comment>
        <translation>ការឃុំខ្លួន អាចប៉ះពាល់ដល់ការសម្រេចថាអ្នកណាមើលថែកូនរបស់អ្នក។ មេធាវីគ្រួសារ អាចជួយការពារសិទ្ធិរបស់អ្នកជាឪពុកម្ដាយ។</translation>
    </message>
    <message>
        <source>A family lawyer helps with children, custody and separation.</source>
        <comment>r_lawyer_family.help</comment>
        <translation>មេធាវីគ្រួសារ ជួយរឿងកូន សិទ្ធិថែរក្សាកូន និងការបែកគ្នា។</translation>
    </message>
    <message>
        <source>How much do you know about your rights with police and immigration officers?</source>
        <comment>r_rights.text</comment>
        <translation>តើអ្នកដឹងច្រើនប៉ុណ្ណាអំពីសិទ្ធិរបស់អ្នក ពេលជួបប៉ូលិស និងមន្ត្រីអន្តោប្រវេសន៍?</translation>
    </message>
    <message>
        <source>Knowing your rights can lower your risk of being detained.</source>
        <comment>r_rights.why</comment>
        <translation>ការដឹងពីសិទ្ធិរបស់អ្នក អាចកាត់បន្ថយហានិភ័យនៃការត្រូវគេឃុំខ្លួន។</translation>
    </message>
    <message>
        <source>Legal clinics and sex worker groups share this information, sometimes in other languages.</source>
        <comment>r_rights.help</comment>
        <translation>មណ្ឌលជំនួយច្បាប់ និងក្រុមអ្នកធ្វើការងារផ្លូវភេទ ចែករំលែកព័ត៌មាននេះ ពេលខ្លះជាភាសាផ្សេងៗ។</translation>
    </message>
    <message>
        <source>I know my rights well</source>
        <comment>r_rights.option.well</comment>
        <translation>ខ្ញុំដឹងច្បាស់ពីសិទ្ធិរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>I know some things</source>
        <comment>r_rights.option.some</comment>
        <translation>ខ្ញុំដឹងខ្លះៗ</translation>
    </message>
    <message>
        <source>I would like to learn more</source>
        <comment>r_rights.option.learn_more</comment>
        <translation>ខ្ញុំចង់រៀនបន្ថែម</translation>
    </message>
    <message>
        <source>Is there a community support worker or organisation you trust?</source>
        <comment>r_support_worker.text</comment>
        <translation>តើមានបុគ្គលិកគាំទ្រក្នុងសហគមន៍ ឬអង្គការណាមួយ ដែលអ្នកទុកចិត្តទេ?</translation>
    </message>
    <message>
        <source>They can help with many needs, contact lawyers for you, and support your release.</source>
        <comment>r_support_worker.why</comment>
        <translation>ពួកគេអាចជួយរឿងជាច្រើន ទាក់ទងមេធាវីឲ្យអ្នក និងគាំទ្រការដោះលែងអ្នក។</translation>
    </message>
    <message>
        <source>Who is a person you really trust, who would speak up for you if you were detained?</source>
        <comment>r_advocate.text</comment>
        <translation>តើនរណាជាមនុស្សដែលអ្នកទុកចិត្តពិតៗ ដែលនឹងនិយាយការពារអ្នក បើអ្នកត្រូវគេឃុំខ្លួន?</translation>
    </message>
    <message>
        <source>Someone on the outside can call people and push for your release.</source>
        <comment>r_advocate.why</comment>
        <translation>មនុស្សម្នាក់នៅខាងក្រៅ អាចហៅទូរស័ព្ទទៅមនុស្ស និងជំរុញឲ្យមានការដោះលែងអ្នក។</translation>
    </message>
    <message>
        <source>This can be a partner, a friend or a co-worker. A first name is enough.</source>
        <comment>r_advocate.help</comment>
        <translation>អាចជាដៃគូ មិត្តភក្ដិ ឬមិត្តរួមការងារ។ ឈ្មោះដំបូង គឺគ្រប់គ្រាន់ហើយ។</translation>
    </message>
    <message>
        <source>Getting released at a detention review</source>
        <comment>release.title</comment>
        <translation>ការបានដោះលែងនៅសវនាការពិនិត្យឡើងវិញលើការឃុំខ្លួន</translation>
    </message>
    <message>
        <source>Once detained, you can talk to very few people. What you set up now helps you later.</source>
        <comment>release.intro</comment>
        <translation>ពេលត្រូវគេឃុំខ្លួនហើយ អ្នកអាចនិយាយជាមួយមនុស្សតិចតួចណាស់។ អ្វីដែលអ្នករៀបចំឥឡូវនេះ ជួយអ្នកនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <source>If you were detained, what would matter most to you?</source>
        <comment>r_wishes.text</comment>
        <translation>បើអ្នកត្រូវគេឃុំខ្លួន តើអ្វីដែលសំខាន់បំផុតសម្រាប់អ្នក?</translation>
    </message>
    <message>
        <source>Your lawyer and supporters should follow your wishes. Telling them now makes that easier.</source>
        <comment>r_wishes.why</comment>
        <translation>មេធាវី និងអ្នកគាំទ្ររបស់អ្នក គួរធ្វើតាមបំណងរបស់អ្នក។ ការប្រាប់ពួកគេឥឡូវនេះ ធ្វើឲ្យរឿងនោះងាយស្រួលជាង។</translation>
    </message>
    <message>
        <source>Staying in Canada, even if it takes time</source>
        <comment>r_wishes.example1</comment>
        <translation>ស្នាក់នៅប្រទេសកាណាដា ទោះបីត្រូវចំណាយពេលក៏ដោយ</translation>
    </message>
    <message>
        <source>Getting out quickly, even if it means leaving Canada</source>
        <comment>r_wishes.example2</comment>
        <translation>ចេញបានលឿន ទោះបីត្រូវចាកចេញពីប្រទេសកាណាដាក៏ដោយ</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <comment>r_wishes.example3</comment>
        <translation>ខ្ញុំមិនទាន់ដឹងនៅឡើយទេ</translation>
    </message>
    <message>
        <source>Have you talked about this plan with someone you trust?</source>
        <comment>r_talked_plan.text</comment>
        <translation>តើអ្នកបាននិយាយអំពីផែនការនេះ ជាមួយមនុស្សដែលអ្នកទុកចិត្តហើយឬនៅ?</translation>
    </message>
    <message>
        <source>Once you are detained, your things are taken and you can call very few people.</source>
        <comment>r_talked_plan.why</comment>
        <translation>ពេលអ្នកត្រូវគេឃុំខ្លួនហើយ របស់របររបស់អ្នកត្រូវគេយក ហើយអ្នកអាចហៅទៅមនុស្សតិចតួចណាស់។</translation>
    </message>
    <message>
        <source>Who could be your bond person?</source>
        <comment>r_bond_person.text</comment>
        <translation>តើនរណាអាចធ្វើជាអ្នកធានារបស់អ្នក?</translation>
    </message>
    <message>
        <source>A bond person is often what makes release possible.</source>
        <comment>r_bond_person.why</comment>
        <translation>អ្នកធានា ច្រើនតែជាអ្វីដែលធ្វើឲ្យការដោះលែងអាចកើតឡើង។</translation>
    </message>
    <message>
        <source>Knowing the amount helps you and your lawyer prepare the hearing.</source>
        <comment>r_bond_amount.why</comment>
        <translation>ការដឹងពីចំនួនប្រាក់ ជួយអ្នក និងមេធាវីរបស់អ្នក រៀបចំសវនាការ។</translation>
    </message>
    <message>
        <source>Who could come to the hearing and speak for you?</source>
        <comment>r_hearing_witness.text</comment>
        <translation>តើនរណាអាចមកសវនាការ ហើយនិយាយជំនួសអ្នក?</translation>
    </message>
    <message>
        <source>People who know you show that you have ties to the community here.</source>
        <comment>r_hearing_witness.why</comment>
        <translation>មនុស្សដែលស្គាល់អ្នក បង្ហាញថាអ្នកមានទំនាក់ទំនងជាមួយសហគមន៍នៅទីនេះ។</translation>
    </message>
    <message>
        <source>A plan for what happens if immigration officers, or the police for immigration reasons, detain you. If you are charged with a crime, see the question about a criminal lawyer, and legal help in the directory. If you are detained, your phone and your things are taken, and it is hard to reach people. What you set up now makes release more likely, and keeps the things you care about looked after. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>ផែនការសម្រាប់អ្វីដែលកើតឡើង បើមន្ត្រីអន្តោប្រវេសន៍ ឬប៉ូលិសដោយហេតុផលអន្តោប្រវេសន៍ ឃុំខ្លួនអ្នក។ បើអ្នកត្រូវគេចោទប្រកាន់ពីបទឧក្រិដ្ឋ សូមមើលសំណួរអំពីមេធាវីព្រហ្មទណ្ឌ និងជំនួយផ្នែកច្បាប់ក្នុងបញ្ជីសេវា។ បើអ្នកត្រូវគេឃុំខ្លួន គេនឹងយកទូរស័ព្ទ និងរបស់របររបស់អ្នក ហើយវាពិបាកទាក់ទងមនុស្ស។ អ្វីដែលអ្នករៀបចំឥឡូវនេះ ធ្វើឲ្យអ្នកមានឱកាសត្រូវបានដោះលែងកាន់តែច្រើន ហើយធ្វើឲ្យអ្វីៗដែលអ្នកយកចិត្តទុកដាក់ មាននរណាមើលថែ។ អ្នកអាចរំលងសំណួរណាមួយ ឬត្រឡប់មកវាវិញពេលក្រោយ។</translation>
    </message>
    <message>
        <source>This plan is mostly about immigration detention. If the police charge you with a crime, a criminal court decides on bail.</source>
        <comment>r_lawyer_criminal.legal1</comment>
        <translation>ផែនការនេះភាគច្រើនគឺអំពីការឃុំខ្លួនដោយអន្តោប្រវេសន៍។ បើប៉ូលិសចោទប្រកាន់អ្នកពីបទឧក្រិដ្ឋ តុលាការព្រហ្មទណ្ឌជាអ្នកសម្រេចលើការដោះលែងដោយមានការធានា។</translation>
    </message>
    <message>
        <source>If the police keep you after an arrest, you should see a justice within 24 hours, usually for a bail hearing.</source>
        <comment>r_lawyer_criminal.legal2</comment>
        <translation>បើប៉ូលិសឃុំអ្នកក្រោយពេលចាប់ខ្លួន អ្នកគួរតែបានជួបចៅក្រមក្នុងរយៈពេល 24 ម៉ោង ជាធម្មតាសម្រាប់សវនាការដោះលែងដោយមានការធានា។</translation>
    </message>
    <message>
        <source>A surety is like a bond person in criminal court: someone who promises money and supervises you.</source>
        <comment>r_lawyer_criminal.legal3</comment>
        <translation>នៅតុលាការព្រហ្មទណ្ឌ ក៏មានអ្នកធានាដែរ៖ គឺជាអ្នកដែលសន្យាប្រាក់ ហើយតាមដានមើលអ្នក។</translation>
    </message>
    <message>
        <source>Duty counsel at the court, a criminal lawyer or Legal Aid Ontario can help. A charge can also affect your immigration status.</source>
        <comment>r_lawyer_criminal.legal4</comment>
        <translation>មេធាវីប្រចាំនៅតុលាការ មេធាវីព្រហ្មទណ្ឌ ឬ Legal Aid Ontario អាចជួយបាន។ ការចោទប្រកាន់ក៏អាចប៉ះពាល់ដល់ស្ថានភាពអន្តោប្រវេសន៍របស់អ្នកដែរ។</translation>
    </message>
    <message>
        <source>If police or immigration officers arrest or detain you, you have the right to be told why, and to talk to a lawyer without delay.</source>
        <comment>r_rights.legal1</comment>
        <translation>បើប៉ូលិស ឬមន្ត្រីអន្តោប្រវេសន៍ចាប់ខ្លួន ឬឃុំខ្លួនអ្នក អ្នកមានសិទ្ធិដឹងពីមូលហេតុ និងនិយាយជាមួយមេធាវីភ្លាមៗ។</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge.</source>
        <comment>r_rights.legal2</comment>
        <translation>នៅសវនាការអន្តោប្រវេសន៍ អ្នកមានសិទ្ធិមានអ្នកបកប្រែផ្ទាល់មាត់ ដោយឥតគិតថ្លៃ។</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Say only what you are fine with officers hearing.</source>
        <comment>r_rights.legal3</comment>
        <translation>ការហៅទូរស័ព្ទពីកន្លែងឃុំខ្លួន អាចមិនមានលក្ខណៈឯកជនទេ។ សូមនិយាយតែអ្វីដែលអ្នកមិនខ្វល់ បើមន្ត្រីឮ។</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low.</source>
        <comment>r_rights.legal4</comment>
        <translation>Legal Aid Ontario អាចបង់ថ្លៃមេធាវីឲ្យអ្នក បើអ្នកមានចំណូលទាប។</translation>
    </message>
    <message>
        <source>Would you like to find out if Legal Aid Ontario could pay for a lawyer for you?</source>
        <comment>r_legal_aid.text</comment>
        <translation>តើអ្នកចង់ដឹងទេថា Legal Aid Ontario អាចបង់ថ្លៃមេធាវីឲ្យអ្នកបានឬអត់?</translation>
    </message>
    <message>
        <source>A lawyer at a detention review can make release more likely. You may not have to pay.</source>
        <comment>r_legal_aid.why</comment>
        <translation>មេធាវីនៅសវនាការពិនិត្យឡើងវិញលើការឃុំខ្លួន អាចធ្វើឲ្យអ្នកមានឱកាសត្រូវបានដោះលែងកាន់តែច្រើន។ អ្នកប្រហែលជាមិនចាំបាច់បង់ប្រាក់ទេ។</translation>
    </message>
    <message>
        <source>A community legal clinic can help you apply.</source>
        <comment>r_legal_aid.help</comment>
        <translation>មណ្ឌលជំនួយច្បាប់សហគមន៍ អាចជួយអ្នកដាក់ពាក្យសុំ។</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low, including for some immigration and detention cases.</source>
        <comment>r_legal_aid.legal1</comment>
        <translation>Legal Aid Ontario អាចបង់ថ្លៃមេធាវីឲ្យអ្នក បើអ្នកមានចំណូលទាប រួមទាំងសម្រាប់ករណីអន្តោប្រវេសន៍ និងការឃុំខ្លួនខ្លះផងដែរ។</translation>
    </message>
    <message>
        <source>Someone who knows you well, who may pay or promise money of their own so you can be released.</source>
        <comment>r_bond_person.help</comment>
        <translation>អ្នកដែលស្គាល់អ្នកច្បាស់ ហើយអាចបង់ ឬសន្យាប្រាក់ផ្ទាល់ខ្លួនរបស់គេ ដើម្បីឲ្យអ្នកត្រូវបានដោះលែង។</translation>
    </message>
    <message>
        <source>A bond person must be 18 or older and live in Canada. They should know you well, and come forward freely.</source>
        <comment>r_bond_person.legal1</comment>
        <translation>អ្នកធានាត្រូវមានអាយុ 18 ឆ្នាំឡើងទៅ ហើយរស់នៅប្រទេសកាណាដា។ គេគួរស្គាល់អ្នកច្បាស់ ហើយស្ម័គ្រចិត្តធ្វើជាអ្នកធានាដោយសេរី។</translation>
    </message>
    <message>
        <source>To give a guarantee (a promise to pay), they must be a Canadian citizen or permanent resident.</source>
        <comment>r_bond_person.legal2</comment>
        <translation>ដើម្បីផ្ដល់ការធានា (ការសន្យាថានឹងបង់) គេត្រូវតែជាពលរដ្ឋកាណាដា ឬអ្នករស់នៅអចិន្ត្រៃយ៍។</translation>
    </message>
    <message>
        <source>The money must be the bond person&apos;s own money, not yours. No one may be paid to be a bond person.</source>
        <comment>r_bond_person.legal3</comment>
        <translation>ប្រាក់នោះត្រូវតែជាប្រាក់ផ្ទាល់ខ្លួនរបស់អ្នកធានា មិនមែនរបស់អ្នកទេ។ គ្មាននរណាម្នាក់អាចទទួលប្រាក់ ដើម្បីធ្វើជាអ្នកធានាបានទេ។</translation>
    </message>
    <message>
        <source>They may be asked questions at the hearing, for example how well they know you and how they will supervise you.</source>
        <comment>r_bond_person.legal4</comment>
        <translation>គេអាចត្រូវបានសួរសំណួរនៅសវនាការ ឧទាហរណ៍ គេស្គាល់អ្នកច្បាស់ប៉ុណ្ណា និងគេនឹងតាមដានមើលអ្នកយ៉ាងដូចម្ដេច។</translation>
    </message>
    <message>
        <source>They must tell the CBSA if you break a condition of your release. If they do not, they can lose the money.</source>
        <comment>r_bond_person.legal5</comment>
        <translation>គេត្រូវតែប្រាប់ CBSA បើអ្នកមិនគោរពលក្ខខណ្ឌណាមួយនៃការដោះលែងរបស់អ្នក។ បើគេមិនប្រាប់ទេ គេអាចបាត់បង់ប្រាក់នោះ។</translation>
    </message>
    <message>
        <source>If no one can be your bond person, a supervision program may act instead (in Toronto in 2020, the Toronto Bail Program).</source>
        <comment>r_bond_person.legal6</comment>
        <translation>បើគ្មាននរណាអាចធ្វើជាអ្នកធានារបស់អ្នកបានទេ កម្មវិធីតាមដានមួយអាចជួយជំនួសបាន (នៅតូរ៉ុនតូ ក្នុងឆ្នាំ 2020 គឺ Toronto Bail Program)។</translation>
    </message>
    <message>
        <source>How much of their own money could your bond person pay or promise, if needed?</source>
        <comment>r_bond_amount.text</comment>
        <translation>តើអ្នកធានារបស់អ្នក អាចបង់ ឬសន្យាប្រាក់ផ្ទាល់ខ្លួនរបស់គេបានប៉ុន្មាន បើចាំបាច់?</translation>
    </message>
    <message>
        <source>This is called a bond (immigration bail). It is the bond person&apos;s money, not yours.</source>
        <comment>r_bond_amount.help</comment>
        <translation>នេះហៅថា ប្រាក់ធានា (ការធានាឲ្យនៅក្រៅឃុំ)។ វាជាប្រាក់របស់អ្នកធានា មិនមែនរបស់អ្នកទេ។</translation>
    </message>
    <message>
        <source>A deposit (cash bond) is paid before release. It can be returned at the end if all the conditions were kept.</source>
        <comment>r_bond_amount.legal1</comment>
        <translation>ប្រាក់កក់ (ប្រាក់ធានាជាសាច់ប្រាក់) ត្រូវបង់មុនពេលដោះលែង។ វាអាចត្រូវបានប្រគល់ឲ្យវិញនៅចុងបញ្ចប់ បើលក្ខខណ្ឌទាំងអស់ត្រូវបានគោរព។</translation>
    </message>
    <message>
        <source>A guarantee (performance bond) is a promise to pay if a condition is broken. The bond person must show they could pay.</source>
        <comment>r_bond_amount.legal2</comment>
        <translation>ការធានាដោយសន្យា គឺជាការសន្យាថានឹងបង់ប្រាក់ បើមានលក្ខខណ្ឌណាមួយមិនត្រូវបានគោរព។ អ្នកធានាត្រូវបង្ហាញថា គេអាចបង់បាន។</translation>
    </message>
    <message>
        <source>The member at the hearing decides the amount, and may ask for both.</source>
        <comment>r_bond_amount.legal3</comment>
        <translation>សមាជិកនៅសវនាការ ជាអ្នកសម្រេចចំនួនប្រាក់ ហើយអាចស្នើសុំទាំងពីរយ៉ាង។</translation>
    </message>
    <message>
        <source>Does your bond person know they may need to come to a hearing within two days of your detention?</source>
        <comment>r_bond_ready.text</comment>
        <translation>តើអ្នកធានារបស់អ្នក ដឹងទេថា គេប្រហែលជាត្រូវមកសវនាការ ក្នុងរយៈពេលពីរថ្ងៃ បន្ទាប់ពីអ្នកត្រូវគេឃុំខ្លួន?</translation>
    </message>
    <message>
        <source>If they are not ready for the first review, the next chance may be a week or a month later.</source>
        <comment>r_bond_ready.why</comment>
        <translation>បើគេមិនទាន់ត្រៀមខ្លួនសម្រាប់សវនាការលើកដំបូង ឱកាសបន្ទាប់អាចនៅមួយសប្ដាហ៍ ឬមួយខែក្រោយ។</translation>
    </message>
    <message>
        <source>They can prepare now: ID, proof of their status, and proof of their own money and address.</source>
        <comment>r_bond_ready.help</comment>
        <translation>គេអាចរៀបចំឥឡូវនេះ៖ អត្តសញ្ញាណប័ណ្ណ ភស្តុតាងនៃស្ថានភាពរបស់គេ និងភស្តុតាងនៃប្រាក់ផ្ទាល់ខ្លួន និងអាសយដ្ឋានរបស់គេ។</translation>
    </message>
    <message>
        <source>The first detention review is held within 48 hours of detention, or soon after.</source>
        <comment>r_bond_ready.legal1</comment>
        <translation>សវនាការពិនិត្យឡើងវិញលើការឃុំខ្លួនលើកដំបូង ធ្វើឡើងក្នុងរយៈពេល 48 ម៉ោង បន្ទាប់ពីការឃុំខ្លួន ឬបន្តិចក្រោយនោះ។</translation>
    </message>
    <message>
        <source>If you are not released, the next review is within 7 days, then at least once every 30 days.</source>
        <comment>r_bond_ready.legal2</comment>
        <translation>បើអ្នកមិនត្រូវបានដោះលែងទេ សវនាការបន្ទាប់ធ្វើឡើងក្នុងរយៈពេល 7 ថ្ងៃ បន្ទាប់មកយ៉ាងហោចណាស់ម្ដងរៀងរាល់ 30 ថ្ងៃ។</translation>
    </message>
    <message>
        <source>A bond person who is not ready for the first review may have to wait a week or a month for the next one.</source>
        <comment>r_bond_ready.legal3</comment>
        <translation>អ្នកធានាដែលមិនទាន់ត្រៀមខ្លួនសម្រាប់សវនាការលើកដំបូង អាចត្រូវរង់ចាំមួយសប្ដាហ៍ ឬមួយខែ សម្រាប់សវនាការបន្ទាប់។</translation>
    </message>
    <message>
        <source>A lawyer can ask for an earlier review if there are new facts, for example a bond person who is now ready.</source>
        <comment>r_bond_ready.legal4</comment>
        <translation>មេធាវីអាចស្នើសុំសវនាការឲ្យបានឆាប់ជាងនេះ បើមានព័ត៌មានថ្មី ឧទាហរណ៍ អ្នកធានាដែលឥឡូវនេះត្រៀមខ្លួនរួចហើយ។</translation>
    </message>
    <message>
        <source>A witness says how they know you and how they will support you.</source>
        <comment>r_hearing_witness.help</comment>
        <translation>សាក្សីប្រាប់ថា គេស្គាល់អ្នកយ៉ាងដូចម្ដេច និងគេនឹងគាំទ្រអ្នកយ៉ាងដូចម្ដេច។</translation>
    </message>
    <message>
        <source>At a detention review, a member of the Immigration and Refugee Board decides if you can be released, and on what conditions.</source>
        <comment>r_hearing_witness.legal1</comment>
        <translation>នៅសវនាការពិនិត្យឡើងវិញលើការឃុំខ្លួន សមាជិកម្នាក់នៃគណៈកម្មការអន្តោប្រវេសន៍ និងជនភៀសខ្លួន (IRB) សម្រេចថា តើអ្នកអាចត្រូវបានដោះលែងឬទេ និងដោយលក្ខខណ្ឌអ្វីខ្លះ។</translation>
    </message>
    <message>
        <source>Where would you stay if you are released? Add the person or the shelter, with the address.</source>
        <comment>r_release_address.text</comment>
        <translation>តើអ្នកនឹងស្នាក់នៅឯណា បើអ្នកត្រូវបានដោះលែង? សូមបន្ថែមមនុស្ស ឬជម្រក ជាមួយអាសយដ្ឋាន។</translation>
    </message>
    <message>
        <source>Talk with them now, because it is hard to reach out once you are detained.</source>
        <comment>r_release_address.why</comment>
        <translation>សូមនិយាយជាមួយគេឥឡូវនេះ ព្រោះពេលអ្នកត្រូវគេឃុំខ្លួនហើយ វាពិបាកទាក់ទងអ្នកដទៃ។</translation>
    </message>
    <message>
        <source>In the list of people, you can add an address to a person or a shelter.</source>
        <comment>r_release_address.help</comment>
        <translation>ក្នុងបញ្ជីមនុស្ស អ្នកអាចបន្ថែមអាសយដ្ឋានឲ្យមនុស្សម្នាក់ ឬជម្រកមួយ។</translation>
    </message>
    <message>
        <source>At a detention review you are asked where you will live if you are released.</source>
        <comment>r_release_address.legal1</comment>
        <translation>នៅសវនាការពិនិត្យឡើងវិញលើការឃុំខ្លួន គេនឹងសួរអ្នកថា អ្នកនឹងរស់នៅឯណា បើអ្នកត្រូវបានដោះលែង។</translation>
    </message>
    <message>
        <source>Staying with your bond person often counts for more than a shelter, but a shelter may be accepted.</source>
        <comment>r_release_address.legal2</comment>
        <translation>ការស្នាក់នៅជាមួយអ្នកធានារបស់អ្នក ជារឿយៗមានទម្ងន់ច្រើនជាងជម្រក ប៉ុន្តែជម្រកក៏អាចត្រូវបានទទួលយកដែរ។</translation>
    </message>
    <message>
        <source>Things to plan in advance</source>
        <comment>advance.title</comment>
        <translation>អ្វីៗដែលត្រូវរៀបចំទុកជាមុន</translation>
    </message>
    <message>
        <source>Your phone may be taken from you, so some things need to be ready now.</source>
        <comment>advance.intro</comment>
        <translation>ទូរស័ព្ទរបស់អ្នកអាចត្រូវគេយកពីអ្នក ដូច្នេះរឿងខ្លះត្រូវរៀបចំឲ្យរួចរាល់ឥឡូវនេះ។</translation>
    </message>
    <message>
        <source>Do you know by heart the phone numbers of the people you would call?</source>
        <comment>r_numbers_by_heart.text</comment>
        <translation>តើអ្នកចាំមាត់លេខទូរស័ព្ទរបស់មនុស្សដែលអ្នកនឹងហៅទេ?</translation>
    </message>
    <message>
        <source>Your phone may be taken. Numbers you know by heart stay with you.</source>
        <comment>r_numbers_by_heart.why</comment>
        <translation>ទូរស័ព្ទរបស់អ្នកអាចត្រូវគេយក។ លេខដែលអ្នកចាំមាត់ នៅជាមួយអ្នកជានិច្ច។</translation>
    </message>
    <message>
        <source>In the list of people, you can mark numbers to learn, and practise them here.</source>
        <comment>r_numbers_by_heart.help</comment>
        <translation>នៅក្នុងបញ្ជីមនុស្ស អ្នកអាចដាក់សញ្ញាលេខដែលត្រូវរៀន ហើយហាត់វានៅទីនេះ។</translation>
    </message>
    <message>
        <source>Who would look after your children if you were detained?</source>
        <comment>r_carer_children.text</comment>
        <translation>តើនរណានឹងមើលថែកូនរបស់អ្នក បើអ្នកត្រូវគេឃុំខ្លួន?</translation>
    </message>
    <message>
        <source>Knowing who will care for them gives you and them some peace of mind.</source>
        <comment>r_carer_children.why</comment>
        <translation>ការដឹងថានរណានឹងមើលថែពួកគេ ធ្វើឲ្យអ្នក និងពួកគេ ស្ងប់ចិត្តខ្លះ។</translation>
    </message>
    <message>
        <source>Who would look after your pets?</source>
        <comment>r_carer_pets.text</comment>
        <translation>តើនរណានឹងមើលថែសត្វចិញ្ចឹមរបស់អ្នក?</translation>
    </message>
    <message>
        <source>Pets need someone to feed them from the first day.</source>
        <comment>r_carer_pets.why</comment>
        <translation>សត្វចិញ្ចឹមត្រូវការនរណាម្នាក់ឲ្យចំណីពួកវា តាំងពីថ្ងៃដំបូង។</translation>
    </message>
    <message>
        <source>Who has a key to your home and could bring you clothes, money, documents and medication?</source>
        <comment>r_key_holder.text</comment>
        <translation>តើនរណាមានកូនសោផ្ទះរបស់អ្នក ហើយអាចយកសម្លៀកបំពាក់ ប្រាក់ ឯកសារ និងថ្នាំមកឲ្យអ្នក?</translation>
    </message>
    <message>
        <source>You may need things from home, and you cannot go and get them yourself.</source>
        <comment>r_key_holder.why</comment>
        <translation>អ្នកអាចត្រូវការរបស់ពីផ្ទះ ហើយអ្នកមិនអាចទៅយកវាដោយខ្លួនឯងបានទេ។</translation>
    </message>
    <message>
        <source>Which documents would you need, and where are they kept?</source>
        <comment>r_documents.text</comment>
        <translation>តើអ្នកនឹងត្រូវការឯកសារអ្វីខ្លះ ហើយវាទុកនៅឯណា?</translation>
    </message>
    <message>
        <source>Your lawyer or key holder may need your passport or other papers for the hearing.</source>
        <comment>r_documents.why</comment>
        <translation>មេធាវី ឬអ្នកកាន់កូនសោរបស់អ្នក អាចត្រូវការលិខិតឆ្លងដែន ឬឯកសារផ្សេងទៀតរបស់អ្នក សម្រាប់សវនាការ។</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>r_documents.example1</comment>
        <translation>លិខិតឆ្លងដែន</translation>
    </message>
    <message>
        <source>Study or work permit</source>
        <comment>r_documents.example2</comment>
        <translation>លិខិតអនុញ្ញាតសិក្សា ឬលិខិតអនុញ្ញាតការងារ</translation>
    </message>
    <message>
        <source>Lease or letter showing my address</source>
        <comment>r_documents.example3</comment>
        <translation>កិច្ចសន្យាជួលផ្ទះ ឬលិខិតដែលបង្ហាញអាសយដ្ឋានរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Which trusted service provider would contact your family or friends if you were detained?</source>
        <comment>r_family_contact.text</comment>
        <translation>តើអ្នកផ្ដល់សេវាដែលអ្នកទុកចិត្តណា នឹងទាក់ទងគ្រួសារ ឬមិត្តភក្ដិរបស់អ្នក បើអ្នកត្រូវគេឃុំខ្លួន?</translation>
    </message>
    <message>
        <source>You may not be able to call them yourself, or often.</source>
        <comment>r_family_contact.why</comment>
        <translation>អ្នកប្រហែលជាមិនអាចហៅពួកគេដោយខ្លួនឯងបាន ឬមិនអាចហៅញឹកញាប់បាន។</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Agree now on what can be said on the phone.</source>
        <comment>r_family_contact.help</comment>
        <translation>ការហៅទូរស័ព្ទពីកន្លែងឃុំខ្លួន អាចមិនមានលក្ខណៈឯកជនទេ។ សូមព្រមព្រៀងគ្នាឥឡូវនេះ អំពីអ្វីដែលអាចនិយាយតាមទូរស័ព្ទបាន។</translation>
    </message>
    <message>
        <source>What would you like them to say for you, and what should they not say?</source>
        <comment>r_family_message.text</comment>
        <translation>តើអ្នកចង់ឲ្យពួកគេនិយាយអ្វីជំនួសអ្នក ហើយអ្វីដែលពួកគេមិនគួរនិយាយ?</translation>
    </message>
    <message>
        <source>You decide what other people are told about you.</source>
        <comment>r_family_message.why</comment>
        <translation>អ្នកជាអ្នកសម្រេចថា អ្នកដទៃត្រូវបានប្រាប់អ្វីខ្លះអំពីអ្នក។</translation>
    </message>
    <message>
        <source>Tell my sister I am safe and ask her to call my lawyer</source>
        <comment>r_family_message.example1</comment>
        <translation>ប្រាប់បងស្រីខ្ញុំថាខ្ញុំមានសុវត្ថិភាព ហើយសុំឲ្យគាត់ហៅមេធាវីរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Do not talk about my work</source>
        <comment>r_family_message.example2</comment>
        <translation>កុំនិយាយអំពីការងាររបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Health, money and people who count on you</source>
        <comment>needs.title</comment>
        <translation>សុខភាព ប្រាក់ និងមនុស្សដែលពឹងផ្អែកលើអ្នក</translation>
    </message>
    <message>
        <source>Things that need care while you are away, and for the hearing.</source>
        <comment>needs.intro</comment>
        <translation>អ្វីៗដែលត្រូវការការមើលថែ ពេលអ្នកមិននៅ និងសម្រាប់សវនាការ។</translation>
    </message>
    <message>
        <source>What medication or medical care do you need?</source>
        <comment>r_medication.text</comment>
        <translation>តើអ្នកត្រូវការថ្នាំ ឬការថែទាំសុខភាពអ្វីខ្លះ?</translation>
    </message>
    <message>
        <source>This can go on your wallet card, so staff know what you need.</source>
        <comment>r_medication.why</comment>
        <translation>រឿងនេះអាចដាក់នៅលើកាតដាក់កាបូបរបស់អ្នក ដើម្បីឲ្យបុគ្គលិកដឹងថាអ្នកត្រូវការអ្វី។</translation>
    </message>
    <message>
        <source>Write only what you want others to see. You can use general words.</source>
        <comment>r_medication.help</comment>
        <translation>សរសេរតែអ្វីដែលអ្នកចង់ឲ្យអ្នកដទៃឃើញ។ អ្នកអាចប្រើពាក្យទូទៅបាន។</translation>
    </message>
    <message>
        <source>Insulin, twice a day</source>
        <comment>r_medication.example1</comment>
        <translation>អាំងស៊ុយលីន ថ្ងៃពីរដង</translation>
    </message>
    <message>
        <source>One pill for blood pressure each morning</source>
        <comment>r_medication.example2</comment>
        <translation>ថ្នាំសម្ពាធឈាមមួយគ្រាប់ រៀងរាល់ព្រឹក</translation>
    </message>
    <message>
        <source>Which language do you speak best? Do you need an interpreter?</source>
        <comment>r_interpreter.text</comment>
        <translation>តើអ្នកនិយាយភាសាអ្វីបានល្អជាងគេ? តើអ្នកត្រូវការអ្នកបកប្រែផ្ទាល់មាត់ទេ?</translation>
    </message>
    <message>
        <source>This can go on your wallet card. You can ask for an interpreter at a hearing.</source>
        <comment>r_interpreter.why</comment>
        <translation>រឿងនេះអាចដាក់នៅលើកាតដាក់កាបូបរបស់អ្នក។ អ្នកអាចស្នើសុំអ្នកបកប្រែផ្ទាល់មាត់នៅសវនាការ។</translation>
    </message>
    <message>
        <source>An interpreter says in your language what others say, and says your words in theirs.</source>
        <comment>r_interpreter.help</comment>
        <translation>អ្នកបកប្រែផ្ទាល់មាត់ និយាយជាភាសារបស់អ្នក នូវអ្វីដែលអ្នកដទៃនិយាយ ហើយនិយាយពាក្យរបស់អ្នកជាភាសារបស់ពួកគេ។</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge. Tell your lawyer your language early.</source>
        <comment>r_interpreter.legal1</comment>
        <translation>នៅសវនាការអន្តោប្រវេសន៍ អ្នកមានសិទ្ធិមានអ្នកបកប្រែផ្ទាល់មាត់ ដោយឥតគិតថ្លៃ។ សូមប្រាប់មេធាវីរបស់អ្នកពីភាសារបស់អ្នកឲ្យបានឆាប់។</translation>
    </message>
    <message>
        <source>Vietnamese, interpreter needed</source>
        <comment>r_interpreter.example1</comment>
        <translation>ភាសាខ្មែរ ត្រូវការអ្នកបកប្រែផ្ទាល់មាត់</translation>
    </message>
    <message>
        <source>Mandarin and some English</source>
        <comment>r_interpreter.example2</comment>
        <translation>ភាសាចិនកុកងឺ និងភាសាអង់គ្លេសបន្តិចបន្តួច</translation>
    </message>
    <message>
        <source>Is there someone you trust to take care of your private matters, like rent or your bank?</source>
        <comment>r_power_of_attorney.text</comment>
        <translation>តើមាននរណាម្នាក់ដែលអ្នកទុកចិត្ត ឲ្យមើលការខុសត្រូវរឿងឯកជនរបស់អ្នក ដូចជាថ្លៃជួលផ្ទះ ឬធនាគារទេ?</translation>
    </message>
    <message>
        <source>While you are detained, someone can pay bills and deal with offices for you.</source>
        <comment>r_power_of_attorney.why</comment>
        <translation>ពេលអ្នកត្រូវគេឃុំខ្លួន មាននរណាម្នាក់អាចបង់វិក្កយបត្រ និងទាក់ទងការិយាល័យផ្សេងៗជំនួសអ្នក។</translation>
    </message>
    <message>
        <source>Power of attorney: a signed paper that lets a person you choose act for you. A lawyer or legal clinic can help.</source>
        <comment>r_power_of_attorney.help</comment>
        <translation>លិខិតប្រគល់សិទ្ធិ៖ ក្រដាសដែលមានហត្ថលេខា អនុញ្ញាតឲ្យមនុស្សដែលអ្នកជ្រើសរើស ធ្វើការជំនួសអ្នក។ មេធាវី ឬមណ្ឌលជំនួយច្បាប់ អាចជួយបាន។</translation>
    </message>
    <message>
        <source>If your bank account were frozen, how would you pay rent and bills? Who could help you talk to the bank?</source>
        <comment>r_frozen_account.text</comment>
        <translation>បើគណនីធនាគាររបស់អ្នកត្រូវបានបង្កក តើអ្នកនឹងបង់ថ្លៃជួលផ្ទះ និងវិក្កយបត្រយ៉ាងដូចម្ដេច? តើអ្នកណាអាចជួយអ្នកនិយាយជាមួយធនាគារ?</translation>
    </message>
    <message>
        <source>Rent, bills and other costs still need paying while your account is closed to you.</source>
        <comment>r_frozen_account.why</comment>
        <translation>ថ្លៃជួលផ្ទះ វិក្កយបត្រ និងការចំណាយផ្សេងទៀត នៅតែត្រូវបង់ ខណៈពេលដែលអ្នកមិនអាចប្រើគណនីរបស់អ្នកបាន។</translation>
    </message>
    <message>
        <source>A frozen account is one the bank has stopped, so no money can come out.</source>
        <comment>r_frozen_account.help</comment>
        <translation>គណនីដែលត្រូវបានបង្កក គឺជាគណនីដែលធនាគារបានបញ្ឈប់ ដូច្នេះមិនអាចដកប្រាក់ចេញបានទេ។</translation>
    </message>
    <message>
        <source>Some cash kept with my sister</source>
        <comment>r_frozen_account.example1</comment>
        <translation>សាច់ប្រាក់ខ្លះ ផ្ញើទុកនៅបងស្រីខ្ញុំ</translation>
    </message>
    <message>
        <source>My support worker can call the bank with me</source>
        <comment>r_frozen_account.example2</comment>
        <translation>បុគ្គលិកគាំទ្ររបស់ខ្ញុំ អាចហៅទៅធនាគារជាមួយខ្ញុំ</translation>
    </message>
    <message>
        <source>Who should be told if you are away for some time?</source>
        <comment>r_notify.text</comment>
        <translation>តើនរណាគួរត្រូវបានប្រាប់ បើអ្នកមិននៅមួយរយៈ?</translation>
    </message>
    <message>
        <source>Missing classes or work without notice can cause problems, for example with a study permit.</source>
        <comment>r_notify.why</comment>
        <translation>ការខកខានថ្នាក់រៀន ឬការងារ ដោយមិនបានជូនដំណឹង អាចបង្កបញ្ហា ឧទាហរណ៍ ជាមួយលិខិតអនុញ្ញាតសិក្សា។</translation>
    </message>
    <message>
        <source>My school or college</source>
        <comment>r_notify.option.school</comment>
        <translation>សាលារៀន ឬមហាវិទ្យាល័យរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>My work</source>
        <comment>r_notify.option.work</comment>
        <translation>កន្លែងធ្វើការរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>My landlord</source>
        <comment>r_notify.option.landlord</comment>
        <translation>ម្ចាស់ផ្ទះជួលរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Someone else</source>
        <comment>r_notify.option.someone_else</comment>
        <translation>នរណាម្នាក់ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Do you take care of other people, here or in another country, who would need help if you were detained?</source>
        <comment>r_care_others.text</comment>
        <translation>តើអ្នកមើលថែមនុស្សផ្សេងទៀត នៅទីនេះ ឬនៅប្រទេសផ្សេង ដែលនឹងត្រូវការជំនួយ បើអ្នកត្រូវគេឃុំខ្លួនទេ?</translation>
    </message>
    <message>
        <source>Planning now means they still get help while you are away.</source>
        <comment>r_care_others.why</comment>
        <translation>ការរៀបចំផែនការឥឡូវនេះ មានន័យថាពួកគេនៅតែទទួលបានជំនួយ ពេលអ្នកមិននៅ។</translation>
    </message>
    <message>
        <source>I send money to my mother each month</source>
        <comment>r_care_others.example1</comment>
        <translation>ខ្ញុំផ្ញើប្រាក់ទៅម្ដាយខ្ញុំរៀងរាល់ខែ</translation>
    </message>
    <message>
        <source>I take my neighbour to the doctor</source>
        <comment>r_care_others.example2</comment>
        <translation>ខ្ញុំនាំអ្នកជិតខាងទៅជួបគ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Would you like to talk with a lawyer about what to say, and what not to say, at a hearing?</source>
        <comment>r_hearing_talk.text</comment>
        <translation>តើអ្នកចង់និយាយជាមួយមេធាវី អំពីអ្វីដែលគួរនិយាយ និងមិនគួរនិយាយ នៅសវនាការទេ?</translation>
    </message>
    <message>
        <source>What you say at a hearing can change the result. A lawyer can help you prepare.</source>
        <comment>r_hearing_talk.why</comment>
        <translation>អ្វីដែលអ្នកនិយាយនៅសវនាការ អាចផ្លាស់ប្ដូរលទ្ធផល។ មេធាវីអាចជួយអ្នករៀបចំខ្លួន។</translation>
    </message>
</context>
<context>
    <name>forms.safety_plan</name>
    <message>
        <source>Safety plan</source>
        <comment>form.title</comment>
        <translation>ផែនការសុវត្ថិភាព</translation>
    </message>
    <message>
        <source>A plan to help you stay safe from a person or a situation that puts you at risk. You decide what goes in it, and what you want to do. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>ផែនការដើម្បីជួយអ្នកឲ្យមានសុវត្ថិភាព ពីមនុស្សម្នាក់ ឬស្ថានភាពមួយ ដែលធ្វើឲ្យអ្នកប្រឈមនឹងគ្រោះថ្នាក់។ អ្នកជាអ្នកសម្រេចថា ត្រូវដាក់អ្វីក្នុងផែនការ និងអ្វីដែលអ្នកចង់ធ្វើ។ អ្នកអាចរំលងសំណួរណាមួយក៏បាន ឬត្រឡប់មកវាវិញពេលក្រោយ។</translation>
    </message>
    <message>
        <source>Plan to leave</source>
        <comment>leave.title</comment>
        <translation>ផែនការចាកចេញ</translation>
    </message>
    <message>
        <source>If you ever decide to leave, or must leave quickly, it helps to have things ready.</source>
        <comment>leave.intro</comment>
        <translation>បើថ្ងៃណាមួយអ្នកសម្រេចចិត្តចាកចេញ ឬត្រូវចាកចេញយ៉ាងលឿន ការរៀបចំរបស់របរទុកជាមុន អាចជួយបាន។</translation>
    </message>
    <message>
        <source>What would you like this plan to help you with?</source>
        <comment>s_goal.text</comment>
        <translation>តើអ្នកចង់ឲ្យផែនការនេះជួយអ្នកអំពីអ្វី?</translation>
    </message>
    <message>
        <source>This plan follows what you want, not what others expect.</source>
        <comment>s_goal.why</comment>
        <translation>ផែនការនេះធ្វើតាមអ្វីដែលអ្នកចង់បាន មិនមែនអ្វីដែលអ្នកដទៃរំពឹងទេ។</translation>
    </message>
    <message>
        <source>Being ready in case things get worse</source>
        <comment>s_goal.example1</comment>
        <translation>ត្រៀមខ្លួនរួចជាស្រេច ក្រែងលោស្ថានភាពកាន់តែអាក្រក់</translation>
    </message>
    <message>
        <source>Leaving a workplace</source>
        <comment>s_goal.example2</comment>
        <translation>ចាកចេញពីកន្លែងធ្វើការមួយ</translation>
    </message>
    <message>
        <source>Staying, but with more safety</source>
        <comment>s_goal.example3</comment>
        <translation>នៅដដែល ប៉ុន្តែមានសុវត្ថិភាពជាងមុន</translation>
    </message>
    <message>
        <source>If you left, do you think the person might try to hurt you or punish you for leaving?</source>
        <comment>s_retaliation.text</comment>
        <translation>បើអ្នកចាកចេញ តើអ្នកគិតថាមនុស្សនោះអាចព្យាយាមធ្វើបាប ឬដាក់ទោសអ្នក ព្រោះតែអ្នកចាកចេញទេ?</translation>
    </message>
    <message>
        <source>Knowing the risk helps you choose when and how to leave, and who to tell.</source>
        <comment>s_retaliation.why</comment>
        <translation>ការដឹងពីហានិភ័យ ជួយអ្នកជ្រើសរើសថា ត្រូវចាកចេញនៅពេលណា ដោយរបៀបណា និងប្រាប់នរណា។</translation>
    </message>
    <message>
        <source>Yes, I think so</source>
        <comment>s_retaliation.option.likely</comment>
        <translation>បាទ/ចាស ខ្ញុំគិតដូច្នោះ</translation>
    </message>
    <message>
        <source>Maybe, I am not sure</source>
        <comment>s_retaliation.option.maybe</comment>
        <translation>ប្រហែល ខ្ញុំមិនប្រាកដទេ</translation>
    </message>
    <message>
        <source>I do not think so</source>
        <comment>s_retaliation.option.unlikely</comment>
        <translation>ខ្ញុំមិនគិតដូច្នោះទេ</translation>
    </message>
    <message>
        <source>What could make leaving safer for you?</source>
        <comment>s_safer_leaving.text</comment>
        <translation>តើអ្វីអាចធ្វើឲ្យការចាកចេញមានសុវត្ថិភាពជាងមុនសម្រាប់អ្នក?</translation>
    </message>
    <message>
        <source>Small steps can lower the risk when you leave.</source>
        <comment>s_safer_leaving.why</comment>
        <translation>ជំហានតូចៗ អាចកាត់បន្ថយហានិភ័យ ពេលអ្នកចាកចេញ។</translation>
    </message>
    <message>
        <source>Leave when they are not at home</source>
        <comment>s_safer_leaving.example1</comment>
        <translation>ចាកចេញពេលគេមិននៅផ្ទះ</translation>
    </message>
    <message>
        <source>Have a friend with me</source>
        <comment>s_safer_leaving.example2</comment>
        <translation>មានមិត្តភក្ដិម្នាក់នៅជាមួយខ្ញុំ</translation>
    </message>
    <message>
        <source>Change my phone number after I leave</source>
        <comment>s_safer_leaving.example3</comment>
        <translation>ប្ដូរលេខទូរស័ព្ទរបស់ខ្ញុំ ក្រោយពេលខ្ញុំចាកចេញ</translation>
    </message>
    <message>
        <source>Where could you go if you leave? Add the people or places, with their address or phone number.</source>
        <comment>s_safe_place.text</comment>
        <translation>បើអ្នកចាកចេញ តើអ្នកអាចទៅឯណា? សូមបន្ថែមមនុស្ស ឬកន្លែងទាំងនោះ ជាមួយអាសយដ្ឋាន ឬលេខទូរស័ព្ទរបស់ពួកគេ។</translation>
    </message>
    <message>
        <source>When you know where to go, leaving quickly is easier.</source>
        <comment>s_safe_place.why</comment>
        <translation>ពេលអ្នកដឹងថាត្រូវទៅឯណា ការចាកចេញយ៉ាងលឿន កាន់តែងាយស្រួល។</translation>
    </message>
    <message>
        <source>A friend, someone in your community, an emergency shelter or a motel. A first name is enough.</source>
        <comment>s_safe_place.help</comment>
        <translation>មិត្តភក្ដិ មនុស្សម្នាក់ក្នុងសហគមន៍របស់អ្នក ជម្រកបន្ទាន់ ឬម៉ូតែល។ ឈ្មោះដំបូង គឺគ្រប់គ្រាន់ហើយ។</translation>
    </message>
    <message>
        <source>A friend&apos;s place</source>
        <comment>s_safe_place.example1</comment>
        <translation>ផ្ទះមិត្តភក្ដិម្នាក់</translation>
    </message>
    <message>
        <source>An emergency shelter</source>
        <comment>s_safe_place.example2</comment>
        <translation>ជម្រកបន្ទាន់</translation>
    </message>
    <message>
        <source>A motel near work</source>
        <comment>s_safe_place.example3</comment>
        <translation>ម៉ូតែលមួយនៅជិតកន្លែងធ្វើការ</translation>
    </message>
    <message>
        <source>If you live or work with the person, do you have a hidden place to keep these addresses?</source>
        <comment>s_hide_addresses.text</comment>
        <translation>បើអ្នករស់នៅ ឬធ្វើការជាមួយមនុស្សនោះ តើអ្នកមានកន្លែងលាក់ទុកអាសយដ្ឋានទាំងនេះទេ?</translation>
    </message>
    <message>
        <source>On a friend&apos;s phone</source>
        <comment>s_hide_addresses.example1</comment>
        <translation>នៅលើទូរស័ព្ទរបស់មិត្តភក្ដិម្នាក់</translation>
    </message>
    <message>
        <source>The person may look through your phone or your things, at home or at work.</source>
        <comment>s_hide_addresses.why</comment>
        <translation>មនុស្សនោះអាចឆែកមើលទូរស័ព្ទ ឬរបស់របររបស់អ្នក នៅផ្ទះ ឬនៅកន្លែងធ្វើការ។</translation>
    </message>
    <message>
        <source>Written with first names only, kept by a friend</source>
        <comment>s_hide_addresses.example2</comment>
        <translation>សរសេរតែនាមខ្លួន ហើយឲ្យមិត្តភក្តិម្នាក់ទុក</translation>
    </message>
    <message>
        <source>How could you get there? Choose any that could work.</source>
        <comment>s_transport.text</comment>
        <translation>តើអ្នកអាចទៅទីនោះដោយរបៀបណា? សូមជ្រើសរើសរបៀបណាក៏បាន ដែលអាចប្រើបាន។</translation>
    </message>
    <message>
        <source>Knowing the way saves time if you must leave suddenly.</source>
        <comment>s_transport.why</comment>
        <translation>ការដឹងផ្លូវ ជួយសន្សំពេលវេលា បើអ្នកត្រូវចាកចេញភ្លាមៗ។</translation>
    </message>
    <message>
        <source>Walk</source>
        <comment>s_transport.option.walk</comment>
        <translation>ដើរ</translation>
    </message>
    <message>
        <source>Bus, subway or train</source>
        <comment>s_transport.option.transit</comment>
        <translation>ឡានក្រុង រថភ្លើងក្រោមដី ឬរថភ្លើង</translation>
    </message>
    <message>
        <source>Taxi or ride app</source>
        <comment>s_transport.option.taxi</comment>
        <translation>តាក់ស៊ី ឬកម្មវិធីហៅឡាន</translation>
    </message>
    <message>
        <source>Someone drives me</source>
        <comment>s_transport.option.friend_drives</comment>
        <translation>មាននរណាម្នាក់បើកឡានជូនខ្ញុំ</translation>
    </message>
    <message>
        <source>Another way</source>
        <comment>s_transport.option.other</comment>
        <translation>របៀបផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Do you plan to leave soon, or do you want to be ready in case you must leave suddenly?</source>
        <comment>s_timing.text</comment>
        <translation>តើអ្នកគ្រោងនឹងចាកចេញឆាប់ៗនេះ ឬអ្នកចង់ត្រៀមខ្លួន ក្រែងលោត្រូវចាកចេញភ្លាមៗ?</translation>
    </message>
    <message>
        <source>Your answer changes what to prepare first.</source>
        <comment>s_timing.why</comment>
        <translation>ចម្លើយរបស់អ្នក ផ្លាស់ប្ដូរថាត្រូវរៀបចំអ្វីមុនគេ។</translation>
    </message>
    <message>
        <source>I plan to leave soon</source>
        <comment>s_timing.option.soon</comment>
        <translation>ខ្ញុំគ្រោងនឹងចាកចេញឆាប់ៗនេះ</translation>
    </message>
    <message>
        <source>I want to be ready, in case</source>
        <comment>s_timing.option.be_ready</comment>
        <translation>ខ្ញុំចង់ត្រៀមខ្លួន ក្រែងលោ</translation>
    </message>
    <message>
        <source>I have not decided</source>
        <comment>s_timing.option.undecided</comment>
        <translation>ខ្ញុំមិនទាន់សម្រេចចិត្តទេ</translation>
    </message>
    <message>
        <source>If you plan to leave soon, is there a day you have in mind?</source>
        <comment>s_leave_date.text</comment>
        <translation>បើអ្នកគ្រោងនឹងចាកចេញឆាប់ៗនេះ តើមានថ្ងៃណាមួយដែលអ្នកគិតទុកទេ?</translation>
    </message>
    <message>
        <source>A date helps you plan the steps that come before it.</source>
        <comment>s_leave_date.why</comment>
        <translation>កាលបរិច្ឆេទមួយ ជួយអ្នករៀបចំជំហាន ដែលត្រូវធ្វើមុនថ្ងៃនោះ។</translation>
    </message>
    <message>
        <source>Which small things could you keep in your everyday bag, in case you must leave suddenly?</source>
        <comment>s_bag.text</comment>
        <translation>តើរបស់តូចៗអ្វីខ្លះ ដែលអ្នកអាចទុកក្នុងកាបូបប្រចាំថ្ងៃ ក្រែងលោត្រូវចាកចេញភ្លាមៗ?</translation>
    </message>
    <message>
        <source>A few things let you leave at once. Too many things may make someone suspicious.</source>
        <comment>s_bag.why</comment>
        <translation>របស់ពីរបីមុខ អាចឲ្យអ្នកចាកចេញបានភ្លាម។ របស់ច្រើនពេក អាចធ្វើឲ្យគេសង្ស័យ។</translation>
    </message>
    <message>
        <source>Medication</source>
        <comment>s_bag.option.medication</comment>
        <translation>ថ្នាំ</translation>
    </message>
    <message>
        <source>A change of clothes</source>
        <comment>s_bag.option.clothes</comment>
        <translation>សម្លៀកបំពាក់មួយកំផ្លេ សម្រាប់ផ្លាស់</translation>
    </message>
    <message>
        <source>A little money, hidden (for example in a lipstick tube)</source>
        <comment>s_bag.option.cash</comment>
        <translation>ប្រាក់បន្តិចបន្តួច លាក់ទុក (ឧទាហរណ៍ ក្នុងដបក្រែមលាបមាត់)</translation>
    </message>
    <message>
        <source>A phone charger</source>
        <comment>s_bag.option.charger</comment>
        <translation>ឆ្នាំងសាកទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Spare keys</source>
        <comment>s_bag.option.keys</comment>
        <translation>កូនសោបម្រុង</translation>
    </message>
    <message>
        <source>Important phone numbers on paper</source>
        <comment>s_bag.option.numbers</comment>
        <translation>លេខទូរស័ព្ទសំខាន់ៗ សរសេរលើក្រដាស</translation>
    </message>
    <message>
        <source>Do you need to plan for children, other people you care for, or pets?</source>
        <comment>s_care.text</comment>
        <translation>តើអ្នកត្រូវរៀបចំផែនការសម្រាប់កូន មនុស្សផ្សេងទៀតដែលអ្នកមើលថែ ឬសត្វចិញ្ចឹមទេ?</translation>
    </message>
    <message>
        <source>Planning ahead means they are looked after if you leave quickly.</source>
        <comment>s_care.why</comment>
        <translation>ការរៀបចំជាមុន មានន័យថាពួកគេមាននរណាមើលថែ បើអ្នកចាកចេញយ៉ាងលឿន។</translation>
    </message>
    <message>
        <source>My son: my sister can pick him up from school</source>
        <comment>s_care.example1</comment>
        <translation>កូនប្រុសខ្ញុំ៖ បងស្រីខ្ញុំអាចទៅទទួលគាត់ពីសាលា</translation>
    </message>
    <message>
        <source>My cat: a neighbour can feed her</source>
        <comment>s_care.example2</comment>
        <translation>ឆ្មារបស់ខ្ញុំ៖ អ្នកជិតខាងអាចឲ្យចំណីវា</translation>
    </message>
    <message>
        <source>Supports and resources</source>
        <comment>supports.title</comment>
        <translation>ការគាំទ្រ និងធនធាន</translation>
    </message>
    <message>
        <source>The people and groups who can help you, and the strengths you already have.</source>
        <comment>supports.intro</comment>
        <translation>មនុស្ស និងក្រុមដែលអាចជួយអ្នក និងចំណុចខ្លាំងដែលអ្នកមានរួចហើយ។</translation>
    </message>
    <message>
        <source>Who could help you find services and contact them? This can be an organisation, a co-worker, a friend, a client or family.</source>
        <comment>s_helpers.text</comment>
        <translation>តើនរណាអាចជួយអ្នករកសេវា និងទាក់ទងពួកគេ? អាចជាអង្គការ មិត្តរួមការងារ មិត្តភក្ដិ ភ្ញៀវ ឬក្រុមគ្រួសារ។</translation>
    </message>
    <message>
        <source>Someone who knows the services can save you time and worry.</source>
        <comment>s_helpers.why</comment>
        <translation>អ្នកដែលស្គាល់សេវាទាំងនោះ អាចជួយសន្សំពេលវេលា និងការព្រួយបារម្ភរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Services can be shelters, programs for people facing violence, legal help or food banks.</source>
        <comment>s_helpers.help</comment>
        <translation>សេវាអាចជាជម្រក កម្មវិធីសម្រាប់អ្នកដែលកំពុងជួបអំពើហិង្សា ជំនួយផ្នែកច្បាប់ ឬធនាគារស្បៀងអាហារ។</translation>
    </message>
    <message>
        <source>What other support would help you? Who could give it?</source>
        <comment>s_other_support.text</comment>
        <translation>តើការគាំទ្រអ្វីផ្សេងទៀត ដែលអាចជួយអ្នក? តើនរណាអាចផ្ដល់វាបាន?</translation>
    </message>
    <message>
        <source>Support can be practical, like a ride, or someone to talk to. Both count.</source>
        <comment>s_other_support.why</comment>
        <translation>ការគាំទ្រអាចជាជំនួយជាក់ស្ដែង ដូចជាការជូនដំណើរ ឬមាននរណាម្នាក់និយាយជាមួយ។ ទាំងពីរសុទ្ធតែសំខាន់។</translation>
    </message>
    <message>
        <source>A ride to the shelter</source>
        <comment>s_other_support.example1</comment>
        <translation>ជូនខ្ញុំទៅជម្រក</translation>
    </message>
    <message>
        <source>Someone to talk to in my language</source>
        <comment>s_other_support.example2</comment>
        <translation>មាននរណាម្នាក់និយាយជាមួយខ្ញុំជាភាសារបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Help with rent</source>
        <comment>s_other_support.example3</comment>
        <translation>ជំនួយលើថ្លៃជួលផ្ទះ</translation>
    </message>
    <message>
        <source>What matters most to you right now?</source>
        <comment>s_priorities.text</comment>
        <translation>តើអ្វីដែលសំខាន់បំផុតសម្រាប់អ្នកនៅពេលនេះ?</translation>
    </message>
    <message>
        <source>Your priorities decide which steps come first in your plan.</source>
        <comment>s_priorities.why</comment>
        <translation>អាទិភាពរបស់អ្នក សម្រេចថាជំហានណាមកមុនគេ ក្នុងផែនការរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Keeping my job</source>
        <comment>s_priorities.example1</comment>
        <translation>រក្សាការងាររបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>My child&apos;s school</source>
        <comment>s_priorities.example2</comment>
        <translation>សាលារៀនរបស់កូនខ្ញុំ</translation>
    </message>
    <message>
        <source>Keeping my immigration status</source>
        <comment>s_priorities.example3</comment>
        <translation>រក្សាស្ថានភាពអន្តោប្រវេសន៍របស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>How have you kept yourself safe before? What are you doing now that helps?</source>
        <comment>s_strengths.text</comment>
        <translation>តើកាលពីមុន អ្នកបានរក្សាសុវត្ថិភាពខ្លួនឯងដោយរបៀបណា? តើឥឡូវនេះ អ្នកកំពុងធ្វើអ្វីដែលជួយបាន?</translation>
    </message>
    <message>
        <source>You know your life best. Your skills and experience are part of this plan.</source>
        <comment>s_strengths.why</comment>
        <translation>អ្នកស្គាល់ជីវិតរបស់អ្នកច្បាស់ជាងគេ។ ជំនាញ និងបទពិសោធន៍របស់អ្នក គឺជាផ្នែកមួយនៃផែនការនេះ។</translation>
    </message>
    <message>
        <source>I tell a co-worker where I am</source>
        <comment>s_strengths.example1</comment>
        <translation>ខ្ញុំប្រាប់មិត្តរួមការងារម្នាក់ថាខ្ញុំនៅឯណា</translation>
    </message>
    <message>
        <source>I screen new clients</source>
        <comment>s_strengths.example2</comment>
        <translation>ខ្ញុំពិនិត្យមើលភ្ញៀវថ្មីជាមុនសិន</translation>
    </message>
    <message>
        <source>I keep my phone charged and with me</source>
        <comment>s_strengths.example3</comment>
        <translation>ខ្ញុំសាកថ្មទូរស័ព្ទឲ្យពេញ ហើយយកវាជាប់ខ្លួន</translation>
    </message>
    <message>
        <source>If you think about going to the police or immigration, would you talk with a lawyer first?</source>
        <comment>s_lawyer_first.text</comment>
        <translation>បើអ្នកគិតចង់ទៅប៉ូលិស ឬអន្តោប្រវេសន៍ តើអ្នកនឹងនិយាយជាមួយមេធាវីជាមុនសិនទេ?</translation>
    </message>
    <message>
        <source>Without legal advice, it may lead to more abuse or to removal from Canada. With legal help, it may help you stay.</source>
        <comment>s_lawyer_first.why</comment>
        <translation>បើគ្មានដំបូន្មានផ្នែកច្បាប់ទេ វាអាចនាំឲ្យមានការរំលោភបំពានកាន់តែច្រើន ឬការបណ្ដេញចេញពីប្រទេសកាណាដា។ បើមានជំនួយផ្នែកច្បាប់ វាអាចជួយឲ្យអ្នកបាននៅបន្ត។</translation>
    </message>
    <message>
        <source>You can ask for another address, or online letters if the person cannot get into your email or phone.</source>
        <comment>s_bank_mail.help</comment>
        <translation>អ្នកអាចសុំអាសយដ្ឋានផ្សេង ឬសំបុត្រតាមអនឡាញ បើមនុស្សនោះមិនអាចចូលអ៊ីមែល ឬទូរស័ព្ទរបស់អ្នកបាន។</translation>
    </message>
    <message>
        <source>Can you keep the person away from your phone, your accounts and your records?</source>
        <comment>s_phone_security.text</comment>
        <translation>តើអ្នកអាចរក្សាមនុស្សនោះឲ្យនៅឆ្ងាយពីទូរស័ព្ទ គណនី និងឯកសារកត់ត្រារបស់អ្នកបានទេ?</translation>
    </message>
    <message>
        <source>Someone who can see your phone or accounts may learn about your plans.</source>
        <comment>s_phone_security.why</comment>
        <translation>អ្នកដែលអាចមើលទូរស័ព្ទ ឬគណនីរបស់អ្នក អាចដឹងពីផែនការរបស់អ្នក។</translation>
    </message>
    <message>
        <source>For example: a new passcode, signing out of shared accounts, turning off location sharing.</source>
        <comment>s_phone_security.help</comment>
        <translation>ឧទាហរណ៍៖ លេខសម្ងាត់ថ្មីសម្រាប់ទូរស័ព្ទ ការចាកចេញពីគណនីដែលប្រើរួមគ្នា ការបិទការចែករំលែកទីតាំង។</translation>
    </message>
    <message>
        <source>A lawyer can explain your choices before you decide. Legal clinics give free legal help.</source>
        <comment>s_lawyer_first.help</comment>
        <translation>មេធាវីអាចពន្យល់ពីជម្រើសរបស់អ្នក មុនពេលអ្នកសម្រេចចិត្ត។ មណ្ឌលជំនួយច្បាប់ ផ្ដល់ជំនួយផ្នែកច្បាប់ដោយឥតគិតថ្លៃ។</translation>
    </message>
    <message>
        <source>If a partner sponsors your immigration, would you like to learn the rules that protect sponsored spouses facing violence at home?</source>
        <comment>s_sponsorship.text</comment>
        <translation>បើដៃគូរបស់អ្នក ជាអ្នកឧបត្ថម្ភការអន្តោប្រវេសន៍របស់អ្នក តើអ្នកចង់ដឹងពីច្បាប់ ដែលការពារប្ដី ឬប្រពន្ធដែលត្រូវបានឧបត្ថម្ភ ពេលជួបអំពើហិង្សាក្នុងផ្ទះទេ?</translation>
    </message>
    <message>
        <source>There are exceptions that may protect your status. Knowing them helps you decide with less fear.</source>
        <comment>s_sponsorship.why</comment>
        <translation>មានករណីលើកលែង ដែលអាចការពារស្ថានភាពអន្តោប្រវេសន៍របស់អ្នក។ ការដឹងពីវា ជួយអ្នកសម្រេចចិត្តដោយភ័យខ្លាចតិចជាងមុន។</translation>
    </message>
    <message>
        <source>Sponsor: the person who signed to support your application to live in Canada.</source>
        <comment>s_sponsorship.help</comment>
        <translation>អ្នកឧបត្ថម្ភ៖ មនុស្សដែលបានចុះហត្ថលេខា ដើម្បីគាំទ្រពាក្យសុំរស់នៅប្រទេសកាណាដារបស់អ្នក។</translation>
    </message>
    <message>
        <source>If you are already a permanent resident, your sponsor cannot take that status away, even if you leave.</source>
        <comment>s_sponsorship.legal1</comment>
        <translation>បើអ្នកជាអ្នករស់នៅអចិន្ត្រៃយ៍រួចហើយ អ្នកឧបត្ថម្ភរបស់អ្នកមិនអាចដកស្ថានភាពនោះពីអ្នកបានទេ ទោះបីអ្នកចាកចេញក៏ដោយ។</translation>
    </message>
    <message>
        <source>Since 2017, a sponsored spouse no longer has to live with the sponsor for two years to keep permanent residence.</source>
        <comment>s_sponsorship.legal2</comment>
        <translation>ចាប់តាំងពីឆ្នាំ 2017 គូស្រករដែលត្រូវបានឧបត្ថម្ភ លែងត្រូវរស់នៅជាមួយអ្នកឧបត្ថម្ភរយៈពេលពីរឆ្នាំ ដើម្បីរក្សាសិទ្ធិស្នាក់នៅអចិន្ត្រៃយ៍ទៀតហើយ។</translation>
    </message>
    <message>
        <source>If your status in Canada depends on your partner and you face violence, a special temporary permit may help you stay (since 2019).</source>
        <comment>s_sponsorship.legal3</comment>
        <translation>បើស្ថានភាពរបស់អ្នកនៅប្រទេសកាណាដា អាស្រ័យលើដៃគូរបស់អ្នក ហើយអ្នកជួបអំពើហិង្សា លិខិតអនុញ្ញាតបណ្ដោះអាសន្នពិសេសមួយ អាចជួយឲ្យអ្នកបាននៅបន្ត (ចាប់តាំងពីឆ្នាំ 2019)។</translation>
    </message>
    <message>
        <source>A lawyer or legal clinic can tell you what applies to you before you decide.</source>
        <comment>s_sponsorship.legal4</comment>
        <translation>មេធាវី ឬមណ្ឌលជំនួយច្បាប់ អាចប្រាប់អ្នកពីអ្វីដែលពាក់ព័ន្ធនឹងអ្នក មុនពេលអ្នកសម្រេចចិត្ត។</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>money.title</comment>
        <translation>ប្រាក់</translation>
    </message>
    <message>
        <source>Some money of your own gives you more choices.</source>
        <comment>money.intro</comment>
        <translation>ប្រាក់ខ្លះដែលជារបស់អ្នកផ្ទាល់ ផ្ដល់ឲ្យអ្នកនូវជម្រើសច្រើនជាងមុន។</translation>
    </message>
    <message>
        <source>Could you save and hide some money? How much would you need for travel and a room?</source>
        <comment>s_savings.text</comment>
        <translation>តើអ្នកអាចសន្សំ និងលាក់ប្រាក់ខ្លះបានទេ? តើអ្នកត្រូវការប៉ុន្មាន សម្រាប់ការធ្វើដំណើរ និងបន្ទប់មួយ?</translation>
    </message>
    <message>
        <source>With enough for travel and a room, you do not have to stay in a shelter if you do not want to.</source>
        <comment>s_savings.why</comment>
        <translation>បើមានប្រាក់គ្រប់គ្រាន់សម្រាប់ការធ្វើដំណើរ និងបន្ទប់មួយ អ្នកមិនចាំបាច់ស្នាក់នៅជម្រកទេ បើអ្នកមិនចង់។</translation>
    </message>
    <message>
        <source>$40 for a taxi</source>
        <comment>s_savings.example1</comment>
        <translation>$40 សម្រាប់តាក់ស៊ី</translation>
    </message>
    <message>
        <source>$300 for a room for a week</source>
        <comment>s_savings.example2</comment>
        <translation>$300 សម្រាប់បន្ទប់មួយ រយៈពេលមួយសប្ដាហ៍</translation>
    </message>
    <message>
        <source>Where could you keep this money, so that the person cannot find it?</source>
        <comment>s_money_place.text</comment>
        <translation>តើអ្នកអាចទុកប្រាក់នេះនៅឯណា ដើម្បីកុំឲ្យមនុស្សនោះរកឃើញ?</translation>
    </message>
    <message>
        <source>Money is only useful if it is still there when you need it.</source>
        <comment>s_money_place.why</comment>
        <translation>ប្រាក់មានប្រយោជន៍ លុះត្រាតែវានៅទីនោះ ពេលអ្នកត្រូវការ។</translation>
    </message>
    <message>
        <source>With a friend I trust</source>
        <comment>s_money_place.example1</comment>
        <translation>ផ្ញើទុកនៅមិត្តភក្ដិម្នាក់ដែលខ្ញុំទុកចិត្ត</translation>
    </message>
    <message>
        <source>In a pocket sewn into my bag</source>
        <comment>s_money_place.example2</comment>
        <translation>ក្នុងហោប៉ៅមួយដែលដេរភ្ជាប់នឹងកាបូបរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Do you have a bank account that only you can use?</source>
        <comment>s_own_account.text</comment>
        <translation>តើអ្នកមានគណនីធនាគារ ដែលមានតែអ្នកម្នាក់គត់អាចប្រើបានទេ?</translation>
    </message>
    <message>
        <source>Money in your own account is harder for others to take or control.</source>
        <comment>s_own_account.why</comment>
        <translation>ប្រាក់នៅក្នុងគណនីផ្ទាល់ខ្លួនរបស់អ្នក គឺពិបាកសម្រាប់អ្នកដទៃយក ឬគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>s_own_account.option.yes</comment>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>No, but I could open one</source>
        <comment>s_own_account.option.could_open</comment>
        <translation>ទេ ប៉ុន្តែខ្ញុំអាចបើកមួយបាន</translation>
    </message>
    <message>
        <source>No</source>
        <comment>s_own_account.option.no</comment>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <comment>s_own_account.option.not_sure</comment>
        <translation>ខ្ញុំមិនប្រាកដទេ</translation>
    </message>
    <message>
        <source>Does your bank send letters to an address where the person cannot see them?</source>
        <comment>s_bank_mail.text</comment>
        <translation>តើធនាគាររបស់អ្នក ផ្ញើលិខិតទៅអាសយដ្ឋានមួយ ដែលមនុស្សនោះមិនអាចឃើញទេ?</translation>
    </message>
    <message>
        <source>A letter from the bank can tell the person that you have an account.</source>
        <comment>s_bank_mail.why</comment>
        <translation>លិខិតពីធនាគារ អាចធ្វើឲ្យមនុស្សនោះដឹងថាអ្នកមានគណនី។</translation>
    </message>
    <message>
        <source>ID, documents and bank information</source>
        <comment>papers.title</comment>
        <translation>អត្តសញ្ញាណប័ណ្ណ ឯកសារ និងព័ត៌មានធនាគារ</translation>
    </message>
    <message>
        <source>Your papers, ready to take, and copies kept somewhere safe.</source>
        <comment>papers.intro</comment>
        <translation>ឯកសាររបស់អ្នក ត្រៀមរួចជាស្រេចដើម្បីយកទៅ និងច្បាប់ចម្លង ដែលទុកនៅកន្លែងមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <source>Which important documents would you take with you? Note where each one is kept.</source>
        <comment>s_documents.text</comment>
        <translation>តើឯកសារសំខាន់ៗអ្វីខ្លះ ដែលអ្នកនឹងយកទៅជាមួយ? សូមកត់ត្រាថាឯកសារនីមួយៗទុកនៅឯណា។</translation>
    </message>
    <message>
        <source>If they are together in one place, you can take them all quickly.</source>
        <comment>s_documents.why</comment>
        <translation>បើវានៅជាមួយគ្នាកន្លែងតែមួយ អ្នកអាចយកវាទាំងអស់បានយ៉ាងលឿន។</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>s_documents.example1</comment>
        <translation>លិខិតឆ្លងដែន</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <comment>s_documents.example2</comment>
        <translation>ឯកសារអន្តោប្រវេសន៍</translation>
    </message>
    <message>
        <source>Bank card</source>
        <comment>s_documents.example3</comment>
        <translation>កាតធនាគារ</translation>
    </message>
    <message>
        <source>Health card</source>
        <comment>s_documents.example4</comment>
        <translation>កាតសុខភាព</translation>
    </message>
    <message>
        <source>My children&apos;s birth certificates</source>
        <comment>s_documents.example5</comment>
        <translation>សំបុត្រកំណើតរបស់កូនៗខ្ញុំ</translation>
    </message>
    <message>
        <source>Could an organisation you trust keep a copy of your file or papers for you?</source>
        <comment>s_org_copy.text</comment>
        <translation>តើអង្គការដែលអ្នកទុកចិត្ត អាចរក្សាទុកច្បាប់ចម្លងនៃសំណុំឯកសារ ឬក្រដាសស្នាមរបស់អ្នកឲ្យអ្នកបានទេ?</translation>
    </message>
    <message>
        <source>If you leave quickly, a copy waits for you somewhere safe.</source>
        <comment>s_org_copy.why</comment>
        <translation>បើអ្នកចាកចេញយ៉ាងលឿន ច្បាប់ចម្លងមួយរង់ចាំអ្នកនៅកន្លែងមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <source>Would you like to keep a record each time the person contacts you or causes a problem?</source>
        <comment>s_incident_record.text</comment>
        <translation>តើអ្នកចង់កត់ត្រារាល់ពេលដែលមនុស្សនោះទាក់ទងអ្នក ឬបង្កបញ្ហាទេ?</translation>
    </message>
    <message>
        <source>A record with dates can help later, for example with a lawyer or an immigration application.</source>
        <comment>s_incident_record.why</comment>
        <translation>កំណត់ត្រាដែលមានកាលបរិច្ឆេទ អាចជួយនៅពេលក្រោយ ឧទាហរណ៍ ជាមួយមេធាវី ឬពាក្យសុំអន្តោប្រវេសន៍។</translation>
    </message>
    <message>
        <source>Write the date, time and place. Keep it where the person cannot reach it, like SaferPlan&apos;s private record.</source>
        <comment>s_incident_record.help</comment>
        <translation>សរសេរកាលបរិច្ឆេទ ម៉ោង និងទីកន្លែង។ ទុកវានៅកន្លែងដែលមនុស្សនោះមិនអាចយកបាន ដូចជា “កំណត់ត្រាផ្ទាល់ខ្លួន” ក្នុង SaferPlan។</translation>
    </message>
    <message>
        <source>I already keep a record</source>
        <comment>s_incident_record.option.already</comment>
        <translation>ខ្ញុំកំពុងកត់ត្រារួចហើយ</translation>
    </message>
    <message>
        <source>I would like to start</source>
        <comment>s_incident_record.option.start</comment>
        <translation>ខ្ញុំចង់ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>Not right now</source>
        <comment>s_incident_record.option.not_now</comment>
        <translation>មិនមែនឥឡូវនេះទេ</translation>
    </message>
    <message>
        <source>Where could you keep copies of your records and documents, away from the person?</source>
        <comment>s_copies_place.text</comment>
        <translation>តើអ្នកអាចទុកច្បាប់ចម្លងនៃកំណត់ត្រា និងឯកសាររបស់អ្នកនៅឯណា ឆ្ងាយពីមនុស្សនោះ?</translation>
    </message>
    <message>
        <source>Copies stay safe even if your phone or papers are taken.</source>
        <comment>s_copies_place.why</comment>
        <translation>ច្បាប់ចម្លងនៅតែមានសុវត្ថិភាព ទោះបីទូរស័ព្ទ ឬឯកសាររបស់អ្នកត្រូវគេយកក៏ដោយ។</translation>
    </message>
    <message>
        <source>With someone I really trust</source>
        <comment>s_copies_place.option.trusted_person</comment>
        <translation>នៅជាមួយមនុស្សម្នាក់ដែលខ្ញុំទុកចិត្តពិតៗ</translation>
    </message>
    <message>
        <source>At an organisation</source>
        <comment>s_copies_place.option.organisation</comment>
        <translation>នៅអង្គការមួយ</translation>
    </message>
    <message>
        <source>In an email account only I know</source>
        <comment>s_copies_place.option.private_email</comment>
        <translation>ក្នុងគណនីអ៊ីមែលមួយ ដែលមានតែខ្ញុំដឹង</translation>
    </message>
    <message>
        <source>I do not have a place yet</source>
        <comment>s_copies_place.option.not_yet</comment>
        <translation>ខ្ញុំមិនទាន់មានកន្លែងនៅឡើយទេ</translation>
    </message>
    <message>
        <source>Do you have an email account that the person does not know about?</source>
        <comment>s_private_email.text</comment>
        <translation>តើអ្នកមានគណនីអ៊ីមែល ដែលមនុស្សនោះមិនដឹងទេ?</translation>
    </message>
    <message>
        <source>You can email scans and notes to yourself and keep them safe there.</source>
        <comment>s_private_email.why</comment>
        <translation>អ្នកអាចផ្ញើរូបស្កេន និងកំណត់ចំណាំតាមអ៊ីមែលទៅខ្លួនឯង ហើយរក្សាវាឲ្យមានសុវត្ថិភាពនៅទីនោះ។</translation>
    </message>
    <message>
        <source>Sign in only at a community organisation or a public library, not on a shared phone.</source>
        <comment>s_private_email.help</comment>
        <translation>ចូលគណនីតែនៅអង្គការសហគមន៍ ឬបណ្ណាល័យសាធារណៈប៉ុណ្ណោះ មិនមែននៅលើទូរស័ព្ទដែលប្រើរួមគ្នាទេ។</translation>
    </message>
</context>
</TS>
