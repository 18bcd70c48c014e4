<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hant" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About SaferPlan</source>
        <translation>關於 SaferPlan</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. You may use, share and change it.</source>
        <translation>這是自由軟體，採用 GNU 通用公共授權條款（GNU General Public License）第 3 版或更新版本。你可以使用、分享和修改它。</translation>
    </message>
    <message>
        <source>The open plan is kept in this file: {path}</source>
        <translation>目前開啟的計劃儲存在這個檔案裡：{path}</translation>
    </message>
    <message>
        <source>New plans are kept in this folder: {path}</source>
        <translation>新計劃儲存在這個資料夾裡：{path}</translation>
    </message>
    <message>
        <source>Portable mode is on: settings and plans stay in that folder, and nothing is kept in your home folder.</source>
        <translation>可攜模式已開啟：設定和計劃都留在那個資料夾裡，你的個人資料夾裡不會儲存任何內容。</translation>
    </message>
    <message>
        <source>Portable mode is off.</source>
        <translation>可攜模式已關閉。</translation>
    </message>
    <message>
        <source>Show the licence</source>
        <translation>查看授權條款</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <source>The licence text is not in this copy. It is the GNU General Public License, version 3, at gnu.org/licenses.</source>
        <translation>這份軟體裡沒有授權條款全文。它是 GNU 通用公共授權條款第 3 版，可在 gnu.org/licenses 查看。</translation>
    </message>
</context>
<context>
    <name>AnswerAdapter</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不確定</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>沒有日期</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>See it larger</source>
        <translation>放大查看</translation>
    </message>
    <message>
        <source>Name of the file</source>
        <translation>檔案名稱</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除檔案</translation>
    </message>
    <message>
        <source>A PDF file, kept safely in your plan. SaferPlan cannot show it.</source>
        <translation>這是一個 PDF 檔案，已安全儲存在你的計劃裡。SaferPlan 無法顯示它。</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>正在開啟圖片…</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>無法顯示這張圖片。</translation>
    </message>
</context>
<context>
    <name>BondSheet</name>
    <message>
        <source>If I am detained: for my bond person</source>
        <translation>如果我被拘留：給我的保釋擔保人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>The first detention review is within 48 hours, or soon after. Then within 7 days, then at least once every 30 days.</source>
        <translation>第一次拘留審查會在 48 小時內舉行，或稍晚一點。之後在 7 天內再審查一次，然後至少每 30 天一次。</translation>
    </message>
    <message>
        <source>If you are not ready for the first review, the next chance may be a week or a month later. Call my lawyer as soon as you hear.</source>
        <translation>如果你來不及參加第一次審查，下一次機會可能要等一星期或一個月。一聽到消息，請馬上打電話給我的律師。</translation>
    </message>
    <message>
        <source>What you may be asked at the hearing</source>
        <translation>聽證會上可能會問你的問題</translation>
    </message>
    <message>
        <source>How you know me, where I will live, and how you will make sure I follow the conditions of my release.</source>
        <translation>你怎樣認識我、我會住在哪裡，以及你會怎樣確保我遵守獲釋條件。</translation>
    </message>
    <message>
        <source>Whether you would tell the CBSA if I broke a condition. You must, or you can lose the money.</source>
        <translation>如果我違反了某項條件，你會不會告訴 CBSA。你必須告訴，否則你可能會失去這筆錢。</translation>
    </message>
    <message>
        <source>Where the money comes from. It must be your own money, not mine.</source>
        <translation>這筆錢從哪裡來。必須是你自己的錢，不能是我的錢。</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>要帶什麼</translation>
    </message>
    <message>
        <source>Photo ID, and proof of your status in Canada: a Canadian passport, citizenship certificate or permanent resident card.</source>
        <translation>有照片的身份證明文件，以及你在加拿大的身份證明：加拿大護照、公民證書或永久居民卡。</translation>
    </message>
    <message>
        <source>Proof of your own money and income, and of your address: bank statements, pay slips, a lease or a bill.</source>
        <translation>你自己的錢和收入的證明，以及你的地址證明：銀行月結單、薪資單、租約或帳單。</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>打電話給誰</translation>
    </message>
    <message>
        <source>Add my lawyer&apos;s and support worker&apos;s numbers here:</source>
        <translation>請在這裡寫上我的律師和支援工作者的電話號碼：</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Bond person</source>
        <translation>保釋擔保人</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>移民律師</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>刑事律師</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>家庭法律師</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>法律診所</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>支援工作者</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>有我的鑰匙</translation>
    </message>
    <message>
        <source>Cares for my children</source>
        <translation>照顧我的孩子</translation>
    </message>
    <message>
        <source>Cares for my pets</source>
        <translation>照顧我的寵物</translation>
    </message>
    <message>
        <source>Release address</source>
        <translation>獲釋後的住址</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急聯絡人</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>授權代理人</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>證人</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>安全的去處</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>其他聯絡人</translation>
    </message>
    <message>
        <source>In an emergency, please contact</source>
        <translation>如有緊急情況，請聯絡</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Medication and medical needs</source>
        <translation>藥物和醫療需要</translation>
    </message>
    <message>
        <source>Language / interpreter</source>
        <translation>語言 / 口譯員</translation>
    </message>
    <message>
        <source>This line is 5 cm long. If it is not, print again at 100 % (actual size).</source>
        <translation>這條線長 5 公分。如果不是，請以 100%（實際大小）重新列印。</translation>
    </message>
</context>
<context>
    <name>CardRisk</name>
    <message>
        <source>Before you print a card</source>
        <translation>列印隨身卡之前</translation>
    </message>
    <message>
        <source>If you are detained, officers take your things and may read this card. They may call the people on it. You decide what is best. You can also give the card to your bond person to keep, or learn the numbers by heart and carry no card.</source>
        <translation>如果你被拘留，官員會拿走你的東西，也可能會看這張卡。他們可能會打電話給卡上的人。怎樣最好，由你決定。你也可以把卡交給你的保釋擔保人保管，或者把號碼記熟，不帶卡。</translation>
    </message>
    <message>
        <source>Print the card as it is</source>
        <translation>照原樣列印</translation>
    </message>
    <message>
        <source>Make it discreet: names and numbers only</source>
        <translation>改成低調版：只印姓名和號碼</translation>
    </message>
    <message>
        <source>Choose fewer people first</source>
        <translation>先少選幾個人</translation>
    </message>
    <message>
        <source>Save a sheet for my bond person instead</source>
        <translation>改為儲存給我的保釋擔保人的說明頁</translation>
    </message>
    <message>
        <source>Choose fewer people</source>
        <translation>少選幾個人</translation>
    </message>
    <message>
        <source>Untick the people you want to leave off the card, then print again.</source>
        <translation>取消勾選你不想印在卡上的人，然後再列印一次。</translation>
    </message>
    <message>
        <source>A sheet for your bond person</source>
        <translation>給你的保釋擔保人的說明頁</translation>
    </message>
    <message>
        <source>It says what to do if you are detained: when, what they may be asked, what to bring, and who to call. It is printed in the language chosen for printing, and in English.</source>
        <translation>上面寫著你被拘留時該怎麼做：什麼時候要去、他們可能會被問什麼、要帶什麼、要打電話給誰。它會用你選的列印語言印出來，並附上英文。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未能列印</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. Use Save as PDF to keep a file.</source>
        <translation>SaferPlan 只能用印表機列印。想儲存成檔案，請用「另存為 PDF」。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>The sheet for your bond person is saved. Give it to them on paper if you can.</source>
        <translation>給你的保釋擔保人的說明頁已儲存。如果可以，請列印在紙上交給他們。</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>What SaferPlan keeps</source>
        <translation>SaferPlan 儲存什麼</translation>
    </message>
    <message>
        <source>Only what you type: your plans, the people and documents you add, and the numbers you want to learn. Write as little as you need. First names and your own words are fine.</source>
        <translation>只儲存你輸入的內容：你的計劃、你加入的聯絡人和文件，以及你想記熟的號碼。需要多少就寫多少。只寫名字（不寫姓）或用你自己的說法都可以。</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>儲存在哪裡</translation>
    </message>
    <message>
        <source>In one file on this computer, locked with a passphrase you choose. Without the passphrase, or a recovery code if you make one, nobody can read it. Not us either: if you forget both, the plan cannot be opened again.</source>
        <translation>儲存在這部電腦上的一個檔案裡，用你選的密碼短語鎖住。沒有密碼短語，或沒有復原碼（如果你有建立），誰都打不開。我們也打不開：如果兩樣都忘了，這個計劃就再也打不開了。</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>不會傳送到任何地方</translation>
    </message>
    <message>
        <source>SaferPlan never uses the internet. Nothing you write leaves this computer unless you print it or save a copy yourself.</source>
        <translation>SaferPlan 從不使用網路。你寫的內容不會離開這部電腦，除非你自己列印或儲存一份副本。</translation>
    </message>
    <message>
        <source>You decide</source>
        <translation>由你決定</translation>
    </message>
    <message>
        <source>Every question can be skipped, left for later, or marked as not for you. You can see everything you wrote, take a copy, and delete everything at any time.</source>
        <translation>每個問題都可以跳過、留待稍後，或標示為不適合你。你隨時可以查看你寫的所有內容、帶走一份副本，或刪除全部內容。</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>快速離開</translation>
    </message>
    <message>
        <source>The Hide button at the top is always there. Pressing Esc twice, or Shift three times, does the same. SaferPlan hides your plan at once, saves it, locks it and minimises or closes. To open it again you need your passphrase. After a few minutes without use it locks by itself.</source>
        <translation>頂部的「隱藏」按鈕一直都在。連按兩次 Esc，或連按三次 Shift，效果相同。SaferPlan 會立刻隱藏你的計劃，儲存、鎖定，然後縮到最小或關閉。要再次開啟，需要你的密碼短語。幾分鐘沒有使用，它也會自動鎖定。</translation>
    </message>
    <message>
        <source>What SaferPlan cannot protect against</source>
        <translation>SaferPlan 無法防範的情況</translation>
    </message>
    <message>
        <source>It cannot keep you safe while the plan is open and someone is watching. It cannot stop spyware, a keylogger, or someone who controls this computer. It cannot hide that SaferPlan or a plan file is here: the file&apos;s size and date can be seen. It cannot help if someone forces you to tell them your passphrase. Deleted files may still be recoverable on some drives and USB sticks. Printouts and saved copies are not protected once they leave SaferPlan: keep them somewhere safe.</source>
        <translation>計劃開著時如果有人在看，它無法保護你。它無法阻止間諜程式、鍵盤記錄程式，或能控制這部電腦的人。它無法隱藏這裡有 SaferPlan 或計劃檔案：別人看得到檔案的大小和日期。如果有人強迫你說出密碼短語，它也幫不了你。在某些硬碟和隨身碟上，已刪除的檔案可能仍然可以還原。列印本和儲存的副本一旦離開 SaferPlan 就不受保護：請把它們放在安全的地方。</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>開始之前</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>繼續(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>選擇密碼短語</translation>
    </message>
    <message>
        <source>Also make a recovery code</source>
        <translation>同時建立復原碼</translation>
    </message>
    <message>
        <source>A recovery code opens the plan if you forget your passphrase. It is shown once, for you to write down. Anyone who finds it can open your plan too, so keep it somewhere safe, away from this computer. Without a code, a forgotten passphrase means the plan cannot be opened again.</source>
        <translation>如果你忘了密碼短語，可以用復原碼開啟計劃。復原碼只會顯示一次，請你抄下來。任何人找到它也能開啟你的計劃，所以請放在安全的地方，不要和這部電腦放在一起。沒有復原碼的話，忘了密碼短語，計劃就再也打不開了。</translation>
    </message>
    <message>
        <source>Locking your new plan. This takes a moment.</source>
        <translation>正在鎖定你的新計劃，請稍候。</translation>
    </message>
    <message>
        <source>&amp;Create my plan</source>
        <translation>建立我的計劃(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>The plan could not be created. Nothing was saved.</source>
        <translation>無法建立計劃。沒有儲存任何內容。</translation>
    </message>
</context>
<context>
    <name>DirectoryWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>返回首頁(&amp;M)</translation>
    </message>
    <message>
        <source>As listed in {date} — check before relying on it.</source>
        <translation>根據 {date} 的資料——使用前請先確認。</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or another category.</source>
        <translation>找不到結果。請少輸入幾個字，或換一個類別。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>所有協助</translation>
    </message>
    <message>
        <source>Search by name, number or what they offer</source>
        <translation>按名稱、號碼或服務內容搜尋</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>取自指南中的名單，{date}——使用前請先確認。</translation>
    </message>
</context>
<context>
    <name>DocumentAdapter</name>
    <message>
        <source>No documents in your list yet.</source>
        <translation>你的清單裡還沒有文件。</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>新增文件</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>是什麼</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>放在哪裡</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>What it is</source>
        <translation>是什麼</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>放在哪裡</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>誰有副本</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>沒有人</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（還沒有名字）</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份證件</translation>
    </message>
    <message>
        <source>Children&apos;s documents</source>
        <translation>孩子的證件</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <translation>移民文件</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>學習許可</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>工作許可</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>出生證明</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>銀行卡</translation>
    </message>
    <message>
        <source>Health card</source>
        <translation>健康卡</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>藥物清單</translation>
    </message>
    <message>
        <source>Lease or rental papers</source>
        <translation>租約或租屋文件</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>法庭文件</translation>
    </message>
</context>
<context>
    <name>DocumentsWidget</name>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>返回首頁(&amp;M)</translation>
    </message>
    <message>
        <source>Discreet words are fine: “the blue box” works as well as “passport at Lan&apos;s”.</source>
        <translation>用含蓄的說法也可以：「藍色盒子」和「護照在阿蘭那裡」一樣有用。</translation>
    </message>
    <message>
        <source>No documents in your list yet</source>
        <translation>你的清單裡還沒有文件</translation>
    </message>
    <message>
        <source>Note where your important papers are kept and who has a copy, so they can be found when you need them.</source>
        <translation>記下你的重要證件放在哪裡、誰有副本，這樣需要的時候就能找到。</translation>
    </message>
    <message>
        <source>&amp;Add a document</source>
        <translation>新增文件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>（還沒有名稱）</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>這份文件</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Remove {what} from your list?</source>
        <translation>要把{what}從你的清單中移除嗎？</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>想寫多少都可以。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>加上時間</translation>
    </message>
    <message>
        <source>Who was there (optional)</source>
        <translation>當時在場的人（可不填）</translation>
    </message>
    <message>
        <source>People you add under People can be chosen here.</source>
        <translation>你在「聯絡人」裡加入的人，可以在這裡選擇。</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>當時在場的人</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>照片和檔案</translation>
    </message>
    <message>
        <source>Add a photo or screenshot…</source>
        <translation>加入照片或截圖…</translation>
    </message>
    <message>
        <source>Add a photo or screenshot</source>
        <translation>加入照片或截圖</translation>
    </message>
    <message>
        <source>First written as: {when}. Choosing a date here replaces it.</source>
        <translation>原本寫的是：{when}。在這裡選擇日期，就會取代它。</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（還沒有名字）</translation>
    </message>
    <message>
        <source>The file is kept in your plan, and the original was deleted.</source>
        <translation>檔案已儲存在你的計劃裡，原始檔案已刪除。</translation>
    </message>
    <message>
        <source>The file is kept in your plan. The original is still there.</source>
        <translation>檔案已儲存在你的計劃裡。原始檔案仍在原來的地方。</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除檔案</translation>
    </message>
    <message>
        <source>Remove this file from the entry? It will no longer be kept in your plan.</source>
        <translation>要把這個檔案從這筆記錄中移除嗎？它將不再儲存在你的計劃裡。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>出了點問題</translation>
    </message>
    <message>
        <source>Something went wrong inside SaferPlan. Your plan is safe in its locked file; you may want to lock and reopen it.</source>
        <translation>SaferPlan 內部出了點問題。你的計劃安全地儲存在鎖定的檔案裡。你可以先鎖定，再重新開啟它。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is not enough room on the card. Choose fewer people or leave out the medication line.</source>
        <translation>隨身卡上的空間不夠。請少選幾個人，或不放藥物那一行。</translation>
    </message>
    <message>
        <source>There is not enough room on the card. Choose fewer people.</source>
        <translation>隨身卡上的空間不夠。請少選幾個人。</translation>
    </message>
    <message>
        <source>Some text cannot be printed because no font for {script} is installed. Install a font for {script}, for example the {font} font (on Debian or Ubuntu: the {package} package), then try again.</source>
        <translation>有些文字無法列印，因為電腦上沒有安裝 {script} 文字的字型。請安裝一個 {script} 字型，例如 {font} 字型（在 Debian 或 Ubuntu 上是 {package} 套件），然後再試一次。</translation>
    </message>
    <message>
        <source>Some of the chosen entries are no longer in the plan. Please choose again.</source>
        <translation>你選的一些記錄已經不在計劃裡了。請重新選擇。</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of SaferPlan. Please try again.</source>
        <translation>列印需要用到 SaferPlan 的圖形介面。請再試一次。</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is ready, then try again.</source>
        <translation>印表機未能啟動。請檢查印表機是否已準備好，然後再試一次。</translation>
    </message>
    <message>
        <source>A picture could not be put in the PDF, so it was not saved. Please try again.</source>
        <translation>有一張圖片未能放進 PDF，所以沒有儲存。請再試一次。</translation>
    </message>
</context>
<context>
    <name>FileTextView</name>
    <message>
        <source>Opening the file…</source>
        <translation>正在開啟檔案…</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>無法顯示這個檔案。</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <source>Places</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>USB 隨身碟或記憶卡：%1</translation>
    </message>
    <message>
        <source>Home folder, on this computer</source>
        <translation>個人資料夾，在這部電腦上</translation>
    </message>
</context>
<context>
    <name>Guest</name>
    <message>
        <source>Finish guest session</source>
        <translation>結束訪客模式</translation>
    </message>
    <message>
        <source>Nothing from this session stays on this computer. What would you like to take with you?</source>
        <translation>這次使用的內容都不會留在這部電腦上。你想帶走什麼？</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Open Print from the home screen first, then finish the session.</source>
        <translation>請先在首頁開啟「列印或儲存副本」，然後再結束訪客模式。</translation>
    </message>
    <message>
        <source>Forget everything</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Forget everything from this session? It cannot be brought back.</source>
        <translation>要清除這次使用的所有內容嗎？清除後無法復原。</translation>
    </message>
    <message>
        <source>Forget it all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>儲存到哪裡</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick. The file is locked with a passphrase and has a neutral name.</source>
        <translation>選擇一個資料夾，例如你自己 USB 隨身碟上的資料夾。檔案會用密碼短語鎖住，檔案名稱也是中性的。</translation>
    </message>
    <message>
        <source>Lock the file</source>
        <translation>鎖定檔案</translation>
    </message>
    <message>
        <source>&amp;Save a locked file to a folder or USB stick</source>
        <translation>把鎖定的檔案儲存到資料夾或 USB 隨身碟(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation>列印出來(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Take nothing and forget it all</source>
        <translation>什麼都不帶走，全部清除(&amp;T)</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the plan again.</source>
        <translation>為這個檔案設定一個密碼短語。之後再開啟計劃時需要用到它。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>This folder is on this computer</source>
        <translation>這個資料夾在這部電腦上</translation>
    </message>
    <message>
        <source>This folder is on this computer, not on a USB stick. The file will stay here after you leave. It is locked, but other people who use this computer can see that it is there. Save it here anyway?</source>
        <translation>這個資料夾在這部電腦上，不在 USB 隨身碟上。你離開後，檔案會留在這裡。檔案是鎖定的，但使用這部電腦的其他人能看到它在這裡。仍然要儲存在這裡嗎？</translation>
    </message>
    <message>
        <source>Save it here</source>
        <translation>儲存在這裡</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>選擇其他位置</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Take the USB stick with you.</source>
        <translation>已儲存到 %2，檔案名稱是 %1。請把 USB 隨身碟帶走。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>Saved as %1 in %2, on this computer. It stays here, locked with your passphrase.</source>
        <translation>已儲存到這部電腦上的 %2，檔案名稱是 %1。它會留在這裡，用你的密碼短語鎖住。</translation>
    </message>
    <message>
        <source>Saving a locked copy. This takes a moment.</source>
        <translation>正在儲存加密副本，需要一點時間。</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was saved there.</source>
        <translation>無法寫入檔案。那裡沒有儲存任何內容。</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Safety plan</source>
        <translation>安全計劃</translation>
    </message>
    <message>
        <source>Add a &amp;safety plan</source>
        <translation>新增安全計劃(&amp;S)</translation>
    </message>
    <message>
        <source>Add a &amp;release plan</source>
        <translation>新增獲釋計劃(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>聯絡人(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>文件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Numbers to learn by heart</source>
        <translation>要記熟的號碼(&amp;N)</translation>
    </message>
    <message>
        <source>Pri&amp;vate record</source>
        <translation>私人記錄(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print or save a copy</source>
        <translation>列印或儲存副本(&amp;P)</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>獲釋計劃</translation>
    </message>
    <message>
        <source>Or&amp;ganisations that can help</source>
        <translation>可以提供幫助的機構(&amp;G)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>1 number to practise</source>
        <translation>有 1 個號碼要練習</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers to practise</source>
        <translation>
            <numerusform>有 %n 個號碼要練習</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新計劃</translation>
    </message>
    <message>
        <source>Give this plan a name. Choose words that mean something to you, and little to anyone else.</source>
        <translation>為這個計劃取個名字。選一個對你有意義、但對別人沒什麼意義的說法。</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>重新命名計劃</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名字</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>刪除計劃</translation>
    </message>
    <message>
        <source>Delete this plan and all its answers? People and documents stay. This cannot be undone.</source>
        <translation>要刪除這個計劃和裡面所有的回答嗎？聯絡人和文件會保留。刪除後無法復原。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已回答 %1 / %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 個聯絡人</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 個聯絡人</numerusform>
        </translation>
    </message>
    <message>
        <source>People you trust and people to call</source>
        <translation>你信任的人和要聯絡的人</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 份文件</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n 份文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Where your papers are</source>
        <translation>你的證件放在哪裡</translation>
    </message>
    <message>
        <source>Free and confidential help</source>
        <translation>免費、保密的協助</translation>
    </message>
    <message>
        <source>Phone numbers you know without your phone</source>
        <translation>不用手機也記得的電話號碼</translation>
    </message>
    <message>
        <source>Notes, photos and dates, kept private</source>
        <translation>筆記、照片和日期，私密保存</translation>
    </message>
    <message>
        <source>A copy on paper, or a small card</source>
        <translation>一份紙本副本，或一張小卡片</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Sample plan — nothing is saved.</source>
        <translation>範例計劃——不會儲存任何內容。</translation>
    </message>
    <message>
        <source>Guest session — nothing is saved on this computer. When you finish, you choose what to take with you.</source>
        <translation>訪客模式——不會在這部電腦上儲存任何內容。結束時，由你選擇帶走什麼。</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>設定(&amp;T)</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>你的計劃</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>繼續(&amp;C)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>&amp;Finish guest session</source>
        <translation>結束訪客模式(&amp;F)</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>還沒有計劃</translation>
    </message>
    <message>
        <source>A safety plan helps if you are at risk of violence. A release plan helps if you could be detained. You can have several.</source>
        <translation>如果你有遭受暴力的風險，安全計劃可以幫助你。如果你可能被拘留，獲釋計劃可以幫助你。你可以有好幾個計劃。</translation>
    </message>
    <message>
        <source>Start a plan</source>
        <translation>開始做計劃</translation>
    </message>
    <message>
        <source>Shared by all plans</source>
        <translation>所有計劃共用</translation>
    </message>
    <message>
        <source>Before you start: privacy and limits</source>
        <translation>開始之前：隱私和限制</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there? Your plan will lock in {seconds} seconds to keep it safe.</source>
        <translation>還在嗎？為了保護你的計劃，它會在 {seconds} 秒後鎖定。</translation>
    </message>
    <message>
        <source>Still there? Your plan will be hidden in {seconds} seconds to keep it safe.</source>
        <translation>還在嗎？為了保護你的計劃，它會在 {seconds} 秒後隱藏。</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>繼續使用(&amp;K)</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>更改密碼短語</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>建立新的復原碼</translation>
    </message>
    <message>
        <source>Remove the recovery code</source>
        <translation>移除復原碼</translation>
    </message>
    <message>
        <source>After the change, only the new passphrase opens this plan file and its backup. A recovery code stops working; you can make a new one afterwards. Copies of the file made before (for example on a USB stick) still open with the old passphrase.</source>
        <translation>更改之後，只有新的密碼短語才能開啟這個計劃檔案和它的備份。復原碼會失效；之後你可以再建立一個新的。以前複製的檔案（例如在 USB 隨身碟上的）仍然可以用舊的密碼短語開啟。</translation>
    </message>
    <message>
        <source>The new code is shown once, for you to write down. An older code stops working for this file, but still opens copies of the file made before.</source>
        <translation>新的復原碼只會顯示一次，請把它抄下來。舊的復原碼對這個檔案不再有效，但仍然可以開啟以前複製的檔案。</translation>
    </message>
    <message>
        <source>After this, only your passphrase opens this plan file. If you forget it, the plan cannot be opened again. Copies of the file made before still open with the old code.</source>
        <translation>這樣做以後，只有你的密碼短語能開啟這個計劃檔案。如果你忘了密碼短語，這個計劃就再也打不開了。以前複製的檔案仍然可以用舊的復原碼開啟。</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>你的復原碼</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>你目前的密碼短語</translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation>你的新密碼短語</translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation>請先輸入你的復原碼。</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>請先輸入你目前的密碼短語。</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so nothing was changed. Please try again.</source>
        <translation>你最近的修改未能儲存，所以什麼都沒有更改。請再試一次。</translation>
    </message>
    <message>
        <source>That is not the recovery code. Nothing was changed.</source>
        <translation>這不是復原碼。什麼都沒有更改。</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>這不是目前的密碼短語。什麼都沒有更改。</translation>
    </message>
    <message>
        <source>The change could not be made. Nothing was changed.</source>
        <translation>無法完成更改。什麼都沒有更改。</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>密碼短語和復原碼</translation>
    </message>
    <message>
        <source>This plan has a recovery code.</source>
        <translation>這個計劃有復原碼。</translation>
    </message>
    <message>
        <source>This plan has no recovery code.</source>
        <translation>這個計劃沒有復原碼。</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase</source>
        <translation>更改密碼短語(&amp;P)</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;code</source>
        <translation>建立新的復原碼(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove the recovery code</source>
        <translation>移除復原碼(&amp;R)</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase no longer opens this file.</source>
        <translation>密碼短語已更改。舊的密碼短語不能再開啟這個檔案。</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase and the recovery code no longer open this file. You can make a new recovery code here.</source>
        <translation>密碼短語已更改。舊的密碼短語和復原碼都不能再開啟這個檔案。你可以在這裡建立新的復原碼。</translation>
    </message>
    <message>
        <source>The new recovery code works now.</source>
        <translation>新的復原碼現在可以使用了。</translation>
    </message>
    <message>
        <source>The recovery code is removed. Only your passphrase opens this file now.</source>
        <translation>復原碼已移除。現在只有你的密碼短語能開啟這個檔案。</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Who can help you learn more</source>
        <translation>誰可以幫你了解更多</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>加入我的聯絡人</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>把 {name} 加入我的聯絡人</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>來自指南裡的名單，{date}——使用前請先確認。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已加入</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>As of January 2020 — general information, not legal advice; check with a legal clinic.</source>
        <translation>截至 2020 年 1 月——這是一般資訊，不是法律意見；請向法律診所確認。</translation>
    </message>
</context>
<context>
    <name>LegalBox</name>
    <message>
        <source>What to know</source>
        <translation>需要知道的事</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portable mode: settings and plans stay in the app&apos;s own folder.</source>
        <translation>可攜模式：設定和計劃都留在這個程式自己的資料夾裡。</translation>
    </message>
    <message>
        <source>Hides everything at once and locks the plan. Esc twice does the same.</source>
        <translation>立刻隱藏所有內容並鎖定計劃。連按兩次 Esc 效果相同。</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隱藏(&amp;H)</translation>
    </message>
    <message>
        <source>L&amp;ock</source>
        <translation>鎖定(&amp;O)</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>開啟計劃檔案</translation>
    </message>
    <message>
        <source>Choose the plan file, for example on your USB stick.</source>
        <translation>選擇計劃檔案，例如在你的 USB 隨身碟上。</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>已開啟備份</translation>
    </message>
    <message>
        <source>The backup copy opened. Your changes will be saved to the plan file again.</source>
        <translation>已開啟備份副本。你的修改會重新儲存到計劃檔案中。</translation>
    </message>
    <message>
        <source>Your changes are back</source>
        <translation>你的修改已經恢復</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked. They are back now. SaferPlan will try to save them again.</source>
        <translation>計劃鎖定前，你剛才的修改未能儲存。現在這些修改已經恢復了。SaferPlan 會再嘗試儲存。</translation>
    </message>
    <message>
        <source>Changes not kept</source>
        <translation>修改未能保留下來</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked, and they could not be kept. The plan is as it was last saved.</source>
        <translation>計劃鎖定前，你剛才的修改未能儲存，也未能保留下來。計劃仍是上次儲存時的樣子。</translation>
    </message>
    <message>
        <source>Saved by a newer version</source>
        <translation>由較新版本儲存</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of SaferPlan ({version}). You can read it here, but changes are not saved, so that nothing the newer version added is lost. To change the plan, use the newer version.</source>
        <translation>這個計劃是由較新版本的 SaferPlan（{version}）儲存的。你可以在這裡查看，但修改不會被儲存，這樣較新版本加入的內容就不會遺失。要修改這個計劃，請使用較新的版本。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 It is still here. Please try again in a moment.</source>
        <translation>你剛才的修改未能儲存：%1 修改內容還在。請稍後再試一次。</translation>
    </message>
    <message>
        <source>Not saved for next time</source>
        <translation>下次不會保留</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>設定未儲存</translation>
    </message>
    <message>
        <source>Your settings work now but could not be kept for next time.</source>
        <translation>你的設定現在有效，但下次開啟時不會保留。</translation>
    </message>
    <message>
        <source>Your plan was locked.</source>
        <translation>你的計劃已鎖定。</translation>
    </message>
    <message>
        <source>Your last changes are not saved</source>
        <translation>你剛才的修改還沒有儲存</translation>
    </message>
    <message>
        <source>SaferPlan could not save your last changes. If you close now, they are lost. You can stay, check the folder or the USB stick, and try again.</source>
        <translation>SaferPlan 未能儲存你剛才的修改。如果現在關閉，這些修改會遺失。你可以留在這裡，檢查資料夾或 USB 隨身碟，然後再試一次。</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>仍然關閉</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>留在這裡</translation>
    </message>
</context>
<context>
    <name>OlderCopy</name>
    <message>
        <source>This copy of your plan was made before its passphrase was changed on this computer. Someone who knew the old passphrase may have put it back. Your newer plan may be in another file or folder.</source>
        <translation>這份計劃副本是在這部電腦上更改密碼短語之前做的。知道舊密碼短語的人可能把它放回來了。你較新的計劃可能在別的檔案或資料夾裡。</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy. The backup beside it is newer (save %3): you can open it instead.</source>
        <translation>這個計劃檔案比這部電腦上最後儲存的那個舊（這是第 %1 次儲存；這裡最新的是第 %2 次儲存）。可能有人放回了一份舊副本。旁邊的備份比較新（第 %3 次儲存）：你可以改為開啟它。</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy, or it came from a backup. Your newer plan may be in another file or folder.</source>
        <translation>這個計劃檔案比這部電腦上最後儲存的那個舊（這是第 %1 次儲存；這裡最新的是第 %2 次儲存）。可能有人放回了一份舊副本，或者它來自備份。你較新的計劃可能在別的檔案或資料夾裡。</translation>
    </message>
    <message>
        <source>An older copy of your plan</source>
        <translation>你的計劃的較舊副本</translation>
    </message>
    <message>
        <source>Use this older copy</source>
        <translation>使用這個舊副本</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>關閉它</translation>
    </message>
    <message>
        <source>Open the newer backup</source>
        <translation>開啟較新的備份</translation>
    </message>
    <message>
        <source>The backup did not open</source>
        <translation>備份沒有開啟</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>兩次輸入的密碼還不一樣。</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>要列印什麼</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>整個計劃</translation>
    </message>
    <message>
        <source>The wallet card</source>
        <translation>隨身卡</translation>
    </message>
    <message>
        <source>People on the card</source>
        <translation>卡上的聯絡人</translation>
    </message>
    <message>
        <source>No people yet. People you add under People can go on the card.</source>
        <translation>還沒有聯絡人。你在「聯絡人」裡加入的人可以放到卡上。</translation>
    </message>
    <message>
        <source>Include the medication line</source>
        <translation>包含藥物那一行</translation>
    </message>
    <message>
        <source>Include the language and interpreter line</source>
        <translation>包含語言和口譯員那一行</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>低調</translation>
    </message>
    <message>
        <source>Neutral headings, names and numbers only.</source>
        <translation>只有中性的標題、名字和號碼。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>紙張</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（信紙）</translation>
    </message>
    <message>
        <source>Language of the headings</source>
        <translation>標題的語言</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>密碼（可不填）</translation>
    </message>
    <message>
        <source>Only for saving a file. Anyone who wants to open the PDF will need it. SaferPlan cannot recover it.</source>
        <translation>只在儲存為檔案時使用。任何人想開啟這個 PDF 都需要這個密碼。SaferPlan 無法幫你找回它。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>PDF 密碼</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>再輸入一次同樣的密碼</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>再次輸入 PDF 密碼</translation>
    </message>
</context>
<context>
    <name>OrganisationCard</name>
    <message>
        <source>Role for {name}</source>
        <translation>{name}的角色</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>沒有角色</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>加入我的聯絡人</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>把{name}加入我的聯絡人</translation>
    </message>
    <message>
        <source>Added to your people. You can change it there.</source>
        <translation>已加入你的聯絡人。你可以在那裡修改。</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Spaces alone cannot be a passphrase.</source>
        <translation>只有空格不能當作密碼短語。</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>太短了：請至少用 %1 個字元。</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, so it is easy to guess. Please choose another.</source>
        <translation>這是最常見的密碼之一，很容易被猜到。請換一個。</translation>
    </message>
    <message>
        <source>This is a keyboard or letter pattern, so it is easy to guess. Please choose another.</source>
        <translation>這是鍵盤或字母的規律排列，很容易被猜到。請換一個。</translation>
    </message>
    <message>
        <source>Numbers alone, such as a date, are easy to guess. Please add some words.</source>
        <translation>只有數字（例如日期）很容易被猜到。請加上幾個詞。</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>普通。再加一兩個詞會安全很多。</translation>
    </message>
    <message>
        <source>Good. One more word makes it stronger still.</source>
        <translation>不錯。再加一個詞會更安全。</translation>
    </message>
    <message>
        <source>Strong: long, with several words.</source>
        <translation>很安全：夠長，有好幾個詞。</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>隱藏密碼短語</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>顯示密碼短語</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>A few unrelated words you can remember make a strong passphrase, for example four words from different parts of your life. Do not use a name or a date someone could guess.</source>
        <translation>幾個你記得住、彼此沒有關係的詞，就能組成安全的密碼短語，例如來自你生活中不同方面的四個詞。不要用別人猜得到的名字或日期。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>再輸入一次密碼短語</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>請先設定一個密碼短語。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>兩次輸入的密碼短語不一樣。請重新輸入。</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>This session was hidden after a few minutes without use.</source>
        <translation>幾分鐘沒有使用，這次使用的內容已被隱藏。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>繼續(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <source>People</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>返回首頁(&amp;M)</translation>
    </message>
    <message>
        <source>First names or nicknames are enough. Add only what your plan needs.</source>
        <translation>寫名字或暱稱就夠了。只加入你的計劃需要的內容。</translation>
    </message>
    <message>
        <source>No one in your list yet</source>
        <translation>你的清單裡還沒有人</translation>
    </message>
    <message>
        <source>Add the people who could help: someone to call, a lawyer, someone who could care for your children.</source>
        <translation>新增可以幫助你的人：可以打電話聯絡的人、律師、可以幫你照顧孩子的人。</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>新增聯絡人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（還沒有名字）</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>這個人</translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation>移除聯絡人</translation>
    </message>
    <message>
        <source>Remove {name} from your plan? They will also be taken out of your answers.</source>
        <translation>要把{name}從你的計劃中移除嗎？你的回答中也會去掉這個人。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>PersonAdapter</name>
    <message>
        <source>No one in your list yet.</source>
        <translation>你的清單裡還沒有人。</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>名字或暱稱</translation>
    </message>
    <message>
        <source>Phone (if you want)</source>
        <translation>電話（如果你願意）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Address (if you want)</source>
        <translation>地址（可以不填）</translation>
    </message>
    <message>
        <source>About the phone number</source>
        <translation>關於這個電話號碼</translation>
    </message>
    <message>
        <source>Print this address on my wallet card</source>
        <translation>把這個地址印在我的隨身卡上</translation>
    </message>
    <message>
        <source>Officers may read the card. Leave this off unless you need the address on it.</source>
        <translation>官員可能會看這張卡。除非你需要卡上有地址，否則不要勾選。</translation>
    </message>
    <message>
        <source>I want to know this number by heart</source>
        <translation>我想記熟這個號碼</translation>
    </message>
    <message>
        <source>What they could do for me</source>
        <translation>他們可以為我做什麼</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>A phone number can hold only digits, spaces, a dot and the signs + - ( ). For an extension, type x or ext, then its digits.</source>
        <translation>電話號碼只能包含數字、空格、一個點和符號 + - ( )。如有分機，請輸入 x 或 ext，再輸入分機號碼。</translation>
    </message>
    <message>
        <source>Hidden characters that can change how text is shown were removed.</source>
        <translation>已移除會改變文字顯示方式的隱藏字元。</translation>
    </message>
</context>
<context>
    <name>PlanChoiceScreen</name>
    <message>
        <source>What do you want to plan for?</source>
        <translation>你想為什麼做計劃？</translation>
    </message>
    <message>
        <source>Choose one to begin. You can add the other one later, and skip any question.</source>
        <translation>先選一個開始。之後可以再加入另一個，任何問題都可以跳過。</translation>
    </message>
    <message>
        <source>&amp;Safety plan</source>
        <translation>安全計劃(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Release plan</source>
        <translation>獲釋計劃(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>以後再決定(&amp;D)</translation>
    </message>
    <message>
        <source>If you are at risk of violence: people to call, safe places, how to leave.</source>
        <translation>如果你有遭受暴力的風險：可以聯絡的人、安全的地方、怎樣離開。</translation>
    </message>
    <message>
        <source>If you could be detained: who to call, your papers, getting out.</source>
        <translation>如果你可能被拘留：聯絡誰、你的證件、怎樣獲釋。</translation>
    </message>
    <message>
        <source>Your answers stay locked on this computer. Nothing is sent anywhere.</source>
        <translation>你的回答鎖好保存在這部電腦上，不會傳送到任何地方。</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不確定</translation>
    </message>
    <message>
        <source>No one added yet.</source>
        <translation>還沒有加入任何人。</translation>
    </message>
    <message>
        <source>Everyone else in my plan, by role</source>
        <translation>我計劃裡的其他人，按身份分類</translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>還沒有加入任何內容。</translation>
    </message>
    <message>
        <source>A copy is with {name}.</source>
        <translation>{name} 那裡有一份副本。</translation>
    </message>
    <message>
        <source>{title}: nothing answered yet.</source>
        <translation>{title}：還沒有回答任何問題。</translation>
    </message>
    <message>
        <source>Still to think about</source>
        <translation>還要想一想的事</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>我的計劃</translation>
    </message>
    <message>
        <source>Bond persons</source>
        <translation>保釋擔保人</translation>
    </message>
    <message>
        <source>Numbers to know by heart</source>
        <translation>要記熟的號碼</translation>
    </message>
    <message>
        <source>Where my documents are</source>
        <translation>我的文件在哪裡</translation>
    </message>
    <message>
        <source>Lawyers and legal help</source>
        <translation>律師和法律協助</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 頁，共 {count} 頁</translation>
    </message>
</context>
<context>
    <name>PlanWalkWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>返回首頁(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>暫時跳過(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Doesn&apos;t apply</source>
        <translation>不適用(&amp;D)</translation>
    </message>
    <message>
        <source>Talk about it &amp;later</source>
        <translation>稍後再談(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一題(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish for now</source>
        <translation>先到這裡(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>下一部分(&amp;N)</translation>
    </message>
    <message>
        <source>Skipped for now. You can come back to it any time.</source>
        <translation>已暫時跳過。你隨時可以回來回答。</translation>
    </message>
    <message>
        <source>Noted: that one does not apply to you.</source>
        <translation>已記下：這個問題不適用於你。</translation>
    </message>
    <message>
        <source>Kept for later. You will find it under &quot;To talk about later&quot;.</source>
        <translation>已留待稍後。你可以在「稍後再談」裡找到它。</translation>
    </message>
</context>
<context>
    <name>PracticeWidget</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No numbers to learn yet</source>
        <translation>還沒有要記的號碼</translation>
    </message>
    <message>
        <source>Your phone may be taken away from you. Knowing a few numbers by heart helps.

To choose a number to learn, go to People, open someone who has a phone number, and tick “I want to know this number by heart”.</source>
        <translation>你的手機可能會被拿走。記熟幾個號碼會有幫助。

要選擇記哪個號碼，請到「聯絡人」，開啟一個有電話號碼的人，勾選「我想記熟這個號碼」。</translation>
    </message>
    <message>
        <source>Known by heart</source>
        <translation>已記熟</translation>
    </message>
    <message>
        <source>Hide roles</source>
        <translation>不顯示身份說明</translation>
    </message>
    <message>
        <source>Type the number from memory. Spaces and dashes do not matter.</source>
        <translation>憑記憶輸入號碼。空格和橫線都沒關係。</translation>
    </message>
    <message>
        <source>The number, from memory</source>
        <translation>憑記憶輸入的號碼</translation>
    </message>
    <message>
        <source>Type the number</source>
        <translation>輸入號碼</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>顯示提示</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>✓ right   ≠ different digit   ? missing digit   + extra digit</source>
        <translation>✓ 正確   ≠ 數字不同   ? 少了數字   + 多了數字</translation>
    </message>
    <message>
        <source>A new number to learn. Read it a few times and say it quietly to yourself. When you are ready, it will be hidden and you can type it from memory.</source>
        <translation>一個要記熟的新號碼。讀幾遍，小聲對自己說一說。準備好後，號碼會被隱藏，你可以憑記憶輸入。</translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation>今天的練習都完成了</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>返回首頁(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>暫時跳過(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一題(&amp;N)</translation>
    </message>
    <message>
        <source>I am &amp;ready, hide it</source>
        <translation>我準備好了，隱藏號碼(&amp;R)</translation>
    </message>
    <message>
        <source>Practise &amp;all numbers again</source>
        <translation>再練習一遍所有號碼(&amp;A)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（沒有名字）</translation>
    </message>
    <message>
        <source>Practised today: {done} of {total}</source>
        <translation>今天已練習：{done} / {total}</translation>
    </message>
    <message numerus="yes">
        <source>Numbers practised today: %n</source>
        <translation>
            <numerusform>今天練習過的號碼：%n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Each time you practise, they get easier to remember.</source>
        <translation>每練習一次，就更容易記住。</translation>
    </message>
    <message numerus="yes">
        <source>Numbers you know by heart: %n</source>
        <translation>
            <numerusform>已記熟的號碼：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days until the next practice: %n</source>
        <translation>
            <numerusform>距離下次練習還有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>You can practise again today.</source>
        <translation>你今天可以再練習。</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>提示：{hint}</translation>
    </message>
    <message>
        <source>Right, with a hint. It will come back once more without one.</source>
        <translation>答對了，有用提示。它會再出現一次，那次沒有提示。</translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation>答對了。</translation>
    </message>
    <message>
        <source>Not quite. Here is the number. It will come back later.</source>
        <translation>還差一點。這是正確的號碼。它稍後會再出現。</translation>
    </message>
    <message>
        <source>The number:</source>
        <translation>號碼：</translation>
    </message>
    <message>
        <source>To call this number from Canada, you also need its country code, +{code}.</source>
        <translation>從加拿大撥打這個號碼，還需要加上國家代碼 +{code}。</translation>
    </message>
    <message numerus="yes">
        <source>Different digits: %n</source>
        <translation>
            <numerusform>數字不對：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing digits: %n</source>
        <translation>
            <numerusform>少了的數字：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra digits: %n</source>
        <translation>
            <numerusform>多了的數字：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>The preview could not be made. Please try other choices, or try again later.</source>
        <translation>無法產生預覽。請試試其他選項，或稍後再試。</translation>
    </message>
    <message>
        <source>Preview, page %1 of %2</source>
        <translation>預覽：第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在準備預覽…</translation>
    </message>
    <message>
        <source>Preview: one sheet of cards. Cut along the lines, fold in the middle.</source>
        <translation>預覽：一整張卡片。沿著線剪開，從中間對摺。</translation>
    </message>
    <message>
        <source>Preview: 1 page</source>
        <translation>預覽：1 頁</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>預覽：%n 頁</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>開啟這個 PDF 時，會要求輸入這個密碼。</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>SaferPlan 不會為 PDF 檔案上鎖。除非你加上密碼，否則任何人打開這部電腦或這個隨身碟，都能看到它。</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已儲存為 %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已傳送到印表機。</translation>
    </message>
    <message>
        <source>Print or save a copy</source>
        <translation>列印或儲存副本</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>返回首頁(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存為 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Printing: the computer may keep a copy in its print queue for a while.</source>
        <translation>列印時：電腦可能會在列印佇列中暫時留下一份副本。</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>檔案名稱</translation>
    </message>
    <message>
        <source>Name of the PDF file. A name that says little about what is inside is safer.</source>
        <translation>PDF 檔案的名稱。越看不出裡面內容的名稱，越安全。</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>PDF 儲存到哪裡</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick.</source>
        <translation>選擇一個資料夾，例如你自己 USB 隨身碟上的資料夾。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>要取代檔案嗎？</translation>
    </message>
    <message>
        <source>There is already a file called %1 in this folder. Replace it?</source>
        <translation>這個資料夾裡已經有一個叫 %1 的檔案。要取代它嗎？</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>列印之前</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Discreet mode prints less. Print now?</source>
        <translation>印表機和列印佇列可能會在這部電腦上暫時留下你列印內容的副本。「低調」模式列印的內容較少。現在列印嗎？</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>稍後再說</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未能列印</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. To keep a copy as a file, use Save as PDF: it can protect the file with a password.</source>
        <translation>SaferPlan 只能用印表機列印。想把副本存成檔案，請用「另存為 PDF」：它可以用密碼保護這個檔案。</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>For example:
{examples}</source>
        <translation>例如：
{examples}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {section}</source>
        <translation>第 {number} 個問題，共 {count} 個 · {section}</translation>
    </message>
    <message>
        <source>You skipped this for now.</source>
        <translation>你暫時跳過了這個問題。</translation>
    </message>
    <message>
        <source>You said this does not apply.</source>
        <translation>你說過這個問題不適用。</translation>
    </message>
    <message>
        <source>You wanted to talk about this later.</source>
        <translation>你想稍後再談這個問題。</translation>
    </message>
</context>
<context>
    <name>RecordPdf</name>
    <message>
        <source>My record</source>
        <translation>我的記錄</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>在場的人</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>{name} (a file kept in the plan, not shown here)</source>
        <translation>{name}（儲存在計劃裡的檔案，這裡不顯示）</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>圖片：{name}</translation>
    </message>
    <message>
        <source>No date given</source>
        <translation>沒有寫日期</translation>
    </message>
    <message>
        <source>{name} (a picture that could not be shown)</source>
        <translation>{name}（無法顯示的圖片）</translation>
    </message>
</context>
<context>
    <name>RecordPdfDialog</name>
    <message>
        <source>Make a PDF for a lawyer or advocate</source>
        <translation>製作給律師或支援人員的 PDF</translation>
    </message>
    <message>
        <source>Choose the entries to put in the PDF. You decide what to share.</source>
        <translation>選擇要放進 PDF 的記錄。分享什麼，由你決定。</translation>
    </message>
    <message>
        <source>Entries in the PDF</source>
        <translation>PDF 裡的記錄</translation>
    </message>
    <message>
        <source>Neutral title: {title}</source>
        <translation>中性標題：{title}</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>密碼（可不填）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>再輸入一次同樣的密碼</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>儲存 PDF…</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>全選</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>全不選</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>兩次輸入的密碼還不一樣。</translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>開啟這個 PDF 時，會要求輸入這個密碼。</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>SaferPlan 不會為 PDF 檔案上鎖。除非你加上密碼，否則任何人打開這部電腦或這個隨身碟，都能看到它。</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>已儲存為 {path}</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>SaferPlan can keep photos and screenshots (PNG, JPEG, GIF or WebP), PDF files and plain text files.</source>
        <translation>SaferPlan 可以儲存照片和截圖（PNG、JPEG、GIF 或 WebP）、PDF 檔案和純文字檔案。</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>加入檔案</translation>
    </message>
    <message>
        <source>This file could not be read. Please check that it is still there, then try again.</source>
        <translation>無法讀取這個檔案。請確認它還在，然後再試一次。</translation>
    </message>
    <message>
        <source>The original file</source>
        <translation>原始檔案</translation>
    </message>
    <message>
        <source>The file is now kept inside your locked plan. SaferPlan can delete the original file. On SSDs, USB sticks and phones, a deleted file can sometimes still be recovered, and copies may exist elsewhere (for example in a photo app or a cloud backup).</source>
        <translation>這個檔案現在已儲存在你鎖住的計劃裡。SaferPlan 可以刪除原始檔案。在固態硬碟（SSD）、USB 隨身碟和手機上，已刪除的檔案有時仍然可以還原，而且別的地方也可能還有副本（例如相簿應用程式或雲端備份）。</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation>刪除原始檔案</translation>
    </message>
    <message>
        <source>Keep the original</source>
        <translation>保留原始檔案</translation>
    </message>
    <message>
        <source>The original file could not be deleted. You can delete it yourself if you want to.</source>
        <translation>無法刪除原始檔案。如果你想，可以自己刪除它。</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
    </message>
</context>
<context>
    <name>RecordWidget</name>
    <message>
        <source>Private record</source>
        <translation>私人記錄</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. This stays inside your locked plan.</source>
        <translation>想寫多少都可以。這些內容只儲存在你鎖住的計劃裡。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>搜尋私人記錄</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>記錄（最新的在前）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>返回首頁(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>新增一筆記錄(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Make a &amp;PDF for a lawyer or advocate…</source>
        <translation>製作給律師或支援人員的 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>還沒有寫任何內容</translation>
    </message>
    <message>
        <source>A dated note of what happened, in your own words, can help a lawyer or advocate later. Add one when you want to.</source>
        <translation>用你自己的話寫下發生了什麼，並註明日期，以後可能會對律師或支援人員有幫助。想寫的時候再新增。</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>沒有日期</translation>
    </message>
    <message>
        <source>{when} · {where}</source>
        <translation>{when} · {where}</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 個檔案</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>找不到。</translation>
    </message>
    <message>
        <source>Remove this entry and the files kept with it?</source>
        <translation>要移除這筆記錄和一起儲存的檔案嗎？</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>要移除這筆記錄嗎？</translation>
    </message>
    <message>
        <source>Remove an entry</source>
        <translation>移除記錄</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Recovery code</source>
        <translation>復原碼</translation>
    </message>
    <message>
        <source>This code opens the plan if the passphrase is forgotten. Anyone who has it can open the plan. Keep it somewhere safe, away from the computer.</source>
        <translation>忘記密碼短語時，可以用這個碼開啟計劃。任何人拿到它都能開啟計劃。請把它放在安全的地方，不要放在電腦旁邊。</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>列印之前</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Print the code now?</source>
        <translation>印表機和列印佇列可能會在這部電腦上暫時留下你列印內容的副本。現在列印這個碼嗎？</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>稍後再說</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未能列印</translation>
    </message>
    <message>
        <source>The code is printed only on a printer, never into a file. Please write it down instead.</source>
        <translation>這個碼只能用印表機列印，不會存成檔案。請改為把它抄寫下來。</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation>你的復原碼</translation>
    </message>
    <message>
        <source>Write the six groups on paper, in order, and keep it somewhere safe, apart from your computer. It is shown only this once. With it, you or anyone who has it can open your plan.</source>
        <translation>把這六組字元按順序寫在紙上，放在安全的地方，不要和電腦放在一起。它只會顯示這一次。你或任何拿到它的人都可以用它開啟你的計劃。</translation>
    </message>
    <message>
        <source>The code has no 0, O, 1 or I, so nothing can be mistaken for something else.</source>
        <translation>復原碼裡沒有 0、O、1 或 I，這樣就不會看錯。</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>列印出來</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>我已經抄下來了</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Bond person</source>
        <translation>保釋擔保人</translation>
    </message>
    <message>
        <source>Could pay or promise money of their own so I can be released.</source>
        <translation>可以用自己的錢支付或承諾支付，讓我獲釋。</translation>
    </message>
    <message>
        <source>Would speak for me at a hearing</source>
        <translation>可以在聽證會上為我說話</translation>
    </message>
    <message>
        <source>Could come to a detention review and say who I am.</source>
        <translation>可以出席拘留審查聽證會，說明我是誰。</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>移民律師</translation>
    </message>
    <message>
        <source>Helps with status, detention and removal.</source>
        <translation>處理移民身份、拘留和遣返的問題。</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>刑事律師</translation>
    </message>
    <message>
        <source>Helps if I am charged with a crime.</source>
        <translation>如果我被控犯罪，可以幫我。</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>家庭法律師</translation>
    </message>
    <message>
        <source>Helps with children, custody or separation.</source>
        <translation>處理孩子、撫養權或分居的問題。</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>法律診所</translation>
    </message>
    <message>
        <source>Free legal information and help.</source>
        <translation>免費的法律資訊和協助。</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>支援工作者</translation>
    </message>
    <message>
        <source>Someone from a service I trust, who can contact others.</source>
        <translation>我信任的服務機構裡的人，可以幫我聯絡其他人。</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>有我的鑰匙</translation>
    </message>
    <message>
        <source>Could fetch clothes, money, documents or medication.</source>
        <translation>可以幫我拿衣服、錢、文件或藥物。</translation>
    </message>
    <message>
        <source>Would care for my children</source>
        <translation>可以照顧我的孩子</translation>
    </message>
    <message>
        <source>Could look after my children if I cannot.</source>
        <translation>如果我無法照顧孩子，可以幫我照顧。</translation>
    </message>
    <message>
        <source>Would care for my pets</source>
        <translation>可以照顧我的寵物</translation>
    </message>
    <message>
        <source>Could feed and look after my animals.</source>
        <translation>可以餵養和照顧我的動物。</translation>
    </message>
    <message>
        <source>I could stay with them if released</source>
        <translation>獲釋後我可以住在他們那裡</translation>
    </message>
    <message>
        <source>An address I can give when I am released.</source>
        <translation>我獲釋時可以提供的住址。</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>授權代理人</translation>
    </message>
    <message>
        <source>Allowed to act for me on money or papers.</source>
        <translation>可以代表我處理錢或文件上的事。</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急聯絡人</translation>
    </message>
    <message>
        <source>Someone to call first if something happens.</source>
        <translation>出事時第一個要聯絡的人。</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>安全的去處</translation>
    </message>
    <message>
        <source>Somewhere I could go to be safe.</source>
        <translation>我可以去、讓我安全的地方。</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>已儲存 ✓</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>只在這次使用中保留</translation>
    </message>
    <message>
        <source>Not saved: %1 Your change is still here. Please try again in a moment.</source>
        <translation>未儲存：%1 你的修改還在這裡。請稍後再試一次。</translation>
    </message>
</context>
<context>
    <name>SectionSummary</name>
    <message>
        <source>Here is what you have so far. You can change anything, now or later.</source>
        <translation>這是你目前寫的內容。你可以修改任何內容，現在改或之後改都可以。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Change: {question}</source>
        <translation>修改：{question}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>還沒有回答</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>Skipped for now</source>
        <translation>暫時跳過</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>稍後再談</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>閒置多少分鐘後鎖定</translation>
    </message>
    <message>
        <source>When you press Hide</source>
        <translation>按「隱藏」時</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>視窗標題</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>When nobody uses SaferPlan for this long, it saves and locks the plan.</source>
        <translation>如果這麼長時間沒有人使用 SaferPlan，它會儲存並鎖定計劃。</translation>
    </message>
    <message>
        <source>Save, lock and minimise the window</source>
        <translation>儲存、鎖定並將視窗縮到最小</translation>
    </message>
    <message>
        <source>Save, lock and close SaferPlan</source>
        <translation>儲存、鎖定並關閉 SaferPlan</translation>
    </message>
    <message>
        <source>Shift three times also hides</source>
        <translation>按三次 Shift 也會隱藏</translation>
    </message>
    <message>
        <source>Turn this off if your screen reader uses Shift. Esc twice and Hide still work.</source>
        <translation>如果你的螢幕閱讀器要用 Shift 鍵，請關閉這個選項。按兩次 Esc 和「隱藏」按鈕仍然有效。</translation>
    </message>
    <message>
        <source>The window shows this name. Choose something that draws no attention.</source>
        <translation>視窗上會顯示這個名稱。請選一個不會引人注意的名稱。</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Plan %1</source>
        <translation>計劃 %1</translation>
    </message>
    <message>
        <source>Plan %1 · last changed %2</source>
        <translation>計劃 %1 · 上次修改 %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <source>Make a plan for staying safe, kept locked on this computer. Nothing is ever sent over the internet.</source>
        <translation>制定一個保護自己安全的計劃，鎖好並儲存在這部電腦上。任何內容都不會經網路傳送。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>&amp;Language: %1</source>
        <translation>語言(&amp;L)：%1</translation>
    </message>
    <message>
        <source>Start a &amp;new plan</source>
        <translation>開始新計劃(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Guest session</source>
        <translation>訪客模式(&amp;G)</translation>
    </message>
    <message>
        <source>Look at a &amp;sample plan</source>
        <translation>看看範例計劃(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>設定(&amp;T)</translation>
    </message>
    <message>
        <source>Your plan on this computer</source>
        <translation>你在這部電腦上的計劃</translation>
    </message>
    <message>
        <source>Plans on this computer</source>
        <translation>這部電腦上的計劃</translation>
    </message>
    <message>
        <source>&amp;Open my plan</source>
        <translation>開啟我的計劃(&amp;O)</translation>
    </message>
    <message>
        <source>Open a file from another folder</source>
        <translation>從其他資料夾開啟檔案</translation>
    </message>
    <message>
        <source>Kept on this computer, locked with a passphrase you choose.</source>
        <translation>儲存在這部電腦上，用你選的密碼短語鎖住。</translation>
    </message>
    <message>
        <source>Nothing is saved on this computer. At the end you choose what to take with you: a locked file on your own USB stick, a printout, or nothing.</source>
        <translation>不會在這部電腦上儲存任何內容。結束時由你選擇帶走什麼：存在你自己 USB 隨身碟上的加密檔案、一份列印本，或什麼都不帶。</translation>
    </message>
    <message>
        <source>A made-up plan to look around. Nothing is saved.</source>
        <translation>一個虛構的計劃，可以隨便看看。不會儲存任何內容。</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>開始之前</translation>
    </message>
    <message>
        <source>What SaferPlan keeps, where, and what it cannot protect against.</source>
        <translation>SaferPlan 儲存什麼、儲存在哪裡，以及它無法防範什麼。</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The plan file could not be used.</source>
        <translation>無法使用這個計劃檔案。</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is damaged.</source>
        <translation>密碼短語不對，或者檔案已損壞。</translation>
    </message>
    <message>
        <source>Wrong recovery code, or the file is damaged.</source>
        <translation>復原碼不對，或者檔案已損壞。</translation>
    </message>
    <message>
        <source>This plan file has no recovery code.</source>
        <translation>這個計劃檔案沒有復原碼。</translation>
    </message>
    <message>
        <source>This is not a plan file, or it was made by a newer version of the app.</source>
        <translation>這不是計劃檔案，或者它是由較新版本的程式建立的。</translation>
    </message>
    <message>
        <source>This file is not a plan file.</source>
        <translation>這個檔案不是計劃檔案。</translation>
    </message>
    <message>
        <source>This plan file uses a method this version does not know.</source>
        <translation>這個計劃檔案使用了這個版本不認識的方法。</translation>
    </message>
    <message>
        <source>This plan file was made by a newer version of the app. Update the app to open it.</source>
        <translation>這個計劃檔案是由較新版本的程式建立的。請更新程式後再開啟。</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of the app. It cannot be changed here. Nothing was changed.</source>
        <translation>這個計劃是由較新版本的程式儲存的，不能在這裡修改。什麼都沒有更改。</translation>
    </message>
    <message>
        <source>This file asks for more memory or time than is safe on this computer, so it was not opened. It may be damaged.</source>
        <translation>開啟這個檔案需要的記憶體或時間超出了這部電腦的安全範圍，所以沒有開啟。檔案可能已損壞。</translation>
    </message>
    <message>
        <source>The plan inside this file could not be read. It may come from a newer version of the app.</source>
        <translation>無法讀取這個檔案裡的計劃。它可能來自較新版本的程式。</translation>
    </message>
    <message>
        <source>This is a link or a special file, not a plan file.</source>
        <translation>這是一個連結或特殊檔案，不是計劃檔案。</translation>
    </message>
    <message>
        <source>This file is too large to be a plan file.</source>
        <translation>這個檔案太大，不可能是計劃檔案。</translation>
    </message>
    <message>
        <source>The plan file was changed by another program since it was opened. Nothing was saved.</source>
        <translation>開啟這個計劃檔案後，它被另一個程式改動過。什麼都沒有儲存。</translation>
    </message>
    <message>
        <source>This plan is open in another window. Close it there first.</source>
        <translation>這個計劃已在另一個視窗中開啟。請先在那裡關閉它。</translation>
    </message>
    <message>
        <source>This plan&apos;s lock file is a link or a special file, so the plan was not used. Nothing was changed.</source>
        <translation>這個計劃的鎖定檔案是一個連結或特殊檔案，所以沒有使用這個計劃。什麼都沒有更改。</translation>
    </message>
    <message>
        <source>The file could not be saved. The previous version is unchanged.</source>
        <translation>無法儲存檔案。之前的版本沒有改變。</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. The previous version is unchanged.</source>
        <translation>磁碟已滿，所以檔案沒有儲存。之前的版本沒有改變。</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. The previous version is unchanged.</source>
        <translation>沒有權限在這個資料夾裡寫入。之前的版本沒有改變。</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was written.</source>
        <translation>無法寫入檔案。什麼都沒有寫入。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written.</source>
        <translation>磁碟已滿。什麼都沒有寫入。</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. Nothing was written.</source>
        <translation>沒有權限在這個資料夾裡寫入。什麼都沒有寫入。</translation>
    </message>
    <message>
        <source>The plan is too large to save. The previous version is unchanged.</source>
        <translation>計劃太大，無法儲存。之前的版本沒有改變。</translation>
    </message>
    <message>
        <source>The file failed its check before saving, so it was not saved. The previous version is unchanged.</source>
        <translation>檔案在儲存前沒有通過檢查，所以沒有儲存。之前的版本沒有改變。</translation>
    </message>
    <message>
        <source>The change did not finish. The plan file still opens as before; its backup already has the change.</source>
        <translation>更改沒有完成。計劃檔案仍然可以像以前一樣開啟；它的備份已經包含了這次更改。</translation>
    </message>
    <message>
        <source>The passphrase or recovery code was changed meanwhile. Nothing was changed.</source>
        <translation>密碼短語或復原碼在這段時間被更改了。什麼都沒有更改。</translation>
    </message>
    <message>
        <source>The backup beside this older copy is newer. Changing the keys now would replace it, so nothing was changed. Open the newer backup first.</source>
        <translation>這個較舊副本旁邊的備份比較新。現在更改密碼短語或復原碼會把這個備份取代，所以什麼都沒有更改。請先開啟較新的備份。</translation>
    </message>
    <message>
        <source>The plan is locked. Open it again to continue.</source>
        <translation>計劃已鎖定。請重新開啟它以繼續。</translation>
    </message>
    <message>
        <source>A file with this name already exists. Nothing was changed.</source>
        <translation>已經有一個同名的檔案。什麼都沒有更改。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>無法讀取檔案。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>檔案不存在。</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open your plan</source>
        <translation>開啟你的計劃</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>復原碼</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <source>Open the backup copy instead</source>
        <translation>改為開啟備份副本</translation>
    </message>
    <message>
        <source>Opening your plan. This takes a moment.</source>
        <translation>正在開啟你的計劃，請稍候。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase</source>
        <translation>使用我的密碼短語(&amp;P)</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
        <translation>使用復原碼(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stop opening</source>
        <translation>停止開啟(&amp;S)</translation>
    </message>
    <message>
        <source>Still opening your plan: %1 seconds so far. Some files take longer. You can stop at any time.</source>
        <translation>仍在開啟你的計劃：已經 %1 秒。有些檔案需要更長時間。你隨時可以停止。</translation>
    </message>
    <message>
        <source>Stopped. The plan was not opened.</source>
        <translation>已停止。計劃沒有開啟。</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>請先輸入你的密碼短語。</translation>
    </message>
    <message>
        <source>That recovery code did not open it — check it and try again.</source>
        <translation>這個復原碼打不開它——請檢查一下再試。</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again. If you are sure it is right, the file may be damaged: the backup copy, kept from the save before, may open.</source>
        <translation>這個密碼短語打不開它——請再試一次。如果你確定密碼短語是對的，檔案可能已損壞：上一次儲存時留下的備份也許能開啟。</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again.</source>
        <translation>這個密碼短語打不開它——請再試一次。</translation>
    </message>
    <message>
        <source>This plan is already open in another window. Close it there first, then try again.</source>
        <translation>這個計劃已經在另一個視窗中開啟。請先在那裡關閉，再試一次。</translation>
    </message>
    <message>
        <source>This file looks damaged, so it did not open. The backup copy, kept from the save before, may open.</source>
        <translation>這個檔案看起來已損壞，所以沒有開啟。上一次儲存時留下的備份也許能開啟。</translation>
    </message>
    <message>
        <source>The plan could not be opened. Nothing was changed.</source>
        <translation>無法開啟計劃。沒有作出任何更改。</translation>
    </message>
</context>
<context>
    <name>WalkSidebar</name>
    <message>
        <source>Sections</source>
        <translation>各部分</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>稍後再談</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} done ({answered} answered, {not_applicable} do not apply)</source>
        <translation>{title}
已完成 {done} / {total}（已回答 {answered} 個，不適用 {not_applicable} 個）</translation>
    </message>
    <message>
        <source>{title}
{answered} of {total} answered</source>
        <translation>{title}
已回答 {answered} / {total}</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <source>As listed in the guide in January 2020 — check before relying on it.</source>
        <comment>note</comment>
        <translation>根據 2020 年 1 月指南中的資料——使用前請先確認。</translation>
    </message>
    <message>
        <source>Sex worker support</source>
        <comment>category.sex_work</comment>
        <translation>性工作者支援</translation>
    </message>
    <message>
        <source>Crisis and emergency lines</source>
        <comment>category.crisis</comment>
        <translation>危機和緊急熱線</translation>
    </message>
    <message>
        <source>Violence: support and shelters</source>
        <comment>category.violence</comment>
        <translation>暴力：支援和庇護所</translation>
    </message>
    <message>
        <source>Health and social services</source>
        <comment>category.health</comment>
        <translation>健康和社會服務</translation>
    </message>
    <message>
        <source>Legal help</source>
        <comment>category.legal</comment>
        <translation>法律協助</translation>
    </message>
    <message>
        <source>Community legal clinics</source>
        <comment>category.legal_clinic</comment>
        <translation>社區法律診所</translation>
    </message>
    <message>
        <source>Work and labour rights</source>
        <comment>category.labour</comment>
        <translation>工作和勞工權益</translation>
    </message>
    <message>
        <source>Immigration, migrant and refugee support</source>
        <comment>category.immigration</comment>
        <translation>移民和難民支援</translation>
    </message>
    <message>
        <source>Other community services</source>
        <comment>category.community</comment>
        <translation>其他社區服務</translation>
    </message>
    <message>
        <source>Started by sex workers, social workers, and legal and health workers. 24/7 hotline, outreach, health and legal information, and urgent help if a migrant sex worker is arrested or detained. In Ontario and other cities.</source>
        <comment>butterfly.offers</comment>
        <translation>由性工作者、社工以及法律和醫護工作者創立。提供 24 小時熱線、外展服務、健康和法律資訊；如果有移民性工作者被逮捕或拘留，提供緊急協助。服務安大略省和其他城市。</translation>
    </message>
    <message>
        <source>24/7 phone line for any woman facing abuse in Ontario: someone to talk to, information and referrals. About 200 languages.</source>
        <comment>assaulted-womens-helpline.offers</comment>
        <translation>為安大略省任何遭受虐待的女性提供 24 小時電話熱線：有人聆聽，提供資訊和轉介。約 200 種語言。</translation>
    </message>
    <message>
        <source>A list of distress and crisis lines across Ontario, for emotional support, including when thinking about suicide.</source>
        <comment>distress-centres-ontario.offers</comment>
        <translation>安大略省各地情緒困擾和危機熱線的名單，提供情緒支援，包括有自殺念頭的時候。</translation>
    </message>
    <message>
        <source>Lawyers, counselling and interpreters in many languages for women who have faced violence, in Ontario.</source>
        <comment>barbra-schlifer-clinic.offers</comment>
        <translation>在安大略省，為經歷過暴力的女性提供律師、輔導和多種語言的口譯員。</translation>
    </message>
    <message>
        <source>Money for urgent costs after a crime in Ontario, such as counselling or a funeral. After sexual or family violence or trafficking you can report to a community organisation instead of the police; for other crimes a police report is needed.</source>
        <comment>victim-quick-response.offers</comment>
        <translation>在安大略省遇到罪案後，為緊急開支提供資助，例如輔導或喪葬費用。如果遭遇的是性暴力、家庭暴力或人口販運，你可以向社區機構報告，不必報警；其他罪案則需要警方報告。</translation>
    </message>
    <message>
        <source>Ambulance and police. The police may come when you call.</source>
        <comment>emergency-911.offers</comment>
        <translation>救護車和警察。你打電話時，警察可能會來。</translation>
    </message>
    <message>
        <source>A website to find a shelter for women, and their children, who want to get away from violence or abuse.</source>
        <comment>sheltersafe.offers</comment>
        <translation>幫助想遠離暴力或虐待的女性（及她們的孩子）尋找庇護所的網站。</translation>
    </message>
    <message>
        <source>Finds a shelter bed in Toronto or tells you where there is space.</source>
        <comment>toronto-shelter-intake.offers</comment>
        <translation>幫你在多倫多找庇護所床位，或告訴你哪裡還有空位。</translation>
    </message>
    <message>
        <source>Phone line open 24 hours and a website to find any kind of community or social service in Ontario.</source>
        <comment>211-ontario.offers</comment>
        <translation>24 小時電話熱線和網站，幫你在安大略省找到各種社區或社會服務。</translation>
    </message>
    <message>
        <source>Free health advice from a registered nurse.</source>
        <comment>telehealth-ontario.offers</comment>
        <translation>由註冊護士提供的免費健康諮詢。</translation>
    </message>
    <message>
        <source>24-hour phone line in French for women in Ontario facing abuse or sexual assault: support, information and referrals.</source>
        <comment>femaide.offers</comment>
        <translation>為安大略省遭受虐待或性侵犯的女性提供 24 小時法語電話熱線：支援、資訊和轉介。</translation>
    </message>
    <message>
        <source>Free, confidential information on services for mental health, alcohol and drug use, and gambling in Ontario.</source>
        <comment>connexontario.offers</comment>
        <translation>提供安大略省精神健康、酒精和藥物使用以及賭博問題相關服務的免費保密資訊。</translation>
    </message>
    <message>
        <source>Information on mental health services in Ontario, such as crisis lines, online counselling and emergency housing.</source>
        <comment>ementalhealth.offers</comment>
        <translation>安大略省精神健康服務的資訊，例如危機熱線、網上輔導和緊急住屋。</translation>
    </message>
    <message>
        <source>A list of mental health crisis services and their phone numbers across Ontario.</source>
        <comment>camh-crisis.offers</comment>
        <translation>安大略省各地精神健康危機服務及其電話號碼的名單。</translation>
    </message>
    <message>
        <source>Information on health services and resources in Ontario.</source>
        <comment>central-health-line.offers</comment>
        <translation>安大略省健康服務和資源的資訊。</translation>
    </message>
    <message>
        <source>Doctors, nurse practitioners, social workers and others for people who often miss out on care, including people without status and people without a home.</source>
        <comment>community-health-centres.offers</comment>
        <translation>為經常得不到醫療照顧的人提供醫生、執業護士、社工等服務，包括無身份人士和無家可歸的人。</translation>
    </message>
    <message>
        <source>Legal services for people in Ontario with a low income who qualify.</source>
        <comment>legal-aid-ontario.offers</comment>
        <translation>為安大略省符合資格的低收入人士提供法律服務。</translation>
    </message>
    <message>
        <source>Legal help for refugee claimants in Toronto, Hamilton and Ottawa.</source>
        <comment>legal-aid-refugee-law-office.offers</comment>
        <translation>在多倫多、咸美頓（Hamilton）和渥太華，為難民申請人提供法律協助。</translation>
    </message>
    <message>
        <source>Plain-language legal information in many languages and formats, and a list of community legal clinics in Ontario.</source>
        <comment>cleo.offers</comment>
        <translation>以多種語言和形式提供淺白易懂的法律資訊，以及安大略省社區法律診所的名單。</translation>
    </message>
    <message>
        <source>Legal information and referrals for women in Ontario facing violence.</source>
        <comment>owjn.offers</comment>
        <translation>為安大略省面對暴力的女性提供法律資訊和轉介。</translation>
    </message>
    <message>
        <source>Family lawyers in three offices in Ontario for people who qualify for legal aid.</source>
        <comment>family-law-offices.offers</comment>
        <translation>在安大略省的三個辦事處，為符合法律援助資格的人提供家庭法律師。</translation>
    </message>
    <message>
        <source>Online referral to a lawyer or paralegal in Ontario, with a free first consultation of up to 30 minutes.</source>
        <comment>lsuc-lawyer-referral.offers</comment>
        <translation>在網上為你轉介安大略省的律師或持牌法律助理，首次諮詢免費，最長 30 分鐘。</translation>
    </message>
    <message>
        <source>Local clinics for people with a low income in their area; some serve a particular culture or language.</source>
        <comment>community-legal-clinics.offers</comment>
        <translation>為本區低收入人士服務的地區診所；有些專門服務某種文化或語言的群體。</translation>
    </message>
    <message>
        <source>Free legal help across Ontario for people with a low income who do not speak English, in Chinese, Vietnamese, Cambodian and Laotian communities.</source>
        <comment>csalc.offers</comment>
        <translation>在安大略省各地，為不會說英語的低收入華人、越南、柬埔寨和老撾社區人士提供免費法律協助。</translation>
    </message>
    <message>
        <source>Takes test cases to court to change unfair rules in federal and Ontario income support programs.</source>
        <comment>income-security-advocacy-centre.offers</comment>
        <translation>把具代表性的案件帶上法庭，以改變聯邦和安大略省收入援助計劃中不公平的規定。</translation>
    </message>
    <message>
        <source>Legal help and information on social assistance, violence, mental health, immigration and refugee matters, work and housing.</source>
        <comment>parkdale-community-legal-services.offers</comment>
        <translation>提供社會援助、暴力、精神健康、移民和難民事務、工作和住屋方面的法律協助和資訊。</translation>
    </message>
    <message>
        <source>Legal help and information for people living with HIV in Ontario.</source>
        <comment>halco.offers</comment>
        <translation>為安大略省的愛滋病毒感染者提供法律協助和資訊。</translation>
    </message>
    <message>
        <source>Legal services for Black people in Ontario with a low income or no income.</source>
        <comment>black-legal-action-centre.offers</comment>
        <translation>為安大略省低收入或沒有收入的黑人提供法律服務。</translation>
    </message>
    <message>
        <source>Legal advice, services and education for South Asian people in Ontario; also works on changing the law.</source>
        <comment>salc.offers</comment>
        <translation>為安大略省的南亞裔人士提供法律諮詢、服務和教育；也致力推動修改法律。</translation>
    </message>
    <message>
        <source>Support and lawyers for people with disabilities in Ontario.</source>
        <comment>arch-disability-law-centre.offers</comment>
        <translation>為安大略省的殘障人士提供支援和律師。</translation>
    </message>
    <message>
        <source>Legal help in Spanish for Spanish-speaking people across Ontario.</source>
        <comment>spanish-speaking-legal-clinic.offers</comment>
        <translation>為安大略省各地說西班牙語的人提供西班牙語法律協助。</translation>
    </message>
    <message>
        <source>Legal help for First Nations (with or without status), Métis and Inuit people in Ontario.</source>
        <comment>aboriginal-legal-services.offers</comment>
        <translation>為安大略省的第一民族（有或沒有身份）、梅蒂人和因紐特人提供法律協助。</translation>
    </message>
    <message>
        <source>Information on workers&apos; rights and support to stand up for them.</source>
        <comment>workers-action-centre.offers</comment>
        <translation>提供勞工權益資訊，支援你維護自己的權益。</translation>
    </message>
    <message>
        <source>The Ontario government office that applies and enforces the Employment Standards Act, 2000.</source>
        <comment>ministry-of-labour.offers</comment>
        <translation>安大略省政府負責執行《2000年僱傭標準法》的部門。</translation>
    </message>
    <message>
        <source>For sex workers in Toronto: sexual health, safety at work, workshops, legal information, counselling, advocacy and social time.</source>
        <comment>maggies.offers</comment>
        <translation>為多倫多的性工作者服務：性健康、工作安全、工作坊、法律資訊、輔導、倡議和社交活動。</translation>
    </message>
    <message>
        <source>Outreach and harm reduction support for sex workers who work on the street, in Hamilton.</source>
        <comment>swap-hamilton.offers</comment>
        <translation>在咸美頓（Hamilton），為在街頭工作的性工作者提供外展和減害支援。</translation>
    </message>
    <message>
        <source>Harm reduction and first aid supplies, HIV and STI information, clothing, hygiene products, food, and peer support, in London.</source>
        <comment>safe-space-london.offers</comment>
        <translation>在倫敦（London，安大略省）提供減害和急救用品、愛滋病毒和性病資訊、衣物、衛生用品、食物和同儕支援。</translation>
    </message>
    <message>
        <source>Peer support, education, advocacy and referrals for safer living and working conditions, in Sudbury.</source>
        <comment>swans-sudbury.offers</comment>
        <translation>在薩德伯里（Sudbury）提供同儕支援、教育、倡議和轉介，幫助改善生活和工作的安全條件。</translation>
    </message>
    <message>
        <source>A network of community agencies that serve immigrants and refugees in Ontario.</source>
        <comment>ocasi.offers</comment>
        <translation>由服務安大略省移民和難民的社區機構組成的網絡。</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education for newcomers in Ontario, and shelter for women and their children.</source>
        <comment>fcj-refugee-centre.offers</comment>
        <translation>為安大略省的新移民提供難民保護、安頓協助和教育，並為女性及她們的孩子提供住處。</translation>
    </message>
    <message>
        <source>Health care and community services in Toronto, including for newcomers, immigrants and refugees.</source>
        <comment>access-alliance.offers</comment>
        <translation>在多倫多提供醫療和社區服務，包括為新移民、移民和難民服務。</translation>
    </message>
    <message>
        <source>Speaks up for the rights of migrant workers, in Ontario and across Canada.</source>
        <comment>migrant-workers-alliance.offers</comment>
        <translation>在安大略省和加拿大各地，為移民勞工的權益發聲。</translation>
    </message>
    <message>
        <source>Information for newcomers about settling in.</source>
        <comment>settlement-org.offers</comment>
        <translation>為新移民提供在加拿大安頓生活的資訊。</translation>
    </message>
    <message>
        <source>Campaigns for the freedom to move, return and stay in Canada; trains people without status and the people who work at services on their rights.</source>
        <comment>no-one-is-illegal.offers</comment>
        <translation>爭取自由遷移、返回和留在加拿大的權利；為無身份人士和在服務機構工作的人提供培訓，講解無身份人士的權利。</translation>
    </message>
    <message>
        <source>Campaigns for Ontario health insurance (OHIP) for everyone.</source>
        <comment>ohip-for-all.offers</comment>
        <translation>倡議讓所有人都能享有安大略省健康保險（OHIP）。</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education in Toronto, and shelter for women and their children.</source>
        <comment>st-stephens-community-house.offers</comment>
        <translation>在多倫多提供難民保護、安頓協助和教育，並為女性及她們的孩子提供住處。</translation>
    </message>
    <message>
        <source>LGBTQ2 programs and groups, a refugee support group, free short-term and drop-in counselling, and classes, in Toronto.</source>
        <comment>the-519.offers</comment>
        <translation>在多倫多提供 LGBTQ2 活動和小組、難民互助小組、免費短期和免預約輔導，以及各類課程。</translation>
    </message>
    <message>
        <source>Counselling and learning programs for children, youth and families with complex mental health or developmental needs.</source>
        <comment>skylark.offers</comment>
        <translation>為有複雜精神健康或發展需要的兒童、青少年和家庭提供輔導和學習計劃。</translation>
    </message>
    <message>
        <source>Programs, education, harm reduction and case management for people in prison or out of prison who live with HIV or AIDS.</source>
        <comment>pasan.offers</comment>
        <translation>為在囚或出獄後、感染愛滋病毒或患有愛滋病的人提供服務計劃、教育、減害和個案管理。</translation>
    </message>
    <message>
        <source>Peer-led support around drug and alcohol use for LGBTQQ2SIA youth aged 16 to 29 in Toronto: drop-ins, case management and group counselling.</source>
        <comment>pieces-to-pathways.offers</comment>
        <translation>在多倫多，為 16 至 29 歲的 LGBTQQ2SIA 青年提供由同儕帶領的藥物和酒精使用支援：免預約活動、個案管理和小組輔導。</translation>
    </message>
    <message>
        <source>An organisation of Chinese Canadians in Toronto working for equity, social justice and respect for diversity.</source>
        <comment>ccncto.offers</comment>
        <translation>多倫多華裔加拿大人的組織，致力爭取平等、社會公義和尊重多元。</translation>
    </message>
</context>
<context>
    <name>forms.release_plan</name>
    <message>
        <source>Release plan</source>
        <comment>form.title</comment>
        <translation>獲釋計劃</translation>
    </message>
    <message>
        <source>Support network and your rights</source>
        <comment>network.title</comment>
        <translation>支援網絡和你的權利</translation>
    </message>
    <message>
        <source>People who know your rights and can speak up for you, found before you need them.</source>
        <comment>network.intro</comment>
        <translation>了解你的權利、能為你發聲的人——在需要之前就先找好。</translation>
    </message>
    <message>
        <source>Is there a community legal clinic you could contact?</source>
        <comment>r_legal_clinic.text</comment>
        <translation>有沒有你可以聯絡的社區法律診所？</translation>
    </message>
    <message>
        <source>A legal clinic can tell you your rights, and help you find a lawyer.</source>
        <comment>r_legal_clinic.why</comment>
        <translation>法律診所可以告訴你有哪些權利，並幫你找律師。</translation>
    </message>
    <message>
        <source>A legal clinic gives free legal information and help. Some help people without status.</source>
        <comment>r_legal_clinic.help</comment>
        <translation>法律診所提供免費的法律資訊和協助。有些也協助無身份人士。</translation>
    </message>
    <message>
        <source>Do you know an immigration lawyer you trust? Or someone who would call one for you?</source>
        <comment>r_lawyer.text</comment>
        <translation>你認識信任的移民律師嗎？或者有沒有人可以幫你聯絡一位？</translation>
    </message>
    <message>
        <source>Help comes much faster if you already know a lawyer before you need one.</source>
        <comment>r_lawyer.why</comment>
        <translation>如果在需要之前就認識一位律師，協助會來得快得多。</translation>
    </message>
    <message>
        <source>An immigration lawyer helps with your status, detention and removal from Canada.</source>
        <comment>r_lawyer.help</comment>
        <translation>移民律師協助你處理移民身份、拘留和被遣返離開加拿大的問題。</translation>
    </message>
    <message>
        <source>Do you know a criminal lawyer? Or someone who would call one for you?</source>
        <comment>r_lawyer_criminal.text</comment>
        <translation>你認識刑事律師嗎？或者有沒有人可以幫你聯絡一位？</translation>
    </message>
    <message>
        <source>If the police charge you, a criminal lawyer protects your rights from the start.</source>
        <comment>r_lawyer_criminal.why</comment>
        <translation>如果警察起訴你，刑事律師從一開始就能保護你的權利。</translation>
    </message>
    <message>
        <source>A criminal lawyer helps when the police say you broke a law.</source>
        <comment>r_lawyer_criminal.help</comment>
        <translation>當警察說你犯法時，刑事律師可以幫你。</translation>
    </message>
    <message>
        <source>If you have children, do you know a family lawyer?</source>
        <comment>r_lawyer_family.text</comment>
        <translation>如果你有孩子，你認識家庭法律師嗎？</translation>
    </message>
    <message>
        <source>Detention can affect who looks after your children. A family lawyer can help protect your rights as a parent.</source>
        <comment>r_lawyer_family.why</comment>
        <translation>被拘留可能會影響由誰照顧你的孩子。家庭法律師可以幫你保護作為父母的權利。</translation>
    </message>
    <message>
        <source>A family lawyer helps with children, custody and separation.</source>
        <comment>r_lawyer_family.help</comment>
        <translation>家庭法律師處理孩子、撫養權和分居的問題。</translation>
    </message>
    <message>
        <source>How much do you know about your rights with police and immigration officers?</source>
        <comment>r_rights.text</comment>
        <translation>面對警察和移民官員時，你對自己的權利了解多少？</translation>
    </message>
    <message>
        <source>Knowing your rights can lower your risk of being detained.</source>
        <comment>r_rights.why</comment>
        <translation>了解自己的權利，可以降低被拘留的風險。</translation>
    </message>
    <message>
        <source>Legal clinics and sex worker groups share this information, sometimes in other languages.</source>
        <comment>r_rights.help</comment>
        <translation>法律診所和性工作者團體會分享這些資訊，有時有其他語言的版本。</translation>
    </message>
    <message>
        <source>I know my rights well</source>
        <comment>r_rights.option.well</comment>
        <translation>我很了解自己的權利</translation>
    </message>
    <message>
        <source>I know some things</source>
        <comment>r_rights.option.some</comment>
        <translation>我知道一些</translation>
    </message>
    <message>
        <source>I would like to learn more</source>
        <comment>r_rights.option.learn_more</comment>
        <translation>我想多了解一些</translation>
    </message>
    <message>
        <source>Is there a community support worker or organisation you trust?</source>
        <comment>r_support_worker.text</comment>
        <translation>有沒有你信任的社區支援工作者或機構？</translation>
    </message>
    <message>
        <source>They can help with many needs, contact lawyers for you, and support your release.</source>
        <comment>r_support_worker.why</comment>
        <translation>他們可以在很多方面幫你，替你聯絡律師，並支援你獲釋。</translation>
    </message>
    <message>
        <source>Who is a person you really trust, who would speak up for you if you were detained?</source>
        <comment>r_advocate.text</comment>
        <translation>有沒有一個你真正信任的人，在你被拘留時會為你發聲？</translation>
    </message>
    <message>
        <source>Someone on the outside can call people and push for your release.</source>
        <comment>r_advocate.why</comment>
        <translation>外面有人的話，就可以替你打電話聯絡別人，爭取讓你獲釋。</translation>
    </message>
    <message>
        <source>This can be a partner, a friend or a co-worker. A first name is enough.</source>
        <comment>r_advocate.help</comment>
        <translation>可以是伴侶、朋友或同事。寫名字就夠了。</translation>
    </message>
    <message>
        <source>Getting released at a detention review</source>
        <comment>release.title</comment>
        <translation>在拘留審查聽證會上獲釋</translation>
    </message>
    <message>
        <source>Once detained, you can talk to very few people. What you set up now helps you later.</source>
        <comment>release.intro</comment>
        <translation>一旦被拘留，你能聯絡的人很少。現在做好準備，之後會有幫助。</translation>
    </message>
    <message>
        <source>If you were detained, what would matter most to you?</source>
        <comment>r_wishes.text</comment>
        <translation>如果你被拘留了，對你來說什麼最重要？</translation>
    </message>
    <message>
        <source>Your lawyer and supporters should follow your wishes. Telling them now makes that easier.</source>
        <comment>r_wishes.why</comment>
        <translation>你的律師和支持你的人應該按你的意願去做。現在告訴他們，會比較容易做到。</translation>
    </message>
    <message>
        <source>Staying in Canada, even if it takes time</source>
        <comment>r_wishes.example1</comment>
        <translation>留在加拿大，即使需要時間</translation>
    </message>
    <message>
        <source>Getting out quickly, even if it means leaving Canada</source>
        <comment>r_wishes.example2</comment>
        <translation>盡快出來，即使要離開加拿大</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <comment>r_wishes.example3</comment>
        <translation>我還不知道</translation>
    </message>
    <message>
        <source>Have you talked about this plan with someone you trust?</source>
        <comment>r_talked_plan.text</comment>
        <translation>你有沒有和信任的人談過這個計劃？</translation>
    </message>
    <message>
        <source>Once you are detained, your things are taken and you can call very few people.</source>
        <comment>r_talked_plan.why</comment>
        <translation>一旦被拘留，你的東西會被拿走，你能打電話聯絡的人也很少。</translation>
    </message>
    <message>
        <source>Who could be your bond person?</source>
        <comment>r_bond_person.text</comment>
        <translation>誰可以做你的保釋擔保人？</translation>
    </message>
    <message>
        <source>A bond person is often what makes release possible.</source>
        <comment>r_bond_person.why</comment>
        <translation>有了保釋擔保人，往往才有可能獲釋。</translation>
    </message>
    <message>
        <source>Knowing the amount helps you and your lawyer prepare the hearing.</source>
        <comment>r_bond_amount.why</comment>
        <translation>知道金額，可以幫助你和律師為聽證會做準備。</translation>
    </message>
    <message>
        <source>Who could come to the hearing and speak for you?</source>
        <comment>r_hearing_witness.text</comment>
        <translation>誰可以出席聽證會為你說話？</translation>
    </message>
    <message>
        <source>People who know you show that you have ties to the community here.</source>
        <comment>r_hearing_witness.why</comment>
        <translation>認識你的人能說明你和這裡的社區有聯繫。</translation>
    </message>
    <message>
        <source>A plan for what happens if immigration officers, or the police for immigration reasons, detain you. If you are charged with a crime, see the question about a criminal lawyer, and legal help in the directory. If you are detained, your phone and your things are taken, and it is hard to reach people. What you set up now makes release more likely, and keeps the things you care about looked after. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>這個計劃是為了應對移民官員，或警察因移民原因拘留你的情況。如果你被控犯罪，請看關於刑事律師的問題，以及「可以提供協助的機構」裡的法律協助。如果你被拘留，你的手機和物品會被拿走，很難聯絡到別人。你現在做的準備能讓你更有機會獲釋，也能讓你在乎的事情有人照顧。任何問題你都可以跳過，或之後再回來回答。</translation>
    </message>
    <message>
        <source>This plan is mostly about immigration detention. If the police charge you with a crime, a criminal court decides on bail.</source>
        <comment>r_lawyer_criminal.legal1</comment>
        <translation>這個計劃主要是關於移民拘留。如果警察控告你犯罪，由刑事法庭決定是否保釋。</translation>
    </message>
    <message>
        <source>If the police keep you after an arrest, you should see a justice within 24 hours, usually for a bail hearing.</source>
        <comment>r_lawyer_criminal.legal2</comment>
        <translation>如果警察在逮捕後扣留你，你應該在 24 小時內見到法官，通常是為了保釋聽證會。</translation>
    </message>
    <message>
        <source>A surety is like a bond person in criminal court: someone who promises money and supervises you.</source>
        <comment>r_lawyer_criminal.legal3</comment>
        <translation>在刑事法庭上，「保證人」類似保釋擔保人：承諾出錢並監督你的人。</translation>
    </message>
    <message>
        <source>Duty counsel at the court, a criminal lawyer or Legal Aid Ontario can help. A charge can also affect your immigration status.</source>
        <comment>r_lawyer_criminal.legal4</comment>
        <translation>法庭的當值律師、刑事律師或 Legal Aid Ontario 可以幫忙。被控犯罪也可能影響你的移民身份。</translation>
    </message>
    <message>
        <source>If police or immigration officers arrest or detain you, you have the right to be told why, and to talk to a lawyer without delay.</source>
        <comment>r_rights.legal1</comment>
        <translation>如果警察或移民官員逮捕或拘留你，你有權被告知原因，並有權立即和律師談話。</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge.</source>
        <comment>r_rights.legal2</comment>
        <translation>在移民聽證會上，你有權免費獲得口譯員。</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Say only what you are fine with officers hearing.</source>
        <comment>r_rights.legal3</comment>
        <translation>從拘留場所打出的電話可能不是私密的。只說你不介意官員聽到的話。</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low.</source>
        <comment>r_rights.legal4</comment>
        <translation>如果你的收入低，Legal Aid Ontario 可能會幫你支付律師費。</translation>
    </message>
    <message>
        <source>Would you like to find out if Legal Aid Ontario could pay for a lawyer for you?</source>
        <comment>r_legal_aid.text</comment>
        <translation>你想了解 Legal Aid Ontario 能不能為你支付律師費嗎？</translation>
    </message>
    <message>
        <source>A lawyer at a detention review can make release more likely. You may not have to pay.</source>
        <comment>r_legal_aid.why</comment>
        <translation>在拘留審查時有律師，可以讓你更有機會獲釋。你也許不用付錢。</translation>
    </message>
    <message>
        <source>A community legal clinic can help you apply.</source>
        <comment>r_legal_aid.help</comment>
        <translation>社區法律診所可以幫你申請。</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low, including for some immigration and detention cases.</source>
        <comment>r_legal_aid.legal1</comment>
        <translation>如果你的收入低，Legal Aid Ontario 可能會幫你支付律師費，包括一些移民和拘留案件。</translation>
    </message>
    <message>
        <source>Someone who knows you well, who may pay or promise money of their own so you can be released.</source>
        <comment>r_bond_person.help</comment>
        <translation>一個很了解你的人，可能會用自己的錢支付或承諾支付，讓你獲釋。</translation>
    </message>
    <message>
        <source>A bond person must be 18 or older and live in Canada. They should know you well, and come forward freely.</source>
        <comment>r_bond_person.legal1</comment>
        <translation>保釋擔保人必須年滿 18 歲，並住在加拿大。他們應該很了解你，並且是自願出面的。</translation>
    </message>
    <message>
        <source>To give a guarantee (a promise to pay), they must be a Canadian citizen or permanent resident.</source>
        <comment>r_bond_person.legal2</comment>
        <translation>要提供擔保（承諾支付），他們必須是加拿大公民或永久居民。</translation>
    </message>
    <message>
        <source>The money must be the bond person&apos;s own money, not yours. No one may be paid to be a bond person.</source>
        <comment>r_bond_person.legal3</comment>
        <translation>這筆錢必須是保釋擔保人自己的錢，不能是你的錢。任何人都不能收錢來當保釋擔保人。</translation>
    </message>
    <message>
        <source>They may be asked questions at the hearing, for example how well they know you and how they will supervise you.</source>
        <comment>r_bond_person.legal4</comment>
        <translation>聽證會上可能會問他們一些問題，例如他們有多了解你、會怎樣監督你。</translation>
    </message>
    <message>
        <source>They must tell the CBSA if you break a condition of your release. If they do not, they can lose the money.</source>
        <comment>r_bond_person.legal5</comment>
        <translation>如果你違反了獲釋條件，他們必須告訴 CBSA。如果不告訴，他們可能會失去這筆錢。</translation>
    </message>
    <message>
        <source>If no one can be your bond person, a supervision program may act instead (in Toronto in 2020, the Toronto Bail Program).</source>
        <comment>r_bond_person.legal6</comment>
        <translation>如果沒有人能當你的保釋擔保人，可以由監督計劃代替（2020 年在多倫多是 Toronto Bail Program）。</translation>
    </message>
    <message>
        <source>How much of their own money could your bond person pay or promise, if needed?</source>
        <comment>r_bond_amount.text</comment>
        <translation>如果需要，你的保釋擔保人可以用自己的錢支付或承諾支付多少？</translation>
    </message>
    <message>
        <source>This is called a bond (immigration bail). It is the bond person&apos;s money, not yours.</source>
        <comment>r_bond_amount.help</comment>
        <translation>這叫做保釋金（移民保釋）。這是保釋擔保人的錢，不是你的錢。</translation>
    </message>
    <message>
        <source>A deposit (cash bond) is paid before release. It can be returned at the end if all the conditions were kept.</source>
        <comment>r_bond_amount.legal1</comment>
        <translation>保證金（現金保釋金）要在獲釋前支付。如果所有條件都遵守了，最後可以退還。</translation>
    </message>
    <message>
        <source>A guarantee (performance bond) is a promise to pay if a condition is broken. The bond person must show they could pay.</source>
        <comment>r_bond_amount.legal2</comment>
        <translation>擔保金額（履約擔保）是承諾在違反條件時支付的錢。保釋擔保人必須證明自己付得起。</translation>
    </message>
    <message>
        <source>The member at the hearing decides the amount, and may ask for both.</source>
        <comment>r_bond_amount.legal3</comment>
        <translation>聽證會上的審裁委員決定金額，也可能兩種都要求。</translation>
    </message>
    <message>
        <source>Does your bond person know they may need to come to a hearing within two days of your detention?</source>
        <comment>r_bond_ready.text</comment>
        <translation>你的保釋擔保人知道嗎？你被拘留後兩天內，他們可能需要來參加聽證會。</translation>
    </message>
    <message>
        <source>If they are not ready for the first review, the next chance may be a week or a month later.</source>
        <comment>r_bond_ready.why</comment>
        <translation>如果他們來不及參加第一次審查，下一次機會可能要等一星期或一個月。</translation>
    </message>
    <message>
        <source>They can prepare now: ID, proof of their status, and proof of their own money and address.</source>
        <comment>r_bond_ready.help</comment>
        <translation>他們現在就可以準備：身份證明文件、他們的身份證明，以及他們自己的錢和地址的證明。</translation>
    </message>
    <message>
        <source>The first detention review is held within 48 hours of detention, or soon after.</source>
        <comment>r_bond_ready.legal1</comment>
        <translation>第一次拘留審查會在拘留後 48 小時內舉行，或稍晚一點。</translation>
    </message>
    <message>
        <source>If you are not released, the next review is within 7 days, then at least once every 30 days.</source>
        <comment>r_bond_ready.legal2</comment>
        <translation>如果你沒有獲釋，下一次審查在 7 天內，之後至少每 30 天一次。</translation>
    </message>
    <message>
        <source>A bond person who is not ready for the first review may have to wait a week or a month for the next one.</source>
        <comment>r_bond_ready.legal3</comment>
        <translation>如果保釋擔保人來不及參加第一次審查，可能要等一星期或一個月才有下一次。</translation>
    </message>
    <message>
        <source>A lawyer can ask for an earlier review if there are new facts, for example a bond person who is now ready.</source>
        <comment>r_bond_ready.legal4</comment>
        <translation>如果有新情況，例如保釋擔保人現在準備好了，律師可以要求提前審查。</translation>
    </message>
    <message>
        <source>A witness says how they know you and how they will support you.</source>
        <comment>r_hearing_witness.help</comment>
        <translation>證人會說明他們怎樣認識你，以及會怎樣支持你。</translation>
    </message>
    <message>
        <source>At a detention review, a member of the Immigration and Refugee Board decides if you can be released, and on what conditions.</source>
        <comment>r_hearing_witness.legal1</comment>
        <translation>在拘留審查中，由移民及難民局（IRB）的一名審裁委員決定你能不能獲釋，以及有什麼條件。</translation>
    </message>
    <message>
        <source>Where would you stay if you are released? Add the person or the shelter, with the address.</source>
        <comment>r_release_address.text</comment>
        <translation>如果你獲釋，你會住在哪裡？請加入那個人或庇護所，並寫上地址。</translation>
    </message>
    <message>
        <source>Talk with them now, because it is hard to reach out once you are detained.</source>
        <comment>r_release_address.why</comment>
        <translation>現在就和他們談好，因為一旦被拘留，就很難聯絡別人了。</translation>
    </message>
    <message>
        <source>In the list of people, you can add an address to a person or a shelter.</source>
        <comment>r_release_address.help</comment>
        <translation>在聯絡人名單裡，你可以為一個人或一個庇護所加上地址。</translation>
    </message>
    <message>
        <source>At a detention review you are asked where you will live if you are released.</source>
        <comment>r_release_address.legal1</comment>
        <translation>在拘留審查時，會問你獲釋後住在哪裡。</translation>
    </message>
    <message>
        <source>Staying with your bond person often counts for more than a shelter, but a shelter may be accepted.</source>
        <comment>r_release_address.legal2</comment>
        <translation>和你的保釋擔保人住在一起通常比住庇護所更有說服力，但住庇護所也可能被接受。</translation>
    </message>
    <message>
        <source>Things to plan in advance</source>
        <comment>advance.title</comment>
        <translation>需要預先計劃的事</translation>
    </message>
    <message>
        <source>Your phone may be taken from you, so some things need to be ready now.</source>
        <comment>advance.intro</comment>
        <translation>你的手機可能會被拿走，所以有些事需要現在就準備好。</translation>
    </message>
    <message>
        <source>Do you know by heart the phone numbers of the people you would call?</source>
        <comment>r_numbers_by_heart.text</comment>
        <translation>你要打電話聯絡的人，他們的電話號碼你記熟了嗎？</translation>
    </message>
    <message>
        <source>Your phone may be taken. Numbers you know by heart stay with you.</source>
        <comment>r_numbers_by_heart.why</comment>
        <translation>你的手機可能會被拿走。記熟的號碼會一直跟著你。</translation>
    </message>
    <message>
        <source>In the list of people, you can mark numbers to learn, and practise them here.</source>
        <comment>r_numbers_by_heart.help</comment>
        <translation>在聯絡人清單中，你可以標示要記的號碼，然後在這裡練習。</translation>
    </message>
    <message>
        <source>Who would look after your children if you were detained?</source>
        <comment>r_carer_children.text</comment>
        <translation>如果你被拘留，誰會照顧你的孩子？</translation>
    </message>
    <message>
        <source>Knowing who will care for them gives you and them some peace of mind.</source>
        <comment>r_carer_children.why</comment>
        <translation>知道誰會照顧他們，你和孩子都會安心一些。</translation>
    </message>
    <message>
        <source>Who would look after your pets?</source>
        <comment>r_carer_pets.text</comment>
        <translation>誰會照顧你的寵物？</translation>
    </message>
    <message>
        <source>Pets need someone to feed them from the first day.</source>
        <comment>r_carer_pets.why</comment>
        <translation>從第一天起，寵物就需要有人餵。</translation>
    </message>
    <message>
        <source>Who has a key to your home and could bring you clothes, money, documents and medication?</source>
        <comment>r_key_holder.text</comment>
        <translation>誰有你家的鑰匙，可以給你帶衣服、錢、文件和藥物？</translation>
    </message>
    <message>
        <source>You may need things from home, and you cannot go and get them yourself.</source>
        <comment>r_key_holder.why</comment>
        <translation>你可能需要家裡的東西，但你無法自己回去拿。</translation>
    </message>
    <message>
        <source>Which documents would you need, and where are they kept?</source>
        <comment>r_documents.text</comment>
        <translation>你會需要哪些文件？它們放在哪裡？</translation>
    </message>
    <message>
        <source>Your lawyer or key holder may need your passport or other papers for the hearing.</source>
        <comment>r_documents.why</comment>
        <translation>你的律師或有你鑰匙的人，可能需要拿你的護照或其他文件去聽證會。</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>r_documents.example1</comment>
        <translation>護照</translation>
    </message>
    <message>
        <source>Study or work permit</source>
        <comment>r_documents.example2</comment>
        <translation>學習許可或工作許可</translation>
    </message>
    <message>
        <source>Lease or letter showing my address</source>
        <comment>r_documents.example3</comment>
        <translation>租約或能證明我住址的信件</translation>
    </message>
    <message>
        <source>Which trusted service provider would contact your family or friends if you were detained?</source>
        <comment>r_family_contact.text</comment>
        <translation>如果你被拘留，由哪位你信任的服務人員聯絡你的家人或朋友？</translation>
    </message>
    <message>
        <source>You may not be able to call them yourself, or often.</source>
        <comment>r_family_contact.why</comment>
        <translation>你可能無法自己打電話給他們，或不能經常打。</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Agree now on what can be said on the phone.</source>
        <comment>r_family_contact.help</comment>
        <translation>從拘留場所打出的電話可能不是私密的。現在就約定好電話裡可以說什麼。</translation>
    </message>
    <message>
        <source>What would you like them to say for you, and what should they not say?</source>
        <comment>r_family_message.text</comment>
        <translation>你希望他們替你說什麼？有什麼不應該說？</translation>
    </message>
    <message>
        <source>You decide what other people are told about you.</source>
        <comment>r_family_message.why</comment>
        <translation>別人知道你的哪些事，由你決定。</translation>
    </message>
    <message>
        <source>Tell my sister I am safe and ask her to call my lawyer</source>
        <comment>r_family_message.example1</comment>
        <translation>告訴我姐姐我很安全，請她打電話給我的律師</translation>
    </message>
    <message>
        <source>Do not talk about my work</source>
        <comment>r_family_message.example2</comment>
        <translation>不要提我的工作</translation>
    </message>
    <message>
        <source>Health, money and people who count on you</source>
        <comment>needs.title</comment>
        <translation>健康、金錢和依靠你的人</translation>
    </message>
    <message>
        <source>Things that need care while you are away, and for the hearing.</source>
        <comment>needs.intro</comment>
        <translation>你不在時需要有人照顧的事，以及聽證會需要的東西。</translation>
    </message>
    <message>
        <source>What medication or medical care do you need?</source>
        <comment>r_medication.text</comment>
        <translation>你需要什麼藥物或醫療照顧？</translation>
    </message>
    <message>
        <source>This can go on your wallet card, so staff know what you need.</source>
        <comment>r_medication.why</comment>
        <translation>這可以寫在你的隨身卡上，讓職員知道你需要什麼。</translation>
    </message>
    <message>
        <source>Write only what you want others to see. You can use general words.</source>
        <comment>r_medication.help</comment>
        <translation>只寫你願意讓別人看到的內容。你可以用籠統的說法。</translation>
    </message>
    <message>
        <source>Insulin, twice a day</source>
        <comment>r_medication.example1</comment>
        <translation>胰島素，每天兩次</translation>
    </message>
    <message>
        <source>One pill for blood pressure each morning</source>
        <comment>r_medication.example2</comment>
        <translation>每天早上一粒降血壓藥</translation>
    </message>
    <message>
        <source>Which language do you speak best? Do you need an interpreter?</source>
        <comment>r_interpreter.text</comment>
        <translation>你最擅長說哪種語言？你需要口譯員嗎？</translation>
    </message>
    <message>
        <source>This can go on your wallet card. You can ask for an interpreter at a hearing.</source>
        <comment>r_interpreter.why</comment>
        <translation>這可以寫在你的隨身卡上。在聽證會上，你可以要求口譯員。</translation>
    </message>
    <message>
        <source>An interpreter says in your language what others say, and says your words in theirs.</source>
        <comment>r_interpreter.help</comment>
        <translation>口譯員會把別人說的話用你的語言告訴你，也會把你的話翻譯給別人。</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge. Tell your lawyer your language early.</source>
        <comment>r_interpreter.legal1</comment>
        <translation>在移民聽證會上，你有權免費獲得口譯員。請儘早告訴你的律師你說什麼語言。</translation>
    </message>
    <message>
        <source>Vietnamese, interpreter needed</source>
        <comment>r_interpreter.example1</comment>
        <translation>越南話，需要口譯員</translation>
    </message>
    <message>
        <source>Mandarin and some English</source>
        <comment>r_interpreter.example2</comment>
        <translation>普通話（國語），會一點英語</translation>
    </message>
    <message>
        <source>Is there someone you trust to take care of your private matters, like rent or your bank?</source>
        <comment>r_power_of_attorney.text</comment>
        <translation>有沒有你信任的人，可以幫你處理私人事務，例如租金或銀行的事？</translation>
    </message>
    <message>
        <source>While you are detained, someone can pay bills and deal with offices for you.</source>
        <comment>r_power_of_attorney.why</comment>
        <translation>你被拘留期間，有人可以替你繳付帳單、和各種機構打交道。</translation>
    </message>
    <message>
        <source>Power of attorney: a signed paper that lets a person you choose act for you. A lawyer or legal clinic can help.</source>
        <comment>r_power_of_attorney.help</comment>
        <translation>授權書：一份簽了名的文件，讓你選定的人可以代表你辦事。律師或法律診所可以幫你辦理。</translation>
    </message>
    <message>
        <source>If your bank account were frozen, how would you pay rent and bills? Who could help you talk to the bank?</source>
        <comment>r_frozen_account.text</comment>
        <translation>如果你的銀行帳戶被凍結，你要怎樣付房租和帳單？誰可以幫你和銀行溝通？</translation>
    </message>
    <message>
        <source>Rent, bills and other costs still need paying while your account is closed to you.</source>
        <comment>r_frozen_account.why</comment>
        <translation>在你用不了帳戶的時候，房租、帳單和其他費用仍然要付。</translation>
    </message>
    <message>
        <source>A frozen account is one the bank has stopped, so no money can come out.</source>
        <comment>r_frozen_account.help</comment>
        <translation>帳戶被凍結，就是銀行停用了帳戶，錢提取不出來。</translation>
    </message>
    <message>
        <source>Some cash kept with my sister</source>
        <comment>r_frozen_account.example1</comment>
        <translation>放在我姐姐那裡的一些現金</translation>
    </message>
    <message>
        <source>My support worker can call the bank with me</source>
        <comment>r_frozen_account.example2</comment>
        <translation>我的支援工作者可以陪我一起打電話給銀行</translation>
    </message>
    <message>
        <source>Who should be told if you are away for some time?</source>
        <comment>r_notify.text</comment>
        <translation>如果你有一段時間不在，應該通知誰？</translation>
    </message>
    <message>
        <source>Missing classes or work without notice can cause problems, for example with a study permit.</source>
        <comment>r_notify.why</comment>
        <translation>沒有通知就缺課或缺勤可能會帶來麻煩，例如影響學習許可。</translation>
    </message>
    <message>
        <source>My school or college</source>
        <comment>r_notify.option.school</comment>
        <translation>我的學校或學院</translation>
    </message>
    <message>
        <source>My work</source>
        <comment>r_notify.option.work</comment>
        <translation>我工作的地方</translation>
    </message>
    <message>
        <source>My landlord</source>
        <comment>r_notify.option.landlord</comment>
        <translation>我的房東</translation>
    </message>
    <message>
        <source>Someone else</source>
        <comment>r_notify.option.someone_else</comment>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Do you take care of other people, here or in another country, who would need help if you were detained?</source>
        <comment>r_care_others.text</comment>
        <translation>你有沒有在照顧別人（在這裡或在其他國家），如果你被拘留，他們會需要協助？</translation>
    </message>
    <message>
        <source>Planning now means they still get help while you are away.</source>
        <comment>r_care_others.why</comment>
        <translation>現在做好計劃，你不在時他們也能得到協助。</translation>
    </message>
    <message>
        <source>I send money to my mother each month</source>
        <comment>r_care_others.example1</comment>
        <translation>我每個月寄錢給媽媽</translation>
    </message>
    <message>
        <source>I take my neighbour to the doctor</source>
        <comment>r_care_others.example2</comment>
        <translation>我陪鄰居去看醫生</translation>
    </message>
    <message>
        <source>Would you like to talk with a lawyer about what to say, and what not to say, at a hearing?</source>
        <comment>r_hearing_talk.text</comment>
        <translation>你想和律師談談在聽證會上該說什麼、不該說什麼嗎？</translation>
    </message>
    <message>
        <source>What you say at a hearing can change the result. A lawyer can help you prepare.</source>
        <comment>r_hearing_talk.why</comment>
        <translation>你在聽證會上說的話可能會改變結果。律師可以幫你做準備。</translation>
    </message>
</context>
<context>
    <name>forms.safety_plan</name>
    <message>
        <source>Safety plan</source>
        <comment>form.title</comment>
        <translation>安全計劃</translation>
    </message>
    <message>
        <source>A plan to help you stay safe from a person or a situation that puts you at risk. You decide what goes in it, and what you want to do. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>這個計劃幫助你遠離令你處於危險的人或處境，保護自己的安全。計劃裡寫什麼、你想做什麼，都由你決定。任何問題都可以跳過，或之後再回來填寫。</translation>
    </message>
    <message>
        <source>Plan to leave</source>
        <comment>leave.title</comment>
        <translation>離開的計劃</translation>
    </message>
    <message>
        <source>If you ever decide to leave, or must leave quickly, it helps to have things ready.</source>
        <comment>leave.intro</comment>
        <translation>如果你哪天決定離開，或必須很快離開，預先準備好東西會有幫助。</translation>
    </message>
    <message>
        <source>What would you like this plan to help you with?</source>
        <comment>s_goal.text</comment>
        <translation>你希望這個計劃幫你做什麼？</translation>
    </message>
    <message>
        <source>This plan follows what you want, not what others expect.</source>
        <comment>s_goal.why</comment>
        <translation>這個計劃按你的意願去做，而不是按別人的期望。</translation>
    </message>
    <message>
        <source>Being ready in case things get worse</source>
        <comment>s_goal.example1</comment>
        <translation>做好準備，以防情況變得更壞</translation>
    </message>
    <message>
        <source>Leaving a workplace</source>
        <comment>s_goal.example2</comment>
        <translation>離開一個工作場所</translation>
    </message>
    <message>
        <source>Staying, but with more safety</source>
        <comment>s_goal.example3</comment>
        <translation>留下來，但更安全</translation>
    </message>
    <message>
        <source>If you left, do you think the person might try to hurt you or punish you for leaving?</source>
        <comment>s_retaliation.text</comment>
        <translation>如果你離開，你覺得那個人可能會傷害你，或因為你離開而懲罰你嗎？</translation>
    </message>
    <message>
        <source>Knowing the risk helps you choose when and how to leave, and who to tell.</source>
        <comment>s_retaliation.why</comment>
        <translation>了解風險，可以幫你選擇什麼時候、怎樣離開，以及告訴誰。</translation>
    </message>
    <message>
        <source>Yes, I think so</source>
        <comment>s_retaliation.option.likely</comment>
        <translation>會，我覺得會</translation>
    </message>
    <message>
        <source>Maybe, I am not sure</source>
        <comment>s_retaliation.option.maybe</comment>
        <translation>也許會，我不確定</translation>
    </message>
    <message>
        <source>I do not think so</source>
        <comment>s_retaliation.option.unlikely</comment>
        <translation>我覺得不會</translation>
    </message>
    <message>
        <source>What could make leaving safer for you?</source>
        <comment>s_safer_leaving.text</comment>
        <translation>怎樣可以讓你離開時更安全？</translation>
    </message>
    <message>
        <source>Small steps can lower the risk when you leave.</source>
        <comment>s_safer_leaving.why</comment>
        <translation>一些小步驟可以降低離開時的風險。</translation>
    </message>
    <message>
        <source>Leave when they are not at home</source>
        <comment>s_safer_leaving.example1</comment>
        <translation>趁他們不在家時離開</translation>
    </message>
    <message>
        <source>Have a friend with me</source>
        <comment>s_safer_leaving.example2</comment>
        <translation>讓一位朋友陪著我</translation>
    </message>
    <message>
        <source>Change my phone number after I leave</source>
        <comment>s_safer_leaving.example3</comment>
        <translation>離開後換手機號碼</translation>
    </message>
    <message>
        <source>Where could you go if you leave? Add the people or places, with their address or phone number.</source>
        <comment>s_safe_place.text</comment>
        <translation>如果你離開，可以去哪裡？請加入這些人或地方，以及他們的地址或電話號碼。</translation>
    </message>
    <message>
        <source>When you know where to go, leaving quickly is easier.</source>
        <comment>s_safe_place.why</comment>
        <translation>知道可以去哪裡，要很快離開就比較容易。</translation>
    </message>
    <message>
        <source>A friend, someone in your community, an emergency shelter or a motel. A first name is enough.</source>
        <comment>s_safe_place.help</comment>
        <translation>朋友、社區裡的人、緊急庇護所或汽車旅館。寫名字就夠了。</translation>
    </message>
    <message>
        <source>A friend&apos;s place</source>
        <comment>s_safe_place.example1</comment>
        <translation>朋友家</translation>
    </message>
    <message>
        <source>An emergency shelter</source>
        <comment>s_safe_place.example2</comment>
        <translation>緊急庇護所</translation>
    </message>
    <message>
        <source>A motel near work</source>
        <comment>s_safe_place.example3</comment>
        <translation>工作地點附近的汽車旅館</translation>
    </message>
    <message>
        <source>If you live or work with the person, do you have a hidden place to keep these addresses?</source>
        <comment>s_hide_addresses.text</comment>
        <translation>如果你和那個人同住或一起工作，你有沒有隱蔽的地方存放這些地址？</translation>
    </message>
    <message>
        <source>On a friend&apos;s phone</source>
        <comment>s_hide_addresses.example1</comment>
        <translation>存在朋友的手機上</translation>
    </message>
    <message>
        <source>The person may look through your phone or your things, at home or at work.</source>
        <comment>s_hide_addresses.why</comment>
        <translation>那個人可能會翻看你的手機或你的東西，在家裡或在工作的地方。</translation>
    </message>
    <message>
        <source>Written with first names only, kept by a friend</source>
        <comment>s_hide_addresses.example2</comment>
        <translation>只寫名字（不寫姓），交給朋友保管</translation>
    </message>
    <message>
        <source>How could you get there? Choose any that could work.</source>
        <comment>s_transport.text</comment>
        <translation>你可以怎樣去那裡？選出所有可行的方式。</translation>
    </message>
    <message>
        <source>Knowing the way saves time if you must leave suddenly.</source>
        <comment>s_transport.why</comment>
        <translation>如果必須突然離開，知道怎樣去可以節省時間。</translation>
    </message>
    <message>
        <source>Walk</source>
        <comment>s_transport.option.walk</comment>
        <translation>步行</translation>
    </message>
    <message>
        <source>Bus, subway or train</source>
        <comment>s_transport.option.transit</comment>
        <translation>巴士、地鐵或火車</translation>
    </message>
    <message>
        <source>Taxi or ride app</source>
        <comment>s_transport.option.taxi</comment>
        <translation>計程車或叫車 App</translation>
    </message>
    <message>
        <source>Someone drives me</source>
        <comment>s_transport.option.friend_drives</comment>
        <translation>有人開車送我</translation>
    </message>
    <message>
        <source>Another way</source>
        <comment>s_transport.option.other</comment>
        <translation>其他方式</translation>
    </message>
    <message>
        <source>Do you plan to leave soon, or do you want to be ready in case you must leave suddenly?</source>
        <comment>s_timing.text</comment>
        <translation>你打算很快離開，還是想做好準備，以防必須突然離開？</translation>
    </message>
    <message>
        <source>Your answer changes what to prepare first.</source>
        <comment>s_timing.why</comment>
        <translation>你的回答決定先準備什麼。</translation>
    </message>
    <message>
        <source>I plan to leave soon</source>
        <comment>s_timing.option.soon</comment>
        <translation>我打算很快離開</translation>
    </message>
    <message>
        <source>I want to be ready, in case</source>
        <comment>s_timing.option.be_ready</comment>
        <translation>我想做好準備，以防萬一</translation>
    </message>
    <message>
        <source>I have not decided</source>
        <comment>s_timing.option.undecided</comment>
        <translation>我還沒決定</translation>
    </message>
    <message>
        <source>If you plan to leave soon, is there a day you have in mind?</source>
        <comment>s_leave_date.text</comment>
        <translation>如果你打算很快離開，心裡有沒有一個日子？</translation>
    </message>
    <message>
        <source>A date helps you plan the steps that come before it.</source>
        <comment>s_leave_date.why</comment>
        <translation>有了日期，可以幫你計劃之前要做的每一步。</translation>
    </message>
    <message>
        <source>Which small things could you keep in your everyday bag, in case you must leave suddenly?</source>
        <comment>s_bag.text</comment>
        <translation>哪些小東西可以放在你每天帶的袋子裡，以防必須突然離開？</translation>
    </message>
    <message>
        <source>A few things let you leave at once. Too many things may make someone suspicious.</source>
        <comment>s_bag.why</comment>
        <translation>帶幾樣東西，就能馬上離開。東西太多可能會令人起疑。</translation>
    </message>
    <message>
        <source>Medication</source>
        <comment>s_bag.option.medication</comment>
        <translation>藥物</translation>
    </message>
    <message>
        <source>A change of clothes</source>
        <comment>s_bag.option.clothes</comment>
        <translation>一套替換衣服</translation>
    </message>
    <message>
        <source>A little money, hidden (for example in a lipstick tube)</source>
        <comment>s_bag.option.cash</comment>
        <translation>一點錢，藏好（例如藏在口紅管裡）</translation>
    </message>
    <message>
        <source>A phone charger</source>
        <comment>s_bag.option.charger</comment>
        <translation>手機充電器</translation>
    </message>
    <message>
        <source>Spare keys</source>
        <comment>s_bag.option.keys</comment>
        <translation>後備鑰匙</translation>
    </message>
    <message>
        <source>Important phone numbers on paper</source>
        <comment>s_bag.option.numbers</comment>
        <translation>寫在紙上的重要電話號碼</translation>
    </message>
    <message>
        <source>Do you need to plan for children, other people you care for, or pets?</source>
        <comment>s_care.text</comment>
        <translation>你需要為孩子、其他你照顧的人或寵物做計劃嗎？</translation>
    </message>
    <message>
        <source>Planning ahead means they are looked after if you leave quickly.</source>
        <comment>s_care.why</comment>
        <translation>預先計劃，即使你很快離開，他們也有人照顧。</translation>
    </message>
    <message>
        <source>My son: my sister can pick him up from school</source>
        <comment>s_care.example1</comment>
        <translation>我兒子：我姐姐可以去學校接他</translation>
    </message>
    <message>
        <source>My cat: a neighbour can feed her</source>
        <comment>s_care.example2</comment>
        <translation>我的貓：鄰居可以餵牠</translation>
    </message>
    <message>
        <source>Supports and resources</source>
        <comment>supports.title</comment>
        <translation>支援和資源</translation>
    </message>
    <message>
        <source>The people and groups who can help you, and the strengths you already have.</source>
        <comment>supports.intro</comment>
        <translation>可以幫助你的人和團體，以及你已經具備的力量。</translation>
    </message>
    <message>
        <source>Who could help you find services and contact them? This can be an organisation, a co-worker, a friend, a client or family.</source>
        <comment>s_helpers.text</comment>
        <translation>誰可以幫你找到服務並聯絡他們？可以是機構、同事、朋友、客人或家人。</translation>
    </message>
    <message>
        <source>Someone who knows the services can save you time and worry.</source>
        <comment>s_helpers.why</comment>
        <translation>熟悉這些服務的人，可以幫你節省時間、減少擔心。</translation>
    </message>
    <message>
        <source>Services can be shelters, programs for people facing violence, legal help or food banks.</source>
        <comment>s_helpers.help</comment>
        <translation>服務可以是庇護所、為面對暴力的人而設的服務計劃、法律協助或食物銀行。</translation>
    </message>
    <message>
        <source>What other support would help you? Who could give it?</source>
        <comment>s_other_support.text</comment>
        <translation>還有什麼支援對你有幫助？誰可以提供？</translation>
    </message>
    <message>
        <source>Support can be practical, like a ride, or someone to talk to. Both count.</source>
        <comment>s_other_support.why</comment>
        <translation>支援可以是實際的幫忙，例如開車送你；也可以是有人陪你聊聊。兩種都算。</translation>
    </message>
    <message>
        <source>A ride to the shelter</source>
        <comment>s_other_support.example1</comment>
        <translation>開車送我去庇護所</translation>
    </message>
    <message>
        <source>Someone to talk to in my language</source>
        <comment>s_other_support.example2</comment>
        <translation>有人能用我的語言陪我聊聊</translation>
    </message>
    <message>
        <source>Help with rent</source>
        <comment>s_other_support.example3</comment>
        <translation>幫忙付租金</translation>
    </message>
    <message>
        <source>What matters most to you right now?</source>
        <comment>s_priorities.text</comment>
        <translation>現在對你來說什麼最重要？</translation>
    </message>
    <message>
        <source>Your priorities decide which steps come first in your plan.</source>
        <comment>s_priorities.why</comment>
        <translation>你最重視的事，決定計劃中哪些步驟先做。</translation>
    </message>
    <message>
        <source>Keeping my job</source>
        <comment>s_priorities.example1</comment>
        <translation>保住我的工作</translation>
    </message>
    <message>
        <source>My child&apos;s school</source>
        <comment>s_priorities.example2</comment>
        <translation>我孩子的學校</translation>
    </message>
    <message>
        <source>Keeping my immigration status</source>
        <comment>s_priorities.example3</comment>
        <translation>保住我的移民身份</translation>
    </message>
    <message>
        <source>How have you kept yourself safe before? What are you doing now that helps?</source>
        <comment>s_strengths.text</comment>
        <translation>你以前是怎樣保護自己安全的？你現在做的哪些事有幫助？</translation>
    </message>
    <message>
        <source>You know your life best. Your skills and experience are part of this plan.</source>
        <comment>s_strengths.why</comment>
        <translation>你最了解自己的生活。你的技能和經驗也是這個計劃的一部分。</translation>
    </message>
    <message>
        <source>I tell a co-worker where I am</source>
        <comment>s_strengths.example1</comment>
        <translation>我會告訴一位同事我在哪裡</translation>
    </message>
    <message>
        <source>I screen new clients</source>
        <comment>s_strengths.example2</comment>
        <translation>我會先篩選新客人</translation>
    </message>
    <message>
        <source>I keep my phone charged and with me</source>
        <comment>s_strengths.example3</comment>
        <translation>我讓手機保持有電，並帶在身上</translation>
    </message>
    <message>
        <source>If you think about going to the police or immigration, would you talk with a lawyer first?</source>
        <comment>s_lawyer_first.text</comment>
        <translation>如果你考慮去找警察或移民部門，你會先和律師談談嗎？</translation>
    </message>
    <message>
        <source>Without legal advice, it may lead to more abuse or to removal from Canada. With legal help, it may help you stay.</source>
        <comment>s_lawyer_first.why</comment>
        <translation>沒有法律意見就這樣做，可能會導致更多虐待，或被遣返離開加拿大。有法律協助，可能會幫你留下來。</translation>
    </message>
    <message>
        <source>You can ask for another address, or online letters if the person cannot get into your email or phone.</source>
        <comment>s_bank_mail.help</comment>
        <translation>如果那個人進不了你的電郵或手機，你可以要求寄到另一個地址，或改用網上信件。</translation>
    </message>
    <message>
        <source>Can you keep the person away from your phone, your accounts and your records?</source>
        <comment>s_phone_security.text</comment>
        <translation>你能讓那個人接觸不到你的手機、你的帳戶和你的記錄嗎？</translation>
    </message>
    <message>
        <source>Someone who can see your phone or accounts may learn about your plans.</source>
        <comment>s_phone_security.why</comment>
        <translation>能看到你手機或帳戶的人，可能會知道你的計劃。</translation>
    </message>
    <message>
        <source>For example: a new passcode, signing out of shared accounts, turning off location sharing.</source>
        <comment>s_phone_security.help</comment>
        <translation>例如：換一個新的解鎖密碼、登出共用的帳戶、關閉位置分享。</translation>
    </message>
    <message>
        <source>A lawyer can explain your choices before you decide. Legal clinics give free legal help.</source>
        <comment>s_lawyer_first.help</comment>
        <translation>在你作決定之前，律師可以向你解釋有哪些選擇。法律診所提供免費的法律協助。</translation>
    </message>
    <message>
        <source>If a partner sponsors your immigration, would you like to learn the rules that protect sponsored spouses facing violence at home?</source>
        <comment>s_sponsorship.text</comment>
        <translation>如果你的伴侶是你的移民擔保人，你想了解保護遭受家庭暴力的被擔保配偶的規定嗎？</translation>
    </message>
    <message>
        <source>There are exceptions that may protect your status. Knowing them helps you decide with less fear.</source>
        <comment>s_sponsorship.why</comment>
        <translation>有些例外規定可能會保護你的移民身份。了解這些，你作決定時就不用那麼害怕。</translation>
    </message>
    <message>
        <source>Sponsor: the person who signed to support your application to live in Canada.</source>
        <comment>s_sponsorship.help</comment>
        <translation>擔保人：簽署文件支持你申請在加拿大生活的人。</translation>
    </message>
    <message>
        <source>If you are already a permanent resident, your sponsor cannot take that status away, even if you leave.</source>
        <comment>s_sponsorship.legal1</comment>
        <translation>如果你已經是永久居民，即使你離開，你的擔保人也不能取消你的身份。</translation>
    </message>
    <message>
        <source>Since 2017, a sponsored spouse no longer has to live with the sponsor for two years to keep permanent residence.</source>
        <comment>s_sponsorship.legal2</comment>
        <translation>從 2017 年起，被擔保的配偶不再需要和擔保人同住兩年才能保留永久居民身份。</translation>
    </message>
    <message>
        <source>If your status in Canada depends on your partner and you face violence, a special temporary permit may help you stay (since 2019).</source>
        <comment>s_sponsorship.legal3</comment>
        <translation>如果你在加拿大的身份取決於你的伴侶，而你遭受暴力，一種特別的臨時許可可能幫你留下來（從 2019 年起）。</translation>
    </message>
    <message>
        <source>A lawyer or legal clinic can tell you what applies to you before you decide.</source>
        <comment>s_sponsorship.legal4</comment>
        <translation>在你做決定之前，律師或法律診所可以告訴你哪些規定適用於你。</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>money.title</comment>
        <translation>金錢</translation>
    </message>
    <message>
        <source>Some money of your own gives you more choices.</source>
        <comment>money.intro</comment>
        <translation>有一些屬於自己的錢，你會有更多選擇。</translation>
    </message>
    <message>
        <source>Could you save and hide some money? How much would you need for travel and a room?</source>
        <comment>s_savings.text</comment>
        <translation>你能不能存一些錢並藏好？交通和租房需要多少錢？</translation>
    </message>
    <message>
        <source>With enough for travel and a room, you do not have to stay in a shelter if you do not want to.</source>
        <comment>s_savings.why</comment>
        <translation>如果有足夠的交通費和房租，你不想住庇護所的話就不必住。</translation>
    </message>
    <message>
        <source>$40 for a taxi</source>
        <comment>s_savings.example1</comment>
        <translation>搭計程車 40 加元</translation>
    </message>
    <message>
        <source>$300 for a room for a week</source>
        <comment>s_savings.example2</comment>
        <translation>租房一星期 300 加元</translation>
    </message>
    <message>
        <source>Where could you keep this money, so that the person cannot find it?</source>
        <comment>s_money_place.text</comment>
        <translation>你可以把這些錢放在哪裡，讓那個人找不到？</translation>
    </message>
    <message>
        <source>Money is only useful if it is still there when you need it.</source>
        <comment>s_money_place.why</comment>
        <translation>錢只有在你需要時還在，才有用。</translation>
    </message>
    <message>
        <source>With a friend I trust</source>
        <comment>s_money_place.example1</comment>
        <translation>放在一位我信任的朋友那裡</translation>
    </message>
    <message>
        <source>In a pocket sewn into my bag</source>
        <comment>s_money_place.example2</comment>
        <translation>放在我袋子裡縫好的暗袋中</translation>
    </message>
    <message>
        <source>Do you have a bank account that only you can use?</source>
        <comment>s_own_account.text</comment>
        <translation>你有沒有只有你自己能用的銀行帳戶？</translation>
    </message>
    <message>
        <source>Money in your own account is harder for others to take or control.</source>
        <comment>s_own_account.why</comment>
        <translation>錢存在你自己的帳戶裡，別人比較難拿走或控制。</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>s_own_account.option.yes</comment>
        <translation>有</translation>
    </message>
    <message>
        <source>No, but I could open one</source>
        <comment>s_own_account.option.could_open</comment>
        <translation>沒有，但我可以開一個</translation>
    </message>
    <message>
        <source>No</source>
        <comment>s_own_account.option.no</comment>
        <translation>沒有</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <comment>s_own_account.option.not_sure</comment>
        <translation>我不確定</translation>
    </message>
    <message>
        <source>Does your bank send letters to an address where the person cannot see them?</source>
        <comment>s_bank_mail.text</comment>
        <translation>你的銀行信件是不是寄到那個人看不到的地址？</translation>
    </message>
    <message>
        <source>A letter from the bank can tell the person that you have an account.</source>
        <comment>s_bank_mail.why</comment>
        <translation>銀行的信件可能會讓那個人知道你有帳戶。</translation>
    </message>
    <message>
        <source>ID, documents and bank information</source>
        <comment>papers.title</comment>
        <translation>身份證件、文件和銀行資料</translation>
    </message>
    <message>
        <source>Your papers, ready to take, and copies kept somewhere safe.</source>
        <comment>papers.intro</comment>
        <translation>你的證件準備好隨時能帶走，副本放在安全的地方。</translation>
    </message>
    <message>
        <source>Which important documents would you take with you? Note where each one is kept.</source>
        <comment>s_documents.text</comment>
        <translation>你會帶走哪些重要文件？請寫下每份文件放在哪裡。</translation>
    </message>
    <message>
        <source>If they are together in one place, you can take them all quickly.</source>
        <comment>s_documents.why</comment>
        <translation>如果它們都放在同一個地方，你就能很快全部帶走。</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>s_documents.example1</comment>
        <translation>護照</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <comment>s_documents.example2</comment>
        <translation>移民文件</translation>
    </message>
    <message>
        <source>Bank card</source>
        <comment>s_documents.example3</comment>
        <translation>銀行卡</translation>
    </message>
    <message>
        <source>Health card</source>
        <comment>s_documents.example4</comment>
        <translation>健康卡</translation>
    </message>
    <message>
        <source>My children&apos;s birth certificates</source>
        <comment>s_documents.example5</comment>
        <translation>我孩子的出生證明</translation>
    </message>
    <message>
        <source>Could an organisation you trust keep a copy of your file or papers for you?</source>
        <comment>s_org_copy.text</comment>
        <translation>有沒有你信任的機構，可以替你保存一份你的檔案或證件副本？</translation>
    </message>
    <message>
        <source>If you leave quickly, a copy waits for you somewhere safe.</source>
        <comment>s_org_copy.why</comment>
        <translation>如果你很快離開，會有一份副本在安全的地方等著你。</translation>
    </message>
    <message>
        <source>Would you like to keep a record each time the person contacts you or causes a problem?</source>
        <comment>s_incident_record.text</comment>
        <translation>每次那個人聯絡你或給你製造麻煩時，你想記錄下來嗎？</translation>
    </message>
    <message>
        <source>A record with dates can help later, for example with a lawyer or an immigration application.</source>
        <comment>s_incident_record.why</comment>
        <translation>有日期的記錄之後可能有用，例如找律師或申請移民時。</translation>
    </message>
    <message>
        <source>Write the date, time and place. Keep it where the person cannot reach it, like SaferPlan&apos;s private record.</source>
        <comment>s_incident_record.help</comment>
        <translation>寫下日期、時間和地點。把它放在那個人拿不到的地方，例如 SaferPlan 的私人記錄。</translation>
    </message>
    <message>
        <source>I already keep a record</source>
        <comment>s_incident_record.option.already</comment>
        <translation>我已經在記錄了</translation>
    </message>
    <message>
        <source>I would like to start</source>
        <comment>s_incident_record.option.start</comment>
        <translation>我想開始記錄</translation>
    </message>
    <message>
        <source>Not right now</source>
        <comment>s_incident_record.option.not_now</comment>
        <translation>現在不想</translation>
    </message>
    <message>
        <source>Where could you keep copies of your records and documents, away from the person?</source>
        <comment>s_copies_place.text</comment>
        <translation>你可以把記錄和文件的副本放在哪裡，讓那個人拿不到？</translation>
    </message>
    <message>
        <source>Copies stay safe even if your phone or papers are taken.</source>
        <comment>s_copies_place.why</comment>
        <translation>即使你的手機或證件被拿走，副本也仍然安全。</translation>
    </message>
    <message>
        <source>With someone I really trust</source>
        <comment>s_copies_place.option.trusted_person</comment>
        <translation>放在我非常信任的人那裡</translation>
    </message>
    <message>
        <source>At an organisation</source>
        <comment>s_copies_place.option.organisation</comment>
        <translation>放在一個機構</translation>
    </message>
    <message>
        <source>In an email account only I know</source>
        <comment>s_copies_place.option.private_email</comment>
        <translation>放在只有我知道的電郵帳戶裡</translation>
    </message>
    <message>
        <source>I do not have a place yet</source>
        <comment>s_copies_place.option.not_yet</comment>
        <translation>我還沒有地方</translation>
    </message>
    <message>
        <source>Do you have an email account that the person does not know about?</source>
        <comment>s_private_email.text</comment>
        <translation>你有沒有一個那個人不知道的電郵帳戶？</translation>
    </message>
    <message>
        <source>You can email scans and notes to yourself and keep them safe there.</source>
        <comment>s_private_email.why</comment>
        <translation>你可以把掃描檔和筆記用電郵寄給自己，安全地保存在那裡。</translation>
    </message>
    <message>
        <source>Sign in only at a community organisation or a public library, not on a shared phone.</source>
        <comment>s_private_email.help</comment>
        <translation>只在社區機構或公共圖書館登入，不要在共用的手機上登入。</translation>
    </message>
</context>
</TS>
