<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tl" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About SaferPlan</source>
        <translation>Tungkol sa SaferPlan</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Bersyon {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. You may use, share and change it.</source>
        <translation>Libreng software sa ilalim ng GNU General Public License, bersyon 3 o mas bago. Maaari mo itong gamitin, ibahagi at baguhin.</translation>
    </message>
    <message>
        <source>The open plan is kept in this file: {path}</source>
        <translation>Nasa file na ito ang nakabukas na plano: {path}</translation>
    </message>
    <message>
        <source>New plans are kept in this folder: {path}</source>
        <translation>Nasa folder na ito ang mga bagong plano: {path}</translation>
    </message>
    <message>
        <source>Portable mode is on: settings and plans stay in that folder, and nothing is kept in your home folder.</source>
        <translation>Naka-on ang portable mode: nasa folder na iyon ang settings at mga plano, at walang itinatago sa home folder mo.</translation>
    </message>
    <message>
        <source>Portable mode is off.</source>
        <translation>Naka-off ang portable mode.</translation>
    </message>
    <message>
        <source>Show the licence</source>
        <translation>Ipakita ang lisensya</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensya</translation>
    </message>
    <message>
        <source>The licence text is not in this copy. It is the GNU General Public License, version 3, at gnu.org/licenses.</source>
        <translation>Wala ang teksto ng lisensya sa kopyang ito. Ito ang GNU General Public License, bersyon 3, sa gnu.org/licenses.</translation>
    </message>
</context>
<context>
    <name>AnswerAdapter</name>
    <message>
        <source>Yes</source>
        <translation>Oo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Hindi sigurado</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Walang petsa</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>See it larger</source>
        <translation>Tingnan nang mas malaki</translation>
    </message>
    <message>
        <source>Name of the file</source>
        <translation>Pangalan ng file</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Alisin ang file</translation>
    </message>
    <message>
        <source>A PDF file, kept safely in your plan. SaferPlan cannot show it.</source>
        <translation>Isang PDF file na ligtas na nakatago sa plano mo. Hindi ito maipapakita ng SaferPlan.</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Picture</source>
        <translation>Larawan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Binubuksan ang larawan…</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Hindi maipakita ang larawang ito.</translation>
    </message>
</context>
<context>
    <name>BondSheet</name>
    <message>
        <source>If I am detained: for my bond person</source>
        <translation>Kung ma-detain ako: para sa tagapiyansa ko</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <source>The first detention review is within 48 hours, or soon after. Then within 7 days, then at least once every 30 days.</source>
        <translation>Ang unang pagdinig sa detensyon ay sa loob ng 48 oras, o di-nagtagal pagkatapos. Pagkatapos, sa loob ng 7 araw, at saka kahit isang beses bawat 30 araw.</translation>
    </message>
    <message>
        <source>If you are not ready for the first review, the next chance may be a week or a month later. Call my lawyer as soon as you hear.</source>
        <translation>Kung hindi ka pa handa sa unang pagdinig, ang susunod na pagkakataon ay maaaring pagkalipas ng isang linggo o isang buwan. Tawagan agad ang abogado ko pagkarinig mo ng balita.</translation>
    </message>
    <message>
        <source>What you may be asked at the hearing</source>
        <translation>Ang maaaring itanong sa iyo sa pagdinig</translation>
    </message>
    <message>
        <source>How you know me, where I will live, and how you will make sure I follow the conditions of my release.</source>
        <translation>Paano mo ako nakilala, saan ako titira, at paano mo titiyakin na susundin ko ang mga kondisyon ng paglaya ko.</translation>
    </message>
    <message>
        <source>Whether you would tell the CBSA if I broke a condition. You must, or you can lose the money.</source>
        <translation>Kung sasabihan mo ba ang CBSA kapag may kondisyong hindi ko sinunod. Kailangan mo itong gawin, o maaaring mawala sa iyo ang pera.</translation>
    </message>
    <message>
        <source>Where the money comes from. It must be your own money, not mine.</source>
        <translation>Saan galing ang pera. Kailangang sarili mong pera ito, hindi akin.</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Ano ang dadalhin</translation>
    </message>
    <message>
        <source>Photo ID, and proof of your status in Canada: a Canadian passport, citizenship certificate or permanent resident card.</source>
        <translation>ID na may litrato, at patunay ng status mo sa Canada: Canadian passport, citizenship certificate o permanent resident card.</translation>
    </message>
    <message>
        <source>Proof of your own money and income, and of your address: bank statements, pay slips, a lease or a bill.</source>
        <translation>Patunay ng sarili mong pera at kita, at ng address mo: bank statement, pay slip, kontrata ng upa o isang bill.</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Sino ang tatawagan</translation>
    </message>
    <message>
        <source>Add my lawyer&apos;s and support worker&apos;s numbers here:</source>
        <translation>Isulat dito ang mga numero ng abogado ko at ng support worker ko:</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Bond person</source>
        <translation>Tagapiyansa</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>Abogado sa imigrasyon</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>Abogado sa kasong kriminal</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>Abogado sa batas pampamilya</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>Legal clinic</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Support worker</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>May hawak ng susi ko</translation>
    </message>
    <message>
        <source>Cares for my children</source>
        <translation>Nag-aalaga sa mga anak ko</translation>
    </message>
    <message>
        <source>Cares for my pets</source>
        <translation>Nag-aalaga sa mga alaga kong hayop</translation>
    </message>
    <message>
        <source>Release address</source>
        <translation>Address kapag nakalaya</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Ligtas na lugar</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Iba pang contact</translation>
    </message>
    <message>
        <source>In an emergency, please contact</source>
        <translation>Kung may emergency, pakikontak sila</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Mga contact</translation>
    </message>
    <message>
        <source>Medication and medical needs</source>
        <translation>Gamot at pangangailangang medikal</translation>
    </message>
    <message>
        <source>Language / interpreter</source>
        <translation>Wika / interpreter</translation>
    </message>
    <message>
        <source>This line is 5 cm long. If it is not, print again at 100 % (actual size).</source>
        <translation>5 cm ang haba ng linyang ito. Kung hindi, i-print ulit sa 100 % (aktuwal na laki).</translation>
    </message>
</context>
<context>
    <name>CardRisk</name>
    <message>
        <source>Before you print a card</source>
        <translation>Bago mo i-print ang card</translation>
    </message>
    <message>
        <source>If you are detained, officers take your things and may read this card. They may call the people on it. You decide what is best. You can also give the card to your bond person to keep, or learn the numbers by heart and carry no card.</source>
        <translation>Kung ma-detain ka, kukunin ng mga opisyal ang mga gamit mo at baka basahin nila ang card na ito. Baka tawagan nila ang mga taong nakasulat dito. Ikaw ang magpapasya kung ano ang pinakamabuti. Puwede mo ring ibigay ang card sa tagapiyansa mo para siya ang magtago nito, o kabisaduhin ang mga numero at huwag nang magdala ng card.</translation>
    </message>
    <message>
        <source>Print the card as it is</source>
        <translation>I-print ang card nang ganito</translation>
    </message>
    <message>
        <source>Make it discreet: names and numbers only</source>
        <translation>Gawing hindi halata: pangalan at numero lang</translation>
    </message>
    <message>
        <source>Choose fewer people first</source>
        <translation>Pumili muna ng mas kaunting tao</translation>
    </message>
    <message>
        <source>Save a sheet for my bond person instead</source>
        <translation>Mag-save na lang ng papel para sa tagapiyansa ko</translation>
    </message>
    <message>
        <source>Choose fewer people</source>
        <translation>Pumili ng mas kaunting tao</translation>
    </message>
    <message>
        <source>Untick the people you want to leave off the card, then print again.</source>
        <translation>Alisin ang tsek sa mga taong ayaw mong isama sa card, saka mag-print ulit.</translation>
    </message>
    <message>
        <source>A sheet for your bond person</source>
        <translation>Isang papel para sa tagapiyansa mo</translation>
    </message>
    <message>
        <source>It says what to do if you are detained: when, what they may be asked, what to bring, and who to call. It is printed in the language chosen for printing, and in English.</source>
        <translation>Nakasulat dito ang gagawin kung ma-detain ka: kailan kikilos, ano ang puwedeng itanong sa kanya, ano ang dadalhin, at sino ang tatawagan. Naka-print ito sa wikang pinili para sa pag-print, at sa Ingles.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>I-save bilang PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>I-print</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Hindi na-print</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. Use Save as PDF to keep a file.</source>
        <translation>Sa printer lang nagpi-print ang SaferPlan. Gamitin ang “I-save bilang PDF” para magtago ng file.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Na-save</translation>
    </message>
    <message>
        <source>The sheet for your bond person is saved. Give it to them on paper if you can.</source>
        <translation>Na-save na ang papel para sa tagapiyansa mo. Kung kaya mo, ibigay ito sa kanya nang naka-print sa papel.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>What SaferPlan keeps</source>
        <translation>Ano ang itinatago ng SaferPlan</translation>
    </message>
    <message>
        <source>Only what you type: your plans, the people and documents you add, and the numbers you want to learn. Write as little as you need. First names and your own words are fine.</source>
        <translation>Ang tina-type mo lang: ang mga plano mo, ang mga tao at dokumentong idinagdag mo, at ang mga numerong gusto mong kabisaduhin. Isulat lang ang kailangan mo. Puwede ang unang pangalan at sarili mong mga salita.</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Kung saan ito itinatago</translation>
    </message>
    <message>
        <source>In one file on this computer, locked with a passphrase you choose. Without the passphrase, or a recovery code if you make one, nobody can read it. Not us either: if you forget both, the plan cannot be opened again.</source>
        <translation>Sa iisang file sa computer na ito, naka-lock gamit ang passphrase na pinili mo. Kung wala ang passphrase, o ang recovery code kung gumawa ka nito, walang makakabasa nito. Kahit kami. Kapag nakalimutan mo ang dalawa, hindi na mabubuksan ang plano.</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>Walang ipinapadala kahit saan</translation>
    </message>
    <message>
        <source>SaferPlan never uses the internet. Nothing you write leaves this computer unless you print it or save a copy yourself.</source>
        <translation>Hindi kailanman gumagamit ng internet ang SaferPlan. Walang lumalabas sa computer na ito mula sa isinulat mo, maliban kung i-print mo ito o mag-save ka ng kopya.</translation>
    </message>
    <message>
        <source>You decide</source>
        <translation>Ikaw ang magpapasya</translation>
    </message>
    <message>
        <source>Every question can be skipped, left for later, or marked as not for you. You can see everything you wrote, take a copy, and delete everything at any time.</source>
        <translation>Puwedeng laktawan ang bawat tanong, iwan para sa susunod, o markahang hindi angkop sa iyo. Makikita mo ang lahat ng isinulat mo, makakakuha ka ng kopya, at mabubura mo ang lahat anumang oras.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Mabilisang paglabas</translation>
    </message>
    <message>
        <source>The Hide button at the top is always there. Pressing Esc twice, or Shift three times, does the same. SaferPlan hides your plan at once, saves it, locks it and minimises or closes. To open it again you need your passphrase. After a few minutes without use it locks by itself.</source>
        <translation>Laging nasa itaas ang button na Itago. Ganoon din ang mangyayari kapag pinindot mo ang Esc nang dalawang beses, o ang Shift nang tatlong beses. Agad na itinatago ng SaferPlan ang plano mo, sine-save ito, nila-lock, at mini-minimize o isinasara. Para buksan ulit, kailangan mo ang passphrase mo. Kapag hindi ginamit nang ilang minuto, kusa itong nala-lock.</translation>
    </message>
    <message>
        <source>What SaferPlan cannot protect against</source>
        <translation>Ang hindi kayang protektahan ng SaferPlan</translation>
    </message>
    <message>
        <source>It cannot keep you safe while the plan is open and someone is watching. It cannot stop spyware, a keylogger, or someone who controls this computer. It cannot hide that SaferPlan or a plan file is here: the file&apos;s size and date can be seen. It cannot help if someone forces you to tell them your passphrase. Deleted files may still be recoverable on some drives and USB sticks. Printouts and saved copies are not protected once they leave SaferPlan: keep them somewhere safe.</source>
        <translation>Hindi ka nito mapapanatiling ligtas habang bukas ang plano at may nanonood. Hindi nito mapipigilan ang spyware, keylogger, o taong may kontrol sa computer na ito. Hindi nito maitatago na nandito ang SaferPlan o isang file ng plano: nakikita ang laki at petsa ng file. Hindi ito makakatulong kung may pumilit sa iyo na sabihin ang passphrase mo. Ang mga binurang file ay puwede pang maibalik sa ilang drive at USB stick. Hindi na protektado ang mga printout at naka-save na kopya kapag nakalabas na sila sa SaferPlan: itago ang mga ito sa ligtas na lugar.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bago ka magsimula</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bumalik</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Magpatuloy</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Pumili ng passphrase</translation>
    </message>
    <message>
        <source>Also make a recovery code</source>
        <translation>Gumawa rin ng recovery code</translation>
    </message>
    <message>
        <source>A recovery code opens the plan if you forget your passphrase. It is shown once, for you to write down. Anyone who finds it can open your plan too, so keep it somewhere safe, away from this computer. Without a code, a forgotten passphrase means the plan cannot be opened again.</source>
        <translation>Binubuksan ng recovery code ang plano kung makalimutan mo ang passphrase mo. Isang beses lang itong ipapakita, para maisulat mo. Mabubuksan din ng sinumang makakita nito ang plano mo, kaya itago ito sa ligtas na lugar, malayo sa computer na ito. Kung walang code, hindi na mabubuksan ang plano kapag nakalimutan ang passphrase.</translation>
    </message>
    <message>
        <source>Locking your new plan. This takes a moment.</source>
        <translation>Nila-lock ang bago mong plano. Sandali lang ito.</translation>
    </message>
    <message>
        <source>&amp;Create my plan</source>
        <translation>Gawin ang &amp;plano ko</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bumalik</translation>
    </message>
    <message>
        <source>The plan could not be created. Nothing was saved.</source>
        <translation>Hindi nagawa ang plano. Walang na-save.</translation>
    </message>
</context>
<context>
    <name>DirectoryWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Bumalik sa &amp;home</translation>
    </message>
    <message>
        <source>As listed in {date} — check before relying on it.</source>
        <translation>Ayon sa listahan noong {date} — suriin muna bago umasa rito.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or another category.</source>
        <translation>Walang tumugma. Subukan ang mas kaunting letra o ibang kategorya.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorya</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>Lahat ng uri ng tulong</translation>
    </message>
    <message>
        <source>Search by name, number or what they offer</source>
        <translation>Maghanap ayon sa pangalan, numero o iniaalok nila</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Maghanap</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Maghanap</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>Mula sa listahan ng gabay, {date} — suriin muna bago umasa rito.</translation>
    </message>
</context>
<context>
    <name>DocumentAdapter</name>
    <message>
        <source>No documents in your list yet.</source>
        <translation>Wala pang dokumento sa listahan mo.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Magdagdag ng dokumento</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ano ito</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Saan ito nakatago</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Idagdag</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>What it is</source>
        <translation>Ano ito</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Saan ito nakatago</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>Sino ang may kopya</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Wala</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(wala pang pangalan)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>Children&apos;s documents</source>
        <translation>Mga dokumento ng mga anak</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <translation>Mga papeles sa imigrasyon</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>Study permit</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Work permit</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Health card</source>
        <translation>Health card</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>Listahan ng gamot</translation>
    </message>
    <message>
        <source>Lease or rental papers</source>
        <translation>Lease o papeles sa pag-upa</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>Mga papeles sa korte</translation>
    </message>
</context>
<context>
    <name>DocumentsWidget</name>
    <message>
        <source>Documents</source>
        <translation>Mga dokumento</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Bumalik sa &amp;home</translation>
    </message>
    <message>
        <source>Discreet words are fine: “the blue box” works as well as “passport at Lan&apos;s”.</source>
        <translation>Puwede ang mga salitang hindi halata: puwede mong isulat ang “asul na kahon” sa halip na “pasaporte kay Lan”.</translation>
    </message>
    <message>
        <source>No documents in your list yet</source>
        <translation>Wala pang dokumento sa listahan mo</translation>
    </message>
    <message>
        <source>Note where your important papers are kept and who has a copy, so they can be found when you need them.</source>
        <translation>Itala kung saan nakatago ang mahahalaga mong papeles at kung sino ang may kopya, para mahanap ang mga ito kapag kailangan mo.</translation>
    </message>
    <message>
        <source>&amp;Add a document</source>
        <translation>&amp;Magdagdag ng dokumento</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Alisin</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(wala pang pangalan)</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>dokumentong ito</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>Mag-alis ng dokumento</translation>
    </message>
    <message>
        <source>Remove {what} from your list?</source>
        <translation>Alisin ang {what} sa listahan mo?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Panatilihin</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Where</source>
        <translation>Saan</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ano ang nangyari</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>Sumulat nang marami o kaunti, ayon sa gusto mo.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Maglagay ng oras</translation>
    </message>
    <message>
        <source>Who was there (optional)</source>
        <translation>Sino ang naroon (kung gusto mo)</translation>
    </message>
    <message>
        <source>People you add under People can be chosen here.</source>
        <translation>Mapipili mo rito ang mga taong idinagdag mo sa Mga tao.</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Sino ang naroon</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Mga larawan at file</translation>
    </message>
    <message>
        <source>Add a photo or screenshot…</source>
        <translation>Magdagdag ng larawan o screenshot…</translation>
    </message>
    <message>
        <source>Add a photo or screenshot</source>
        <translation>Magdagdag ng larawan o screenshot</translation>
    </message>
    <message>
        <source>First written as: {when}. Choosing a date here replaces it.</source>
        <translation>Unang isinulat bilang: {when}. Kapag pumili ka ng petsa rito, papalitan ito.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(wala pang pangalan)</translation>
    </message>
    <message>
        <source>The file is kept in your plan, and the original was deleted.</source>
        <translation>Nakatago na ang file sa plano mo, at nabura na ang orihinal.</translation>
    </message>
    <message>
        <source>The file is kept in your plan. The original is still there.</source>
        <translation>Nakatago na ang file sa plano mo. Nandoon pa rin ang orihinal.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Alisin ang file</translation>
    </message>
    <message>
        <source>Remove this file from the entry? It will no longer be kept in your plan.</source>
        <translation>Alisin ang file na ito sa tala? Hindi na ito itatago sa plano mo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Panatilihin</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Nagkaroon ng problema</translation>
    </message>
    <message>
        <source>Something went wrong inside SaferPlan. Your plan is safe in its locked file; you may want to lock and reopen it.</source>
        <translation>Nagkaroon ng problema sa loob ng SaferPlan. Ligtas ang plano mo sa naka-lock na file nito. Kung gusto mo, puwede mo itong i-lock at buksan ulit.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is not enough room on the card. Choose fewer people or leave out the medication line.</source>
        <translation>Kulang ang espasyo sa card. Pumili ng mas kaunting tao, o alisin ang linya tungkol sa gamot.</translation>
    </message>
    <message>
        <source>There is not enough room on the card. Choose fewer people.</source>
        <translation>Kulang ang espasyo sa card. Pumili ng mas kaunting tao.</translation>
    </message>
    <message>
        <source>Some text cannot be printed because no font for {script} is installed. Install a font for {script}, for example the {font} font (on Debian or Ubuntu: the {package} package), then try again.</source>
        <translation>May mga salitang hindi mai-print dahil walang naka-install na font para sa {script}. Mag-install ng font para sa {script}, halimbawa ang font na {font} (sa Debian o Ubuntu: ang package na {package}), at subukan ulit.</translation>
    </message>
    <message>
        <source>Some of the chosen entries are no longer in the plan. Please choose again.</source>
        <translation>Wala na sa plano ang ilan sa mga talang pinili mo. Pakipili po ulit.</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of SaferPlan. Please try again.</source>
        <translation>Kailangan ng SaferPlan ang graphical na bahagi nito para makapag-print. Pakisubukan po ulit.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is ready, then try again.</source>
        <translation>Hindi mapaandar ang printer. Tingnan kung handa na ito, at subukan ulit.</translation>
    </message>
    <message>
        <source>A picture could not be put in the PDF, so it was not saved. Please try again.</source>
        <translation>Hindi mailagay ang isang larawan sa PDF, kaya hindi ito na-save. Subukan ulit.</translation>
    </message>
</context>
<context>
    <name>FileTextView</name>
    <message>
        <source>Opening the file…</source>
        <translation>Binubuksan ang file…</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>Hindi maipakita ang file na ito.</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <source>Places</source>
        <translation>Mga lugar</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>USB stick o card: %1</translation>
    </message>
    <message>
        <source>Home folder, on this computer</source>
        <translation>Home folder, sa computer na ito</translation>
    </message>
</context>
<context>
    <name>Guest</name>
    <message>
        <source>Finish guest session</source>
        <translation>Tapusin ang pansamantalang gamit</translation>
    </message>
    <message>
        <source>Nothing from this session stays on this computer. What would you like to take with you?</source>
        <translation>Walang matitira sa computer na ito mula sa pansamantalang gamit na ito. Ano ang gusto mong dalhin?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>I-print</translation>
    </message>
    <message>
        <source>Open Print from the home screen first, then finish the session.</source>
        <translation>Buksan muna ang “Mag-print o mag-save ng kopya” sa home, saka tapusin ang pansamantalang gamit.</translation>
    </message>
    <message>
        <source>Forget everything</source>
        <translation>Kalimutan ang lahat</translation>
    </message>
    <message>
        <source>Forget everything from this session? It cannot be brought back.</source>
        <translation>Kalimutan ang lahat mula sa pansamantalang gamit na ito? Hindi na ito maibabalik.</translation>
    </message>
    <message>
        <source>Forget it all</source>
        <translation>Kalimutan lahat</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>Saan ise-save</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick. The file is locked with a passphrase and has a neutral name.</source>
        <translation>Pumili ng folder, halimbawa sa sarili mong USB stick. Naka-lock ang file gamit ang passphrase at may pangalan itong hindi halata.</translation>
    </message>
    <message>
        <source>Lock the file</source>
        <translation>I-lock ang file</translation>
    </message>
    <message>
        <source>&amp;Save a locked file to a folder or USB stick</source>
        <translation>I-&amp;save ang naka-lock na file sa isang folder o USB stick</translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation>I-&amp;print ito</translation>
    </message>
    <message>
        <source>&amp;Take nothing and forget it all</source>
        <translation>&amp;Walang dadalhin, kalimutan ang lahat</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the plan again.</source>
        <translation>Pumili ng passphrase para sa file na ito. Kakailanganin mo ito para mabuksan ulit ang plano.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Na-save</translation>
    </message>
    <message>
        <source>This folder is on this computer</source>
        <translation>Nasa computer na ito ang folder na ito</translation>
    </message>
    <message>
        <source>This folder is on this computer, not on a USB stick. The file will stay here after you leave. It is locked, but other people who use this computer can see that it is there. Save it here anyway?</source>
        <translation>Nasa computer na ito ang folder na ito, hindi sa USB stick. Maiiwan dito ang file pag-alis mo. Naka-lock ito, pero makikita ng ibang gumagamit ng computer na ito na nandito ito. I-save pa rin dito?</translation>
    </message>
    <message>
        <source>Save it here</source>
        <translation>I-save dito</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>Pumili ng ibang lugar</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Take the USB stick with you.</source>
        <translation>Na-save bilang %1 sa %2. Dalhin mo ang USB stick.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Hindi na-save</translation>
    </message>
    <message>
        <source>Saved as %1 in %2, on this computer. It stays here, locked with your passphrase.</source>
        <translation>Na-save bilang %1 sa %2, sa computer na ito. Maiiwan ito dito, naka-lock gamit ang passphrase mo.</translation>
    </message>
    <message>
        <source>Saving a locked copy. This takes a moment.</source>
        <translation>Sine-save ang naka-lock na kopya. Sandali lang ito.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was saved there.</source>
        <translation>Hindi maisulat ang file. Walang na-save doon.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Safety plan</source>
        <translation>Plano sa kaligtasan</translation>
    </message>
    <message>
        <source>Add a &amp;safety plan</source>
        <translation>Magdagdag ng plano sa ka&amp;ligtasan</translation>
    </message>
    <message>
        <source>Add a &amp;release plan</source>
        <translation>Magdagdag ng plano sa &amp;paglaya</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>Mga t&amp;ao</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>Mga &amp;dokumento</translation>
    </message>
    <message>
        <source>&amp;Numbers to learn by heart</source>
        <translation>Mga &amp;numerong kakabisaduhin</translation>
    </message>
    <message>
        <source>Pri&amp;vate record</source>
        <translation>Pri&amp;badong talaan</translation>
    </message>
    <message>
        <source>&amp;Print or save a copy</source>
        <translation>Mag-print o mag-save ng &amp;kopya</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>Plano sa paglaya</translation>
    </message>
    <message>
        <source>Or&amp;ganisations that can help</source>
        <translation>Mga o&amp;rganisasyong makakatulong</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>1 number to practise</source>
        <translation>1 numerong sasanayin</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers to practise</source>
        <translation>
            <numerusform>%n numerong sasanayin</numerusform>
            <numerusform>%n numerong sasanayin</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Bagong plano</translation>
    </message>
    <message>
        <source>Give this plan a name. Choose words that mean something to you, and little to anyone else.</source>
        <translation>Bigyan ng pangalan ang planong ito. Pumili ng mga salitang may kahulugan sa iyo, at kaunti lang ang kahulugan sa iba.</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>Palitan ang pangalan ng plano</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Bagong pangalan</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Burahin ang plano</translation>
    </message>
    <message>
        <source>Delete this plan and all its answers? People and documents stay. This cannot be undone.</source>
        <translation>Burahin ang planong ito at lahat ng sagot dito? Mananatili ang mga tao at dokumento. Hindi na ito maibabalik.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 sa %2 ang nasagot</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 tao</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n tao</numerusform>
            <numerusform>%n tao</numerusform>
        </translation>
    </message>
    <message>
        <source>People you trust and people to call</source>
        <translation>Mga taong pinagkakatiwalaan mo at mga taong tatawagan</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 dokumento</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n dokumento</numerusform>
            <numerusform>%n dokumento</numerusform>
        </translation>
    </message>
    <message>
        <source>Where your papers are</source>
        <translation>Kung nasaan ang mga papeles mo</translation>
    </message>
    <message>
        <source>Free and confidential help</source>
        <translation>Libre at kumpidensyal na tulong</translation>
    </message>
    <message>
        <source>Phone numbers you know without your phone</source>
        <translation>Mga numerong alam mo kahit wala ang phone mo</translation>
    </message>
    <message>
        <source>Notes, photos and dates, kept private</source>
        <translation>Mga tala, litrato at petsa, pribadong nakatago</translation>
    </message>
    <message>
        <source>A copy on paper, or a small card</source>
        <translation>Kopya sa papel, o maliit na kard</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Panatilihin</translation>
    </message>
    <message>
        <source>Sample plan — nothing is saved.</source>
        <translation>Halimbawang plano — walang nase-save.</translation>
    </message>
    <message>
        <source>Guest session — nothing is saved on this computer. When you finish, you choose what to take with you.</source>
        <translation>Pansamantalang gamit — walang nase-save sa computer na ito. Pagkatapos, ikaw ang pipili kung ano ang dadalhin mo.</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Mga &amp;setting</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>Mga plano mo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Magpatuloy</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Palitan ang pangalan</translation>
    </message>
    <message>
        <source>&amp;Finish guest session</source>
        <translation>&amp;Tapusin ang pansamantalang gamit</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>Wala pang plano</translation>
    </message>
    <message>
        <source>A safety plan helps if you are at risk of violence. A release plan helps if you could be detained. You can have several.</source>
        <translation>Nakakatulong ang plano sa kaligtasan kung may panganib ng karahasan sa iyo. Nakakatulong ang plano sa paglaya kung maaari kang ma-detain. Maaari kang magkaroon ng ilan.</translation>
    </message>
    <message>
        <source>Start a plan</source>
        <translation>Magsimula ng plano</translation>
    </message>
    <message>
        <source>Shared by all plans</source>
        <translation>Para sa lahat ng plano</translation>
    </message>
    <message>
        <source>Before you start: privacy and limits</source>
        <translation>Bago ka magsimula: privacy at mga limitasyon</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there? Your plan will lock in {seconds} seconds to keep it safe.</source>
        <translation>Nandiyan ka pa ba? Mala-lock ang plano mo sa loob ng {seconds} segundo para manatili itong ligtas.</translation>
    </message>
    <message>
        <source>Still there? Your plan will be hidden in {seconds} seconds to keep it safe.</source>
        <translation>Nandiyan ka pa ba? Itatago ang plano mo sa loob ng {seconds} segundo para manatili itong ligtas.</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Ituloy ang paggamit</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Palitan ang passphrase</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Gumawa ng bagong recovery code</translation>
    </message>
    <message>
        <source>Remove the recovery code</source>
        <translation>Alisin ang recovery code</translation>
    </message>
    <message>
        <source>After the change, only the new passphrase opens this plan file and its backup. A recovery code stops working; you can make a new one afterwards. Copies of the file made before (for example on a USB stick) still open with the old passphrase.</source>
        <translation>Pagkatapos ng pagpapalit, ang bagong passphrase lang ang magbubukas sa file ng planong ito at sa backup nito. Hindi na gagana ang recovery code; maaari kang gumawa ng bago pagkatapos. Ang mga kopya ng file na ginawa bago nito (halimbawa sa USB stick) ay nabubuksan pa rin ng lumang passphrase.</translation>
    </message>
    <message>
        <source>The new code is shown once, for you to write down. An older code stops working for this file, but still opens copies of the file made before.</source>
        <translation>Isang beses lang ipapakita ang bagong code, para maisulat mo. Hindi na gagana sa file na ito ang lumang code, pero nabubuksan pa rin nito ang mga kopya ng file na ginawa bago nito.</translation>
    </message>
    <message>
        <source>After this, only your passphrase opens this plan file. If you forget it, the plan cannot be opened again. Copies of the file made before still open with the old code.</source>
        <translation>Pagkatapos nito, ang passphrase mo lang ang magbubukas sa file ng planong ito. Kung makalimutan mo ito, hindi na mabubuksan ang plano. Ang mga kopya ng file na ginawa bago nito ay nabubuksan pa rin ng lumang code.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Ang recovery code mo</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>Ang kasalukuyang passphrase mo</translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation>Ang bagong passphrase mo</translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation>Pakitype muna ang recovery code mo.</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>Paki-type muna ang kasalukuyang passphrase mo.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so nothing was changed. Please try again.</source>
        <translation>Hindi na-save ang mga huling binago mo, kaya walang nabago. Pakisubukan po ulit.</translation>
    </message>
    <message>
        <source>That is not the recovery code. Nothing was changed.</source>
        <translation>Hindi iyan ang recovery code. Walang nabago.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Hindi iyan ang kasalukuyang passphrase. Walang nabago.</translation>
    </message>
    <message>
        <source>The change could not be made. Nothing was changed.</source>
        <translation>Hindi nagawa ang pagpapalit. Walang nabago.</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>Passphrase at recovery code</translation>
    </message>
    <message>
        <source>This plan has a recovery code.</source>
        <translation>May recovery code ang planong ito.</translation>
    </message>
    <message>
        <source>This plan has no recovery code.</source>
        <translation>Walang recovery code ang planong ito.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase</source>
        <translation>Palitan ang &amp;passphrase</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;code</source>
        <translation>Gumawa ng bagong recovery &amp;code</translation>
    </message>
    <message>
        <source>&amp;Remove the recovery code</source>
        <translation>&amp;Alisin ang recovery code</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase no longer opens this file.</source>
        <translation>Napalitan na ang passphrase. Hindi na mabubuksan ng lumang passphrase ang file na ito.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase and the recovery code no longer open this file. You can make a new recovery code here.</source>
        <translation>Napalitan na ang passphrase. Hindi na mabubuksan ng lumang passphrase at ng recovery code ang file na ito. Maaari kang gumawa ng bagong recovery code dito.</translation>
    </message>
    <message>
        <source>The new recovery code works now.</source>
        <translation>Gumagana na ang bagong recovery code.</translation>
    </message>
    <message>
        <source>The recovery code is removed. Only your passphrase opens this file now.</source>
        <translation>Naalis na ang recovery code. Ang passphrase mo na lang ang magbubukas sa file na ito.</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Who can help you learn more</source>
        <translation>Sino ang makakatulong sa iyo na matuto pa</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>Idagdag sa mga tao ko</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>Idagdag sa mga tao ko: {name}</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>Mula sa listahan ng gabay, {date} — tiyakin muna bago umasa rito.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Naidagdag na</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>As of January 2020 — general information, not legal advice; check with a legal clinic.</source>
        <translation>Ayon sa kalagayan noong Enero 2020 — pangkalahatang impormasyon, hindi legal na payo; magtanong sa isang legal clinic.</translation>
    </message>
</context>
<context>
    <name>LegalBox</name>
    <message>
        <source>What to know</source>
        <translation>Ang dapat malaman</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portable mode: settings and plans stay in the app&apos;s own folder.</source>
        <translation>Portable mode: nasa sariling folder ng app ang settings at mga plano.</translation>
    </message>
    <message>
        <source>Hides everything at once and locks the plan. Esc twice does the same.</source>
        <translation>Itinatago agad ang lahat at nila-lock ang plano. Ganoon din ang Esc nang dalawang beses.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Ita&amp;go</translation>
    </message>
    <message>
        <source>L&amp;ock</source>
        <translation>I-l&amp;ock</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Magbukas ng file ng plano</translation>
    </message>
    <message>
        <source>Choose the plan file, for example on your USB stick.</source>
        <translation>Piliin ang file ng plano, halimbawa sa USB stick mo.</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>Nabuksan ang backup</translation>
    </message>
    <message>
        <source>The backup copy opened. Your changes will be saved to the plan file again.</source>
        <translation>Nabuksan ang backup na kopya. Ise-save ulit sa file ng plano ang mga pagbabago mo.</translation>
    </message>
    <message>
        <source>Your changes are back</source>
        <translation>Bumalik na ang mga pagbabago mo</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked. They are back now. SaferPlan will try to save them again.</source>
        <translation>Hindi na-save ang huling mga pagbabago mo bago na-lock ang plano. Nandito na ulit ang mga ito. Susubukan ulit ng SaferPlan na i-save ang mga ito.</translation>
    </message>
    <message>
        <source>Changes not kept</source>
        <translation>Hindi naitago ang mga pagbabago</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked, and they could not be kept. The plan is as it was last saved.</source>
        <translation>Hindi na-save ang huling mga pagbabago mo bago na-lock ang plano, at hindi rin naitago ang mga ito. Ang plano ay gaya noong huli itong na-save.</translation>
    </message>
    <message>
        <source>Saved by a newer version</source>
        <translation>Na-save ng mas bagong bersyon</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of SaferPlan ({version}). You can read it here, but changes are not saved, so that nothing the newer version added is lost. To change the plan, use the newer version.</source>
        <translation>Na-save ang planong ito ng mas bagong bersyon ng SaferPlan ({version}). Mababasa mo ito rito, pero hindi mase-save ang mga pagbabago, para walang mawala sa idinagdag ng mas bagong bersyon. Para baguhin ang plano, gamitin ang mas bagong bersyon.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Hindi na-save</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 It is still here. Please try again in a moment.</source>
        <translation>Hindi na-save ang huli mong pagbabago: %1 Nandito pa rin ito. Pakisubukan ulit mamaya-maya.</translation>
    </message>
    <message>
        <source>Not saved for next time</source>
        <translation>Hindi naka-save para sa susunod</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Hindi na-save ang mga setting</translation>
    </message>
    <message>
        <source>Your settings work now but could not be kept for next time.</source>
        <translation>Gumagana na ngayon ang mga setting mo pero hindi maitatabi para sa susunod.</translation>
    </message>
    <message>
        <source>Your plan was locked.</source>
        <translation>Na-lock ang plano mo.</translation>
    </message>
    <message>
        <source>Your last changes are not saved</source>
        <translation>Hindi na-save ang huling mga pagbabago mo</translation>
    </message>
    <message>
        <source>SaferPlan could not save your last changes. If you close now, they are lost. You can stay, check the folder or the USB stick, and try again.</source>
        <translation>Hindi na-save ng SaferPlan ang huling mga pagbabago mo. Kapag isinara mo ngayon, mawawala ang mga ito. Puwede kang manatili, tingnan ang folder o ang USB stick, at subukan ulit.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Isara pa rin</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Manatili</translation>
    </message>
</context>
<context>
    <name>OlderCopy</name>
    <message>
        <source>This copy of your plan was made before its passphrase was changed on this computer. Someone who knew the old passphrase may have put it back. Your newer plan may be in another file or folder.</source>
        <translation>Ginawa ang kopyang ito ng plano mo bago pinalitan ang passphrase nito sa computer na ito. Maaaring ibinalik ito ng isang taong alam ang lumang passphrase. Maaaring nasa ibang file o folder ang mas bago mong plano.</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy. The backup beside it is newer (save %3): you can open it instead.</source>
        <translation>Mas luma ang file ng planong ito kaysa sa huling na-save sa computer na ito (save %1; ang pinakabago rito ay save %2). Maaaring may nagbalik ng lumang kopya. Mas bago ang backup na katabi nito (save %3): puwede mo itong buksan sa halip.</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy, or it came from a backup. Your newer plan may be in another file or folder.</source>
        <translation>Mas luma ang file ng planong ito kaysa sa huling na-save sa computer na ito (save %1; ang pinakabago rito ay save %2). Maaaring may nagbalik ng lumang kopya, o galing ito sa backup. Maaaring nasa ibang file o folder ang mas bago mong plano.</translation>
    </message>
    <message>
        <source>An older copy of your plan</source>
        <translation>Lumang kopya ng plano mo</translation>
    </message>
    <message>
        <source>Use this older copy</source>
        <translation>Gamitin ang lumang kopyang ito</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>Isara ito</translation>
    </message>
    <message>
        <source>Open the newer backup</source>
        <translation>Buksan ang mas bagong backup</translation>
    </message>
    <message>
        <source>The backup did not open</source>
        <translation>Hindi nabuksan ang backup</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Hindi pa magkapareho ang dalawang password.</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Ano ang ipi-print</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Ang buong plano</translation>
    </message>
    <message>
        <source>The wallet card</source>
        <translation>Ang wallet card</translation>
    </message>
    <message>
        <source>People on the card</source>
        <translation>Mga tao sa card</translation>
    </message>
    <message>
        <source>No people yet. People you add under People can go on the card.</source>
        <translation>Wala pang tao. Puwedeng isama sa card ang mga taong idaragdag mo sa “Mga tao”.</translation>
    </message>
    <message>
        <source>Include the medication line</source>
        <translation>Isama ang linya tungkol sa gamot</translation>
    </message>
    <message>
        <source>Include the language and interpreter line</source>
        <translation>Isama ang linya tungkol sa wika at interpreter</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>Hindi halata</translation>
    </message>
    <message>
        <source>Neutral headings, names and numbers only.</source>
        <translation>Mga pamagat na hindi halata, at pangalan at numero lang.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
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
        <translation>Wika ng mga pamagat</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Password (kung gusto mo)</translation>
    </message>
    <message>
        <source>Only for saving a file. Anyone who wants to open the PDF will need it. SaferPlan cannot recover it.</source>
        <translation>Para lang sa pag-save ng file. Kakailanganin ito ng sinumang gustong magbukas ng PDF. Hindi ito maibabalik ng SaferPlan kapag nakalimutan.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Password ng PDF</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Ang parehong password ulit</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>Password ng PDF ulit</translation>
    </message>
</context>
<context>
    <name>OrganisationCard</name>
    <message>
        <source>Role for {name}</source>
        <translation>Tungkulin para sa {name}</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Walang tungkulin</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>Idagdag sa mga tao ko</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>Idagdag ang {name} sa mga tao ko</translation>
    </message>
    <message>
        <source>Added to your people. You can change it there.</source>
        <translation>Naidagdag sa mga tao mo. Puwede mo itong baguhin doon.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Spaces alone cannot be a passphrase.</source>
        <translation>Hindi puwedeng puro espasyo ang passphrase.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Masyadong maikli: gumamit ng kahit %1 character.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, so it is easy to guess. Please choose another.</source>
        <translation>Isa ito sa mga pinakakaraniwang password, kaya madali itong hulaan. Pumili po ng iba.</translation>
    </message>
    <message>
        <source>This is a keyboard or letter pattern, so it is easy to guess. Please choose another.</source>
        <translation>Isa itong pattern sa keyboard o ng mga titik, kaya madali itong hulaan. Pumili po ng iba.</translation>
    </message>
    <message>
        <source>Numbers alone, such as a date, are easy to guess. Please add some words.</source>
        <translation>Madaling hulaan ang puro numero, gaya ng petsa. Magdagdag po ng ilang salita.</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>Puwede na. Mas lalakas ito nang husto kung magdadagdag ka ng isa o dalawang salita.</translation>
    </message>
    <message>
        <source>Good. One more word makes it stronger still.</source>
        <translation>Mabuti. Mas lalakas pa ito kung magdadagdag ng isa pang salita.</translation>
    </message>
    <message>
        <source>Strong: long, with several words.</source>
        <translation>Malakas: mahaba, may ilang salita.</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Itago ang passphrase</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Ipakita ang passphrase</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>A few unrelated words you can remember make a strong passphrase, for example four words from different parts of your life. Do not use a name or a date someone could guess.</source>
        <translation>Ang ilang salitang hindi magkakaugnay pero natatandaan mo ay bumubuo ng matibay na passphrase, halimbawa apat na salita mula sa iba&apos;t ibang bahagi ng buhay mo. Huwag gumamit ng pangalan o petsang mahuhulaan ng iba.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Ang parehong passphrase ulit</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>Pumili po muna ng passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Hindi magkapareho ang dalawang passphrase. Pakitype ulit ang mga ito.</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <source>Paused</source>
        <translation>Naka-pause</translation>
    </message>
    <message>
        <source>This session was hidden after a few minutes without use.</source>
        <translation>Itinago ang pansamantalang gamit na ito dahil ilang minuto itong hindi ginamit.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Magpatuloy</translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <source>People</source>
        <translation>Mga tao</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Bumalik sa &amp;home</translation>
    </message>
    <message>
        <source>First names or nicknames are enough. Add only what your plan needs.</source>
        <translation>Sapat na ang unang pangalan o palayaw. Idagdag lang ang kailangan ng plano mo.</translation>
    </message>
    <message>
        <source>No one in your list yet</source>
        <translation>Wala pang tao sa listahan mo</translation>
    </message>
    <message>
        <source>Add the people who could help: someone to call, a lawyer, someone who could care for your children.</source>
        <translation>Idagdag ang mga taong puwedeng tumulong: isang matatawagan, isang abogado, isang puwedeng mag-alaga sa mga anak mo.</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>&amp;Magdagdag ng tao</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Alisin</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(wala pang pangalan)</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>ang taong ito</translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation>Mag-alis ng tao</translation>
    </message>
    <message>
        <source>Remove {name} from your plan? They will also be taken out of your answers.</source>
        <translation>Alisin sa plano mo: {name}? Aalisin din siya sa mga sagot mo.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Panatilihin</translation>
    </message>
</context>
<context>
    <name>PersonAdapter</name>
    <message>
        <source>No one in your list yet.</source>
        <translation>Wala pang tao sa listahan mo.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Magdagdag ng tao</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Pangalan o palayaw</translation>
    </message>
    <message>
        <source>Phone (if you want)</source>
        <translation>Telepono (kung gusto mo)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Idagdag</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Address (if you want)</source>
        <translation>Address (kung gusto mo)</translation>
    </message>
    <message>
        <source>About the phone number</source>
        <translation>Tungkol sa phone number</translation>
    </message>
    <message>
        <source>Print this address on my wallet card</source>
        <translation>I-print ang address na ito sa wallet card ko</translation>
    </message>
    <message>
        <source>Officers may read the card. Leave this off unless you need the address on it.</source>
        <translation>Maaaring basahin ng mga opisyal ang kard. Iwanang naka-off ito maliban kung kailangan mo ang address sa kard.</translation>
    </message>
    <message>
        <source>I want to know this number by heart</source>
        <translation>Gusto kong kabisaduhin ang numerong ito</translation>
    </message>
    <message>
        <source>What they could do for me</source>
        <translation>Ang puwede nilang gawin para sa akin</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>A phone number can hold only digits, spaces, a dot and the signs + - ( ). For an extension, type x or ext, then its digits.</source>
        <translation>Mga digit, espasyo, isang tuldok at ang mga tandang + - ( ) lang ang puwede sa phone number. Para sa extension, i-type ang x o ext, saka ang mga digit nito.</translation>
    </message>
    <message>
        <source>Hidden characters that can change how text is shown were removed.</source>
        <translation>Inalis ang mga nakatagong character na maaaring magbago sa pagpapakita ng teksto.</translation>
    </message>
</context>
<context>
    <name>PlanChoiceScreen</name>
    <message>
        <source>What do you want to plan for?</source>
        <translation>Para saan ang gusto mong planuhin?</translation>
    </message>
    <message>
        <source>Choose one to begin. You can add the other one later, and skip any question.</source>
        <translation>Pumili ng isa para magsimula. Maaari mong idagdag ang isa pa mamaya, at laktawan ang kahit anong tanong.</translation>
    </message>
    <message>
        <source>&amp;Safety plan</source>
        <translation>Plano sa &amp;kaligtasan</translation>
    </message>
    <message>
        <source>&amp;Release plan</source>
        <translation>Plano sa &amp;paglaya</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>&amp;Saka na magpasya</translation>
    </message>
    <message>
        <source>If you are at risk of violence: people to call, safe places, how to leave.</source>
        <translation>Kung may panganib ng karahasan sa iyo: mga taong tatawagan, ligtas na lugar, paano umalis.</translation>
    </message>
    <message>
        <source>If you could be detained: who to call, your papers, getting out.</source>
        <translation>Kung maaari kang ma-detain: sino ang tatawagan, ang mga papeles mo, paano makalaya.</translation>
    </message>
    <message>
        <source>Your answers stay locked on this computer. Nothing is sent anywhere.</source>
        <translation>Naka-lock sa computer na ito ang mga sagot mo. Walang ipinapadala kahit saan.</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Yes</source>
        <translation>Oo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Hindi sigurado</translation>
    </message>
    <message>
        <source>No one added yet.</source>
        <translation>Wala pang naidagdag na tao.</translation>
    </message>
    <message>
        <source>Everyone else in my plan, by role</source>
        <translation>Lahat ng iba pa sa plano ko, ayon sa tungkulin</translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Wala pang naidagdag.</translation>
    </message>
    <message>
        <source>A copy is with {name}.</source>
        <translation>May hawak ng kopya: {name}.</translation>
    </message>
    <message>
        <source>{title}: nothing answered yet.</source>
        <translation>{title}: wala pang nasasagot.</translation>
    </message>
    <message>
        <source>Still to think about</source>
        <translation>Pag-iisipan pa</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Ang plano ko</translation>
    </message>
    <message>
        <source>Bond persons</source>
        <translation>Mga tagapiyansa</translation>
    </message>
    <message>
        <source>Numbers to know by heart</source>
        <translation>Mga numerong kakabisaduhin</translation>
    </message>
    <message>
        <source>Where my documents are</source>
        <translation>Kung nasaan ang mga dokumento ko</translation>
    </message>
    <message>
        <source>Lawyers and legal help</source>
        <translation>Mga abogado at tulong legal</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Mga contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Pahina {page} ng {count}</translation>
    </message>
</context>
<context>
    <name>PlanWalkWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Bumalik sa &amp;home</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bumalik</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Laktawan muna</translation>
    </message>
    <message>
        <source>&amp;Doesn&apos;t apply</source>
        <translation>Hindi &amp;angkop</translation>
    </message>
    <message>
        <source>Talk about it &amp;later</source>
        <translation>&amp;Pag-usapan sa susunod</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Susunod</translation>
    </message>
    <message>
        <source>&amp;Finish for now</source>
        <translation>&amp;Tapusin muna</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Kasunod na bahagi</translation>
    </message>
    <message>
        <source>Skipped for now. You can come back to it any time.</source>
        <translation>Nilaktawan muna. Maaari mo itong balikan kahit kailan.</translation>
    </message>
    <message>
        <source>Noted: that one does not apply to you.</source>
        <translation>Naitala: hindi angkop sa iyo ang tanong na iyon.</translation>
    </message>
    <message>
        <source>Kept for later. You will find it under &quot;To talk about later&quot;.</source>
        <translation>Itinabi para sa susunod. Makikita mo ito sa &quot;Pag-usapan sa susunod&quot;.</translation>
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
        <translation>Wala pang numerong kakabisaduhin</translation>
    </message>
    <message>
        <source>Your phone may be taken away from you. Knowing a few numbers by heart helps.

To choose a number to learn, go to People, open someone who has a phone number, and tick “I want to know this number by heart”.</source>
        <translation>Baka kunin sa iyo ang telepono mo. Makakatulong kung may ilang numerong kabisado mo.

Para pumili ng numerong kakabisaduhin, pumunta sa Mga tao, buksan ang taong may numero ng telepono, at i-tsek ang “Gusto kong kabisaduhin ang numerong ito”.</translation>
    </message>
    <message>
        <source>Known by heart</source>
        <translation>Kabisado na</translation>
    </message>
    <message>
        <source>Hide roles</source>
        <translation>Itago ang mga tungkulin</translation>
    </message>
    <message>
        <source>Type the number from memory. Spaces and dashes do not matter.</source>
        <translation>I-type ang numero mula sa alaala. Hindi mahalaga ang mga espasyo at gitling.</translation>
    </message>
    <message>
        <source>The number, from memory</source>
        <translation>Ang numero, mula sa alaala</translation>
    </message>
    <message>
        <source>Type the number</source>
        <translation>I-type ang numero</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>Magpakita ng pahiwatig</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>✓ right   ≠ different digit   ? missing digit   + extra digit</source>
        <translation>✓ tama   ≠ ibang numero   ? kulang na numero   + sobrang numero</translation>
    </message>
    <message>
        <source>A new number to learn. Read it a few times and say it quietly to yourself. When you are ready, it will be hidden and you can type it from memory.</source>
        <translation>Isang bagong numerong kakabisaduhin. Basahin ito nang ilang beses at bigkasin nang mahina sa sarili mo. Kapag handa ka na, itatago ito at maaari mo itong i-type mula sa alaala.</translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation>Tapos na ang lahat para ngayong araw</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Bumalik sa &amp;home</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Laktawan muna</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Tapos na</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Susunod</translation>
    </message>
    <message>
        <source>I am &amp;ready, hide it</source>
        <translation>Handa na &amp;ako, itago ito</translation>
    </message>
    <message>
        <source>Practise &amp;all numbers again</source>
        <translation>Sanayin &amp;ulit ang lahat ng numero</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(walang pangalan)</translation>
    </message>
    <message>
        <source>Practised today: {done} of {total}</source>
        <translation>Nasanay ngayong araw: {done} sa {total}</translation>
    </message>
    <message numerus="yes">
        <source>Numbers practised today: %n</source>
        <translation>
            <numerusform>Mga numerong nasanay ngayong araw: %n</numerusform>
            <numerusform>Mga numerong nasanay ngayong araw: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Each time you practise, they get easier to remember.</source>
        <translation>Sa bawat pagsasanay mo, mas madali itong matandaan.</translation>
    </message>
    <message numerus="yes">
        <source>Numbers you know by heart: %n</source>
        <translation>
            <numerusform>Mga numerong kabisado mo: %n</numerusform>
            <numerusform>Mga numerong kabisado mo: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days until the next practice: %n</source>
        <translation>
            <numerusform>Mga araw bago ang susunod na pagsasanay: %n</numerusform>
            <numerusform>Mga araw bago ang susunod na pagsasanay: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>You can practise again today.</source>
        <translation>Puwede kang magsanay ulit ngayong araw.</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>Pahiwatig: {hint}</translation>
    </message>
    <message>
        <source>Right, with a hint. It will come back once more without one.</source>
        <translation>Tama, may pahiwatig. Babalik ito nang isang beses pa nang walang pahiwatig.</translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation>Tama iyan.</translation>
    </message>
    <message>
        <source>Not quite. Here is the number. It will come back later.</source>
        <translation>Hindi pa tama. Ito ang numero. Babalik ito mamaya.</translation>
    </message>
    <message>
        <source>The number:</source>
        <translation>Ang numero:</translation>
    </message>
    <message>
        <source>To call this number from Canada, you also need its country code, +{code}.</source>
        <translation>Para tawagan ang numerong ito mula sa Canada, kailangan mo rin ang country code nito, +{code}.</translation>
    </message>
    <message numerus="yes">
        <source>Different digits: %n</source>
        <translation>
            <numerusform>Ibang digit: %n</numerusform>
            <numerusform>Ibang digit: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing digits: %n</source>
        <translation>
            <numerusform>Kulang na digit: %n</numerusform>
            <numerusform>Kulang na digit: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra digits: %n</source>
        <translation>
            <numerusform>Sobrang digit: %n</numerusform>
            <numerusform>Sobrang digit: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>The preview could not be made. Please try other choices, or try again later.</source>
        <translation>Hindi nagawa ang silip. Pakisubukan po ang ibang pagpipilian, o subukan ulit mamaya.</translation>
    </message>
    <message>
        <source>Preview, page %1 of %2</source>
        <translation>Silip, pahina %1 ng %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Silip</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Inihahanda ang silip…</translation>
    </message>
    <message>
        <source>Preview: one sheet of cards. Cut along the lines, fold in the middle.</source>
        <translation>Silip: isang pahina ng mga card. Gupitin sa mga linya, at itupi sa gitna.</translation>
    </message>
    <message>
        <source>Preview: 1 page</source>
        <translation>Silip: 1 pahina</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>Silip: %n pahina</numerusform>
            <numerusform>Silip: %n pahina</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>Hihingin ng PDF ang password na ito kapag binuksan.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>Hindi naka-lock ng SaferPlan ang PDF file. Mababasa ito ng sinumang gumamit ng computer na ito o ng USB stick, maliban kung lagyan mo ng password.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Na-save bilang %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naipadala na sa printer.</translation>
    </message>
    <message>
        <source>Print or save a copy</source>
        <translation>Mag-print o mag-save ng kopya</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Bumalik sa &amp;home</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>I-&amp;save bilang PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>I-&amp;print…</translation>
    </message>
    <message>
        <source>Printing: the computer may keep a copy in its print queue for a while.</source>
        <translation>Pag-print: puwedeng magtago ang computer ng kopya sa print queue nito nang ilang sandali.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Pangalan ng file</translation>
    </message>
    <message>
        <source>Name of the PDF file. A name that says little about what is inside is safer.</source>
        <translation>Pangalan ng PDF file. Mas ligtas ang pangalang kaunti lang ang sinasabi tungkol sa laman nito.</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>Saan ise-save ang PDF</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick.</source>
        <translation>Pumili ng folder, halimbawa sa sarili mong USB stick.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Palitan ang file?</translation>
    </message>
    <message>
        <source>There is already a file called %1 in this folder. Replace it?</source>
        <translation>May file na %1 ang pangalan sa folder na ito. Palitan ito?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Palitan</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Panatilihin</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Hindi na-save</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Bago mag-print</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Discreet mode prints less. Print now?</source>
        <translation>Puwedeng magtago ang mga printer at print queue ng kopya ng pini-print mo sa computer na ito nang ilang sandali. Mas kaunti ang ipi-print kapag “Hindi halata” ang pinili mo. I-print na ngayon?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Magpatuloy</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Hindi muna</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>I-print</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Hindi na-print</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. To keep a copy as a file, use Save as PDF: it can protect the file with a password.</source>
        <translation>Sa printer lang nagpi-print ang SaferPlan. Para magtago ng kopya bilang file, gamitin ang “I-save bilang PDF”: puwede nitong lagyan ng password ang file.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>For example:
{examples}</source>
        <translation>Halimbawa:
{examples}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {section}</source>
        <translation>Tanong {number} sa {count} · {section}</translation>
    </message>
    <message>
        <source>You skipped this for now.</source>
        <translation>Nilaktawan mo muna ito.</translation>
    </message>
    <message>
        <source>You said this does not apply.</source>
        <translation>Sinabi mong hindi ito angkop sa iyo.</translation>
    </message>
    <message>
        <source>You wanted to talk about this later.</source>
        <translation>Gusto mong pag-usapan ito sa susunod.</translation>
    </message>
</context>
<context>
    <name>RecordPdf</name>
    <message>
        <source>My record</source>
        <translation>Ang talaan ko</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Sino ang naroon</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ano ang nangyari</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Mga kalakip</translation>
    </message>
    <message>
        <source>{name} (a file kept in the plan, not shown here)</source>
        <translation>{name} (file na nakatago sa plano, hindi ipinapakita rito)</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>Larawan: {name}</translation>
    </message>
    <message>
        <source>No date given</source>
        <translation>Walang petsa</translation>
    </message>
    <message>
        <source>{name} (a picture that could not be shown)</source>
        <translation>{name} (larawang hindi maipakita)</translation>
    </message>
</context>
<context>
    <name>RecordPdfDialog</name>
    <message>
        <source>Make a PDF for a lawyer or advocate</source>
        <translation>Gumawa ng PDF para sa abogado o advocate</translation>
    </message>
    <message>
        <source>Choose the entries to put in the PDF. You decide what to share.</source>
        <translation>Piliin ang mga talang ilalagay sa PDF. Ikaw ang magpapasya kung ano ang ibabahagi.</translation>
    </message>
    <message>
        <source>Entries in the PDF</source>
        <translation>Mga tala sa PDF</translation>
    </message>
    <message>
        <source>Neutral title: {title}</source>
        <translation>Pamagat na hindi halata: {title}</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Password (kung gusto mo)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Ang parehong password ulit</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>I-save ang PDF…</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>Piliin lahat</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>Walang piliin</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Hindi pa magkapareho ang dalawang password.</translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>Hihingin ng PDF ang password na ito kapag binuksan.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>Hindi naka-lock ng SaferPlan ang PDF file. Mababasa ito ng sinumang gumamit ng computer na ito o ng USB stick, maliban kung lagyan mo ng password.</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Na-save bilang {path}</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>SaferPlan can keep photos and screenshots (PNG, JPEG, GIF or WebP), PDF files and plain text files.</source>
        <translation>Puwedeng itago ng SaferPlan ang mga larawan at screenshot (PNG, JPEG, GIF o WebP), mga PDF file at mga plain text file.</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Magdagdag ng file</translation>
    </message>
    <message>
        <source>This file could not be read. Please check that it is still there, then try again.</source>
        <translation>Hindi mabasa ang file na ito. Pakitingnan po kung nandoon pa ito, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The original file</source>
        <translation>Ang orihinal na file</translation>
    </message>
    <message>
        <source>The file is now kept inside your locked plan. SaferPlan can delete the original file. On SSDs, USB sticks and phones, a deleted file can sometimes still be recovered, and copies may exist elsewhere (for example in a photo app or a cloud backup).</source>
        <translation>Nakatago na ngayon ang file sa loob ng naka-lock mong plano. Puwedeng burahin ng SaferPlan ang orihinal na file. Sa mga SSD, USB stick at telepono, minsan puwede pang maibalik ang binurang file, at maaaring may mga kopya sa ibang lugar (halimbawa sa isang photo app o sa cloud backup).</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation>Burahin ang orihinal</translation>
    </message>
    <message>
        <source>Keep the original</source>
        <translation>Panatilihin ang orihinal</translation>
    </message>
    <message>
        <source>The original file could not be deleted. You can delete it yourself if you want to.</source>
        <translation>Hindi mabura ang orihinal na file. Puwede mo itong burahin mismo kung gusto mo.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Larawan</translation>
    </message>
</context>
<context>
    <name>RecordWidget</name>
    <message>
        <source>Private record</source>
        <translation>Pribadong talaan</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. This stays inside your locked plan.</source>
        <translation>Sumulat nang marami o kaunti, ayon sa gusto mo. Nananatili ito sa loob ng naka-lock mong plano.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Maghanap</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>Maghanap sa talaan</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Mga tala, pinakabago muna</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Bumalik sa &amp;home</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>&amp;Magdagdag ng tala</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Alisin</translation>
    </message>
    <message>
        <source>Make a &amp;PDF for a lawyer or advocate…</source>
        <translation>Gumawa ng &amp;PDF para sa abogado o advocate…</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Wala pang nakasulat</translation>
    </message>
    <message>
        <source>A dated note of what happened, in your own words, can help a lawyer or advocate later. Add one when you want to.</source>
        <translation>Ang talang may petsa tungkol sa nangyari, sa sarili mong salita, ay makatutulong sa abogado o advocate sa susunod. Magdagdag kapag gusto mo.</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Walang petsa</translation>
    </message>
    <message>
        <source>{when} · {where}</source>
        <translation>{when} · {where}</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 file</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n file</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Walang nahanap.</translation>
    </message>
    <message>
        <source>Remove this entry and the files kept with it?</source>
        <translation>Alisin ang talang ito at ang mga file na nakatago kasama nito?</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>Alisin ang talang ito?</translation>
    </message>
    <message>
        <source>Remove an entry</source>
        <translation>Mag-alis ng tala</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Panatilihin</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>This code opens the plan if the passphrase is forgotten. Anyone who has it can open the plan. Keep it somewhere safe, away from the computer.</source>
        <translation>Binubuksan ng code na ito ang plano kapag nakalimutan ang passphrase. Kahit sino ang may hawak nito ay makakapagbukas ng plano. Itago ito sa ligtas na lugar, malayo sa computer.</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Bago mag-print</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Print the code now?</source>
        <translation>Puwedeng magtago ang mga printer at print queue ng kopya ng pini-print mo sa computer na ito nang ilang sandali. I-print na ba ang code?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>I-print</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Hindi muna</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Hindi na-print</translation>
    </message>
    <message>
        <source>The code is printed only on a printer, never into a file. Please write it down instead.</source>
        <translation>Sa printer lang pini-print ang code, hindi kailanman sa file. Pakisulat na lang ito sa papel.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation>Ang recovery code mo</translation>
    </message>
    <message>
        <source>Write the six groups on paper, in order, and keep it somewhere safe, apart from your computer. It is shown only this once. With it, you or anyone who has it can open your plan.</source>
        <translation>Isulat sa papel ang anim na grupo, nang sunod-sunod, at itago sa ligtas na lugar, malayo sa computer mo. Ngayon lang ito ipapakita. Gamit ito, ikaw o sinumang may hawak nito ay makakapagbukas ng plano mo.</translation>
    </message>
    <message>
        <source>The code has no 0, O, 1 or I, so nothing can be mistaken for something else.</source>
        <translation>Walang 0, O, 1 o I ang code, kaya walang mapagkakamalang iba.</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>I-print ito</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Naisulat ko na</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Bond person</source>
        <translation>Tagapiyansa</translation>
    </message>
    <message>
        <source>Could pay or promise money of their own so I can be released.</source>
        <translation>Maaaring magbayad o mangako ng sarili nilang pera para makalaya ako.</translation>
    </message>
    <message>
        <source>Would speak for me at a hearing</source>
        <translation>Magsasalita para sa akin sa pagdinig</translation>
    </message>
    <message>
        <source>Could come to a detention review and say who I am.</source>
        <translation>Puwedeng pumunta sa pagdinig sa detensyon at sabihin kung sino ako.</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>Abogado sa imigrasyon</translation>
    </message>
    <message>
        <source>Helps with status, detention and removal.</source>
        <translation>Tumutulong sa status, detensyon at deportasyon.</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>Abogado sa kasong kriminal</translation>
    </message>
    <message>
        <source>Helps if I am charged with a crime.</source>
        <translation>Tumutulong kung kinasuhan ako ng krimen.</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>Abogado sa batas pampamilya</translation>
    </message>
    <message>
        <source>Helps with children, custody or separation.</source>
        <translation>Tumutulong sa mga anak, kustodiya o paghihiwalay.</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>Legal clinic</translation>
    </message>
    <message>
        <source>Free legal information and help.</source>
        <translation>Libreng impormasyon at tulong legal.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Support worker</translation>
    </message>
    <message>
        <source>Someone from a service I trust, who can contact others.</source>
        <translation>Isang tao mula sa serbisyong pinagkakatiwalaan ko, na puwedeng kumontak sa iba.</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>May hawak ng susi ko</translation>
    </message>
    <message>
        <source>Could fetch clothes, money, documents or medication.</source>
        <translation>Puwedeng kumuha ng damit, pera, dokumento o gamot.</translation>
    </message>
    <message>
        <source>Would care for my children</source>
        <translation>Mag-aalaga sa mga anak ko</translation>
    </message>
    <message>
        <source>Could look after my children if I cannot.</source>
        <translation>Puwedeng mag-alaga sa mga anak ko kung hindi ko kaya.</translation>
    </message>
    <message>
        <source>Would care for my pets</source>
        <translation>Mag-aalaga sa mga alaga kong hayop</translation>
    </message>
    <message>
        <source>Could feed and look after my animals.</source>
        <translation>Puwedeng magpakain at mag-alaga sa mga hayop ko.</translation>
    </message>
    <message>
        <source>I could stay with them if released</source>
        <translation>Puwede akong tumira sa kanila kung makalaya ako</translation>
    </message>
    <message>
        <source>An address I can give when I am released.</source>
        <translation>Isang address na maibibigay ko kapag nakalaya ako.</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>Allowed to act for me on money or papers.</source>
        <translation>May pahintulot na kumilos para sa akin sa pera o papeles.</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Someone to call first if something happens.</source>
        <translation>Ang unang tatawagan kung may mangyari.</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Ligtas na lugar</translation>
    </message>
    <message>
        <source>Somewhere I could go to be safe.</source>
        <translation>Isang lugar na mapupuntahan ko para maging ligtas.</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>Sine-save…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Na-save ✓</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Itinatabi lang sa paggamit na ito</translation>
    </message>
    <message>
        <source>Not saved: %1 Your change is still here. Please try again in a moment.</source>
        <translation>Hindi na-save: %1 Nandito pa rin ang binago mo. Pakisubukan ulit maya-maya.</translation>
    </message>
</context>
<context>
    <name>SectionSummary</name>
    <message>
        <source>Here is what you have so far. You can change anything, now or later.</source>
        <translation>Ito ang mga nasagot mo na. Puwede mong baguhin ang kahit ano, ngayon o mamaya.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Baguhin</translation>
    </message>
    <message>
        <source>Change: {question}</source>
        <translation>Baguhin: {question}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Wala pang sagot</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>May sagot na</translation>
    </message>
    <message>
        <source>Skipped for now</source>
        <translation>Nilaktawan muna</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Hindi angkop</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>Pag-uusapan sa susunod</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Mga setting</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Ilang minutong walang gumagamit bago mag-lock</translation>
    </message>
    <message>
        <source>When you press Hide</source>
        <translation>Kapag pinindot mo ang Itago</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>Pamagat ng window</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>When nobody uses SaferPlan for this long, it saves and locks the plan.</source>
        <translation>Kapag walang gumamit ng SaferPlan nang ganito katagal, sine-save at nila-lock nito ang plano.</translation>
    </message>
    <message>
        <source>Save, lock and minimise the window</source>
        <translation>I-save, i-lock at i-minimize ang window</translation>
    </message>
    <message>
        <source>Save, lock and close SaferPlan</source>
        <translation>I-save, i-lock at isara ang SaferPlan</translation>
    </message>
    <message>
        <source>Shift three times also hides</source>
        <translation>Itinatago rin ng tatlong pindot ng Shift</translation>
    </message>
    <message>
        <source>Turn this off if your screen reader uses Shift. Esc twice and Hide still work.</source>
        <translation>I-off ito kung gumagamit ng Shift ang screen reader mo. Gumagana pa rin ang dalawang pindot ng Esc at ang Itago.</translation>
    </message>
    <message>
        <source>The window shows this name. Choose something that draws no attention.</source>
        <translation>Ipinapakita ng window ang pangalang ito. Pumili ng hindi nakakakuha ng pansin.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bumalik</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Plan %1</source>
        <translation>Plano %1</translation>
    </message>
    <message>
        <source>Plan %1 · last changed %2</source>
        <translation>Plano %1 · huling binago %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Maligayang pagdating</translation>
    </message>
    <message>
        <source>Make a plan for staying safe, kept locked on this computer. Nothing is ever sent over the internet.</source>
        <translation>Gumawa ng plano para manatiling ligtas, na naka-lock sa computer na ito. Walang ipinapadala sa internet kailanman.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>&amp;Language: %1</source>
        <translation>&amp;Wika: %1</translation>
    </message>
    <message>
        <source>Start a &amp;new plan</source>
        <translation>&amp;Magsimula ng bagong plano</translation>
    </message>
    <message>
        <source>&amp;Guest session</source>
        <translation>&amp;Pansamantalang gamit</translation>
    </message>
    <message>
        <source>Look at a &amp;sample plan</source>
        <translation>Tingnan ang &amp;halimbawang plano</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Mga &amp;setting</translation>
    </message>
    <message>
        <source>Your plan on this computer</source>
        <translation>Ang plano mo sa computer na ito</translation>
    </message>
    <message>
        <source>Plans on this computer</source>
        <translation>Mga plano sa computer na ito</translation>
    </message>
    <message>
        <source>&amp;Open my plan</source>
        <translation>&amp;Buksan ang plano ko</translation>
    </message>
    <message>
        <source>Open a file from another folder</source>
        <translation>Magbukas ng file mula sa ibang folder</translation>
    </message>
    <message>
        <source>Kept on this computer, locked with a passphrase you choose.</source>
        <translation>Itinatago sa computer na ito, naka-lock gamit ang passphrase na pinili mo.</translation>
    </message>
    <message>
        <source>Nothing is saved on this computer. At the end you choose what to take with you: a locked file on your own USB stick, a printout, or nothing.</source>
        <translation>Walang nase-save sa computer na ito. Sa dulo, ikaw ang pipili kung ano ang dadalhin mo: isang naka-lock na file sa sarili mong USB stick, isang printout, o wala.</translation>
    </message>
    <message>
        <source>A made-up plan to look around. Nothing is saved.</source>
        <translation>Isang gawa-gawang plano para makapag-ikot ka. Walang nase-save.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bago ka magsimula</translation>
    </message>
    <message>
        <source>What SaferPlan keeps, where, and what it cannot protect against.</source>
        <translation>Ano ang itinatago ng SaferPlan, saan, at ang hindi nito kayang protektahan.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The plan file could not be used.</source>
        <translation>Hindi magamit ang file ng plano.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is damaged.</source>
        <translation>Maling passphrase, o sira ang file.</translation>
    </message>
    <message>
        <source>Wrong recovery code, or the file is damaged.</source>
        <translation>Maling recovery code, o sira ang file.</translation>
    </message>
    <message>
        <source>This plan file has no recovery code.</source>
        <translation>Walang recovery code ang file ng planong ito.</translation>
    </message>
    <message>
        <source>This is not a plan file, or it was made by a newer version of the app.</source>
        <translation>Hindi ito file ng plano, o ginawa ito ng mas bagong bersyon ng app.</translation>
    </message>
    <message>
        <source>This file is not a plan file.</source>
        <translation>Hindi file ng plano ang file na ito.</translation>
    </message>
    <message>
        <source>This plan file uses a method this version does not know.</source>
        <translation>Gumagamit ang file ng planong ito ng paraang hindi alam ng bersyong ito.</translation>
    </message>
    <message>
        <source>This plan file was made by a newer version of the app. Update the app to open it.</source>
        <translation>Ginawa ang file ng planong ito ng mas bagong bersyon ng app. I-update ang app para mabuksan ito.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of the app. It cannot be changed here. Nothing was changed.</source>
        <translation>Na-save ang planong ito ng mas bagong bersyon ng app. Hindi ito mababago rito. Walang nabago.</translation>
    </message>
    <message>
        <source>This file asks for more memory or time than is safe on this computer, so it was not opened. It may be damaged.</source>
        <translation>Humihingi ang file na ito ng mas maraming memory o oras kaysa ligtas sa computer na ito, kaya hindi ito binuksan. Maaaring sira ito.</translation>
    </message>
    <message>
        <source>The plan inside this file could not be read. It may come from a newer version of the app.</source>
        <translation>Hindi mabasa ang plano sa loob ng file na ito. Maaaring galing ito sa mas bagong bersyon ng app.</translation>
    </message>
    <message>
        <source>This is a link or a special file, not a plan file.</source>
        <translation>Link o espesyal na file ito, hindi file ng plano.</translation>
    </message>
    <message>
        <source>This file is too large to be a plan file.</source>
        <translation>Masyadong malaki ang file na ito para maging file ng plano.</translation>
    </message>
    <message>
        <source>The plan file was changed by another program since it was opened. Nothing was saved.</source>
        <translation>Binago ng ibang program ang file ng plano mula nang buksan ito. Walang na-save.</translation>
    </message>
    <message>
        <source>This plan is open in another window. Close it there first.</source>
        <translation>Nakabukas ang planong ito sa ibang window. Isara muna ito roon.</translation>
    </message>
    <message>
        <source>This plan&apos;s lock file is a link or a special file, so the plan was not used. Nothing was changed.</source>
        <translation>Link o espesyal na file ang lock file ng planong ito, kaya hindi ginamit ang plano. Walang nabago.</translation>
    </message>
    <message>
        <source>The file could not be saved. The previous version is unchanged.</source>
        <translation>Hindi ma-save ang file. Walang nagbago sa dating bersyon.</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. The previous version is unchanged.</source>
        <translation>Puno na ang disk, kaya hindi na-save ang file. Walang nagbago sa dating bersyon.</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. The previous version is unchanged.</source>
        <translation>Walang pahintulot na magsulat sa folder na ito. Walang nagbago sa dating bersyon.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was written.</source>
        <translation>Hindi maisulat ang file. Walang naisulat.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written.</source>
        <translation>Puno na ang disk. Walang naisulat.</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. Nothing was written.</source>
        <translation>Walang pahintulot na magsulat sa folder na ito. Walang naisulat.</translation>
    </message>
    <message>
        <source>The plan is too large to save. The previous version is unchanged.</source>
        <translation>Masyadong malaki ang plano para i-save. Walang nagbago sa dating bersyon.</translation>
    </message>
    <message>
        <source>The file failed its check before saving, so it was not saved. The previous version is unchanged.</source>
        <translation>Hindi pumasa ang file sa pagsusuri bago i-save, kaya hindi ito na-save. Walang nagbago sa dating bersyon.</translation>
    </message>
    <message>
        <source>The change did not finish. The plan file still opens as before; its backup already has the change.</source>
        <translation>Hindi natapos ang pagbabago. Nabubuksan pa rin ang file ng plano gaya ng dati; nasa backup na nito ang pagbabago.</translation>
    </message>
    <message>
        <source>The passphrase or recovery code was changed meanwhile. Nothing was changed.</source>
        <translation>Napalitan ang passphrase o ang recovery code habang ginagawa ito. Walang nabago.</translation>
    </message>
    <message>
        <source>The backup beside this older copy is newer. Changing the keys now would replace it, so nothing was changed. Open the newer backup first.</source>
        <translation>Mas bago ang backup na katabi ng lumang kopyang ito. Kung papalitan ngayon ang passphrase o ang recovery code, mapapalitan ang backup na iyon, kaya walang binago. Buksan muna ang mas bagong backup.</translation>
    </message>
    <message>
        <source>The plan is locked. Open it again to continue.</source>
        <translation>Naka-lock ang plano. Buksan ito ulit para magpatuloy.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Nothing was changed.</source>
        <translation>May file na sa ganitong pangalan. Walang nabago.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Hindi mabasa ang file.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Wala ang file.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open your plan</source>
        <translation>Buksan ang plano mo</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Open the backup copy instead</source>
        <translation>Buksan na lang ang backup na kopya</translation>
    </message>
    <message>
        <source>Opening your plan. This takes a moment.</source>
        <translation>Binubuksan ang plano mo. Sandali lang ito.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Bu&amp;ksan</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase</source>
        <translation>Gamitin ang &amp;passphrase ko</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
        <translation>Gamitin ang &amp;recovery code</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bumalik</translation>
    </message>
    <message>
        <source>&amp;Stop opening</source>
        <translation>I&amp;hinto ang pagbukas</translation>
    </message>
    <message>
        <source>Still opening your plan: %1 seconds so far. Some files take longer. You can stop at any time.</source>
        <translation>Binubuksan pa ang plano mo: %1 segundo na. Mas matagal ang ilang file. Maaari mo itong ihinto kahit kailan.</translation>
    </message>
    <message>
        <source>Stopped. The plan was not opened.</source>
        <translation>Inihinto. Hindi binuksan ang plano.</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>Pakitype muna ang passphrase mo.</translation>
    </message>
    <message>
        <source>That recovery code did not open it — check it and try again.</source>
        <translation>Hindi ito nabuksan ng recovery code na iyan — tingnan ito at subukan ulit.</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again. If you are sure it is right, the file may be damaged: the backup copy, kept from the save before, may open.</source>
        <translation>Hindi ito nabuksan ng passphrase na iyan — subukan ulit. Kung sigurado kang tama ito, maaaring sira ang file: maaaring mabuksan ang backup, na mula sa nakaraang save.</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again.</source>
        <translation>Hindi ito nabuksan ng passphrase na iyan — subukan ulit.</translation>
    </message>
    <message>
        <source>This plan is already open in another window. Close it there first, then try again.</source>
        <translation>Bukas na ang planong ito sa ibang window. Isara muna ito roon, saka subukan ulit.</translation>
    </message>
    <message>
        <source>This file looks damaged, so it did not open. The backup copy, kept from the save before, may open.</source>
        <translation>Mukhang sira ang file na ito, kaya hindi ito nabuksan. Maaaring mabuksan ang backup, na mula sa nakaraang save.</translation>
    </message>
    <message>
        <source>The plan could not be opened. Nothing was changed.</source>
        <translation>Hindi mabuksan ang plano. Walang binago.</translation>
    </message>
</context>
<context>
    <name>WalkSidebar</name>
    <message>
        <source>Sections</source>
        <translation>Mga bahagi</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>Pag-usapan sa susunod</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} done ({answered} answered, {not_applicable} do not apply)</source>
        <translation>{title}
{done} sa {total} ang tapos ({answered} nasagot, {not_applicable} hindi angkop)</translation>
    </message>
    <message>
        <source>{title}
{answered} of {total} answered</source>
        <translation>{title}
{answered} sa {total} ang nasagot</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <source>As listed in the guide in January 2020 — check before relying on it.</source>
        <comment>note</comment>
        <translation>Ayon sa listahan ng gabay noong Enero 2020 — suriin muna bago umasa rito.</translation>
    </message>
    <message>
        <source>Sex worker support</source>
        <comment>category.sex_work</comment>
        <translation>Suporta para sa sex workers</translation>
    </message>
    <message>
        <source>Crisis and emergency lines</source>
        <comment>category.crisis</comment>
        <translation>Mga linya para sa krisis at emergency</translation>
    </message>
    <message>
        <source>Violence: support and shelters</source>
        <comment>category.violence</comment>
        <translation>Karahasan: suporta at mga shelter</translation>
    </message>
    <message>
        <source>Health and social services</source>
        <comment>category.health</comment>
        <translation>Kalusugan at mga serbisyong panlipunan</translation>
    </message>
    <message>
        <source>Legal help</source>
        <comment>category.legal</comment>
        <translation>Tulong legal</translation>
    </message>
    <message>
        <source>Community legal clinics</source>
        <comment>category.legal_clinic</comment>
        <translation>Mga community legal clinic</translation>
    </message>
    <message>
        <source>Work and labour rights</source>
        <comment>category.labour</comment>
        <translation>Trabaho at mga karapatan ng manggagawa</translation>
    </message>
    <message>
        <source>Immigration, migrant and refugee support</source>
        <comment>category.immigration</comment>
        <translation>Suporta sa mga imigrante, migrante at refugee</translation>
    </message>
    <message>
        <source>Other community services</source>
        <comment>category.community</comment>
        <translation>Iba pang serbisyong pangkomunidad</translation>
    </message>
    <message>
        <source>Started by sex workers, social workers, and legal and health workers. 24/7 hotline, outreach, health and legal information, and urgent help if a migrant sex worker is arrested or detained. In Ontario and other cities.</source>
        <comment>butterfly.offers</comment>
        <translation>Itinatag ng mga sex worker, social worker, at mga manggagawa sa larangang legal at pangkalusugan. 24/7 na hotline, outreach, impormasyong pangkalusugan at legal, at agarang tulong kung ma-aresto o makulong ang isang migranteng sex worker. Sa Ontario at iba pang lungsod.</translation>
    </message>
    <message>
        <source>24/7 phone line for any woman facing abuse in Ontario: someone to talk to, information and referrals. About 200 languages.</source>
        <comment>assaulted-womens-helpline.offers</comment>
        <translation>24/7 na linya ng telepono para sa sinumang babaeng nakakaranas ng pang-aabuso sa Ontario: may makakausap, impormasyon at referral. Mga 200 wika.</translation>
    </message>
    <message>
        <source>A list of distress and crisis lines across Ontario, for emotional support, including when thinking about suicide.</source>
        <comment>distress-centres-ontario.offers</comment>
        <translation>Listahan ng mga linya para sa krisis sa buong Ontario, para sa suportang emosyonal, pati kapag naiisip ang pagpapakamatay.</translation>
    </message>
    <message>
        <source>Lawyers, counselling and interpreters in many languages for women who have faced violence, in Ontario.</source>
        <comment>barbra-schlifer-clinic.offers</comment>
        <translation>Mga abogado, counselling at interpreter sa maraming wika para sa mga babaeng nakaranas ng karahasan, sa Ontario.</translation>
    </message>
    <message>
        <source>Money for urgent costs after a crime in Ontario, such as counselling or a funeral. After sexual or family violence or trafficking you can report to a community organisation instead of the police; for other crimes a police report is needed.</source>
        <comment>victim-quick-response.offers</comment>
        <translation>Pera para sa agarang gastos pagkatapos ng krimen sa Ontario, tulad ng counselling o libing. Pagkatapos ng sekswal o pampamilyang karahasan o trafficking, puwede kang mag-ulat sa isang organisasyong pangkomunidad sa halip na sa pulis; sa ibang krimen, kailangan ng ulat sa pulis.</translation>
    </message>
    <message>
        <source>Ambulance and police. The police may come when you call.</source>
        <comment>emergency-911.offers</comment>
        <translation>Ambulansiya at pulis. Baka dumating ang pulis kapag tumawag ka.</translation>
    </message>
    <message>
        <source>A website to find a shelter for women, and their children, who want to get away from violence or abuse.</source>
        <comment>sheltersafe.offers</comment>
        <translation>Website para makahanap ng shelter para sa mga babae, at sa kanilang mga anak, na gustong lumayo sa karahasan o pang-aabuso.</translation>
    </message>
    <message>
        <source>Finds a shelter bed in Toronto or tells you where there is space.</source>
        <comment>toronto-shelter-intake.offers</comment>
        <translation>Naghahanap ng kama sa shelter sa Toronto o nagsasabi kung saan may bakante.</translation>
    </message>
    <message>
        <source>Phone line open 24 hours and a website to find any kind of community or social service in Ontario.</source>
        <comment>211-ontario.offers</comment>
        <translation>Linya ng teleponong bukas nang 24 oras at website para makahanap ng kahit anong serbisyong pangkomunidad o panlipunan sa Ontario.</translation>
    </message>
    <message>
        <source>Free health advice from a registered nurse.</source>
        <comment>telehealth-ontario.offers</comment>
        <translation>Libreng payong pangkalusugan mula sa isang rehistradong nars.</translation>
    </message>
    <message>
        <source>24-hour phone line in French for women in Ontario facing abuse or sexual assault: support, information and referrals.</source>
        <comment>femaide.offers</comment>
        <translation>24 oras na linya ng telepono sa French para sa mga babae sa Ontario na nakakaranas ng pang-aabuso o sekswal na pananakit: suporta, impormasyon at referral.</translation>
    </message>
    <message>
        <source>Free, confidential information on services for mental health, alcohol and drug use, and gambling in Ontario.</source>
        <comment>connexontario.offers</comment>
        <translation>Libre at kumpidensiyal na impormasyon tungkol sa mga serbisyo para sa kalusugang pangkaisipan, paggamit ng alak at droga, at pagsusugal sa Ontario.</translation>
    </message>
    <message>
        <source>Information on mental health services in Ontario, such as crisis lines, online counselling and emergency housing.</source>
        <comment>ementalhealth.offers</comment>
        <translation>Impormasyon tungkol sa mga serbisyo para sa kalusugang pangkaisipan sa Ontario, tulad ng mga linya para sa krisis, online counselling at pang-emergency na pabahay.</translation>
    </message>
    <message>
        <source>A list of mental health crisis services and their phone numbers across Ontario.</source>
        <comment>camh-crisis.offers</comment>
        <translation>Listahan ng mga serbisyo para sa krisis sa kalusugang pangkaisipan at ang mga numero nila sa buong Ontario.</translation>
    </message>
    <message>
        <source>Information on health services and resources in Ontario.</source>
        <comment>central-health-line.offers</comment>
        <translation>Impormasyon tungkol sa mga serbisyo at mapagkukunang pangkalusugan sa Ontario.</translation>
    </message>
    <message>
        <source>Doctors, nurse practitioners, social workers and others for people who often miss out on care, including people without status and people without a home.</source>
        <comment>community-health-centres.offers</comment>
        <translation>Mga doktor, nurse practitioner, social worker at iba pa para sa mga taong madalas hindi naaabot ng pangangalaga, kasama ang mga taong walang status at walang tirahan.</translation>
    </message>
    <message>
        <source>Legal services for people in Ontario with a low income who qualify.</source>
        <comment>legal-aid-ontario.offers</comment>
        <translation>Mga serbisyong legal para sa mga taong mababa ang kita sa Ontario na kuwalipikado.</translation>
    </message>
    <message>
        <source>Legal help for refugee claimants in Toronto, Hamilton and Ottawa.</source>
        <comment>legal-aid-refugee-law-office.offers</comment>
        <translation>Tulong legal para sa mga refugee claimant sa Toronto, Hamilton at Ottawa.</translation>
    </message>
    <message>
        <source>Plain-language legal information in many languages and formats, and a list of community legal clinics in Ontario.</source>
        <comment>cleo.offers</comment>
        <translation>Impormasyong legal sa simpleng wika, sa maraming wika at anyo, at listahan ng mga community legal clinic sa Ontario.</translation>
    </message>
    <message>
        <source>Legal information and referrals for women in Ontario facing violence.</source>
        <comment>owjn.offers</comment>
        <translation>Impormasyong legal at referral para sa mga babae sa Ontario na nakakaranas ng karahasan.</translation>
    </message>
    <message>
        <source>Family lawyers in three offices in Ontario for people who qualify for legal aid.</source>
        <comment>family-law-offices.offers</comment>
        <translation>Mga abogado sa batas pampamilya sa tatlong opisina sa Ontario para sa mga taong kuwalipikado sa legal aid.</translation>
    </message>
    <message>
        <source>Online referral to a lawyer or paralegal in Ontario, with a free first consultation of up to 30 minutes.</source>
        <comment>lsuc-lawyer-referral.offers</comment>
        <translation>Online na referral sa isang abogado o paralegal sa Ontario, na may libreng unang konsultasyon nang hanggang 30 minuto.</translation>
    </message>
    <message>
        <source>Local clinics for people with a low income in their area; some serve a particular culture or language.</source>
        <comment>community-legal-clinics.offers</comment>
        <translation>Mga lokal na klinika para sa mga taong mababa ang kita sa kanilang lugar; may ilang naglilingkod sa isang partikular na kultura o wika.</translation>
    </message>
    <message>
        <source>Free legal help across Ontario for people with a low income who do not speak English, in Chinese, Vietnamese, Cambodian and Laotian communities.</source>
        <comment>csalc.offers</comment>
        <translation>Libreng tulong legal sa buong Ontario para sa mga taong mababa ang kita na hindi nagsasalita ng English, sa mga komunidad na Chinese, Vietnamese, Cambodian at Laotian.</translation>
    </message>
    <message>
        <source>Takes test cases to court to change unfair rules in federal and Ontario income support programs.</source>
        <comment>income-security-advocacy-centre.offers</comment>
        <translation>Nagdadala ng mga test case sa korte para baguhin ang mga hindi makatarungang patakaran sa mga programang pang-income support ng pederal at ng Ontario.</translation>
    </message>
    <message>
        <source>Legal help and information on social assistance, violence, mental health, immigration and refugee matters, work and housing.</source>
        <comment>parkdale-community-legal-services.offers</comment>
        <translation>Tulong legal at impormasyon tungkol sa social assistance, karahasan, kalusugang pangkaisipan, imigrasyon at refugee, trabaho at pabahay.</translation>
    </message>
    <message>
        <source>Legal help and information for people living with HIV in Ontario.</source>
        <comment>halco.offers</comment>
        <translation>Tulong legal at impormasyon para sa mga taong may HIV sa Ontario.</translation>
    </message>
    <message>
        <source>Legal services for Black people in Ontario with a low income or no income.</source>
        <comment>black-legal-action-centre.offers</comment>
        <translation>Mga serbisyong legal para sa mga Black na tao sa Ontario na mababa ang kita o walang kita.</translation>
    </message>
    <message>
        <source>Legal advice, services and education for South Asian people in Ontario; also works on changing the law.</source>
        <comment>salc.offers</comment>
        <translation>Payong legal, mga serbisyo at edukasyon para sa mga taga-South Asia sa Ontario; kumikilos din para baguhin ang batas.</translation>
    </message>
    <message>
        <source>Support and lawyers for people with disabilities in Ontario.</source>
        <comment>arch-disability-law-centre.offers</comment>
        <translation>Suporta at mga abogado para sa mga taong may kapansanan sa Ontario.</translation>
    </message>
    <message>
        <source>Legal help in Spanish for Spanish-speaking people across Ontario.</source>
        <comment>spanish-speaking-legal-clinic.offers</comment>
        <translation>Tulong legal sa Spanish para sa mga nagsasalita ng Spanish sa buong Ontario.</translation>
    </message>
    <message>
        <source>Legal help for First Nations (with or without status), Métis and Inuit people in Ontario.</source>
        <comment>aboriginal-legal-services.offers</comment>
        <translation>Tulong legal para sa First Nations (may status man o wala), Métis at Inuit sa Ontario.</translation>
    </message>
    <message>
        <source>Information on workers&apos; rights and support to stand up for them.</source>
        <comment>workers-action-centre.offers</comment>
        <translation>Impormasyon tungkol sa mga karapatan ng manggagawa at suporta para ipaglaban ang mga ito.</translation>
    </message>
    <message>
        <source>The Ontario government office that applies and enforces the Employment Standards Act, 2000.</source>
        <comment>ministry-of-labour.offers</comment>
        <translation>Ang opisina ng gobyerno ng Ontario na nagpapatupad ng Employment Standards Act, 2000.</translation>
    </message>
    <message>
        <source>For sex workers in Toronto: sexual health, safety at work, workshops, legal information, counselling, advocacy and social time.</source>
        <comment>maggies.offers</comment>
        <translation>Para sa mga sex worker sa Toronto: kalusugang sekswal, kaligtasan sa trabaho, workshop, impormasyong legal, counselling, adbokasiya at pakikisalamuha.</translation>
    </message>
    <message>
        <source>Outreach and harm reduction support for sex workers who work on the street, in Hamilton.</source>
        <comment>swap-hamilton.offers</comment>
        <translation>Outreach at suportang harm reduction para sa mga sex worker na nagtatrabaho sa kalye, sa Hamilton.</translation>
    </message>
    <message>
        <source>Harm reduction and first aid supplies, HIV and STI information, clothing, hygiene products, food, and peer support, in London.</source>
        <comment>safe-space-london.offers</comment>
        <translation>Mga gamit para sa harm reduction at first aid, impormasyon tungkol sa HIV at STI, damit, gamit sa kalinisan, pagkain, at suporta mula sa kapwa, sa London.</translation>
    </message>
    <message>
        <source>Peer support, education, advocacy and referrals for safer living and working conditions, in Sudbury.</source>
        <comment>swans-sudbury.offers</comment>
        <translation>Suporta mula sa kapwa, edukasyon, adbokasiya at referral para sa mas ligtas na pamumuhay at kondisyon sa trabaho, sa Sudbury.</translation>
    </message>
    <message>
        <source>A network of community agencies that serve immigrants and refugees in Ontario.</source>
        <comment>ocasi.offers</comment>
        <translation>Isang network ng mga ahensiyang pangkomunidad na naglilingkod sa mga imigrante at refugee sa Ontario.</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education for newcomers in Ontario, and shelter for women and their children.</source>
        <comment>fcj-refugee-centre.offers</comment>
        <translation>Proteksiyon para sa mga refugee, tulong sa paninirahan at edukasyon para sa mga bagong dating sa Ontario, at shelter para sa mga babae at kanilang mga anak.</translation>
    </message>
    <message>
        <source>Health care and community services in Toronto, including for newcomers, immigrants and refugees.</source>
        <comment>access-alliance.offers</comment>
        <translation>Pangangalagang pangkalusugan at mga serbisyong pangkomunidad sa Toronto, kasama para sa mga bagong dating, imigrante at refugee.</translation>
    </message>
    <message>
        <source>Speaks up for the rights of migrant workers, in Ontario and across Canada.</source>
        <comment>migrant-workers-alliance.offers</comment>
        <translation>Nagsasalita para sa mga karapatan ng mga migranteng manggagawa, sa Ontario at sa buong Canada.</translation>
    </message>
    <message>
        <source>Information for newcomers about settling in.</source>
        <comment>settlement-org.offers</comment>
        <translation>Impormasyon para sa mga bagong dating tungkol sa paninirahan.</translation>
    </message>
    <message>
        <source>Campaigns for the freedom to move, return and stay in Canada; trains people without status and the people who work at services on their rights.</source>
        <comment>no-one-is-illegal.offers</comment>
        <translation>Mga kampanya para sa kalayaang lumipat, bumalik at manatili sa Canada; nagtuturo tungkol sa mga karapatan sa mga taong walang status at sa mga nagtatrabaho sa mga serbisyo.</translation>
    </message>
    <message>
        <source>Campaigns for Ontario health insurance (OHIP) for everyone.</source>
        <comment>ohip-for-all.offers</comment>
        <translation>Nangangampanya para sa health insurance ng Ontario (OHIP) para sa lahat.</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education in Toronto, and shelter for women and their children.</source>
        <comment>st-stephens-community-house.offers</comment>
        <translation>Proteksiyon para sa mga refugee, tulong sa paninirahan at edukasyon sa Toronto, at shelter para sa mga babae at kanilang mga anak.</translation>
    </message>
    <message>
        <source>LGBTQ2 programs and groups, a refugee support group, free short-term and drop-in counselling, and classes, in Toronto.</source>
        <comment>the-519.offers</comment>
        <translation>Mga programa at grupo para sa LGBTQ2, grupo ng suporta para sa refugee, libreng maikling counselling at drop-in counselling, at mga klase, sa Toronto.</translation>
    </message>
    <message>
        <source>Counselling and learning programs for children, youth and families with complex mental health or developmental needs.</source>
        <comment>skylark.offers</comment>
        <translation>Counselling at mga programa sa pag-aaral para sa mga bata, kabataan at pamilyang may komplikadong pangangailangan sa kalusugang pangkaisipan o sa pag-unlad.</translation>
    </message>
    <message>
        <source>Programs, education, harm reduction and case management for people in prison or out of prison who live with HIV or AIDS.</source>
        <comment>pasan.offers</comment>
        <translation>Mga programa, edukasyon, harm reduction at case management para sa mga taong nasa bilangguan o nakalabas na, na may HIV o AIDS.</translation>
    </message>
    <message>
        <source>Peer-led support around drug and alcohol use for LGBTQQ2SIA youth aged 16 to 29 in Toronto: drop-ins, case management and group counselling.</source>
        <comment>pieces-to-pathways.offers</comment>
        <translation>Suportang pinamumunuan ng kapwa tungkol sa paggamit ng droga at alak para sa mga kabataang LGBTQQ2SIA na edad 16 hanggang 29 sa Toronto: drop-in, case management at group counselling.</translation>
    </message>
    <message>
        <source>An organisation of Chinese Canadians in Toronto working for equity, social justice and respect for diversity.</source>
        <comment>ccncto.offers</comment>
        <translation>Isang organisasyon ng mga Chinese Canadian sa Toronto na kumikilos para sa pagkakapantay-pantay, katarungang panlipunan at paggalang sa pagkakaiba-iba.</translation>
    </message>
</context>
<context>
    <name>forms.release_plan</name>
    <message>
        <source>Release plan</source>
        <comment>form.title</comment>
        <translation>Plano sa paglaya</translation>
    </message>
    <message>
        <source>Support network and your rights</source>
        <comment>network.title</comment>
        <translation>Network ng suporta at ang iyong mga karapatan</translation>
    </message>
    <message>
        <source>People who know your rights and can speak up for you, found before you need them.</source>
        <comment>network.intro</comment>
        <translation>Mga taong alam ang iyong mga karapatan at puwedeng magsalita para sa iyo, na nahanap mo bago mo pa sila kailanganin.</translation>
    </message>
    <message>
        <source>Is there a community legal clinic you could contact?</source>
        <comment>r_legal_clinic.text</comment>
        <translation>May community legal clinic ba na puwede mong kontakin?</translation>
    </message>
    <message>
        <source>A legal clinic can tell you your rights, and help you find a lawyer.</source>
        <comment>r_legal_clinic.why</comment>
        <translation>Masasabi sa iyo ng legal clinic ang iyong mga karapatan, at matutulungan kang makahanap ng abogado.</translation>
    </message>
    <message>
        <source>A legal clinic gives free legal information and help. Some help people without status.</source>
        <comment>r_legal_clinic.help</comment>
        <translation>Nagbibigay ang legal clinic ng libreng impormasyon at tulong legal. May ilang tumutulong sa mga taong walang status.</translation>
    </message>
    <message>
        <source>Do you know an immigration lawyer you trust? Or someone who would call one for you?</source>
        <comment>r_lawyer.text</comment>
        <translation>May kilala ka bang abogado sa imigrasyon na pinagkakatiwalaan mo? O isang taong tatawag ng abogado para sa iyo?</translation>
    </message>
    <message>
        <source>Help comes much faster if you already know a lawyer before you need one.</source>
        <comment>r_lawyer.why</comment>
        <translation>Mas mabilis dumating ang tulong kung may kilala ka nang abogado bago mo pa ito kailanganin.</translation>
    </message>
    <message>
        <source>An immigration lawyer helps with your status, detention and removal from Canada.</source>
        <comment>r_lawyer.help</comment>
        <translation>Tumutulong ang abogado sa imigrasyon sa status mo, sa detensyon at sa deportasyon mula sa Canada.</translation>
    </message>
    <message>
        <source>Do you know a criminal lawyer? Or someone who would call one for you?</source>
        <comment>r_lawyer_criminal.text</comment>
        <translation>May kilala ka bang abogado sa kasong kriminal? O isang taong tatawag ng abogado para sa iyo?</translation>
    </message>
    <message>
        <source>If the police charge you, a criminal lawyer protects your rights from the start.</source>
        <comment>r_lawyer_criminal.why</comment>
        <translation>Kung kasuhan ka ng pulis, pinoprotektahan ng abogado sa kasong kriminal ang mga karapatan mo mula sa simula.</translation>
    </message>
    <message>
        <source>A criminal lawyer helps when the police say you broke a law.</source>
        <comment>r_lawyer_criminal.help</comment>
        <translation>Tumutulong ang abogado sa kasong kriminal kapag sinasabi ng pulis na lumabag ka sa batas.</translation>
    </message>
    <message>
        <source>If you have children, do you know a family lawyer?</source>
        <comment>r_lawyer_family.text</comment>
        <translation>Kung may mga anak ka, may kilala ka bang abogado sa batas pampamilya?</translation>
    </message>
    <message>
        <source>Detention can affect who looks after your children. A family lawyer can help protect your rights as a parent.</source>
        <comment>r_lawyer_family.why</comment>
        <translation>Puwedeng maapektuhan ng detensyon kung sino ang mag-aalaga sa mga anak mo. Matutulungan ka ng abogado sa batas pampamilya na protektahan ang mga karapatan mo bilang magulang.</translation>
    </message>
    <message>
        <source>A family lawyer helps with children, custody and separation.</source>
        <comment>r_lawyer_family.help</comment>
        <translation>Tumutulong ang abogado sa batas pampamilya sa mga anak, kustodiya at paghihiwalay.</translation>
    </message>
    <message>
        <source>How much do you know about your rights with police and immigration officers?</source>
        <comment>r_rights.text</comment>
        <translation>Gaano karami ang alam mo tungkol sa mga karapatan mo sa harap ng pulis at ng mga opisyal ng imigrasyon?</translation>
    </message>
    <message>
        <source>Knowing your rights can lower your risk of being detained.</source>
        <comment>r_rights.why</comment>
        <translation>Kapag alam mo ang mga karapatan mo, puwedeng bumaba ang panganib na makulong ka.</translation>
    </message>
    <message>
        <source>Legal clinics and sex worker groups share this information, sometimes in other languages.</source>
        <comment>r_rights.help</comment>
        <translation>Ibinabahagi ng mga legal clinic at mga grupo ng sex workers ang impormasyong ito, minsan sa ibang wika.</translation>
    </message>
    <message>
        <source>I know my rights well</source>
        <comment>r_rights.option.well</comment>
        <translation>Alam na alam ko ang mga karapatan ko</translation>
    </message>
    <message>
        <source>I know some things</source>
        <comment>r_rights.option.some</comment>
        <translation>May ilang bagay akong alam</translation>
    </message>
    <message>
        <source>I would like to learn more</source>
        <comment>r_rights.option.learn_more</comment>
        <translation>Gusto kong matuto pa</translation>
    </message>
    <message>
        <source>Is there a community support worker or organisation you trust?</source>
        <comment>r_support_worker.text</comment>
        <translation>May support worker o organisasyon ba sa komunidad na pinagkakatiwalaan mo?</translation>
    </message>
    <message>
        <source>They can help with many needs, contact lawyers for you, and support your release.</source>
        <comment>r_support_worker.why</comment>
        <translation>Makakatulong sila sa maraming pangangailangan, makakakontak ng abogado para sa iyo, at makakasuporta sa paglaya mo.</translation>
    </message>
    <message>
        <source>Who is a person you really trust, who would speak up for you if you were detained?</source>
        <comment>r_advocate.text</comment>
        <translation>Sino ang taong talagang pinagkakatiwalaan mo, na magsasalita para sa iyo kung makulong ka?</translation>
    </message>
    <message>
        <source>Someone on the outside can call people and push for your release.</source>
        <comment>r_advocate.why</comment>
        <translation>Ang isang taong nasa labas ay puwedeng tumawag sa mga tao at magsikap para makalaya ka.</translation>
    </message>
    <message>
        <source>This can be a partner, a friend or a co-worker. A first name is enough.</source>
        <comment>r_advocate.help</comment>
        <translation>Puwedeng partner, kaibigan o katrabaho. Sapat na ang unang pangalan.</translation>
    </message>
    <message>
        <source>Getting released at a detention review</source>
        <comment>release.title</comment>
        <translation>Paglaya sa pagdinig sa detensyon</translation>
    </message>
    <message>
        <source>Once detained, you can talk to very few people. What you set up now helps you later.</source>
        <comment>release.intro</comment>
        <translation>Kapag nakakulong ka na, iilang tao lang ang makakausap mo. Ang inihahanda mo ngayon ay makakatulong sa iyo mamaya.</translation>
    </message>
    <message>
        <source>If you were detained, what would matter most to you?</source>
        <comment>r_wishes.text</comment>
        <translation>Kung makulong ka, ano ang pinakamahalaga sa iyo?</translation>
    </message>
    <message>
        <source>Your lawyer and supporters should follow your wishes. Telling them now makes that easier.</source>
        <comment>r_wishes.why</comment>
        <translation>Dapat sundin ng abogado at ng mga sumusuporta sa iyo ang gusto mo. Mas madali iyon kung sasabihin mo na sa kanila ngayon.</translation>
    </message>
    <message>
        <source>Staying in Canada, even if it takes time</source>
        <comment>r_wishes.example1</comment>
        <translation>Manatili sa Canada, kahit matagal</translation>
    </message>
    <message>
        <source>Getting out quickly, even if it means leaving Canada</source>
        <comment>r_wishes.example2</comment>
        <translation>Makalabas agad, kahit ang ibig sabihin ay umalis sa Canada</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <comment>r_wishes.example3</comment>
        <translation>Hindi ko pa alam</translation>
    </message>
    <message>
        <source>Have you talked about this plan with someone you trust?</source>
        <comment>r_talked_plan.text</comment>
        <translation>Napag-usapan mo na ba ang planong ito sa isang taong pinagkakatiwalaan mo?</translation>
    </message>
    <message>
        <source>Once you are detained, your things are taken and you can call very few people.</source>
        <comment>r_talked_plan.why</comment>
        <translation>Kapag nakakulong ka na, kinukuha ang mga gamit mo at iilang tao lang ang matatawagan mo.</translation>
    </message>
    <message>
        <source>Who could be your bond person?</source>
        <comment>r_bond_person.text</comment>
        <translation>Sino ang puwedeng maging tagapiyansa mo?</translation>
    </message>
    <message>
        <source>A bond person is often what makes release possible.</source>
        <comment>r_bond_person.why</comment>
        <translation>Madalas, ang tagapiyansa ang nagiging daan para makalaya ka.</translation>
    </message>
    <message>
        <source>Knowing the amount helps you and your lawyer prepare the hearing.</source>
        <comment>r_bond_amount.why</comment>
        <translation>Kapag alam ang halaga, mas makakapaghanda kayo ng abogado mo para sa pagdinig.</translation>
    </message>
    <message>
        <source>Who could come to the hearing and speak for you?</source>
        <comment>r_hearing_witness.text</comment>
        <translation>Sino ang puwedeng pumunta sa pagdinig at magsalita para sa iyo?</translation>
    </message>
    <message>
        <source>People who know you show that you have ties to the community here.</source>
        <comment>r_hearing_witness.why</comment>
        <translation>Ipinapakita ng mga taong nakakakilala sa iyo na may ugnayan ka sa komunidad dito.</translation>
    </message>
    <message>
        <source>A plan for what happens if immigration officers, or the police for immigration reasons, detain you. If you are charged with a crime, see the question about a criminal lawyer, and legal help in the directory. If you are detained, your phone and your things are taken, and it is hard to reach people. What you set up now makes release more likely, and keeps the things you care about looked after. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>Plano para sa mangyayari kung ikulong ka ng mga opisyal ng imigrasyon, o ng pulis dahil sa imigrasyon. Kung kinasuhan ka ng krimen, tingnan ang tanong tungkol sa abogado sa kasong kriminal, at ang tulong legal sa listahan ng mga organisasyon. Kung ma-detain ka, kukunin ang phone at mga gamit mo, at mahirap makausap ang mga tao. Ang inihahanda mo ngayon ay nagpapalaki ng pagkakataong makalaya ka, at tinitiyak na maaalagaan ang mga bagay na mahalaga sa iyo. Maaari mong laktawan ang kahit anong tanong, o balikan ito mamaya.</translation>
    </message>
    <message>
        <source>This plan is mostly about immigration detention. If the police charge you with a crime, a criminal court decides on bail.</source>
        <comment>r_lawyer_criminal.legal1</comment>
        <translation>Karamihan ng planong ito ay tungkol sa detensyon sa imigrasyon. Kung kasuhan ka ng pulis ng krimen, ang korteng kriminal ang magpapasya sa piyansa.</translation>
    </message>
    <message>
        <source>If the police keep you after an arrest, you should see a justice within 24 hours, usually for a bail hearing.</source>
        <comment>r_lawyer_criminal.legal2</comment>
        <translation>Kung hindi ka pakawalan ng pulis pagkatapos kang arestuhin, dapat kang iharap sa isang hukom (justice) sa loob ng 24 oras, kadalasan para sa pagdinig sa piyansa (bail hearing).</translation>
    </message>
    <message>
        <source>A surety is like a bond person in criminal court: someone who promises money and supervises you.</source>
        <comment>r_lawyer_criminal.legal3</comment>
        <translation>Ang surety ay parang tagapiyansa sa korteng kriminal: taong nangangako ng pera at nagbabantay sa iyo.</translation>
    </message>
    <message>
        <source>Duty counsel at the court, a criminal lawyer or Legal Aid Ontario can help. A charge can also affect your immigration status.</source>
        <comment>r_lawyer_criminal.legal4</comment>
        <translation>Makakatulong ang duty counsel sa korte, isang abogado sa kasong kriminal o ang Legal Aid Ontario. Maaari ring makaapekto ang kaso sa status mo sa imigrasyon.</translation>
    </message>
    <message>
        <source>If police or immigration officers arrest or detain you, you have the right to be told why, and to talk to a lawyer without delay.</source>
        <comment>r_rights.legal1</comment>
        <translation>Kung arestuhin o i-detain ka ng pulis o ng mga opisyal ng imigrasyon, may karapatan kang malaman kung bakit, at makausap agad ang isang abogado.</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge.</source>
        <comment>r_rights.legal2</comment>
        <translation>Sa pagdinig sa imigrasyon, may karapatan ka sa interpreter, nang libre.</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Say only what you are fine with officers hearing.</source>
        <comment>r_rights.legal3</comment>
        <translation>Maaaring hindi pribado ang mga tawag mula sa detensyon. Sabihin lang ang mga bagay na okay lang sa iyong marinig ng mga opisyal.</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low.</source>
        <comment>r_rights.legal4</comment>
        <translation>Maaaring bayaran ng Legal Aid Ontario ang abogado kung mababa ang kita mo.</translation>
    </message>
    <message>
        <source>Would you like to find out if Legal Aid Ontario could pay for a lawyer for you?</source>
        <comment>r_legal_aid.text</comment>
        <translation>Gusto mo bang alamin kung maaaring bayaran ng Legal Aid Ontario ang isang abogado para sa iyo?</translation>
    </message>
    <message>
        <source>A lawyer at a detention review can make release more likely. You may not have to pay.</source>
        <comment>r_legal_aid.why</comment>
        <translation>Mas lumalaki ang pagkakataong makalaya kung may abogado sa pagdinig sa detensyon. Maaaring hindi mo na kailangang magbayad.</translation>
    </message>
    <message>
        <source>A community legal clinic can help you apply.</source>
        <comment>r_legal_aid.help</comment>
        <translation>Makakatulong sa iyo ang isang community legal clinic na mag-apply.</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low, including for some immigration and detention cases.</source>
        <comment>r_legal_aid.legal1</comment>
        <translation>Maaaring bayaran ng Legal Aid Ontario ang abogado kung mababa ang kita mo, kasama ang ilang kaso tungkol sa imigrasyon at detensyon.</translation>
    </message>
    <message>
        <source>Someone who knows you well, who may pay or promise money of their own so you can be released.</source>
        <comment>r_bond_person.help</comment>
        <translation>Isang taong kilalang-kilala ka, na maaaring magbayad o mangako ng sarili nilang pera para makalaya ka.</translation>
    </message>
    <message>
        <source>A bond person must be 18 or older and live in Canada. They should know you well, and come forward freely.</source>
        <comment>r_bond_person.legal1</comment>
        <translation>Ang tagapiyansa ay dapat 18 taong gulang pataas at nakatira sa Canada. Dapat kilalang-kilala ka nila, at kusa silang tumulong.</translation>
    </message>
    <message>
        <source>To give a guarantee (a promise to pay), they must be a Canadian citizen or permanent resident.</source>
        <comment>r_bond_person.legal2</comment>
        <translation>Para magbigay ng garantiya (pangakong magbabayad), dapat silang Canadian citizen o permanent resident.</translation>
    </message>
    <message>
        <source>The money must be the bond person&apos;s own money, not yours. No one may be paid to be a bond person.</source>
        <comment>r_bond_person.legal3</comment>
        <translation>Dapat sariling pera ng tagapiyansa ang pera, hindi sa iyo. Walang puwedeng bayaran para maging tagapiyansa.</translation>
    </message>
    <message>
        <source>They may be asked questions at the hearing, for example how well they know you and how they will supervise you.</source>
        <comment>r_bond_person.legal4</comment>
        <translation>Maaari silang tanungin sa pagdinig, halimbawa kung gaano ka nila kakilala at paano ka nila babantayan.</translation>
    </message>
    <message>
        <source>They must tell the CBSA if you break a condition of your release. If they do not, they can lose the money.</source>
        <comment>r_bond_person.legal5</comment>
        <translation>Dapat nilang sabihan ang CBSA kung may kondisyon ng paglaya mo na hindi mo sinunod. Kung hindi, maaaring mawala sa kanila ang pera.</translation>
    </message>
    <message>
        <source>If no one can be your bond person, a supervision program may act instead (in Toronto in 2020, the Toronto Bail Program).</source>
        <comment>r_bond_person.legal6</comment>
        <translation>Kung walang puwedeng maging tagapiyansa mo, maaaring isang supervision program ang pumalit (sa Toronto noong 2020, ang Toronto Bail Program).</translation>
    </message>
    <message>
        <source>How much of their own money could your bond person pay or promise, if needed?</source>
        <comment>r_bond_amount.text</comment>
        <translation>Magkano sa sarili nilang pera ang maaaring ibayad o ipangako ng tagapiyansa mo, kung kailangan?</translation>
    </message>
    <message>
        <source>This is called a bond (immigration bail). It is the bond person&apos;s money, not yours.</source>
        <comment>r_bond_amount.help</comment>
        <translation>Tinatawag itong piyansa (immigration bond). Pera ito ng tagapiyansa, hindi sa iyo.</translation>
    </message>
    <message>
        <source>A deposit (cash bond) is paid before release. It can be returned at the end if all the conditions were kept.</source>
        <comment>r_bond_amount.legal1</comment>
        <translation>Ang deposito (cash bond) ay ibinabayad bago ang paglaya. Maaari itong ibalik sa huli kung nasunod ang lahat ng kondisyon.</translation>
    </message>
    <message>
        <source>A guarantee (performance bond) is a promise to pay if a condition is broken. The bond person must show they could pay.</source>
        <comment>r_bond_amount.legal2</comment>
        <translation>Ang garantiya (performance bond) ay pangakong magbabayad kung may kondisyong hindi nasunod. Dapat ipakita ng tagapiyansa na kaya nilang magbayad.</translation>
    </message>
    <message>
        <source>The member at the hearing decides the amount, and may ask for both.</source>
        <comment>r_bond_amount.legal3</comment>
        <translation>Ang miyembro (member) na humahawak sa pagdinig ang magpapasya sa halaga, at maaaring humingi ng pareho.</translation>
    </message>
    <message>
        <source>Does your bond person know they may need to come to a hearing within two days of your detention?</source>
        <comment>r_bond_ready.text</comment>
        <translation>Alam ba ng tagapiyansa mo na maaaring kailangan nilang pumunta sa pagdinig sa loob ng dalawang araw mula nang ma-detain ka?</translation>
    </message>
    <message>
        <source>If they are not ready for the first review, the next chance may be a week or a month later.</source>
        <comment>r_bond_ready.why</comment>
        <translation>Kung hindi pa sila handa sa unang pagdinig, ang susunod na pagkakataon ay maaaring pagkalipas ng isang linggo o isang buwan.</translation>
    </message>
    <message>
        <source>They can prepare now: ID, proof of their status, and proof of their own money and address.</source>
        <comment>r_bond_ready.help</comment>
        <translation>Maaari silang maghanda ngayon: ID, patunay ng status nila, at patunay ng sarili nilang pera at address.</translation>
    </message>
    <message>
        <source>The first detention review is held within 48 hours of detention, or soon after.</source>
        <comment>r_bond_ready.legal1</comment>
        <translation>Ang unang pagdinig sa detensyon ay sa loob ng 48 oras mula sa pagka-detain, o di-nagtagal pagkatapos.</translation>
    </message>
    <message>
        <source>If you are not released, the next review is within 7 days, then at least once every 30 days.</source>
        <comment>r_bond_ready.legal2</comment>
        <translation>Kung hindi ka makalaya, ang susunod na pagdinig ay sa loob ng 7 araw, at saka kahit isang beses bawat 30 araw.</translation>
    </message>
    <message>
        <source>A bond person who is not ready for the first review may have to wait a week or a month for the next one.</source>
        <comment>r_bond_ready.legal3</comment>
        <translation>Ang tagapiyansang hindi handa sa unang pagdinig ay maaaring maghintay ng isang linggo o isang buwan para sa susunod.</translation>
    </message>
    <message>
        <source>A lawyer can ask for an earlier review if there are new facts, for example a bond person who is now ready.</source>
        <comment>r_bond_ready.legal4</comment>
        <translation>Maaaring humiling ang abogado ng mas maagang pagdinig kung may bagong impormasyon, halimbawa, isang tagapiyansang handa na ngayon.</translation>
    </message>
    <message>
        <source>A witness says how they know you and how they will support you.</source>
        <comment>r_hearing_witness.help</comment>
        <translation>Sinasabi ng saksi kung paano ka nila nakilala at paano ka nila susuportahan.</translation>
    </message>
    <message>
        <source>At a detention review, a member of the Immigration and Refugee Board decides if you can be released, and on what conditions.</source>
        <comment>r_hearing_witness.legal1</comment>
        <translation>Sa pagdinig sa detensyon, isang miyembro ng Immigration and Refugee Board (IRB) ang nagpapasya kung makakalaya ka, at sa anong mga kondisyon.</translation>
    </message>
    <message>
        <source>Where would you stay if you are released? Add the person or the shelter, with the address.</source>
        <comment>r_release_address.text</comment>
        <translation>Saan ka titira kung makalaya ka? Idagdag ang tao o ang shelter, kasama ang address.</translation>
    </message>
    <message>
        <source>Talk with them now, because it is hard to reach out once you are detained.</source>
        <comment>r_release_address.why</comment>
        <translation>Kausapin na sila ngayon, dahil mahirap makipag-ugnayan kapag na-detain ka na.</translation>
    </message>
    <message>
        <source>In the list of people, you can add an address to a person or a shelter.</source>
        <comment>r_release_address.help</comment>
        <translation>Sa listahan ng mga tao, maaari kang magdagdag ng address sa isang tao o sa isang shelter.</translation>
    </message>
    <message>
        <source>At a detention review you are asked where you will live if you are released.</source>
        <comment>r_release_address.legal1</comment>
        <translation>Sa pagdinig sa detensyon, tatanungin ka kung saan ka titira kung makalaya ka.</translation>
    </message>
    <message>
        <source>Staying with your bond person often counts for more than a shelter, but a shelter may be accepted.</source>
        <comment>r_release_address.legal2</comment>
        <translation>Kadalasan, mas may bigat ang pagtira sa tagapiyansa mo kaysa sa shelter, pero maaaring tanggapin ang shelter.</translation>
    </message>
    <message>
        <source>Things to plan in advance</source>
        <comment>advance.title</comment>
        <translation>Mga bagay na dapat planuhin nang maaga</translation>
    </message>
    <message>
        <source>Your phone may be taken from you, so some things need to be ready now.</source>
        <comment>advance.intro</comment>
        <translation>Baka kunin sa iyo ang telepono mo, kaya may ilang bagay na kailangang handa na ngayon.</translation>
    </message>
    <message>
        <source>Do you know by heart the phone numbers of the people you would call?</source>
        <comment>r_numbers_by_heart.text</comment>
        <translation>Kabisado mo ba ang mga numero ng telepono ng mga taong tatawagan mo?</translation>
    </message>
    <message>
        <source>Your phone may be taken. Numbers you know by heart stay with you.</source>
        <comment>r_numbers_by_heart.why</comment>
        <translation>Baka kunin ang telepono mo. Ang mga numerong kabisado mo ay mananatili sa iyo.</translation>
    </message>
    <message>
        <source>In the list of people, you can mark numbers to learn, and practise them here.</source>
        <comment>r_numbers_by_heart.help</comment>
        <translation>Sa listahan ng mga tao, puwede mong markahan ang mga numerong kakabisaduhin, at sanayin ang mga ito dito.</translation>
    </message>
    <message>
        <source>Who would look after your children if you were detained?</source>
        <comment>r_carer_children.text</comment>
        <translation>Sino ang mag-aalaga sa mga anak mo kung makulong ka?</translation>
    </message>
    <message>
        <source>Knowing who will care for them gives you and them some peace of mind.</source>
        <comment>r_carer_children.why</comment>
        <translation>Kapag alam mo kung sino ang mag-aalaga sa kanila, mapapanatag nang kaunti ang loob mo at nila.</translation>
    </message>
    <message>
        <source>Who would look after your pets?</source>
        <comment>r_carer_pets.text</comment>
        <translation>Sino ang mag-aalaga sa mga alaga mong hayop?</translation>
    </message>
    <message>
        <source>Pets need someone to feed them from the first day.</source>
        <comment>r_carer_pets.why</comment>
        <translation>Kailangan ng mga alagang hayop ng magpapakain sa kanila mula sa unang araw.</translation>
    </message>
    <message>
        <source>Who has a key to your home and could bring you clothes, money, documents and medication?</source>
        <comment>r_key_holder.text</comment>
        <translation>Sino ang may susi ng bahay mo at puwedeng magdala sa iyo ng damit, pera, dokumento at gamot?</translation>
    </message>
    <message>
        <source>You may need things from home, and you cannot go and get them yourself.</source>
        <comment>r_key_holder.why</comment>
        <translation>Baka may kailangan ka mula sa bahay, at hindi mo ito makukuha nang mag-isa.</translation>
    </message>
    <message>
        <source>Which documents would you need, and where are they kept?</source>
        <comment>r_documents.text</comment>
        <translation>Aling mga dokumento ang kakailanganin mo, at saan nakatago ang mga ito?</translation>
    </message>
    <message>
        <source>Your lawyer or key holder may need your passport or other papers for the hearing.</source>
        <comment>r_documents.why</comment>
        <translation>Baka kailanganin ng abogado mo o ng may hawak ng susi ang pasaporte mo o ibang papeles para sa pagdinig.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>r_documents.example1</comment>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Study or work permit</source>
        <comment>r_documents.example2</comment>
        <translation>Study permit o work permit</translation>
    </message>
    <message>
        <source>Lease or letter showing my address</source>
        <comment>r_documents.example3</comment>
        <translation>Lease o sulat na nagpapakita ng address ko</translation>
    </message>
    <message>
        <source>Which trusted service provider would contact your family or friends if you were detained?</source>
        <comment>r_family_contact.text</comment>
        <translation>Aling pinagkakatiwalaang service provider ang kokontak sa pamilya o mga kaibigan mo kung makulong ka?</translation>
    </message>
    <message>
        <source>You may not be able to call them yourself, or often.</source>
        <comment>r_family_contact.why</comment>
        <translation>Baka hindi mo sila matawagan nang mag-isa, o nang madalas.</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Agree now on what can be said on the phone.</source>
        <comment>r_family_contact.help</comment>
        <translation>Maaaring hindi pribado ang mga tawag mula sa detensyon. Pagkasunduan na ngayon kung ano ang puwedeng sabihin sa telepono.</translation>
    </message>
    <message>
        <source>What would you like them to say for you, and what should they not say?</source>
        <comment>r_family_message.text</comment>
        <translation>Ano ang gusto mong sabihin nila para sa iyo, at ano ang hindi nila dapat sabihin?</translation>
    </message>
    <message>
        <source>You decide what other people are told about you.</source>
        <comment>r_family_message.why</comment>
        <translation>Ikaw ang magpapasya kung ano ang sasabihin sa ibang tao tungkol sa iyo.</translation>
    </message>
    <message>
        <source>Tell my sister I am safe and ask her to call my lawyer</source>
        <comment>r_family_message.example1</comment>
        <translation>Sabihin sa kapatid ko na ligtas ako at pakiusapan siyang tawagan ang abogado ko</translation>
    </message>
    <message>
        <source>Do not talk about my work</source>
        <comment>r_family_message.example2</comment>
        <translation>Huwag pag-usapan ang trabaho ko</translation>
    </message>
    <message>
        <source>Health, money and people who count on you</source>
        <comment>needs.title</comment>
        <translation>Kalusugan, pera at mga taong umaasa sa iyo</translation>
    </message>
    <message>
        <source>Things that need care while you are away, and for the hearing.</source>
        <comment>needs.intro</comment>
        <translation>Mga bagay na kailangang asikasuhin habang wala ka, at para sa pagdinig.</translation>
    </message>
    <message>
        <source>What medication or medical care do you need?</source>
        <comment>r_medication.text</comment>
        <translation>Anong gamot o pangangalagang medikal ang kailangan mo?</translation>
    </message>
    <message>
        <source>This can go on your wallet card, so staff know what you need.</source>
        <comment>r_medication.why</comment>
        <translation>Puwede itong ilagay sa wallet card mo, para alam ng mga staff ang kailangan mo.</translation>
    </message>
    <message>
        <source>Write only what you want others to see. You can use general words.</source>
        <comment>r_medication.help</comment>
        <translation>Isulat lang ang gusto mong makita ng iba. Puwede kang gumamit ng pangkalahatang salita.</translation>
    </message>
    <message>
        <source>Insulin, twice a day</source>
        <comment>r_medication.example1</comment>
        <translation>Insulin, dalawang beses sa isang araw</translation>
    </message>
    <message>
        <source>One pill for blood pressure each morning</source>
        <comment>r_medication.example2</comment>
        <translation>Isang tableta para sa presyon tuwing umaga</translation>
    </message>
    <message>
        <source>Which language do you speak best? Do you need an interpreter?</source>
        <comment>r_interpreter.text</comment>
        <translation>Aling wika ang pinakamahusay mong sinasalita? Kailangan mo ba ng interpreter?</translation>
    </message>
    <message>
        <source>This can go on your wallet card. You can ask for an interpreter at a hearing.</source>
        <comment>r_interpreter.why</comment>
        <translation>Puwede itong ilagay sa wallet card mo. Puwede kang humingi ng interpreter sa pagdinig.</translation>
    </message>
    <message>
        <source>An interpreter says in your language what others say, and says your words in theirs.</source>
        <comment>r_interpreter.help</comment>
        <translation>Sinasabi ng interpreter sa wika mo ang sinasabi ng iba, at sinasabi ang mga salita mo sa wika nila.</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge. Tell your lawyer your language early.</source>
        <comment>r_interpreter.legal1</comment>
        <translation>Sa pagdinig sa imigrasyon, may karapatan ka sa interpreter, nang libre. Sabihin agad sa abogado mo ang wika mo.</translation>
    </message>
    <message>
        <source>Vietnamese, interpreter needed</source>
        <comment>r_interpreter.example1</comment>
        <translation>Vietnamese, kailangan ng interpreter</translation>
    </message>
    <message>
        <source>Mandarin and some English</source>
        <comment>r_interpreter.example2</comment>
        <translation>Mandarin at kaunting English</translation>
    </message>
    <message>
        <source>Is there someone you trust to take care of your private matters, like rent or your bank?</source>
        <comment>r_power_of_attorney.text</comment>
        <translation>May pinagkakatiwalaan ka bang tao na mag-aasikaso ng mga personal mong bagay, tulad ng upa o ng bangko mo?</translation>
    </message>
    <message>
        <source>While you are detained, someone can pay bills and deal with offices for you.</source>
        <comment>r_power_of_attorney.why</comment>
        <translation>Habang nakakulong ka, may taong puwedeng magbayad ng mga bill at makipag-ayos sa mga opisina para sa iyo.</translation>
    </message>
    <message>
        <source>Power of attorney: a signed paper that lets a person you choose act for you. A lawyer or legal clinic can help.</source>
        <comment>r_power_of_attorney.help</comment>
        <translation>Power of attorney: isang pinirmahang papel na nagpapahintulot sa taong pinili mo na kumilos para sa iyo. Makakatulong ang abogado o legal clinic.</translation>
    </message>
    <message>
        <source>If your bank account were frozen, how would you pay rent and bills? Who could help you talk to the bank?</source>
        <comment>r_frozen_account.text</comment>
        <translation>Kung ma-freeze ang bank account mo, paano mo babayaran ang upa at mga bill? Sino ang makakatulong sa iyo na kausapin ang bangko?</translation>
    </message>
    <message>
        <source>Rent, bills and other costs still need paying while your account is closed to you.</source>
        <comment>r_frozen_account.why</comment>
        <translation>Kailangan pa ring bayaran ang upa, mga bill at iba pang gastos habang hindi mo magamit ang account mo.</translation>
    </message>
    <message>
        <source>A frozen account is one the bank has stopped, so no money can come out.</source>
        <comment>r_frozen_account.help</comment>
        <translation>Ang naka-freeze na account ay account na pinigil ng bangko, kaya walang perang mailalabas.</translation>
    </message>
    <message>
        <source>Some cash kept with my sister</source>
        <comment>r_frozen_account.example1</comment>
        <translation>Kaunting cash na nasa kapatid ko</translation>
    </message>
    <message>
        <source>My support worker can call the bank with me</source>
        <comment>r_frozen_account.example2</comment>
        <translation>Puwedeng tawagan ng support worker ko ang bangko kasama ako</translation>
    </message>
    <message>
        <source>Who should be told if you are away for some time?</source>
        <comment>r_notify.text</comment>
        <translation>Sino ang dapat sabihan kung mawawala ka nang ilang panahon?</translation>
    </message>
    <message>
        <source>Missing classes or work without notice can cause problems, for example with a study permit.</source>
        <comment>r_notify.why</comment>
        <translation>Ang pagliban sa klase o trabaho nang walang paalam ay puwedeng magdulot ng problema, halimbawa sa study permit.</translation>
    </message>
    <message>
        <source>My school or college</source>
        <comment>r_notify.option.school</comment>
        <translation>Ang paaralan o kolehiyo ko</translation>
    </message>
    <message>
        <source>My work</source>
        <comment>r_notify.option.work</comment>
        <translation>Ang trabaho ko</translation>
    </message>
    <message>
        <source>My landlord</source>
        <comment>r_notify.option.landlord</comment>
        <translation>Ang landlord ko</translation>
    </message>
    <message>
        <source>Someone else</source>
        <comment>r_notify.option.someone_else</comment>
        <translation>Ibang tao</translation>
    </message>
    <message>
        <source>Do you take care of other people, here or in another country, who would need help if you were detained?</source>
        <comment>r_care_others.text</comment>
        <translation>May inaalagaan ka bang ibang tao, dito o sa ibang bansa, na mangangailangan ng tulong kung makulong ka?</translation>
    </message>
    <message>
        <source>Planning now means they still get help while you are away.</source>
        <comment>r_care_others.why</comment>
        <translation>Kapag nagplano ka ngayon, may tulong pa rin sila habang wala ka.</translation>
    </message>
    <message>
        <source>I send money to my mother each month</source>
        <comment>r_care_others.example1</comment>
        <translation>Nagpapadala ako ng pera sa nanay ko buwan-buwan</translation>
    </message>
    <message>
        <source>I take my neighbour to the doctor</source>
        <comment>r_care_others.example2</comment>
        <translation>Sinasamahan ko ang kapitbahay ko sa doktor</translation>
    </message>
    <message>
        <source>Would you like to talk with a lawyer about what to say, and what not to say, at a hearing?</source>
        <comment>r_hearing_talk.text</comment>
        <translation>Gusto mo bang kausapin ang isang abogado tungkol sa dapat sabihin, at hindi dapat sabihin, sa pagdinig?</translation>
    </message>
    <message>
        <source>What you say at a hearing can change the result. A lawyer can help you prepare.</source>
        <comment>r_hearing_talk.why</comment>
        <translation>Puwedeng mabago ng sinasabi mo sa pagdinig ang resulta. Matutulungan ka ng abogado na maghanda.</translation>
    </message>
</context>
<context>
    <name>forms.safety_plan</name>
    <message>
        <source>Safety plan</source>
        <comment>form.title</comment>
        <translation>Plano sa kaligtasan</translation>
    </message>
    <message>
        <source>A plan to help you stay safe from a person or a situation that puts you at risk. You decide what goes in it, and what you want to do. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>Isang plano para manatili kang ligtas mula sa isang tao o sitwasyong naglalagay sa iyo sa panganib. Ikaw ang magpapasya kung ano ang ilalagay dito, at kung ano ang gusto mong gawin. Puwede mong laktawan ang kahit anong tanong, o balikan ito mamaya.</translation>
    </message>
    <message>
        <source>Plan to leave</source>
        <comment>leave.title</comment>
        <translation>Plano sa pag-alis</translation>
    </message>
    <message>
        <source>If you ever decide to leave, or must leave quickly, it helps to have things ready.</source>
        <comment>leave.intro</comment>
        <translation>Kung magpasya kang umalis balang araw, o kailangan mong umalis agad, makakatulong kung handa na ang mga bagay-bagay.</translation>
    </message>
    <message>
        <source>What would you like this plan to help you with?</source>
        <comment>s_goal.text</comment>
        <translation>Saan mo gustong makatulong ang planong ito?</translation>
    </message>
    <message>
        <source>This plan follows what you want, not what others expect.</source>
        <comment>s_goal.why</comment>
        <translation>Sinusunod ng planong ito ang gusto mo, hindi ang inaasahan ng iba.</translation>
    </message>
    <message>
        <source>Being ready in case things get worse</source>
        <comment>s_goal.example1</comment>
        <translation>Maging handa kung sakaling lumala ang sitwasyon</translation>
    </message>
    <message>
        <source>Leaving a workplace</source>
        <comment>s_goal.example2</comment>
        <translation>Umalis sa isang lugar ng trabaho</translation>
    </message>
    <message>
        <source>Staying, but with more safety</source>
        <comment>s_goal.example3</comment>
        <translation>Manatili, pero may dagdag na kaligtasan</translation>
    </message>
    <message>
        <source>If you left, do you think the person might try to hurt you or punish you for leaving?</source>
        <comment>s_retaliation.text</comment>
        <translation>Kung aalis ka, sa tingin mo ba ay susubukan ka ng taong iyon na saktan o parusahan dahil umalis ka?</translation>
    </message>
    <message>
        <source>Knowing the risk helps you choose when and how to leave, and who to tell.</source>
        <comment>s_retaliation.why</comment>
        <translation>Kapag alam mo ang panganib, mas madaling piliin kung kailan at paano aalis, at kung sino ang sasabihan.</translation>
    </message>
    <message>
        <source>Yes, I think so</source>
        <comment>s_retaliation.option.likely</comment>
        <translation>Oo, sa tingin ko</translation>
    </message>
    <message>
        <source>Maybe, I am not sure</source>
        <comment>s_retaliation.option.maybe</comment>
        <translation>Baka, hindi ako sigurado</translation>
    </message>
    <message>
        <source>I do not think so</source>
        <comment>s_retaliation.option.unlikely</comment>
        <translation>Sa tingin ko hindi</translation>
    </message>
    <message>
        <source>What could make leaving safer for you?</source>
        <comment>s_safer_leaving.text</comment>
        <translation>Ano ang makakatulong para mas ligtas kang makaalis?</translation>
    </message>
    <message>
        <source>Small steps can lower the risk when you leave.</source>
        <comment>s_safer_leaving.why</comment>
        <translation>Ang maliliit na hakbang ay puwedeng magpababa ng panganib kapag umalis ka.</translation>
    </message>
    <message>
        <source>Leave when they are not at home</source>
        <comment>s_safer_leaving.example1</comment>
        <translation>Umalis kapag wala sila sa bahay</translation>
    </message>
    <message>
        <source>Have a friend with me</source>
        <comment>s_safer_leaving.example2</comment>
        <translation>May kasama akong kaibigan</translation>
    </message>
    <message>
        <source>Change my phone number after I leave</source>
        <comment>s_safer_leaving.example3</comment>
        <translation>Magpalit ng numero ng telepono pagkaalis ko</translation>
    </message>
    <message>
        <source>Where could you go if you leave? Add the people or places, with their address or phone number.</source>
        <comment>s_safe_place.text</comment>
        <translation>Saan ka puwedeng pumunta kung aalis ka? Idagdag ang mga tao o lugar, kasama ang address o numero ng telepono nila.</translation>
    </message>
    <message>
        <source>When you know where to go, leaving quickly is easier.</source>
        <comment>s_safe_place.why</comment>
        <translation>Kapag alam mo kung saan pupunta, mas madaling umalis nang mabilis.</translation>
    </message>
    <message>
        <source>A friend, someone in your community, an emergency shelter or a motel. A first name is enough.</source>
        <comment>s_safe_place.help</comment>
        <translation>Isang kaibigan, isang tao sa iyong komunidad, isang emergency shelter o isang motel. Sapat na ang unang pangalan.</translation>
    </message>
    <message>
        <source>A friend&apos;s place</source>
        <comment>s_safe_place.example1</comment>
        <translation>Bahay ng isang kaibigan</translation>
    </message>
    <message>
        <source>An emergency shelter</source>
        <comment>s_safe_place.example2</comment>
        <translation>Isang emergency shelter</translation>
    </message>
    <message>
        <source>A motel near work</source>
        <comment>s_safe_place.example3</comment>
        <translation>Isang motel malapit sa trabaho</translation>
    </message>
    <message>
        <source>If you live or work with the person, do you have a hidden place to keep these addresses?</source>
        <comment>s_hide_addresses.text</comment>
        <translation>Kung kasama mo ang taong iyon sa bahay o sa trabaho, may tagong lugar ka ba para itago ang mga address na ito?</translation>
    </message>
    <message>
        <source>On a friend&apos;s phone</source>
        <comment>s_hide_addresses.example1</comment>
        <translation>Sa telepono ng isang kaibigan</translation>
    </message>
    <message>
        <source>The person may look through your phone or your things, at home or at work.</source>
        <comment>s_hide_addresses.why</comment>
        <translation>Maaaring halughugin ng taong iyon ang phone o mga gamit mo, sa bahay o sa trabaho.</translation>
    </message>
    <message>
        <source>Written with first names only, kept by a friend</source>
        <comment>s_hide_addresses.example2</comment>
        <translation>Unang pangalan lang ang nakasulat, itinatago ng isang kaibigan</translation>
    </message>
    <message>
        <source>How could you get there? Choose any that could work.</source>
        <comment>s_transport.text</comment>
        <translation>Paano ka makakarating doon? Piliin ang lahat ng puwedeng gumana.</translation>
    </message>
    <message>
        <source>Knowing the way saves time if you must leave suddenly.</source>
        <comment>s_transport.why</comment>
        <translation>Kapag alam mo ang daan, makakatipid ka ng oras kung kailangan mong umalis nang biglaan.</translation>
    </message>
    <message>
        <source>Walk</source>
        <comment>s_transport.option.walk</comment>
        <translation>Maglakad</translation>
    </message>
    <message>
        <source>Bus, subway or train</source>
        <comment>s_transport.option.transit</comment>
        <translation>Bus, subway o tren</translation>
    </message>
    <message>
        <source>Taxi or ride app</source>
        <comment>s_transport.option.taxi</comment>
        <translation>Taxi o ride app</translation>
    </message>
    <message>
        <source>Someone drives me</source>
        <comment>s_transport.option.friend_drives</comment>
        <translation>May maghahatid sa akin</translation>
    </message>
    <message>
        <source>Another way</source>
        <comment>s_transport.option.other</comment>
        <translation>Ibang paraan</translation>
    </message>
    <message>
        <source>Do you plan to leave soon, or do you want to be ready in case you must leave suddenly?</source>
        <comment>s_timing.text</comment>
        <translation>Balak mo bang umalis agad, o gusto mo lang maging handa kung sakaling kailangan mong umalis nang biglaan?</translation>
    </message>
    <message>
        <source>Your answer changes what to prepare first.</source>
        <comment>s_timing.why</comment>
        <translation>Depende sa sagot mo kung ano ang unang ihahanda.</translation>
    </message>
    <message>
        <source>I plan to leave soon</source>
        <comment>s_timing.option.soon</comment>
        <translation>Balak kong umalis agad</translation>
    </message>
    <message>
        <source>I want to be ready, in case</source>
        <comment>s_timing.option.be_ready</comment>
        <translation>Gusto kong maging handa, kung sakali</translation>
    </message>
    <message>
        <source>I have not decided</source>
        <comment>s_timing.option.undecided</comment>
        <translation>Hindi pa ako nagpapasya</translation>
    </message>
    <message>
        <source>If you plan to leave soon, is there a day you have in mind?</source>
        <comment>s_leave_date.text</comment>
        <translation>Kung balak mong umalis agad, may araw ka na bang naiisip?</translation>
    </message>
    <message>
        <source>A date helps you plan the steps that come before it.</source>
        <comment>s_leave_date.why</comment>
        <translation>Makakatulong ang petsa para maplano ang mga hakbang bago ito.</translation>
    </message>
    <message>
        <source>Which small things could you keep in your everyday bag, in case you must leave suddenly?</source>
        <comment>s_bag.text</comment>
        <translation>Anong maliliit na bagay ang puwede mong ilagay sa bag na lagi mong dala, kung sakaling kailangan mong umalis nang biglaan?</translation>
    </message>
    <message>
        <source>A few things let you leave at once. Too many things may make someone suspicious.</source>
        <comment>s_bag.why</comment>
        <translation>Sa ilang bagay lang, makakaalis ka agad. Kapag masyadong marami, baka may maghinala.</translation>
    </message>
    <message>
        <source>Medication</source>
        <comment>s_bag.option.medication</comment>
        <translation>Gamot</translation>
    </message>
    <message>
        <source>A change of clothes</source>
        <comment>s_bag.option.clothes</comment>
        <translation>Pamalit na damit</translation>
    </message>
    <message>
        <source>A little money, hidden (for example in a lipstick tube)</source>
        <comment>s_bag.option.cash</comment>
        <translation>Kaunting pera, nakatago (halimbawa sa lalagyan ng lipstick)</translation>
    </message>
    <message>
        <source>A phone charger</source>
        <comment>s_bag.option.charger</comment>
        <translation>Charger ng telepono</translation>
    </message>
    <message>
        <source>Spare keys</source>
        <comment>s_bag.option.keys</comment>
        <translation>Ekstrang susi</translation>
    </message>
    <message>
        <source>Important phone numbers on paper</source>
        <comment>s_bag.option.numbers</comment>
        <translation>Mahahalagang numero ng telepono na nakasulat sa papel</translation>
    </message>
    <message>
        <source>Do you need to plan for children, other people you care for, or pets?</source>
        <comment>s_care.text</comment>
        <translation>Kailangan mo bang magplano para sa mga anak, ibang taong inaalagaan mo, o mga alagang hayop?</translation>
    </message>
    <message>
        <source>Planning ahead means they are looked after if you leave quickly.</source>
        <comment>s_care.why</comment>
        <translation>Kapag nakaplano na, may mag-aalaga sa kanila kung aalis ka nang mabilis.</translation>
    </message>
    <message>
        <source>My son: my sister can pick him up from school</source>
        <comment>s_care.example1</comment>
        <translation>Anak kong lalaki: puwede siyang sunduin ng kapatid ko sa paaralan</translation>
    </message>
    <message>
        <source>My cat: a neighbour can feed her</source>
        <comment>s_care.example2</comment>
        <translation>Pusa ko: puwede siyang pakainin ng kapitbahay</translation>
    </message>
    <message>
        <source>Supports and resources</source>
        <comment>supports.title</comment>
        <translation>Suporta at mga mapagkukunan ng tulong</translation>
    </message>
    <message>
        <source>The people and groups who can help you, and the strengths you already have.</source>
        <comment>supports.intro</comment>
        <translation>Ang mga tao at grupong makakatulong sa iyo, at ang mga lakas na mayroon ka na.</translation>
    </message>
    <message>
        <source>Who could help you find services and contact them? This can be an organisation, a co-worker, a friend, a client or family.</source>
        <comment>s_helpers.text</comment>
        <translation>Sino ang makakatulong sa iyo na maghanap ng mga serbisyo at kumontak sa kanila? Puwedeng isang organisasyon, katrabaho, kaibigan, kliyente o kapamilya.</translation>
    </message>
    <message>
        <source>Someone who knows the services can save you time and worry.</source>
        <comment>s_helpers.why</comment>
        <translation>Makakatipid ka ng oras at pag-aalala kung may kakilala kang alam ang mga serbisyo.</translation>
    </message>
    <message>
        <source>Services can be shelters, programs for people facing violence, legal help or food banks.</source>
        <comment>s_helpers.help</comment>
        <translation>Ang mga serbisyo ay puwedeng shelter, programa para sa mga taong nakakaranas ng karahasan, tulong legal o food bank.</translation>
    </message>
    <message>
        <source>What other support would help you? Who could give it?</source>
        <comment>s_other_support.text</comment>
        <translation>Anong iba pang suporta ang makakatulong sa iyo? Sino ang puwedeng magbigay nito?</translation>
    </message>
    <message>
        <source>Support can be practical, like a ride, or someone to talk to. Both count.</source>
        <comment>s_other_support.why</comment>
        <translation>Ang suporta ay puwedeng praktikal, tulad ng paghatid, o isang taong makakausap. Parehong mahalaga.</translation>
    </message>
    <message>
        <source>A ride to the shelter</source>
        <comment>s_other_support.example1</comment>
        <translation>Paghatid papunta sa shelter</translation>
    </message>
    <message>
        <source>Someone to talk to in my language</source>
        <comment>s_other_support.example2</comment>
        <translation>Isang taong makakausap ko sa sarili kong wika</translation>
    </message>
    <message>
        <source>Help with rent</source>
        <comment>s_other_support.example3</comment>
        <translation>Tulong sa upa</translation>
    </message>
    <message>
        <source>What matters most to you right now?</source>
        <comment>s_priorities.text</comment>
        <translation>Ano ang pinakamahalaga sa iyo ngayon?</translation>
    </message>
    <message>
        <source>Your priorities decide which steps come first in your plan.</source>
        <comment>s_priorities.why</comment>
        <translation>Ang mga priyoridad mo ang magpapasya kung aling mga hakbang ang mauuna sa plano mo.</translation>
    </message>
    <message>
        <source>Keeping my job</source>
        <comment>s_priorities.example1</comment>
        <translation>Hindi mawalan ng trabaho</translation>
    </message>
    <message>
        <source>My child&apos;s school</source>
        <comment>s_priorities.example2</comment>
        <translation>Ang paaralan ng anak ko</translation>
    </message>
    <message>
        <source>Keeping my immigration status</source>
        <comment>s_priorities.example3</comment>
        <translation>Hindi mawala ang status ko sa imigrasyon</translation>
    </message>
    <message>
        <source>How have you kept yourself safe before? What are you doing now that helps?</source>
        <comment>s_strengths.text</comment>
        <translation>Paano mo pinanatiling ligtas ang sarili mo dati? Ano ang ginagawa mo ngayon na nakakatulong?</translation>
    </message>
    <message>
        <source>You know your life best. Your skills and experience are part of this plan.</source>
        <comment>s_strengths.why</comment>
        <translation>Ikaw ang pinakanakakakilala sa buhay mo. Bahagi ng planong ito ang mga kakayahan at karanasan mo.</translation>
    </message>
    <message>
        <source>I tell a co-worker where I am</source>
        <comment>s_strengths.example1</comment>
        <translation>Sinasabi ko sa isang katrabaho kung nasaan ako</translation>
    </message>
    <message>
        <source>I screen new clients</source>
        <comment>s_strengths.example2</comment>
        <translation>Sinusuri ko muna ang mga bagong kliyente</translation>
    </message>
    <message>
        <source>I keep my phone charged and with me</source>
        <comment>s_strengths.example3</comment>
        <translation>Laging may charge ang telepono ko at dala ko ito</translation>
    </message>
    <message>
        <source>If you think about going to the police or immigration, would you talk with a lawyer first?</source>
        <comment>s_lawyer_first.text</comment>
        <translation>Kung naiisip mong pumunta sa pulis o sa imigrasyon, gusto mo bang kumausap muna ng abogado?</translation>
    </message>
    <message>
        <source>Without legal advice, it may lead to more abuse or to removal from Canada. With legal help, it may help you stay.</source>
        <comment>s_lawyer_first.why</comment>
        <translation>Kung walang legal na payo, maaari itong humantong sa mas maraming pang-aabuso o sa deportasyon mula sa Canada. Kung may tulong legal, maaari itong makatulong para manatili ka.</translation>
    </message>
    <message>
        <source>You can ask for another address, or online letters if the person cannot get into your email or phone.</source>
        <comment>s_bank_mail.help</comment>
        <translation>Maaari kang humingi ng ibang address, o ng mga sulat online kung hindi makakapasok ang taong iyon sa email o phone mo.</translation>
    </message>
    <message>
        <source>Can you keep the person away from your phone, your accounts and your records?</source>
        <comment>s_phone_security.text</comment>
        <translation>Kaya mo bang ilayo ang taong iyon sa phone mo, sa mga account mo at sa mga rekord mo?</translation>
    </message>
    <message>
        <source>Someone who can see your phone or accounts may learn about your plans.</source>
        <comment>s_phone_security.why</comment>
        <translation>Ang taong nakakakita ng phone o mga account mo ay maaaring makaalam ng mga plano mo.</translation>
    </message>
    <message>
        <source>For example: a new passcode, signing out of shared accounts, turning off location sharing.</source>
        <comment>s_phone_security.help</comment>
        <translation>Halimbawa: bagong passcode, pag-sign out sa mga account na pinaghahatian, pag-off ng pagbabahagi ng lokasyon.</translation>
    </message>
    <message>
        <source>A lawyer can explain your choices before you decide. Legal clinics give free legal help.</source>
        <comment>s_lawyer_first.help</comment>
        <translation>Maipapaliwanag ng abogado ang mga pagpipilian mo bago ka magpasya. Nagbibigay ng libreng tulong legal ang mga legal clinic.</translation>
    </message>
    <message>
        <source>If a partner sponsors your immigration, would you like to learn the rules that protect sponsored spouses facing violence at home?</source>
        <comment>s_sponsorship.text</comment>
        <translation>Kung isang partner ang nag-sponsor sa iyong imigrasyon, gusto mo bang malaman ang mga patakarang nagpoprotekta sa mga sponsored na asawa o partner na nakakaranas ng karahasan sa bahay?</translation>
    </message>
    <message>
        <source>There are exceptions that may protect your status. Knowing them helps you decide with less fear.</source>
        <comment>s_sponsorship.why</comment>
        <translation>May mga eksepsiyon na puwedeng magprotekta sa status mo. Kapag alam mo ang mga ito, makakapagpasya ka nang may mas kaunting takot.</translation>
    </message>
    <message>
        <source>Sponsor: the person who signed to support your application to live in Canada.</source>
        <comment>s_sponsorship.help</comment>
        <translation>Sponsor: ang taong pumirma para suportahan ang aplikasyon mo na manirahan sa Canada.</translation>
    </message>
    <message>
        <source>If you are already a permanent resident, your sponsor cannot take that status away, even if you leave.</source>
        <comment>s_sponsorship.legal1</comment>
        <translation>Kung permanent resident ka na, hindi maaaring bawiin ng sponsor mo ang status na iyon, kahit umalis ka.</translation>
    </message>
    <message>
        <source>Since 2017, a sponsored spouse no longer has to live with the sponsor for two years to keep permanent residence.</source>
        <comment>s_sponsorship.legal2</comment>
        <translation>Mula 2017, hindi na kailangang tumira ng sponsored spouse kasama ng sponsor nang dalawang taon para mapanatili ang permanent residence.</translation>
    </message>
    <message>
        <source>If your status in Canada depends on your partner and you face violence, a special temporary permit may help you stay (since 2019).</source>
        <comment>s_sponsorship.legal3</comment>
        <translation>Kung nakasalalay sa partner mo ang status mo sa Canada at nakakaranas ka ng karahasan, maaaring makatulong sa iyo ang isang espesyal na temporary permit para manatili (mula 2019).</translation>
    </message>
    <message>
        <source>A lawyer or legal clinic can tell you what applies to you before you decide.</source>
        <comment>s_sponsorship.legal4</comment>
        <translation>Masasabi sa iyo ng abogado o ng legal clinic kung ano ang angkop sa iyo bago ka magpasya.</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>money.title</comment>
        <translation>Pera</translation>
    </message>
    <message>
        <source>Some money of your own gives you more choices.</source>
        <comment>money.intro</comment>
        <translation>Mas marami kang pagpipilian kapag may sarili kang pera.</translation>
    </message>
    <message>
        <source>Could you save and hide some money? How much would you need for travel and a room?</source>
        <comment>s_savings.text</comment>
        <translation>Kaya mo bang mag-ipon at magtago ng pera? Magkano ang kakailanganin mo para sa pamasahe at isang kuwarto?</translation>
    </message>
    <message>
        <source>With enough for travel and a room, you do not have to stay in a shelter if you do not want to.</source>
        <comment>s_savings.why</comment>
        <translation>Kapag may sapat kang pera para sa pamasahe at kuwarto, hindi mo kailangang tumira sa shelter kung ayaw mo.</translation>
    </message>
    <message>
        <source>$40 for a taxi</source>
        <comment>s_savings.example1</comment>
        <translation>$40 para sa taxi</translation>
    </message>
    <message>
        <source>$300 for a room for a week</source>
        <comment>s_savings.example2</comment>
        <translation>$300 para sa isang kuwarto sa loob ng isang linggo</translation>
    </message>
    <message>
        <source>Where could you keep this money, so that the person cannot find it?</source>
        <comment>s_money_place.text</comment>
        <translation>Saan mo puwedeng itago ang perang ito, para hindi ito makita ng taong iyon?</translation>
    </message>
    <message>
        <source>Money is only useful if it is still there when you need it.</source>
        <comment>s_money_place.why</comment>
        <translation>May silbi lang ang pera kung nandiyan pa ito kapag kailangan mo.</translation>
    </message>
    <message>
        <source>With a friend I trust</source>
        <comment>s_money_place.example1</comment>
        <translation>Sa isang kaibigang pinagkakatiwalaan ko</translation>
    </message>
    <message>
        <source>In a pocket sewn into my bag</source>
        <comment>s_money_place.example2</comment>
        <translation>Sa bulsang tinahi sa loob ng bag ko</translation>
    </message>
    <message>
        <source>Do you have a bank account that only you can use?</source>
        <comment>s_own_account.text</comment>
        <translation>May bank account ka ba na ikaw lang ang puwedeng gumamit?</translation>
    </message>
    <message>
        <source>Money in your own account is harder for others to take or control.</source>
        <comment>s_own_account.why</comment>
        <translation>Mas mahirap kunin o kontrolin ng iba ang pera sa sarili mong account.</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>s_own_account.option.yes</comment>
        <translation>Oo</translation>
    </message>
    <message>
        <source>No, but I could open one</source>
        <comment>s_own_account.option.could_open</comment>
        <translation>Wala, pero puwede akong magbukas</translation>
    </message>
    <message>
        <source>No</source>
        <comment>s_own_account.option.no</comment>
        <translation>Wala</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <comment>s_own_account.option.not_sure</comment>
        <translation>Hindi ako sigurado</translation>
    </message>
    <message>
        <source>Does your bank send letters to an address where the person cannot see them?</source>
        <comment>s_bank_mail.text</comment>
        <translation>Ipinapadala ba ng bangko mo ang mga sulat sa address na hindi nakikita ng taong iyon?</translation>
    </message>
    <message>
        <source>A letter from the bank can tell the person that you have an account.</source>
        <comment>s_bank_mail.why</comment>
        <translation>Ang sulat mula sa bangko ay puwedeng magsabi sa taong iyon na may account ka.</translation>
    </message>
    <message>
        <source>ID, documents and bank information</source>
        <comment>papers.title</comment>
        <translation>ID, mga dokumento at impormasyon sa bangko</translation>
    </message>
    <message>
        <source>Your papers, ready to take, and copies kept somewhere safe.</source>
        <comment>papers.intro</comment>
        <translation>Ang mga papeles mo, handang dalhin, at mga kopyang nakatago sa ligtas na lugar.</translation>
    </message>
    <message>
        <source>Which important documents would you take with you? Note where each one is kept.</source>
        <comment>s_documents.text</comment>
        <translation>Aling mahahalagang dokumento ang dadalhin mo? Isulat kung saan nakatago ang bawat isa.</translation>
    </message>
    <message>
        <source>If they are together in one place, you can take them all quickly.</source>
        <comment>s_documents.why</comment>
        <translation>Kung magkakasama sila sa iisang lugar, madadala mo silang lahat nang mabilis.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>s_documents.example1</comment>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <comment>s_documents.example2</comment>
        <translation>Mga papeles sa imigrasyon</translation>
    </message>
    <message>
        <source>Bank card</source>
        <comment>s_documents.example3</comment>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Health card</source>
        <comment>s_documents.example4</comment>
        <translation>Health card</translation>
    </message>
    <message>
        <source>My children&apos;s birth certificates</source>
        <comment>s_documents.example5</comment>
        <translation>Mga birth certificate ng mga anak ko</translation>
    </message>
    <message>
        <source>Could an organisation you trust keep a copy of your file or papers for you?</source>
        <comment>s_org_copy.text</comment>
        <translation>Puwede bang magtago ng kopya ng file o mga papeles mo ang isang organisasyong pinagkakatiwalaan mo?</translation>
    </message>
    <message>
        <source>If you leave quickly, a copy waits for you somewhere safe.</source>
        <comment>s_org_copy.why</comment>
        <translation>Kung aalis ka nang mabilis, may kopyang naghihintay sa iyo sa isang ligtas na lugar.</translation>
    </message>
    <message>
        <source>Would you like to keep a record each time the person contacts you or causes a problem?</source>
        <comment>s_incident_record.text</comment>
        <translation>Gusto mo bang magtala tuwing kokontakin ka ng taong iyon o gagawa siya ng problema?</translation>
    </message>
    <message>
        <source>A record with dates can help later, for example with a lawyer or an immigration application.</source>
        <comment>s_incident_record.why</comment>
        <translation>Ang talaang may mga petsa ay puwedeng makatulong sa ibang pagkakataon, halimbawa sa abogado o sa aplikasyon sa imigrasyon.</translation>
    </message>
    <message>
        <source>Write the date, time and place. Keep it where the person cannot reach it, like SaferPlan&apos;s private record.</source>
        <comment>s_incident_record.help</comment>
        <translation>Isulat ang petsa, oras at lugar. Itago ito kung saan hindi maaabot ng taong iyon, gaya ng pribadong talaan ng SaferPlan.</translation>
    </message>
    <message>
        <source>I already keep a record</source>
        <comment>s_incident_record.option.already</comment>
        <translation>Nagtatala na ako</translation>
    </message>
    <message>
        <source>I would like to start</source>
        <comment>s_incident_record.option.start</comment>
        <translation>Gusto kong magsimula</translation>
    </message>
    <message>
        <source>Not right now</source>
        <comment>s_incident_record.option.not_now</comment>
        <translation>Hindi muna ngayon</translation>
    </message>
    <message>
        <source>Where could you keep copies of your records and documents, away from the person?</source>
        <comment>s_copies_place.text</comment>
        <translation>Saan mo puwedeng itago ang mga kopya ng iyong mga tala at dokumento, malayo sa taong iyon?</translation>
    </message>
    <message>
        <source>Copies stay safe even if your phone or papers are taken.</source>
        <comment>s_copies_place.why</comment>
        <translation>Ligtas ang mga kopya kahit kunin ang telepono o papeles mo.</translation>
    </message>
    <message>
        <source>With someone I really trust</source>
        <comment>s_copies_place.option.trusted_person</comment>
        <translation>Sa taong talagang pinagkakatiwalaan ko</translation>
    </message>
    <message>
        <source>At an organisation</source>
        <comment>s_copies_place.option.organisation</comment>
        <translation>Sa isang organisasyon</translation>
    </message>
    <message>
        <source>In an email account only I know</source>
        <comment>s_copies_place.option.private_email</comment>
        <translation>Sa email account na ako lang ang nakakaalam</translation>
    </message>
    <message>
        <source>I do not have a place yet</source>
        <comment>s_copies_place.option.not_yet</comment>
        <translation>Wala pa akong lugar</translation>
    </message>
    <message>
        <source>Do you have an email account that the person does not know about?</source>
        <comment>s_private_email.text</comment>
        <translation>May email account ka ba na hindi alam ng taong iyon?</translation>
    </message>
    <message>
        <source>You can email scans and notes to yourself and keep them safe there.</source>
        <comment>s_private_email.why</comment>
        <translation>Puwede mong i-email sa sarili mo ang mga scan at tala, at itago ang mga ito roon nang ligtas.</translation>
    </message>
    <message>
        <source>Sign in only at a community organisation or a public library, not on a shared phone.</source>
        <comment>s_private_email.help</comment>
        <translation>Mag-sign in lang sa isang organisasyong pangkomunidad o pampublikong aklatan, hindi sa teleponong ginagamit din ng iba.</translation>
    </message>
</context>
</TS>
