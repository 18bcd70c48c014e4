<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hans" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About SaferPlan</source>
        <translation>关于 SaferPlan</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. You may use, share and change it.</source>
        <translation>这是自由软件，采用 GNU 通用公共许可证（GNU General Public License）第 3 版或更新版本。你可以使用、分享和修改它。</translation>
    </message>
    <message>
        <source>The open plan is kept in this file: {path}</source>
        <translation>当前打开的计划保存在这个文件里：{path}</translation>
    </message>
    <message>
        <source>New plans are kept in this folder: {path}</source>
        <translation>新计划保存在这个文件夹里：{path}</translation>
    </message>
    <message>
        <source>Portable mode is on: settings and plans stay in that folder, and nothing is kept in your home folder.</source>
        <translation>便携模式已开启：设置和计划都保存在那个文件夹里，你的个人文件夹里不会保存任何内容。</translation>
    </message>
    <message>
        <source>Portable mode is off.</source>
        <translation>便携模式已关闭。</translation>
    </message>
    <message>
        <source>Show the licence</source>
        <translation>查看许可证</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>The licence text is not in this copy. It is the GNU General Public License, version 3, at gnu.org/licenses.</source>
        <translation>这份软件里没有许可证全文。它是 GNU 通用公共许可证第 3 版，可在 gnu.org/licenses 查看。</translation>
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
        <translation>不确定</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>没有日期</translation>
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
        <translation>文件名</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>A PDF file, kept safely in your plan. SaferPlan cannot show it.</source>
        <translation>这是一个 PDF 文件，已安全保存在你的计划里。SaferPlan 无法显示它。</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>正在打开图片…</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>无法显示这张图片。</translation>
    </message>
</context>
<context>
    <name>BondSheet</name>
    <message>
        <source>If I am detained: for my bond person</source>
        <translation>如果我被拘留：给我的保释担保人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>The first detention review is within 48 hours, or soon after. Then within 7 days, then at least once every 30 days.</source>
        <translation>第一次拘留审查会在 48 小时内举行，或稍晚一点。之后在 7 天内再审查一次，然后至少每 30 天一次。</translation>
    </message>
    <message>
        <source>If you are not ready for the first review, the next chance may be a week or a month later. Call my lawyer as soon as you hear.</source>
        <translation>如果你来不及参加第一次审查，下一次机会可能要等一周或一个月。一听到消息，请马上打电话给我的律师。</translation>
    </message>
    <message>
        <source>What you may be asked at the hearing</source>
        <translation>听证会上可能会问你的问题</translation>
    </message>
    <message>
        <source>How you know me, where I will live, and how you will make sure I follow the conditions of my release.</source>
        <translation>你怎么认识我，我会住在哪里，以及你会怎样确保我遵守获释条件。</translation>
    </message>
    <message>
        <source>Whether you would tell the CBSA if I broke a condition. You must, or you can lose the money.</source>
        <translation>如果我违反了某项条件，你会不会告诉 CBSA。你必须告诉，否则你可能会失去这笔钱。</translation>
    </message>
    <message>
        <source>Where the money comes from. It must be your own money, not mine.</source>
        <translation>这笔钱从哪里来。必须是你自己的钱，不能是我的钱。</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>要带什么</translation>
    </message>
    <message>
        <source>Photo ID, and proof of your status in Canada: a Canadian passport, citizenship certificate or permanent resident card.</source>
        <translation>带照片的身份证件，以及你在加拿大的身份证明：加拿大护照、公民证书或永久居民卡。</translation>
    </message>
    <message>
        <source>Proof of your own money and income, and of your address: bank statements, pay slips, a lease or a bill.</source>
        <translation>你自己的钱和收入的证明，以及你的地址证明：银行对账单、工资单、租约或账单。</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>打电话给谁</translation>
    </message>
    <message>
        <source>Add my lawyer&apos;s and support worker&apos;s numbers here:</source>
        <translation>请在这里写上我的律师和支援工作者的电话号码：</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Bond person</source>
        <translation>保释担保人</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>移民律师</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>刑事律师</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>家庭法律师</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>法律诊所</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>支援工作者</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>有我的钥匙</translation>
    </message>
    <message>
        <source>Cares for my children</source>
        <translation>照顾我的孩子</translation>
    </message>
    <message>
        <source>Cares for my pets</source>
        <translation>照顾我的宠物</translation>
    </message>
    <message>
        <source>Release address</source>
        <translation>获释后的住址</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>授权代理人</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>安全的去处</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>其他联系人</translation>
    </message>
    <message>
        <source>In an emergency, please contact</source>
        <translation>紧急情况下，请联系</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Medication and medical needs</source>
        <translation>药物和医疗需要</translation>
    </message>
    <message>
        <source>Language / interpreter</source>
        <translation>语言 / 口译员</translation>
    </message>
    <message>
        <source>This line is 5 cm long. If it is not, print again at 100 % (actual size).</source>
        <translation>这条线长 5 厘米。如果不是，请按 100%（实际大小）重新打印。</translation>
    </message>
</context>
<context>
    <name>CardRisk</name>
    <message>
        <source>Before you print a card</source>
        <translation>打印随身卡之前</translation>
    </message>
    <message>
        <source>If you are detained, officers take your things and may read this card. They may call the people on it. You decide what is best. You can also give the card to your bond person to keep, or learn the numbers by heart and carry no card.</source>
        <translation>如果你被拘留，官员会拿走你的东西，也可能会看这张卡。他们可能会打电话给卡上的人。怎样最好，由你决定。你也可以把卡交给你的保释担保人保管，或者把号码背熟，不带卡。</translation>
    </message>
    <message>
        <source>Print the card as it is</source>
        <translation>照原样打印</translation>
    </message>
    <message>
        <source>Make it discreet: names and numbers only</source>
        <translation>改成低调版：只印姓名和号码</translation>
    </message>
    <message>
        <source>Choose fewer people first</source>
        <translation>先少选几个人</translation>
    </message>
    <message>
        <source>Save a sheet for my bond person instead</source>
        <translation>改为保存给我的保释担保人的说明页</translation>
    </message>
    <message>
        <source>Choose fewer people</source>
        <translation>少选几个人</translation>
    </message>
    <message>
        <source>Untick the people you want to leave off the card, then print again.</source>
        <translation>取消勾选你不想印在卡上的人，然后再打印一次。</translation>
    </message>
    <message>
        <source>A sheet for your bond person</source>
        <translation>给你的保释担保人的说明页</translation>
    </message>
    <message>
        <source>It says what to do if you are detained: when, what they may be asked, what to bring, and who to call. It is printed in the language chosen for printing, and in English.</source>
        <translation>上面写着你被拘留时该怎么做：什么时候要去、他们可能会被问什么、要带什么、要打电话给谁。它会用你选的打印语言印出来，并附上英文。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未能打印</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. Use Save as PDF to keep a file.</source>
        <translation>SaferPlan 只能用打印机打印。想保存成文件，请用“另存为 PDF”。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>The sheet for your bond person is saved. Give it to them on paper if you can.</source>
        <translation>给你的保释担保人的说明页已保存。如果可以，请打印在纸上交给他们。</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>What SaferPlan keeps</source>
        <translation>SaferPlan 保存什么</translation>
    </message>
    <message>
        <source>Only what you type: your plans, the people and documents you add, and the numbers you want to learn. Write as little as you need. First names and your own words are fine.</source>
        <translation>只保存你输入的内容：你的计划、你添加的联系人和文件，以及你想背熟的号码。需要多少就写多少。写名字（不写姓）或用你自己的说法都可以。</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>保存在哪里</translation>
    </message>
    <message>
        <source>In one file on this computer, locked with a passphrase you choose. Without the passphrase, or a recovery code if you make one, nobody can read it. Not us either: if you forget both, the plan cannot be opened again.</source>
        <translation>保存在这台电脑上的一个文件里，用你选的密码短语锁住。没有密码短语，或者没有恢复码（如果你做了一个），谁都打不开。我们也打不开：如果两个都忘了，这个计划就再也打不开了。</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>不会发送到任何地方</translation>
    </message>
    <message>
        <source>SaferPlan never uses the internet. Nothing you write leaves this computer unless you print it or save a copy yourself.</source>
        <translation>SaferPlan 从不使用互联网。你写的内容不会离开这台电脑，除非你自己打印或保存一份副本。</translation>
    </message>
    <message>
        <source>You decide</source>
        <translation>由你决定</translation>
    </message>
    <message>
        <source>Every question can be skipped, left for later, or marked as not for you. You can see everything you wrote, take a copy, and delete everything at any time.</source>
        <translation>每个问题都可以跳过、留到以后，或者标记为不适合你。你随时可以查看你写的所有内容、带走一份副本，或者删除全部内容。</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>快速离开</translation>
    </message>
    <message>
        <source>The Hide button at the top is always there. Pressing Esc twice, or Shift three times, does the same. SaferPlan hides your plan at once, saves it, locks it and minimises or closes. To open it again you need your passphrase. After a few minutes without use it locks by itself.</source>
        <translation>顶部的“隐藏”按钮一直都在。连按两次 Esc，或连按三次 Shift，效果一样。SaferPlan 会立刻隐藏你的计划，保存、锁定，然后最小化或关闭。再次打开需要你的密码短语。几分钟不用，它也会自动锁定。</translation>
    </message>
    <message>
        <source>What SaferPlan cannot protect against</source>
        <translation>SaferPlan 无法防范的情况</translation>
    </message>
    <message>
        <source>It cannot keep you safe while the plan is open and someone is watching. It cannot stop spyware, a keylogger, or someone who controls this computer. It cannot hide that SaferPlan or a plan file is here: the file&apos;s size and date can be seen. It cannot help if someone forces you to tell them your passphrase. Deleted files may still be recoverable on some drives and USB sticks. Printouts and saved copies are not protected once they leave SaferPlan: keep them somewhere safe.</source>
        <translation>计划打开时如果有人在看，它无法保护你。它无法阻止间谍软件、键盘记录器，或能控制这台电脑的人。它无法隐藏这里有 SaferPlan 或计划文件：别人能看到文件的大小和日期。如果有人强迫你说出密码短语，它也帮不了你。在某些硬盘和 U 盘上，已删除的文件可能还能被恢复。打印件和保存的副本一旦离开 SaferPlan 就不受保护：请把它们放在安全的地方。</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>选择一个密码短语</translation>
    </message>
    <message>
        <source>Also make a recovery code</source>
        <translation>同时制作一个恢复码</translation>
    </message>
    <message>
        <source>A recovery code opens the plan if you forget your passphrase. It is shown once, for you to write down. Anyone who finds it can open your plan too, so keep it somewhere safe, away from this computer. Without a code, a forgotten passphrase means the plan cannot be opened again.</source>
        <translation>如果你忘了密码短语，可以用恢复码打开计划。恢复码只显示一次，请你抄下来。任何人找到它也能打开你的计划，所以请把它放在安全的地方，不要和这台电脑放在一起。没有恢复码的话，忘了密码短语，计划就再也打不开了。</translation>
    </message>
    <message>
        <source>Locking your new plan. This takes a moment.</source>
        <translation>正在锁定你的新计划，请稍等。</translation>
    </message>
    <message>
        <source>&amp;Create my plan</source>
        <translation>创建我的计划(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>The plan could not be created. Nothing was saved.</source>
        <translation>无法创建计划。没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>DirectoryWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>返回主页(&amp;M)</translation>
    </message>
    <message>
        <source>As listed in {date} — check before relying on it.</source>
        <translation>根据 {date} 的资料——使用前请先核实。</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or another category.</source>
        <translation>没有找到结果。请少输入几个字，或换一个类别。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>所有帮助</translation>
    </message>
    <message>
        <source>Search by name, number or what they offer</source>
        <translation>按名称、号码或服务内容搜索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>来自指南中的名单，{date}——使用前请先核实。</translation>
    </message>
</context>
<context>
    <name>DocumentAdapter</name>
    <message>
        <source>No documents in your list yet.</source>
        <translation>你的清单里还没有文件。</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>是什么</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>放在哪里</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>What it is</source>
        <translation>是什么</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>放在哪里</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>谁有副本</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>没有人</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（还没有名字）</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>Children&apos;s documents</source>
        <translation>孩子的证件</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <translation>移民文件</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>学习许可</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>工作许可</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>出生证明</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Health card</source>
        <translation>健康卡</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>药物清单</translation>
    </message>
    <message>
        <source>Lease or rental papers</source>
        <translation>租约或租房文件</translation>
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
        <translation>返回主页(&amp;M)</translation>
    </message>
    <message>
        <source>Discreet words are fine: “the blue box” works as well as “passport at Lan&apos;s”.</source>
        <translation>用含蓄的说法也可以：“蓝色盒子”和“护照在阿兰那里”一样有用。</translation>
    </message>
    <message>
        <source>No documents in your list yet</source>
        <translation>你的清单里还没有文件</translation>
    </message>
    <message>
        <source>Note where your important papers are kept and who has a copy, so they can be found when you need them.</source>
        <translation>记下你的重要证件放在哪里、谁有副本，这样需要的时候就能找到。</translation>
    </message>
    <message>
        <source>&amp;Add a document</source>
        <translation>添加文件(&amp;A)</translation>
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
        <translation>（还没有名称）</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>这份文件</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Remove {what} from your list?</source>
        <translation>要把{what}从你的清单中移除吗？</translation>
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
        <translation>地点</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>想写多少都可以。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>加上时间</translation>
    </message>
    <message>
        <source>Who was there (optional)</source>
        <translation>当时在场的人（可不填）</translation>
    </message>
    <message>
        <source>People you add under People can be chosen here.</source>
        <translation>你在“联系人”里添加的人，可以在这里选择。</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>当时在场的人</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>照片和文件</translation>
    </message>
    <message>
        <source>Add a photo or screenshot…</source>
        <translation>添加照片或截图…</translation>
    </message>
    <message>
        <source>Add a photo or screenshot</source>
        <translation>添加照片或截图</translation>
    </message>
    <message>
        <source>First written as: {when}. Choosing a date here replaces it.</source>
        <translation>原来写的是：{when}。在这里选择日期，就会替换它。</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（还没有名字）</translation>
    </message>
    <message>
        <source>The file is kept in your plan, and the original was deleted.</source>
        <translation>文件已保存在你的计划里，原文件已删除。</translation>
    </message>
    <message>
        <source>The file is kept in your plan. The original is still there.</source>
        <translation>文件已保存在你的计划里。原文件还在原来的地方。</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Remove this file from the entry? It will no longer be kept in your plan.</source>
        <translation>要把这个文件从这条记录中移除吗？它将不再保存在你的计划里。</translation>
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
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>Something went wrong inside SaferPlan. Your plan is safe in its locked file; you may want to lock and reopen it.</source>
        <translation>SaferPlan 内部出了点问题。你的计划安全地保存在锁定的文件里。你可以先锁定，再重新打开它。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is not enough room on the card. Choose fewer people or leave out the medication line.</source>
        <translation>随身卡上的空间不够。请少选几个人，或者不放药物那一行。</translation>
    </message>
    <message>
        <source>There is not enough room on the card. Choose fewer people.</source>
        <translation>随身卡上的空间不够。请少选几个人。</translation>
    </message>
    <message>
        <source>Some text cannot be printed because no font for {script} is installed. Install a font for {script}, for example the {font} font (on Debian or Ubuntu: the {package} package), then try again.</source>
        <translation>有些文字无法打印，因为电脑上没有安装 {script} 文字的字体。请安装一个 {script} 字体，例如 {font} 字体（在 Debian 或 Ubuntu 上是 {package} 软件包），然后再试一次。</translation>
    </message>
    <message>
        <source>Some of the chosen entries are no longer in the plan. Please choose again.</source>
        <translation>你选的一些记录已经不在计划里了。请重新选择。</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of SaferPlan. Please try again.</source>
        <translation>打印需要用到 SaferPlan 的图形界面。请再试一次。</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is ready, then try again.</source>
        <translation>打印机没能启动。请检查打印机是否准备好，然后再试一次。</translation>
    </message>
    <message>
        <source>A picture could not be put in the PDF, so it was not saved. Please try again.</source>
        <translation>有一张图片没能放进 PDF，所以没有保存。请再试一次。</translation>
    </message>
</context>
<context>
    <name>FileTextView</name>
    <message>
        <source>Opening the file…</source>
        <translation>正在打开文件…</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>无法显示这个文件。</translation>
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
        <translation>U 盘或存储卡：%1</translation>
    </message>
    <message>
        <source>Home folder, on this computer</source>
        <translation>个人文件夹，在这台电脑上</translation>
    </message>
</context>
<context>
    <name>Guest</name>
    <message>
        <source>Finish guest session</source>
        <translation>结束访客模式</translation>
    </message>
    <message>
        <source>Nothing from this session stays on this computer. What would you like to take with you?</source>
        <translation>这次使用的内容都不会留在这台电脑上。你想带走什么？</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Open Print from the home screen first, then finish the session.</source>
        <translation>请先在主页打开“打印或保存副本”，然后再结束访客模式。</translation>
    </message>
    <message>
        <source>Forget everything</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Forget everything from this session? It cannot be brought back.</source>
        <translation>要清除这次使用的所有内容吗？清除后无法恢复。</translation>
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
        <translation>保存到哪里</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick. The file is locked with a passphrase and has a neutral name.</source>
        <translation>选择一个文件夹，比如你自己 U 盘上的文件夹。文件会用密码短语锁住，文件名也是中性的。</translation>
    </message>
    <message>
        <source>Lock the file</source>
        <translation>锁定文件</translation>
    </message>
    <message>
        <source>&amp;Save a locked file to a folder or USB stick</source>
        <translation>把锁定的文件保存到文件夹或 U 盘(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation>打印出来(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Take nothing and forget it all</source>
        <translation>什么都不带走，全部清除(&amp;T)</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the plan again.</source>
        <translation>为这个文件设一个密码短语。以后再打开计划时需要用到它。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>This folder is on this computer</source>
        <translation>这个文件夹在这台电脑上</translation>
    </message>
    <message>
        <source>This folder is on this computer, not on a USB stick. The file will stay here after you leave. It is locked, but other people who use this computer can see that it is there. Save it here anyway?</source>
        <translation>这个文件夹在这台电脑上，不在 U 盘上。你离开后，文件会留在这里。文件是锁定的，但使用这台电脑的其他人能看到它在这里。仍然保存在这里吗？</translation>
    </message>
    <message>
        <source>Save it here</source>
        <translation>保存在这里</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>选择其他位置</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Take the USB stick with you.</source>
        <translation>已保存到 %2，文件名是 %1。请把 U 盘带走。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved as %1 in %2, on this computer. It stays here, locked with your passphrase.</source>
        <translation>已保存到这台电脑上的 %2，文件名是 %1。它会留在这里，用你的密码短语锁住。</translation>
    </message>
    <message>
        <source>Saving a locked copy. This takes a moment.</source>
        <translation>正在保存加密副本，需要一点时间。</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was saved there.</source>
        <translation>无法写入文件。那里没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Safety plan</source>
        <translation>安全计划</translation>
    </message>
    <message>
        <source>Add a &amp;safety plan</source>
        <translation>添加安全计划(&amp;S)</translation>
    </message>
    <message>
        <source>Add a &amp;release plan</source>
        <translation>添加获释计划(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>联系人(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>文件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Numbers to learn by heart</source>
        <translation>要背熟的号码(&amp;N)</translation>
    </message>
    <message>
        <source>Pri&amp;vate record</source>
        <translation>私人记录(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print or save a copy</source>
        <translation>打印或保存副本(&amp;P)</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>获释计划</translation>
    </message>
    <message>
        <source>Or&amp;ganisations that can help</source>
        <translation>可以提供帮助的机构(&amp;G)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>1 number to practise</source>
        <translation>有 1 个号码要练习</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers to practise</source>
        <translation>
            <numerusform>有 %n 个号码要练习</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新计划</translation>
    </message>
    <message>
        <source>Give this plan a name. Choose words that mean something to you, and little to anyone else.</source>
        <translation>给这个计划起个名字。选一个对你有意义、但对别人没什么意义的说法。</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>重命名计划</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名字</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Delete this plan and all its answers? People and documents stay. This cannot be undone.</source>
        <translation>要删除这个计划和里面所有的回答吗？联系人和文件会保留。删除后无法恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
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
        <translation>1 个联系人</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>People you trust and people to call</source>
        <translation>你信任的人和要联系的人</translation>
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
        <translation>你的证件放在哪里</translation>
    </message>
    <message>
        <source>Free and confidential help</source>
        <translation>免费、保密的帮助</translation>
    </message>
    <message>
        <source>Phone numbers you know without your phone</source>
        <translation>不用手机也记得的电话号码</translation>
    </message>
    <message>
        <source>Notes, photos and dates, kept private</source>
        <translation>笔记、照片和日期，私密保存</translation>
    </message>
    <message>
        <source>A copy on paper, or a small card</source>
        <translation>一份纸质副本，或一张小卡片</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Sample plan — nothing is saved.</source>
        <translation>示例计划——不会保存任何内容。</translation>
    </message>
    <message>
        <source>Guest session — nothing is saved on this computer. When you finish, you choose what to take with you.</source>
        <translation>访客模式——不会在这台电脑上保存任何内容。结束时，由你选择带走什么。</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>你的计划</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>&amp;Finish guest session</source>
        <translation>结束访客模式(&amp;F)</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>还没有计划</translation>
    </message>
    <message>
        <source>A safety plan helps if you are at risk of violence. A release plan helps if you could be detained. You can have several.</source>
        <translation>如果你有遭受暴力的风险，安全计划可以帮助你。如果你可能被拘留，获释计划可以帮助你。你可以有好几个计划。</translation>
    </message>
    <message>
        <source>Start a plan</source>
        <translation>开始做计划</translation>
    </message>
    <message>
        <source>Shared by all plans</source>
        <translation>所有计划共用</translation>
    </message>
    <message>
        <source>Before you start: privacy and limits</source>
        <translation>开始之前：隐私和局限</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there? Your plan will lock in {seconds} seconds to keep it safe.</source>
        <translation>还在吗？为了保护你的计划，它会在 {seconds} 秒后锁定。</translation>
    </message>
    <message>
        <source>Still there? Your plan will be hidden in {seconds} seconds to keep it safe.</source>
        <translation>还在吗？为了保护你的计划，它会在 {seconds} 秒后隐藏。</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>继续使用(&amp;K)</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>生成新的恢复码</translation>
    </message>
    <message>
        <source>Remove the recovery code</source>
        <translation>删除恢复码</translation>
    </message>
    <message>
        <source>After the change, only the new passphrase opens this plan file and its backup. A recovery code stops working; you can make a new one afterwards. Copies of the file made before (for example on a USB stick) still open with the old passphrase.</source>
        <translation>更改之后，只有新的密码短语才能打开这个计划文件和它的备份。恢复码会失效；之后你可以再生成一个新的。以前复制的文件（比如在 U 盘上的）仍然可以用旧的密码短语打开。</translation>
    </message>
    <message>
        <source>The new code is shown once, for you to write down. An older code stops working for this file, but still opens copies of the file made before.</source>
        <translation>新的恢复码只显示一次，请把它抄下来。旧的恢复码对这个文件不再有效，但仍然可以打开以前复制的文件。</translation>
    </message>
    <message>
        <source>After this, only your passphrase opens this plan file. If you forget it, the plan cannot be opened again. Copies of the file made before still open with the old code.</source>
        <translation>这样做以后，只有你的密码短语能打开这个计划文件。如果你忘了密码短语，这个计划就再也打不开了。以前复制的文件仍然可以用旧的恢复码打开。</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>你的恢复码</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>你现在的密码短语</translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation>你的新密码短语</translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation>请先输入你的恢复码。</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>请先输入你现在的密码短语。</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so nothing was changed. Please try again.</source>
        <translation>你最近的更改无法保存，所以什么都没有改。请再试一次。</translation>
    </message>
    <message>
        <source>That is not the recovery code. Nothing was changed.</source>
        <translation>这不是恢复码。什么都没有改。</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>这不是现在的密码短语。什么都没有改。</translation>
    </message>
    <message>
        <source>The change could not be made. Nothing was changed.</source>
        <translation>无法完成更改。什么都没有改。</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>密码短语和恢复码</translation>
    </message>
    <message>
        <source>This plan has a recovery code.</source>
        <translation>这个计划有恢复码。</translation>
    </message>
    <message>
        <source>This plan has no recovery code.</source>
        <translation>这个计划没有恢复码。</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase</source>
        <translation>更改密码短语(&amp;P)</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;code</source>
        <translation>生成新的恢复码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove the recovery code</source>
        <translation>删除恢复码(&amp;R)</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase no longer opens this file.</source>
        <translation>密码短语已更改。旧的密码短语不能再打开这个文件。</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase and the recovery code no longer open this file. You can make a new recovery code here.</source>
        <translation>密码短语已更改。旧的密码短语和恢复码都不能再打开这个文件。你可以在这里生成新的恢复码。</translation>
    </message>
    <message>
        <source>The new recovery code works now.</source>
        <translation>新的恢复码现在可以用了。</translation>
    </message>
    <message>
        <source>The recovery code is removed. Only your passphrase opens this file now.</source>
        <translation>恢复码已删除。现在只有你的密码短语能打开这个文件。</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Who can help you learn more</source>
        <translation>谁可以帮你了解更多</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>添加到我的联系人</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>把 {name} 添加到我的联系人</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>来自指南里的列表，{date}——使用前请先核实。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>As of January 2020 — general information, not legal advice; check with a legal clinic.</source>
        <translation>截至 2020 年 1 月——这是一般信息，不是法律意见；请向法律诊所核实。</translation>
    </message>
</context>
<context>
    <name>LegalBox</name>
    <message>
        <source>What to know</source>
        <translation>需要知道的</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portable mode: settings and plans stay in the app&apos;s own folder.</source>
        <translation>便携模式：设置和计划都保存在这个应用自己的文件夹里。</translation>
    </message>
    <message>
        <source>Hides everything at once and locks the plan. Esc twice does the same.</source>
        <translation>立刻隐藏所有内容并锁定计划。连按两次 Esc 效果一样。</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>L&amp;ock</source>
        <translation>锁定(&amp;O)</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>打开计划文件</translation>
    </message>
    <message>
        <source>Choose the plan file, for example on your USB stick.</source>
        <translation>选择计划文件，比如在你的 U 盘上。</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>已打开备份</translation>
    </message>
    <message>
        <source>The backup copy opened. Your changes will be saved to the plan file again.</source>
        <translation>已打开备份副本。你的修改会重新保存到计划文件中。</translation>
    </message>
    <message>
        <source>Your changes are back</source>
        <translation>你的修改已经恢复</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked. They are back now. SaferPlan will try to save them again.</source>
        <translation>计划锁定前，你刚才的修改没能保存。现在这些修改已经恢复了。SaferPlan 会再试着保存。</translation>
    </message>
    <message>
        <source>Changes not kept</source>
        <translation>修改没有保留下来</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked, and they could not be kept. The plan is as it was last saved.</source>
        <translation>计划锁定前，你刚才的修改没能保存，也没能保留下来。计划还是上次保存时的样子。</translation>
    </message>
    <message>
        <source>Saved by a newer version</source>
        <translation>由较新版本保存</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of SaferPlan ({version}). You can read it here, but changes are not saved, so that nothing the newer version added is lost. To change the plan, use the newer version.</source>
        <translation>这个计划是由较新版本的 SaferPlan（{version}）保存的。你可以在这里查看，但更改不会被保存，这样较新版本添加的内容就不会丢失。要修改这个计划，请使用较新的版本。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 It is still here. Please try again in a moment.</source>
        <translation>你刚才的修改没能保存：%1 修改内容还在。请稍后再试一次。</translation>
    </message>
    <message>
        <source>Not saved for next time</source>
        <translation>下次不会保留</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Your settings work now but could not be kept for next time.</source>
        <translation>你的设置现在有效，但下次打开时不会保留。</translation>
    </message>
    <message>
        <source>Your plan was locked.</source>
        <translation>你的计划已锁定。</translation>
    </message>
    <message>
        <source>Your last changes are not saved</source>
        <translation>你刚才的修改还没有保存</translation>
    </message>
    <message>
        <source>SaferPlan could not save your last changes. If you close now, they are lost. You can stay, check the folder or the USB stick, and try again.</source>
        <translation>SaferPlan 没能保存你刚才的修改。如果现在关闭，这些修改会丢失。你可以留在这里，检查文件夹或 U 盘，然后再试一次。</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>仍然关闭</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>留在这里</translation>
    </message>
</context>
<context>
    <name>OlderCopy</name>
    <message>
        <source>This copy of your plan was made before its passphrase was changed on this computer. Someone who knew the old passphrase may have put it back. Your newer plan may be in another file or folder.</source>
        <translation>这份计划副本是在这台电脑上更改密码短语之前做的。知道旧密码短语的人可能把它放回来了。你较新的计划可能在别的文件或文件夹里。</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy. The backup beside it is newer (save %3): you can open it instead.</source>
        <translation>这个计划文件比这台电脑上最后保存的那个旧（这是第 %1 次保存；这里最新的是第 %2 次保存）。可能有人放回了一份旧副本。旁边的备份比较新（第 %3 次保存）：你可以改为打开它。</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy, or it came from a backup. Your newer plan may be in another file or folder.</source>
        <translation>这个计划文件比这台电脑上最后保存的那个旧（这是第 %1 次保存；这里最新的是第 %2 次保存）。可能有人放回了一份旧副本，或者它来自备份。你较新的计划可能在别的文件或文件夹里。</translation>
    </message>
    <message>
        <source>An older copy of your plan</source>
        <translation>你的计划的较旧副本</translation>
    </message>
    <message>
        <source>Use this older copy</source>
        <translation>使用这个旧副本</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>关闭它</translation>
    </message>
    <message>
        <source>Open the newer backup</source>
        <translation>打开较新的备份</translation>
    </message>
    <message>
        <source>The backup did not open</source>
        <translation>备份没有打开</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>两次输入的密码还不一样。</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>要打印什么</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>整个计划</translation>
    </message>
    <message>
        <source>The wallet card</source>
        <translation>随身卡</translation>
    </message>
    <message>
        <source>People on the card</source>
        <translation>卡上的联系人</translation>
    </message>
    <message>
        <source>No people yet. People you add under People can go on the card.</source>
        <translation>还没有联系人。你在“联系人”里添加的人可以放到卡上。</translation>
    </message>
    <message>
        <source>Include the medication line</source>
        <translation>包含药物那一行</translation>
    </message>
    <message>
        <source>Include the language and interpreter line</source>
        <translation>包含语言和口译员那一行</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>低调</translation>
    </message>
    <message>
        <source>Neutral headings, names and numbers only.</source>
        <translation>只有中性的标题、名字和号码。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（信纸）</translation>
    </message>
    <message>
        <source>Language of the headings</source>
        <translation>标题的语言</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>密码（可不填）</translation>
    </message>
    <message>
        <source>Only for saving a file. Anyone who wants to open the PDF will need it. SaferPlan cannot recover it.</source>
        <translation>只在保存为文件时使用。任何人想打开这个 PDF 都需要这个密码。SaferPlan 无法帮你找回它。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>PDF 密码</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>再输入一次同样的密码</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>再次输入 PDF 密码</translation>
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
        <translation>没有角色</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>添加到我的联系人</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>把{name}添加到我的联系人</translation>
    </message>
    <message>
        <source>Added to your people. You can change it there.</source>
        <translation>已添加到你的联系人。你可以在那里修改。</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Spaces alone cannot be a passphrase.</source>
        <translation>只有空格不能作为密码短语。</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>太短了：请至少用 %1 个字符。</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, so it is easy to guess. Please choose another.</source>
        <translation>这是最常见的密码之一，很容易被猜到。请换一个。</translation>
    </message>
    <message>
        <source>This is a keyboard or letter pattern, so it is easy to guess. Please choose another.</source>
        <translation>这是键盘或字母的规律排列，很容易被猜到。请换一个。</translation>
    </message>
    <message>
        <source>Numbers alone, such as a date, are easy to guess. Please add some words.</source>
        <translation>只有数字（比如日期）很容易被猜到。请加上几个词。</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>一般。再加一两个词会安全很多。</translation>
    </message>
    <message>
        <source>Good. One more word makes it stronger still.</source>
        <translation>不错。再加一个词会更安全。</translation>
    </message>
    <message>
        <source>Strong: long, with several words.</source>
        <translation>很安全：够长，有好几个词。</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>隐藏密码短语</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>显示密码短语</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>A few unrelated words you can remember make a strong passphrase, for example four words from different parts of your life. Do not use a name or a date someone could guess.</source>
        <translation>几个你记得住、彼此没有关系的词，就能组成一个安全的密码短语，比如来自你生活中不同方面的四个词。不要用别人能猜到的名字或日期。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>再输入一次密码短语</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>请先设一个密码短语。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>两次输入的密码短语不一样。请重新输入。</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>This session was hidden after a few minutes without use.</source>
        <translation>几分钟没有使用，这次使用已被隐藏。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>返回主页(&amp;M)</translation>
    </message>
    <message>
        <source>First names or nicknames are enough. Add only what your plan needs.</source>
        <translation>写名字或昵称就够了。只添加你的计划需要的内容。</translation>
    </message>
    <message>
        <source>No one in your list yet</source>
        <translation>你的清单里还没有人</translation>
    </message>
    <message>
        <source>Add the people who could help: someone to call, a lawyer, someone who could care for your children.</source>
        <translation>添加可以帮助你的人：可以打电话联系的人、律师、可以帮你照顾孩子的人。</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>添加联系人(&amp;A)</translation>
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
        <translation>（还没有名字）</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>这个人</translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <source>Remove {name} from your plan? They will also be taken out of your answers.</source>
        <translation>要把{name}从你的计划中移除吗？你的回答中也会去掉这个人。</translation>
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
        <translation>你的清单里还没有人。</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>名字或昵称</translation>
    </message>
    <message>
        <source>Phone (if you want)</source>
        <translation>电话（如果你愿意）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>Address (if you want)</source>
        <translation>地址（可以不填）</translation>
    </message>
    <message>
        <source>About the phone number</source>
        <translation>关于这个电话号码</translation>
    </message>
    <message>
        <source>Print this address on my wallet card</source>
        <translation>把这个地址印在我的随身卡上</translation>
    </message>
    <message>
        <source>Officers may read the card. Leave this off unless you need the address on it.</source>
        <translation>官员可能会看这张卡。除非你需要卡上有地址，否则不要勾选。</translation>
    </message>
    <message>
        <source>I want to know this number by heart</source>
        <translation>我想背熟这个号码</translation>
    </message>
    <message>
        <source>What they could do for me</source>
        <translation>他们可以为我做什么</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A phone number can hold only digits, spaces, a dot and the signs + - ( ). For an extension, type x or ext, then its digits.</source>
        <translation>电话号码只能包含数字、空格、一个点和符号 + - ( )。如有分机号，请输入 x 或 ext，再输入分机号码。</translation>
    </message>
    <message>
        <source>Hidden characters that can change how text is shown were removed.</source>
        <translation>已删除会改变文字显示方式的隐藏字符。</translation>
    </message>
</context>
<context>
    <name>PlanChoiceScreen</name>
    <message>
        <source>What do you want to plan for?</source>
        <translation>你想为什么做计划？</translation>
    </message>
    <message>
        <source>Choose one to begin. You can add the other one later, and skip any question.</source>
        <translation>先选一个开始。以后可以再添加另一个，任何问题都可以跳过。</translation>
    </message>
    <message>
        <source>&amp;Safety plan</source>
        <translation>安全计划(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Release plan</source>
        <translation>获释计划(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>以后再决定(&amp;D)</translation>
    </message>
    <message>
        <source>If you are at risk of violence: people to call, safe places, how to leave.</source>
        <translation>如果你有遭受暴力的风险：可以联系的人、安全的地方、怎样离开。</translation>
    </message>
    <message>
        <source>If you could be detained: who to call, your papers, getting out.</source>
        <translation>如果你可能被拘留：联系谁、你的证件、怎样获释。</translation>
    </message>
    <message>
        <source>Your answers stay locked on this computer. Nothing is sent anywhere.</source>
        <translation>你的回答锁好保存在这台电脑上，不会发送到任何地方。</translation>
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
        <translation>不确定</translation>
    </message>
    <message>
        <source>No one added yet.</source>
        <translation>还没有添加任何人。</translation>
    </message>
    <message>
        <source>Everyone else in my plan, by role</source>
        <translation>我计划里的其他人，按身份分类</translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>还没有添加任何内容。</translation>
    </message>
    <message>
        <source>A copy is with {name}.</source>
        <translation>{name} 那里有一份副本。</translation>
    </message>
    <message>
        <source>{title}: nothing answered yet.</source>
        <translation>{title}：还没有回答任何问题。</translation>
    </message>
    <message>
        <source>Still to think about</source>
        <translation>还要想一想的事</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>我的计划</translation>
    </message>
    <message>
        <source>Bond persons</source>
        <translation>保释担保人</translation>
    </message>
    <message>
        <source>Numbers to know by heart</source>
        <translation>要背熟的号码</translation>
    </message>
    <message>
        <source>Where my documents are</source>
        <translation>我的文件在哪里</translation>
    </message>
    <message>
        <source>Lawyers and legal help</source>
        <translation>律师和法律帮助</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页，共 {count} 页</translation>
    </message>
</context>
<context>
    <name>PlanWalkWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>返回主页(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>暂时跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Doesn&apos;t apply</source>
        <translation>不适用(&amp;D)</translation>
    </message>
    <message>
        <source>Talk about it &amp;later</source>
        <translation>以后再谈(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish for now</source>
        <translation>先到这里(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>下一部分(&amp;N)</translation>
    </message>
    <message>
        <source>Skipped for now. You can come back to it any time.</source>
        <translation>已暂时跳过。你随时可以回来回答。</translation>
    </message>
    <message>
        <source>Noted: that one does not apply to you.</source>
        <translation>已记下：这个问题不适用于你。</translation>
    </message>
    <message>
        <source>Kept for later. You will find it under &quot;To talk about later&quot;.</source>
        <translation>已留到以后。你可以在“以后再谈”里找到它。</translation>
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
        <translation>还没有要背的号码</translation>
    </message>
    <message>
        <source>Your phone may be taken away from you. Knowing a few numbers by heart helps.

To choose a number to learn, go to People, open someone who has a phone number, and tick “I want to know this number by heart”.</source>
        <translation>你的手机可能会被拿走。背熟几个号码会有帮助。

要选择背哪个号码，请到“联系人”，打开一个有电话号码的人，勾选“我想背熟这个号码”。</translation>
    </message>
    <message>
        <source>Known by heart</source>
        <translation>已背熟</translation>
    </message>
    <message>
        <source>Hide roles</source>
        <translation>不显示身份说明</translation>
    </message>
    <message>
        <source>Type the number from memory. Spaces and dashes do not matter.</source>
        <translation>凭记忆输入号码。空格和横线都没关系。</translation>
    </message>
    <message>
        <source>The number, from memory</source>
        <translation>凭记忆输入的号码</translation>
    </message>
    <message>
        <source>Type the number</source>
        <translation>输入号码</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>显示提示</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>✓ right   ≠ different digit   ? missing digit   + extra digit</source>
        <translation>✓ 正确   ≠ 数字不同   ? 少了数字   + 多了数字</translation>
    </message>
    <message>
        <source>A new number to learn. Read it a few times and say it quietly to yourself. When you are ready, it will be hidden and you can type it from memory.</source>
        <translation>一个要背的新号码。读几遍，小声对自己说一说。准备好后，号码会被隐藏，你可以凭记忆输入。</translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation>今天的练习都完成了</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>返回主页(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>暂时跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一题(&amp;N)</translation>
    </message>
    <message>
        <source>I am &amp;ready, hide it</source>
        <translation>我准备好了，隐藏号码(&amp;R)</translation>
    </message>
    <message>
        <source>Practise &amp;all numbers again</source>
        <translation>再练习一遍所有号码(&amp;A)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（没有名字）</translation>
    </message>
    <message>
        <source>Practised today: {done} of {total}</source>
        <translation>今天已练习：{done} / {total}</translation>
    </message>
    <message numerus="yes">
        <source>Numbers practised today: %n</source>
        <translation>
            <numerusform>今天练习过的号码：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Each time you practise, they get easier to remember.</source>
        <translation>每练习一次，就更容易记住。</translation>
    </message>
    <message numerus="yes">
        <source>Numbers you know by heart: %n</source>
        <translation>
            <numerusform>已背熟的号码：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days until the next practice: %n</source>
        <translation>
            <numerusform>距离下次练习还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>You can practise again today.</source>
        <translation>你今天可以再练习。</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>提示：{hint}</translation>
    </message>
    <message>
        <source>Right, with a hint. It will come back once more without one.</source>
        <translation>对了，用了提示。它会再出现一次，那次没有提示。</translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation>对了。</translation>
    </message>
    <message>
        <source>Not quite. Here is the number. It will come back later.</source>
        <translation>还差一点。这是正确的号码。它稍后会再出现。</translation>
    </message>
    <message>
        <source>The number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <source>To call this number from Canada, you also need its country code, +{code}.</source>
        <translation>从加拿大拨打这个号码，还需要加上国家代码 +{code}。</translation>
    </message>
    <message numerus="yes">
        <source>Different digits: %n</source>
        <translation>
            <numerusform>数字不对：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing digits: %n</source>
        <translation>
            <numerusform>少了的数字：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra digits: %n</source>
        <translation>
            <numerusform>多了的数字：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>The preview could not be made. Please try other choices, or try again later.</source>
        <translation>无法生成预览。请试试其他选项，或稍后再试。</translation>
    </message>
    <message>
        <source>Preview, page %1 of %2</source>
        <translation>预览：第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>Preview: one sheet of cards. Cut along the lines, fold in the middle.</source>
        <translation>预览：一整张卡片。沿着线剪开，从中间对折。</translation>
    </message>
    <message>
        <source>Preview: 1 page</source>
        <translation>预览：1 页</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>预览：%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>打开这个 PDF 时，会要求输入这个密码。</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>SaferPlan 不会给 PDF 文件加锁。除非你加上密码，否则任何人打开这台电脑或这个 U 盘，都能看到它。</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Print or save a copy</source>
        <translation>打印或保存副本</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>返回主页(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Printing: the computer may keep a copy in its print queue for a while.</source>
        <translation>打印时：电脑可能会在打印队列里暂时留下一份副本。</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Name of the PDF file. A name that says little about what is inside is safer.</source>
        <translation>PDF 文件的名字。越看不出里面内容的名字，越安全。</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>PDF 保存到哪里</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick.</source>
        <translation>选择一个文件夹，比如你自己 U 盘上的文件夹。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>要替换文件吗？</translation>
    </message>
    <message>
        <source>There is already a file called %1 in this folder. Replace it?</source>
        <translation>这个文件夹里已经有一个叫 %1 的文件。要替换它吗？</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>打印之前</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Discreet mode prints less. Print now?</source>
        <translation>打印机和打印队列可能会在这台电脑上暂时留下你打印内容的副本。“低调”模式打印的内容较少。现在打印吗？</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未能打印</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. To keep a copy as a file, use Save as PDF: it can protect the file with a password.</source>
        <translation>SaferPlan 只能用打印机打印。想把副本存成文件，请用“另存为 PDF”：它可以用密码保护这个文件。</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
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
        <translation>第 {number} 个问题，共 {count} 个 · {section}</translation>
    </message>
    <message>
        <source>You skipped this for now.</source>
        <translation>你暂时跳过了这个问题。</translation>
    </message>
    <message>
        <source>You said this does not apply.</source>
        <translation>你说过这个问题不适用。</translation>
    </message>
    <message>
        <source>You wanted to talk about this later.</source>
        <translation>你想以后再谈这个问题。</translation>
    </message>
</context>
<context>
    <name>RecordPdf</name>
    <message>
        <source>My record</source>
        <translation>我的记录</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>在场的人</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>{name} (a file kept in the plan, not shown here)</source>
        <translation>{name}（保存在计划里的文件，这里不显示）</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>图片：{name}</translation>
    </message>
    <message>
        <source>No date given</source>
        <translation>没有写日期</translation>
    </message>
    <message>
        <source>{name} (a picture that could not be shown)</source>
        <translation>{name}（无法显示的图片）</translation>
    </message>
</context>
<context>
    <name>RecordPdfDialog</name>
    <message>
        <source>Make a PDF for a lawyer or advocate</source>
        <translation>为律师或支援人员制作 PDF</translation>
    </message>
    <message>
        <source>Choose the entries to put in the PDF. You decide what to share.</source>
        <translation>选择要放进 PDF 的记录。分享什么，由你决定。</translation>
    </message>
    <message>
        <source>Entries in the PDF</source>
        <translation>PDF 里的记录</translation>
    </message>
    <message>
        <source>Neutral title: {title}</source>
        <translation>中性标题：{title}</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>密码（可不填）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>再输入一次同样的密码</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>两次输入的密码还不一样。</translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>打开这个 PDF 时，会要求输入这个密码。</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>SaferPlan 不会给 PDF 文件加锁。除非你加上密码，否则任何人打开这台电脑或这个 U 盘，都能看到它。</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>已保存为 {path}</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>SaferPlan can keep photos and screenshots (PNG, JPEG, GIF or WebP), PDF files and plain text files.</source>
        <translation>SaferPlan 可以保存照片和截图（PNG、JPEG、GIF 或 WebP）、PDF 文件和纯文本文件。</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>This file could not be read. Please check that it is still there, then try again.</source>
        <translation>无法读取这个文件。请确认它还在，然后再试一次。</translation>
    </message>
    <message>
        <source>The original file</source>
        <translation>原文件</translation>
    </message>
    <message>
        <source>The file is now kept inside your locked plan. SaferPlan can delete the original file. On SSDs, USB sticks and phones, a deleted file can sometimes still be recovered, and copies may exist elsewhere (for example in a photo app or a cloud backup).</source>
        <translation>这个文件现在已保存在你锁住的计划里。SaferPlan 可以删除原文件。在固态硬盘（SSD）、U 盘和手机上，已删除的文件有时仍然可以被恢复，而且别的地方也可能还有副本（比如相册应用或云备份）。</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation>删除原文件</translation>
    </message>
    <message>
        <source>Keep the original</source>
        <translation>保留原文件</translation>
    </message>
    <message>
        <source>The original file could not be deleted. You can delete it yourself if you want to.</source>
        <translation>无法删除原文件。如果你想，可以自己删除它。</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>RecordWidget</name>
    <message>
        <source>Private record</source>
        <translation>私人记录</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. This stays inside your locked plan.</source>
        <translation>想写多少都可以。这些内容只保存在你锁住的计划里。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>搜索私人记录</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>记录（最新的在前）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>返回主页(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>添加一条记录(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Make a &amp;PDF for a lawyer or advocate…</source>
        <translation>为律师或支援人员制作 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>还没有写任何内容</translation>
    </message>
    <message>
        <source>A dated note of what happened, in your own words, can help a lawyer or advocate later. Add one when you want to.</source>
        <translation>用你自己的话写下发生了什么，并注明日期，以后可能会对律师或支援人员有帮助。想写的时候再添加。</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>没有日期</translation>
    </message>
    <message>
        <source>{when} · {where}</source>
        <translation>{when} · {where}</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>没有找到。</translation>
    </message>
    <message>
        <source>Remove this entry and the files kept with it?</source>
        <translation>要移除这条记录和一起保存的文件吗？</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>要移除这条记录吗？</translation>
    </message>
    <message>
        <source>Remove an entry</source>
        <translation>移除记录</translation>
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
        <translation>恢复码</translation>
    </message>
    <message>
        <source>This code opens the plan if the passphrase is forgotten. Anyone who has it can open the plan. Keep it somewhere safe, away from the computer.</source>
        <translation>忘记密码短语时，可以用这个码打开计划。任何人拿到它都能打开计划。请把它放在安全的地方，不要放在电脑旁边。</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>打印之前</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Print the code now?</source>
        <translation>打印机和打印队列可能会在这台电脑上暂时留下你打印内容的副本。现在打印这个码吗？</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未能打印</translation>
    </message>
    <message>
        <source>The code is printed only on a printer, never into a file. Please write it down instead.</source>
        <translation>这个码只能用打印机打印，不会存成文件。请改为把它抄写下来。</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation>你的恢复码</translation>
    </message>
    <message>
        <source>Write the six groups on paper, in order, and keep it somewhere safe, apart from your computer. It is shown only this once. With it, you or anyone who has it can open your plan.</source>
        <translation>把这六组字符按顺序写在纸上，放在安全的地方，不要和电脑放在一起。它只显示这一次。你或任何拿到它的人都可以用它打开你的计划。</translation>
    </message>
    <message>
        <source>The code has no 0, O, 1 or I, so nothing can be mistaken for something else.</source>
        <translation>恢复码里没有 0、O、1 或 I，这样就不会看错。</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>打印出来</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>我已经抄下来了</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Bond person</source>
        <translation>保释担保人</translation>
    </message>
    <message>
        <source>Could pay or promise money of their own so I can be released.</source>
        <translation>可以用自己的钱支付或承诺支付，让我获释。</translation>
    </message>
    <message>
        <source>Would speak for me at a hearing</source>
        <translation>可以在听证会上为我说话</translation>
    </message>
    <message>
        <source>Could come to a detention review and say who I am.</source>
        <translation>可以来参加拘留审查听证会，说明我是谁。</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>移民律师</translation>
    </message>
    <message>
        <source>Helps with status, detention and removal.</source>
        <translation>处理移民身份、拘留和遣返问题。</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>刑事律师</translation>
    </message>
    <message>
        <source>Helps if I am charged with a crime.</source>
        <translation>如果我被控犯罪，可以帮我。</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>家庭法律师</translation>
    </message>
    <message>
        <source>Helps with children, custody or separation.</source>
        <translation>处理孩子、抚养权或分居问题。</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>法律诊所</translation>
    </message>
    <message>
        <source>Free legal information and help.</source>
        <translation>免费的法律信息和帮助。</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>支援工作者</translation>
    </message>
    <message>
        <source>Someone from a service I trust, who can contact others.</source>
        <translation>我信任的服务机构里的人，可以帮我联系其他人。</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>有我的钥匙</translation>
    </message>
    <message>
        <source>Could fetch clothes, money, documents or medication.</source>
        <translation>可以帮我拿衣服、钱、文件或药。</translation>
    </message>
    <message>
        <source>Would care for my children</source>
        <translation>可以照顾我的孩子</translation>
    </message>
    <message>
        <source>Could look after my children if I cannot.</source>
        <translation>如果我不能照顾孩子，可以帮我照顾。</translation>
    </message>
    <message>
        <source>Would care for my pets</source>
        <translation>可以照顾我的宠物</translation>
    </message>
    <message>
        <source>Could feed and look after my animals.</source>
        <translation>可以喂养和照顾我的动物。</translation>
    </message>
    <message>
        <source>I could stay with them if released</source>
        <translation>获释后我可以住在他们那里</translation>
    </message>
    <message>
        <source>An address I can give when I am released.</source>
        <translation>我获释时可以提供的住址。</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>授权代理人</translation>
    </message>
    <message>
        <source>Allowed to act for me on money or papers.</source>
        <translation>可以代表我处理钱或文件上的事。</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Someone to call first if something happens.</source>
        <translation>出事时第一个要联系的人。</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>安全的去处</translation>
    </message>
    <message>
        <source>Somewhere I could go to be safe.</source>
        <translation>我可以去、让我安全的地方。</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>已保存 ✓</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>只在这次使用中保留</translation>
    </message>
    <message>
        <source>Not saved: %1 Your change is still here. Please try again in a moment.</source>
        <translation>未保存：%1 你的修改还在这里。请稍后再试一次。</translation>
    </message>
</context>
<context>
    <name>SectionSummary</name>
    <message>
        <source>Here is what you have so far. You can change anything, now or later.</source>
        <translation>这是你目前写的内容。你可以修改任何内容，现在改或以后改都行。</translation>
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
        <translation>还没有回答</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>Skipped for now</source>
        <translation>暂时跳过</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>以后再谈</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>闲置多少分钟后锁定</translation>
    </message>
    <message>
        <source>When you press Hide</source>
        <translation>按“隐藏”时</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>窗口标题</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>When nobody uses SaferPlan for this long, it saves and locks the plan.</source>
        <translation>如果这么长时间没人使用 SaferPlan，它会保存并锁定计划。</translation>
    </message>
    <message>
        <source>Save, lock and minimise the window</source>
        <translation>保存、锁定并最小化窗口</translation>
    </message>
    <message>
        <source>Save, lock and close SaferPlan</source>
        <translation>保存、锁定并关闭 SaferPlan</translation>
    </message>
    <message>
        <source>Shift three times also hides</source>
        <translation>按三次 Shift 也会隐藏</translation>
    </message>
    <message>
        <source>Turn this off if your screen reader uses Shift. Esc twice and Hide still work.</source>
        <translation>如果你的读屏软件要用 Shift 键，请关闭这个选项。按两次 Esc 和“隐藏”按钮仍然有效。</translation>
    </message>
    <message>
        <source>The window shows this name. Choose something that draws no attention.</source>
        <translation>窗口上会显示这个名字。请选一个不引人注意的名字。</translation>
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
        <translation>计划 %1</translation>
    </message>
    <message>
        <source>Plan %1 · last changed %2</source>
        <translation>计划 %1 · 上次修改 %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Make a plan for staying safe, kept locked on this computer. Nothing is ever sent over the internet.</source>
        <translation>制定一个保护自己安全的计划，锁好保存在这台电脑上。任何内容都不会通过互联网发送。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language: %1</source>
        <translation>语言(&amp;L)：%1</translation>
    </message>
    <message>
        <source>Start a &amp;new plan</source>
        <translation>开始新计划(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Guest session</source>
        <translation>访客模式(&amp;G)</translation>
    </message>
    <message>
        <source>Look at a &amp;sample plan</source>
        <translation>看看示例计划(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>Your plan on this computer</source>
        <translation>你在这台电脑上的计划</translation>
    </message>
    <message>
        <source>Plans on this computer</source>
        <translation>这台电脑上的计划</translation>
    </message>
    <message>
        <source>&amp;Open my plan</source>
        <translation>打开我的计划(&amp;O)</translation>
    </message>
    <message>
        <source>Open a file from another folder</source>
        <translation>从其他文件夹打开文件</translation>
    </message>
    <message>
        <source>Kept on this computer, locked with a passphrase you choose.</source>
        <translation>保存在这台电脑上，用你选的密码短语锁住。</translation>
    </message>
    <message>
        <source>Nothing is saved on this computer. At the end you choose what to take with you: a locked file on your own USB stick, a printout, or nothing.</source>
        <translation>不会在这台电脑上保存任何内容。结束时由你选择带走什么：存在你自己 U 盘上的加密文件、一份打印件，或者什么都不带。</translation>
    </message>
    <message>
        <source>A made-up plan to look around. Nothing is saved.</source>
        <translation>一个虚构的计划，可以随便看看。不会保存任何内容。</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>What SaferPlan keeps, where, and what it cannot protect against.</source>
        <translation>SaferPlan 保存什么、保存在哪里，以及它无法防范什么。</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The plan file could not be used.</source>
        <translation>无法使用这个计划文件。</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is damaged.</source>
        <translation>密码短语不对，或者文件已损坏。</translation>
    </message>
    <message>
        <source>Wrong recovery code, or the file is damaged.</source>
        <translation>恢复码不对，或者文件已损坏。</translation>
    </message>
    <message>
        <source>This plan file has no recovery code.</source>
        <translation>这个计划文件没有恢复码。</translation>
    </message>
    <message>
        <source>This is not a plan file, or it was made by a newer version of the app.</source>
        <translation>这不是计划文件，或者它是由较新版本的应用生成的。</translation>
    </message>
    <message>
        <source>This file is not a plan file.</source>
        <translation>这个文件不是计划文件。</translation>
    </message>
    <message>
        <source>This plan file uses a method this version does not know.</source>
        <translation>这个计划文件使用了这个版本不认识的方法。</translation>
    </message>
    <message>
        <source>This plan file was made by a newer version of the app. Update the app to open it.</source>
        <translation>这个计划文件是由较新版本的应用生成的。请更新应用后再打开。</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of the app. It cannot be changed here. Nothing was changed.</source>
        <translation>这个计划是由较新版本的应用保存的，不能在这里修改。什么都没有改。</translation>
    </message>
    <message>
        <source>This file asks for more memory or time than is safe on this computer, so it was not opened. It may be damaged.</source>
        <translation>打开这个文件需要的内存或时间超出了这台电脑的安全范围，所以没有打开。文件可能已损坏。</translation>
    </message>
    <message>
        <source>The plan inside this file could not be read. It may come from a newer version of the app.</source>
        <translation>无法读取这个文件里的计划。它可能来自较新版本的应用。</translation>
    </message>
    <message>
        <source>This is a link or a special file, not a plan file.</source>
        <translation>这是一个链接或特殊文件，不是计划文件。</translation>
    </message>
    <message>
        <source>This file is too large to be a plan file.</source>
        <translation>这个文件太大，不可能是计划文件。</translation>
    </message>
    <message>
        <source>The plan file was changed by another program since it was opened. Nothing was saved.</source>
        <translation>打开这个计划文件后，它被另一个程序改动过。什么都没有保存。</translation>
    </message>
    <message>
        <source>This plan is open in another window. Close it there first.</source>
        <translation>这个计划已在另一个窗口中打开。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>This plan&apos;s lock file is a link or a special file, so the plan was not used. Nothing was changed.</source>
        <translation>这个计划的锁定文件是一个链接或特殊文件，所以没有使用这个计划。什么都没有改。</translation>
    </message>
    <message>
        <source>The file could not be saved. The previous version is unchanged.</source>
        <translation>无法保存文件。之前的版本没有改变。</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. The previous version is unchanged.</source>
        <translation>磁盘已满，所以文件没有保存。之前的版本没有改变。</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. The previous version is unchanged.</source>
        <translation>没有权限在这个文件夹里写入。之前的版本没有改变。</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was written.</source>
        <translation>无法写入文件。什么都没有写入。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written.</source>
        <translation>磁盘已满。什么都没有写入。</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. Nothing was written.</source>
        <translation>没有权限在这个文件夹里写入。什么都没有写入。</translation>
    </message>
    <message>
        <source>The plan is too large to save. The previous version is unchanged.</source>
        <translation>计划太大，无法保存。之前的版本没有改变。</translation>
    </message>
    <message>
        <source>The file failed its check before saving, so it was not saved. The previous version is unchanged.</source>
        <translation>文件在保存前没有通过检查，所以没有保存。之前的版本没有改变。</translation>
    </message>
    <message>
        <source>The change did not finish. The plan file still opens as before; its backup already has the change.</source>
        <translation>更改没有完成。计划文件仍然可以像以前一样打开；它的备份已经包含了这次更改。</translation>
    </message>
    <message>
        <source>The passphrase or recovery code was changed meanwhile. Nothing was changed.</source>
        <translation>密码短语或恢复码在此期间被更改了。什么都没有改。</translation>
    </message>
    <message>
        <source>The backup beside this older copy is newer. Changing the keys now would replace it, so nothing was changed. Open the newer backup first.</source>
        <translation>这个较旧副本旁边的备份比较新。现在更改密码短语或恢复码会把这个备份替换掉，所以什么都没有改。请先打开较新的备份。</translation>
    </message>
    <message>
        <source>The plan is locked. Open it again to continue.</source>
        <translation>计划已锁定。请重新打开它以继续。</translation>
    </message>
    <message>
        <source>A file with this name already exists. Nothing was changed.</source>
        <translation>已经有一个同名的文件。什么都没有改。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open your plan</source>
        <translation>打开你的计划</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Open the backup copy instead</source>
        <translation>改为打开备份副本</translation>
    </message>
    <message>
        <source>Opening your plan. This takes a moment.</source>
        <translation>正在打开你的计划，请稍等。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase</source>
        <translation>使用我的密码短语(&amp;P)</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
        <translation>使用恢复码(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stop opening</source>
        <translation>停止打开(&amp;S)</translation>
    </message>
    <message>
        <source>Still opening your plan: %1 seconds so far. Some files take longer. You can stop at any time.</source>
        <translation>仍在打开你的计划：已经 %1 秒。有些文件需要更长时间。你随时可以停止。</translation>
    </message>
    <message>
        <source>Stopped. The plan was not opened.</source>
        <translation>已停止。计划没有打开。</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>请先输入你的密码短语。</translation>
    </message>
    <message>
        <source>That recovery code did not open it — check it and try again.</source>
        <translation>这个恢复码打不开它——请检查一下再试。</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again. If you are sure it is right, the file may be damaged: the backup copy, kept from the save before, may open.</source>
        <translation>这个密码短语打不开它——请再试一次。如果你确定密码短语是对的，文件可能已损坏：上一次保存时留下的备份也许能打开。</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again.</source>
        <translation>这个密码短语打不开它——请再试一次。</translation>
    </message>
    <message>
        <source>This plan is already open in another window. Close it there first, then try again.</source>
        <translation>这个计划已经在另一个窗口中打开。请先在那里关闭，再试一次。</translation>
    </message>
    <message>
        <source>This file looks damaged, so it did not open. The backup copy, kept from the save before, may open.</source>
        <translation>这个文件看起来已损坏，所以没有打开。上一次保存时留下的备份也许能打开。</translation>
    </message>
    <message>
        <source>The plan could not be opened. Nothing was changed.</source>
        <translation>无法打开计划。没有做任何更改。</translation>
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
        <translation>以后再谈</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} done ({answered} answered, {not_applicable} do not apply)</source>
        <translation>{title}
已完成 {done} / {total}（已回答 {answered} 个，不适用 {not_applicable} 个）</translation>
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
        <translation>根据 2020 年 1 月指南中的资料——使用前请先核实。</translation>
    </message>
    <message>
        <source>Sex worker support</source>
        <comment>category.sex_work</comment>
        <translation>性工作者支援</translation>
    </message>
    <message>
        <source>Crisis and emergency lines</source>
        <comment>category.crisis</comment>
        <translation>危机和紧急热线</translation>
    </message>
    <message>
        <source>Violence: support and shelters</source>
        <comment>category.violence</comment>
        <translation>暴力：支持和庇护所</translation>
    </message>
    <message>
        <source>Health and social services</source>
        <comment>category.health</comment>
        <translation>健康和社会服务</translation>
    </message>
    <message>
        <source>Legal help</source>
        <comment>category.legal</comment>
        <translation>法律帮助</translation>
    </message>
    <message>
        <source>Community legal clinics</source>
        <comment>category.legal_clinic</comment>
        <translation>社区法律诊所</translation>
    </message>
    <message>
        <source>Work and labour rights</source>
        <comment>category.labour</comment>
        <translation>工作和劳工权益</translation>
    </message>
    <message>
        <source>Immigration, migrant and refugee support</source>
        <comment>category.immigration</comment>
        <translation>移民和难民支援</translation>
    </message>
    <message>
        <source>Other community services</source>
        <comment>category.community</comment>
        <translation>其他社区服务</translation>
    </message>
    <message>
        <source>Started by sex workers, social workers, and legal and health workers. 24/7 hotline, outreach, health and legal information, and urgent help if a migrant sex worker is arrested or detained. In Ontario and other cities.</source>
        <comment>butterfly.offers</comment>
        <translation>由性工作者、社工以及法律和医疗工作者创办。提供 24 小时热线、外展服务、健康和法律信息；如果有移民性工作者被逮捕或拘留，提供紧急帮助。服务安大略省和其他城市。</translation>
    </message>
    <message>
        <source>24/7 phone line for any woman facing abuse in Ontario: someone to talk to, information and referrals. About 200 languages.</source>
        <comment>assaulted-womens-helpline.offers</comment>
        <translation>为安大略省任何遭受虐待的女性提供 24 小时电话热线：有人倾听，提供信息和转介。约 200 种语言。</translation>
    </message>
    <message>
        <source>A list of distress and crisis lines across Ontario, for emotional support, including when thinking about suicide.</source>
        <comment>distress-centres-ontario.offers</comment>
        <translation>安大略省各地心理困扰和危机热线的列表，提供情绪支持，包括有自杀念头的时候。</translation>
    </message>
    <message>
        <source>Lawyers, counselling and interpreters in many languages for women who have faced violence, in Ontario.</source>
        <comment>barbra-schlifer-clinic.offers</comment>
        <translation>在安大略省，为经历过暴力的女性提供律师、心理辅导和多种语言的口译员。</translation>
    </message>
    <message>
        <source>Money for urgent costs after a crime in Ontario, such as counselling or a funeral. After sexual or family violence or trafficking you can report to a community organisation instead of the police; for other crimes a police report is needed.</source>
        <comment>victim-quick-response.offers</comment>
        <translation>在安大略省遭遇犯罪后，为紧急开支提供资金，例如心理辅导或葬礼费用。如果遭遇的是性暴力、家庭暴力或人口贩运，你可以向社区机构报告，不必报警；其他犯罪则需要警方报告。</translation>
    </message>
    <message>
        <source>Ambulance and police. The police may come when you call.</source>
        <comment>emergency-911.offers</comment>
        <translation>救护车和警察。你打电话时，警察可能会来。</translation>
    </message>
    <message>
        <source>A website to find a shelter for women, and their children, who want to get away from violence or abuse.</source>
        <comment>sheltersafe.offers</comment>
        <translation>帮助想远离暴力或虐待的女性（及其孩子）寻找庇护所的网站。</translation>
    </message>
    <message>
        <source>Finds a shelter bed in Toronto or tells you where there is space.</source>
        <comment>toronto-shelter-intake.offers</comment>
        <translation>帮你在多伦多找庇护所床位，或告诉你哪里有空位。</translation>
    </message>
    <message>
        <source>Phone line open 24 hours and a website to find any kind of community or social service in Ontario.</source>
        <comment>211-ontario.offers</comment>
        <translation>24 小时电话热线和网站，帮你在安大略省找到各种社区服务或社会服务。</translation>
    </message>
    <message>
        <source>Free health advice from a registered nurse.</source>
        <comment>telehealth-ontario.offers</comment>
        <translation>注册护士提供的免费健康咨询。</translation>
    </message>
    <message>
        <source>24-hour phone line in French for women in Ontario facing abuse or sexual assault: support, information and referrals.</source>
        <comment>femaide.offers</comment>
        <translation>为安大略省遭受虐待或性侵犯的女性提供 24 小时法语电话热线：支持、信息和转介。</translation>
    </message>
    <message>
        <source>Free, confidential information on services for mental health, alcohol and drug use, and gambling in Ontario.</source>
        <comment>connexontario.offers</comment>
        <translation>提供安大略省心理健康、酒精和药物使用以及赌博问题相关服务的免费保密信息。</translation>
    </message>
    <message>
        <source>Information on mental health services in Ontario, such as crisis lines, online counselling and emergency housing.</source>
        <comment>ementalhealth.offers</comment>
        <translation>安大略省心理健康服务的信息，例如危机热线、网上心理辅导和紧急住房。</translation>
    </message>
    <message>
        <source>A list of mental health crisis services and their phone numbers across Ontario.</source>
        <comment>camh-crisis.offers</comment>
        <translation>安大略省各地心理健康危机服务及其电话号码的列表。</translation>
    </message>
    <message>
        <source>Information on health services and resources in Ontario.</source>
        <comment>central-health-line.offers</comment>
        <translation>安大略省健康服务和资源的信息。</translation>
    </message>
    <message>
        <source>Doctors, nurse practitioners, social workers and others for people who often miss out on care, including people without status and people without a home.</source>
        <comment>community-health-centres.offers</comment>
        <translation>为经常得不到医疗照顾的人提供医生、执业护士、社工等服务，包括无身份人士和无家可归的人。</translation>
    </message>
    <message>
        <source>Legal services for people in Ontario with a low income who qualify.</source>
        <comment>legal-aid-ontario.offers</comment>
        <translation>为安大略省符合条件的低收入人士提供法律服务。</translation>
    </message>
    <message>
        <source>Legal help for refugee claimants in Toronto, Hamilton and Ottawa.</source>
        <comment>legal-aid-refugee-law-office.offers</comment>
        <translation>在多伦多、汉密尔顿和渥太华，为难民申请人提供法律帮助。</translation>
    </message>
    <message>
        <source>Plain-language legal information in many languages and formats, and a list of community legal clinics in Ontario.</source>
        <comment>cleo.offers</comment>
        <translation>用多种语言和形式提供浅显易懂的法律信息，以及安大略省社区法律诊所的名单。</translation>
    </message>
    <message>
        <source>Legal information and referrals for women in Ontario facing violence.</source>
        <comment>owjn.offers</comment>
        <translation>为安大略省面对暴力的女性提供法律信息和转介。</translation>
    </message>
    <message>
        <source>Family lawyers in three offices in Ontario for people who qualify for legal aid.</source>
        <comment>family-law-offices.offers</comment>
        <translation>在安大略省的三个办事处，为符合法律援助条件的人提供家庭法律师。</translation>
    </message>
    <message>
        <source>Online referral to a lawyer or paralegal in Ontario, with a free first consultation of up to 30 minutes.</source>
        <comment>lsuc-lawyer-referral.offers</comment>
        <translation>在网上为你转介安大略省的律师或持牌法律助理，第一次咨询免费，最长 30 分钟。</translation>
    </message>
    <message>
        <source>Local clinics for people with a low income in their area; some serve a particular culture or language.</source>
        <comment>community-legal-clinics.offers</comment>
        <translation>为本地区低收入人士服务的地方诊所；有些专门服务某种文化或语言的群体。</translation>
    </message>
    <message>
        <source>Free legal help across Ontario for people with a low income who do not speak English, in Chinese, Vietnamese, Cambodian and Laotian communities.</source>
        <comment>csalc.offers</comment>
        <translation>在安大略省各地，为不会说英语的低收入华人、越南、柬埔寨和老挝社区人士提供免费法律帮助。</translation>
    </message>
    <message>
        <source>Takes test cases to court to change unfair rules in federal and Ontario income support programs.</source>
        <comment>income-security-advocacy-centre.offers</comment>
        <translation>把具有代表性的案件告上法院，以改变联邦和安大略省收入援助项目中不公平的规定。</translation>
    </message>
    <message>
        <source>Legal help and information on social assistance, violence, mental health, immigration and refugee matters, work and housing.</source>
        <comment>parkdale-community-legal-services.offers</comment>
        <translation>提供社会救助、暴力、心理健康、移民和难民事务、工作和住房方面的法律帮助和信息。</translation>
    </message>
    <message>
        <source>Legal help and information for people living with HIV in Ontario.</source>
        <comment>halco.offers</comment>
        <translation>为安大略省的艾滋病病毒感染者提供法律帮助和信息。</translation>
    </message>
    <message>
        <source>Legal services for Black people in Ontario with a low income or no income.</source>
        <comment>black-legal-action-centre.offers</comment>
        <translation>为安大略省低收入或没有收入的黑人提供法律服务。</translation>
    </message>
    <message>
        <source>Legal advice, services and education for South Asian people in Ontario; also works on changing the law.</source>
        <comment>salc.offers</comment>
        <translation>为安大略省的南亚人提供法律咨询、服务和教育；也致力于推动修改法律。</translation>
    </message>
    <message>
        <source>Support and lawyers for people with disabilities in Ontario.</source>
        <comment>arch-disability-law-centre.offers</comment>
        <translation>为安大略省的残障人士提供支持和律师。</translation>
    </message>
    <message>
        <source>Legal help in Spanish for Spanish-speaking people across Ontario.</source>
        <comment>spanish-speaking-legal-clinic.offers</comment>
        <translation>为安大略省各地说西班牙语的人提供西班牙语法律帮助。</translation>
    </message>
    <message>
        <source>Legal help for First Nations (with or without status), Métis and Inuit people in Ontario.</source>
        <comment>aboriginal-legal-services.offers</comment>
        <translation>为安大略省的第一民族（有或没有身份）、梅蒂人和因纽特人提供法律帮助。</translation>
    </message>
    <message>
        <source>Information on workers&apos; rights and support to stand up for them.</source>
        <comment>workers-action-centre.offers</comment>
        <translation>提供工人权益信息，支持你维护自己的权益。</translation>
    </message>
    <message>
        <source>The Ontario government office that applies and enforces the Employment Standards Act, 2000.</source>
        <comment>ministry-of-labour.offers</comment>
        <translation>安大略省政府负责执行《2000年就业标准法》的部门。</translation>
    </message>
    <message>
        <source>For sex workers in Toronto: sexual health, safety at work, workshops, legal information, counselling, advocacy and social time.</source>
        <comment>maggies.offers</comment>
        <translation>为多伦多的性工作者服务：性健康、工作安全、讲座、法律信息、心理辅导、倡导和社交活动。</translation>
    </message>
    <message>
        <source>Outreach and harm reduction support for sex workers who work on the street, in Hamilton.</source>
        <comment>swap-hamilton.offers</comment>
        <translation>在汉密尔顿，为街头工作的性工作者提供外展和减害支持。</translation>
    </message>
    <message>
        <source>Harm reduction and first aid supplies, HIV and STI information, clothing, hygiene products, food, and peer support, in London.</source>
        <comment>safe-space-london.offers</comment>
        <translation>在伦敦（安大略省）提供减害和急救用品、艾滋病病毒和性传播感染信息、衣物、卫生用品、食物和同伴支持。</translation>
    </message>
    <message>
        <source>Peer support, education, advocacy and referrals for safer living and working conditions, in Sudbury.</source>
        <comment>swans-sudbury.offers</comment>
        <translation>在萨德伯里提供同伴支持、教育、倡导和转介，帮助改善生活和工作的安全条件。</translation>
    </message>
    <message>
        <source>A network of community agencies that serve immigrants and refugees in Ontario.</source>
        <comment>ocasi.offers</comment>
        <translation>由服务安大略省移民和难民的社区机构组成的网络。</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education for newcomers in Ontario, and shelter for women and their children.</source>
        <comment>fcj-refugee-centre.offers</comment>
        <translation>为安大略省的新移民提供难民保护、安居帮助和教育，并为女性及其孩子提供住所。</translation>
    </message>
    <message>
        <source>Health care and community services in Toronto, including for newcomers, immigrants and refugees.</source>
        <comment>access-alliance.offers</comment>
        <translation>在多伦多提供医疗和社区服务，包括为新移民、移民和难民服务。</translation>
    </message>
    <message>
        <source>Speaks up for the rights of migrant workers, in Ontario and across Canada.</source>
        <comment>migrant-workers-alliance.offers</comment>
        <translation>在安大略省和加拿大各地，为移民劳工的权益发声。</translation>
    </message>
    <message>
        <source>Information for newcomers about settling in.</source>
        <comment>settlement-org.offers</comment>
        <translation>为新移民提供关于安顿生活的信息。</translation>
    </message>
    <message>
        <source>Campaigns for the freedom to move, return and stay in Canada; trains people without status and the people who work at services on their rights.</source>
        <comment>no-one-is-illegal.offers</comment>
        <translation>争取自由迁移、返回和留在加拿大的权利；为无身份人士和在服务机构工作的人提供培训，讲解无身份人士的权利。</translation>
    </message>
    <message>
        <source>Campaigns for Ontario health insurance (OHIP) for everyone.</source>
        <comment>ohip-for-all.offers</comment>
        <translation>倡导让所有人都能享有安大略省健康保险（OHIP）。</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education in Toronto, and shelter for women and their children.</source>
        <comment>st-stephens-community-house.offers</comment>
        <translation>在多伦多提供难民保护、安居帮助和教育，并为女性及其孩子提供住所。</translation>
    </message>
    <message>
        <source>LGBTQ2 programs and groups, a refugee support group, free short-term and drop-in counselling, and classes, in Toronto.</source>
        <comment>the-519.offers</comment>
        <translation>在多伦多提供 LGBTQ2 项目和小组、难民互助小组、免费短期和免预约心理辅导，以及各类课程。</translation>
    </message>
    <message>
        <source>Counselling and learning programs for children, youth and families with complex mental health or developmental needs.</source>
        <comment>skylark.offers</comment>
        <translation>为有复杂心理健康或发育需要的儿童、青少年和家庭提供心理辅导和学习项目。</translation>
    </message>
    <message>
        <source>Programs, education, harm reduction and case management for people in prison or out of prison who live with HIV or AIDS.</source>
        <comment>pasan.offers</comment>
        <translation>为在狱中或出狱后、感染艾滋病病毒或患有艾滋病的人提供项目、教育、减害和个案管理。</translation>
    </message>
    <message>
        <source>Peer-led support around drug and alcohol use for LGBTQQ2SIA youth aged 16 to 29 in Toronto: drop-ins, case management and group counselling.</source>
        <comment>pieces-to-pathways.offers</comment>
        <translation>在多伦多，为 16 至 29 岁的 LGBTQQ2SIA 青少年提供由同伴带领的药物和酒精使用支持：免预约活动、个案管理和小组辅导。</translation>
    </message>
    <message>
        <source>An organisation of Chinese Canadians in Toronto working for equity, social justice and respect for diversity.</source>
        <comment>ccncto.offers</comment>
        <translation>多伦多华人加拿大人的组织，致力于平等、社会公义和尊重多元。</translation>
    </message>
</context>
<context>
    <name>forms.release_plan</name>
    <message>
        <source>Release plan</source>
        <comment>form.title</comment>
        <translation>获释计划</translation>
    </message>
    <message>
        <source>Support network and your rights</source>
        <comment>network.title</comment>
        <translation>支持网络和你的权利</translation>
    </message>
    <message>
        <source>People who know your rights and can speak up for you, found before you need them.</source>
        <comment>network.intro</comment>
        <translation>了解你的权利、能为你发声的人——在需要之前就先找好。</translation>
    </message>
    <message>
        <source>Is there a community legal clinic you could contact?</source>
        <comment>r_legal_clinic.text</comment>
        <translation>有没有你可以联系的社区法律诊所？</translation>
    </message>
    <message>
        <source>A legal clinic can tell you your rights, and help you find a lawyer.</source>
        <comment>r_legal_clinic.why</comment>
        <translation>法律诊所可以告诉你有哪些权利，并帮你找律师。</translation>
    </message>
    <message>
        <source>A legal clinic gives free legal information and help. Some help people without status.</source>
        <comment>r_legal_clinic.help</comment>
        <translation>法律诊所提供免费的法律信息和帮助。有些也帮助无身份人士。</translation>
    </message>
    <message>
        <source>Do you know an immigration lawyer you trust? Or someone who would call one for you?</source>
        <comment>r_lawyer.text</comment>
        <translation>你认识信任的移民律师吗？或者有没有人可以帮你联系一位？</translation>
    </message>
    <message>
        <source>Help comes much faster if you already know a lawyer before you need one.</source>
        <comment>r_lawyer.why</comment>
        <translation>如果在需要之前就认识一位律师，帮助会来得快得多。</translation>
    </message>
    <message>
        <source>An immigration lawyer helps with your status, detention and removal from Canada.</source>
        <comment>r_lawyer.help</comment>
        <translation>移民律师帮你处理移民身份、拘留和被遣返出加拿大的问题。</translation>
    </message>
    <message>
        <source>Do you know a criminal lawyer? Or someone who would call one for you?</source>
        <comment>r_lawyer_criminal.text</comment>
        <translation>你认识刑事律师吗？或者有没有人可以帮你联系一位？</translation>
    </message>
    <message>
        <source>If the police charge you, a criminal lawyer protects your rights from the start.</source>
        <comment>r_lawyer_criminal.why</comment>
        <translation>如果警察起诉你，刑事律师从一开始就能保护你的权利。</translation>
    </message>
    <message>
        <source>A criminal lawyer helps when the police say you broke a law.</source>
        <comment>r_lawyer_criminal.help</comment>
        <translation>当警察说你违法时，刑事律师可以帮你。</translation>
    </message>
    <message>
        <source>If you have children, do you know a family lawyer?</source>
        <comment>r_lawyer_family.text</comment>
        <translation>如果你有孩子，你认识家庭法律师吗？</translation>
    </message>
    <message>
        <source>Detention can affect who looks after your children. A family lawyer can help protect your rights as a parent.</source>
        <comment>r_lawyer_family.why</comment>
        <translation>被拘留可能会影响由谁照顾你的孩子。家庭法律师可以帮你保护作为父母的权利。</translation>
    </message>
    <message>
        <source>A family lawyer helps with children, custody and separation.</source>
        <comment>r_lawyer_family.help</comment>
        <translation>家庭法律师处理孩子、抚养权和分居问题。</translation>
    </message>
    <message>
        <source>How much do you know about your rights with police and immigration officers?</source>
        <comment>r_rights.text</comment>
        <translation>面对警察和移民官员时，你对自己的权利了解多少？</translation>
    </message>
    <message>
        <source>Knowing your rights can lower your risk of being detained.</source>
        <comment>r_rights.why</comment>
        <translation>了解自己的权利可以降低被拘留的风险。</translation>
    </message>
    <message>
        <source>Legal clinics and sex worker groups share this information, sometimes in other languages.</source>
        <comment>r_rights.help</comment>
        <translation>法律诊所和性工作者团体会分享这些信息，有时有其他语言的版本。</translation>
    </message>
    <message>
        <source>I know my rights well</source>
        <comment>r_rights.option.well</comment>
        <translation>我很了解自己的权利</translation>
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
        <translation>有没有你信任的社区支援工作者或机构？</translation>
    </message>
    <message>
        <source>They can help with many needs, contact lawyers for you, and support your release.</source>
        <comment>r_support_worker.why</comment>
        <translation>他们可以在很多方面帮你，替你联系律师，并支持你获释。</translation>
    </message>
    <message>
        <source>Who is a person you really trust, who would speak up for you if you were detained?</source>
        <comment>r_advocate.text</comment>
        <translation>有没有一个你真正信任的人，在你被拘留时会为你发声？</translation>
    </message>
    <message>
        <source>Someone on the outside can call people and push for your release.</source>
        <comment>r_advocate.why</comment>
        <translation>外面有人的话，就可以帮你打电话联系别人，争取让你获释。</translation>
    </message>
    <message>
        <source>This can be a partner, a friend or a co-worker. A first name is enough.</source>
        <comment>r_advocate.help</comment>
        <translation>可以是伴侣、朋友或同事。写名字就够了。</translation>
    </message>
    <message>
        <source>Getting released at a detention review</source>
        <comment>release.title</comment>
        <translation>在拘留审查听证会上获释</translation>
    </message>
    <message>
        <source>Once detained, you can talk to very few people. What you set up now helps you later.</source>
        <comment>release.intro</comment>
        <translation>一旦被拘留，你能联系的人很少。现在做好准备，以后会有帮助。</translation>
    </message>
    <message>
        <source>If you were detained, what would matter most to you?</source>
        <comment>r_wishes.text</comment>
        <translation>如果你被拘留了，对你来说什么最重要？</translation>
    </message>
    <message>
        <source>Your lawyer and supporters should follow your wishes. Telling them now makes that easier.</source>
        <comment>r_wishes.why</comment>
        <translation>你的律师和支持你的人应该按你的意愿行事。现在告诉他们，会更容易做到。</translation>
    </message>
    <message>
        <source>Staying in Canada, even if it takes time</source>
        <comment>r_wishes.example1</comment>
        <translation>留在加拿大，即使需要时间</translation>
    </message>
    <message>
        <source>Getting out quickly, even if it means leaving Canada</source>
        <comment>r_wishes.example2</comment>
        <translation>尽快出来，即使要离开加拿大</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <comment>r_wishes.example3</comment>
        <translation>我还不知道</translation>
    </message>
    <message>
        <source>Have you talked about this plan with someone you trust?</source>
        <comment>r_talked_plan.text</comment>
        <translation>你有没有和信任的人谈过这个计划？</translation>
    </message>
    <message>
        <source>Once you are detained, your things are taken and you can call very few people.</source>
        <comment>r_talked_plan.why</comment>
        <translation>一旦被拘留，你的东西会被拿走，你能打电话联系的人也很少。</translation>
    </message>
    <message>
        <source>Who could be your bond person?</source>
        <comment>r_bond_person.text</comment>
        <translation>谁可以做你的保释担保人？</translation>
    </message>
    <message>
        <source>A bond person is often what makes release possible.</source>
        <comment>r_bond_person.why</comment>
        <translation>有了保释担保人，往往才有可能获释。</translation>
    </message>
    <message>
        <source>Knowing the amount helps you and your lawyer prepare the hearing.</source>
        <comment>r_bond_amount.why</comment>
        <translation>知道金额，可以帮助你和律师为听证会做准备。</translation>
    </message>
    <message>
        <source>Who could come to the hearing and speak for you?</source>
        <comment>r_hearing_witness.text</comment>
        <translation>谁可以来听证会为你说话？</translation>
    </message>
    <message>
        <source>People who know you show that you have ties to the community here.</source>
        <comment>r_hearing_witness.why</comment>
        <translation>认识你的人能说明你和这里的社区有联系。</translation>
    </message>
    <message>
        <source>A plan for what happens if immigration officers, or the police for immigration reasons, detain you. If you are charged with a crime, see the question about a criminal lawyer, and legal help in the directory. If you are detained, your phone and your things are taken, and it is hard to reach people. What you set up now makes release more likely, and keeps the things you care about looked after. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>这是一个计划，应对移民官员，或因移民原因的警察拘留你的情况。如果你被控犯罪，请看关于刑事律师的问题，以及“可以提供帮助的机构”里的法律帮助。如果你被拘留，你的手机和物品会被拿走，很难联系到别人。你现在做的准备能让你更有可能获释，也能让你在乎的事情有人照顾。任何问题你都可以跳过，或以后再回来回答。</translation>
    </message>
    <message>
        <source>This plan is mostly about immigration detention. If the police charge you with a crime, a criminal court decides on bail.</source>
        <comment>r_lawyer_criminal.legal1</comment>
        <translation>这个计划主要是关于移民拘留。如果警察控告你犯罪，由刑事法庭决定是否保释。</translation>
    </message>
    <message>
        <source>If the police keep you after an arrest, you should see a justice within 24 hours, usually for a bail hearing.</source>
        <comment>r_lawyer_criminal.legal2</comment>
        <translation>如果警察在逮捕后扣留你，你应该在 24 小时内见到法官，通常是为了保释听证会。</translation>
    </message>
    <message>
        <source>A surety is like a bond person in criminal court: someone who promises money and supervises you.</source>
        <comment>r_lawyer_criminal.legal3</comment>
        <translation>在刑事法庭上，“保证人”类似于保释担保人：承诺出钱并监督你的人。</translation>
    </message>
    <message>
        <source>Duty counsel at the court, a criminal lawyer or Legal Aid Ontario can help. A charge can also affect your immigration status.</source>
        <comment>r_lawyer_criminal.legal4</comment>
        <translation>法庭的值班律师、刑事律师或 Legal Aid Ontario 可以帮忙。被控犯罪也可能影响你的移民身份。</translation>
    </message>
    <message>
        <source>If police or immigration officers arrest or detain you, you have the right to be told why, and to talk to a lawyer without delay.</source>
        <comment>r_rights.legal1</comment>
        <translation>如果警察或移民官员逮捕或拘留你，你有权被告知原因，并有权立即和律师谈话。</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge.</source>
        <comment>r_rights.legal2</comment>
        <translation>在移民听证会上，你有权免费获得口译员。</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Say only what you are fine with officers hearing.</source>
        <comment>r_rights.legal3</comment>
        <translation>从拘留场所打出的电话可能不是私密的。只说你不介意官员听到的话。</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low.</source>
        <comment>r_rights.legal4</comment>
        <translation>如果你的收入低，Legal Aid Ontario 可能会帮你支付律师费。</translation>
    </message>
    <message>
        <source>Would you like to find out if Legal Aid Ontario could pay for a lawyer for you?</source>
        <comment>r_legal_aid.text</comment>
        <translation>你想了解 Legal Aid Ontario 能不能为你支付律师费吗？</translation>
    </message>
    <message>
        <source>A lawyer at a detention review can make release more likely. You may not have to pay.</source>
        <comment>r_legal_aid.why</comment>
        <translation>在拘留审查时有律师，可以让你更有可能获释。你也许不用付钱。</translation>
    </message>
    <message>
        <source>A community legal clinic can help you apply.</source>
        <comment>r_legal_aid.help</comment>
        <translation>社区法律诊所可以帮你申请。</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low, including for some immigration and detention cases.</source>
        <comment>r_legal_aid.legal1</comment>
        <translation>如果你的收入低，Legal Aid Ontario 可能会帮你支付律师费，包括一些移民和拘留案件。</translation>
    </message>
    <message>
        <source>Someone who knows you well, who may pay or promise money of their own so you can be released.</source>
        <comment>r_bond_person.help</comment>
        <translation>一个很了解你的人，可能会用自己的钱支付或承诺支付，让你获释。</translation>
    </message>
    <message>
        <source>A bond person must be 18 or older and live in Canada. They should know you well, and come forward freely.</source>
        <comment>r_bond_person.legal1</comment>
        <translation>保释担保人必须年满 18 岁，并住在加拿大。他们应该很了解你，并且是自愿出面的。</translation>
    </message>
    <message>
        <source>To give a guarantee (a promise to pay), they must be a Canadian citizen or permanent resident.</source>
        <comment>r_bond_person.legal2</comment>
        <translation>要提供担保（承诺支付），他们必须是加拿大公民或永久居民。</translation>
    </message>
    <message>
        <source>The money must be the bond person&apos;s own money, not yours. No one may be paid to be a bond person.</source>
        <comment>r_bond_person.legal3</comment>
        <translation>这笔钱必须是保释担保人自己的钱，不能是你的钱。任何人都不能收钱来当保释担保人。</translation>
    </message>
    <message>
        <source>They may be asked questions at the hearing, for example how well they know you and how they will supervise you.</source>
        <comment>r_bond_person.legal4</comment>
        <translation>听证会上可能会问他们一些问题，比如他们有多了解你，会怎样监督你。</translation>
    </message>
    <message>
        <source>They must tell the CBSA if you break a condition of your release. If they do not, they can lose the money.</source>
        <comment>r_bond_person.legal5</comment>
        <translation>如果你违反了获释条件，他们必须告诉 CBSA。如果不告诉，他们可能会失去这笔钱。</translation>
    </message>
    <message>
        <source>If no one can be your bond person, a supervision program may act instead (in Toronto in 2020, the Toronto Bail Program).</source>
        <comment>r_bond_person.legal6</comment>
        <translation>如果没有人能当你的保释担保人，可以由监督项目代替（2020 年在多伦多是 Toronto Bail Program）。</translation>
    </message>
    <message>
        <source>How much of their own money could your bond person pay or promise, if needed?</source>
        <comment>r_bond_amount.text</comment>
        <translation>如果需要，你的保释担保人可以用自己的钱支付或承诺支付多少？</translation>
    </message>
    <message>
        <source>This is called a bond (immigration bail). It is the bond person&apos;s money, not yours.</source>
        <comment>r_bond_amount.help</comment>
        <translation>这叫做保释金（移民保释）。这是保释担保人的钱，不是你的钱。</translation>
    </message>
    <message>
        <source>A deposit (cash bond) is paid before release. It can be returned at the end if all the conditions were kept.</source>
        <comment>r_bond_amount.legal1</comment>
        <translation>押金（现金保释金）在获释前支付。如果所有条件都遵守了，最后可以退还。</translation>
    </message>
    <message>
        <source>A guarantee (performance bond) is a promise to pay if a condition is broken. The bond person must show they could pay.</source>
        <comment>r_bond_amount.legal2</comment>
        <translation>担保金额（履约保证）是承诺在违反条件时支付的钱。保释担保人必须证明自己付得起。</translation>
    </message>
    <message>
        <source>The member at the hearing decides the amount, and may ask for both.</source>
        <comment>r_bond_amount.legal3</comment>
        <translation>听证会上的审裁员决定金额，也可能两种都要求。</translation>
    </message>
    <message>
        <source>Does your bond person know they may need to come to a hearing within two days of your detention?</source>
        <comment>r_bond_ready.text</comment>
        <translation>你的保释担保人知道吗？你被拘留后两天内，他们可能需要来参加听证会。</translation>
    </message>
    <message>
        <source>If they are not ready for the first review, the next chance may be a week or a month later.</source>
        <comment>r_bond_ready.why</comment>
        <translation>如果他们来不及参加第一次审查，下一次机会可能要等一周或一个月。</translation>
    </message>
    <message>
        <source>They can prepare now: ID, proof of their status, and proof of their own money and address.</source>
        <comment>r_bond_ready.help</comment>
        <translation>他们现在就可以准备：身份证件、他们的身份证明，以及他们自己的钱和地址的证明。</translation>
    </message>
    <message>
        <source>The first detention review is held within 48 hours of detention, or soon after.</source>
        <comment>r_bond_ready.legal1</comment>
        <translation>第一次拘留审查会在拘留后 48 小时内举行，或稍晚一点。</translation>
    </message>
    <message>
        <source>If you are not released, the next review is within 7 days, then at least once every 30 days.</source>
        <comment>r_bond_ready.legal2</comment>
        <translation>如果你没有获释，下一次审查在 7 天内，之后至少每 30 天一次。</translation>
    </message>
    <message>
        <source>A bond person who is not ready for the first review may have to wait a week or a month for the next one.</source>
        <comment>r_bond_ready.legal3</comment>
        <translation>如果保释担保人来不及参加第一次审查，可能要等一周或一个月才有下一次。</translation>
    </message>
    <message>
        <source>A lawyer can ask for an earlier review if there are new facts, for example a bond person who is now ready.</source>
        <comment>r_bond_ready.legal4</comment>
        <translation>如果有新情况，比如保释担保人现在准备好了，律师可以要求提前审查。</translation>
    </message>
    <message>
        <source>A witness says how they know you and how they will support you.</source>
        <comment>r_hearing_witness.help</comment>
        <translation>证人会说明他们怎么认识你，以及会怎样支持你。</translation>
    </message>
    <message>
        <source>At a detention review, a member of the Immigration and Refugee Board decides if you can be released, and on what conditions.</source>
        <comment>r_hearing_witness.legal1</comment>
        <translation>在拘留审查中，由移民和难民委员会（IRB）的一名审裁员决定你能不能获释，以及有什么条件。</translation>
    </message>
    <message>
        <source>Where would you stay if you are released? Add the person or the shelter, with the address.</source>
        <comment>r_release_address.text</comment>
        <translation>如果你获释，你会住在哪里？请添加那个人或庇护所，并写上地址。</translation>
    </message>
    <message>
        <source>Talk with them now, because it is hard to reach out once you are detained.</source>
        <comment>r_release_address.why</comment>
        <translation>现在就和他们谈好，因为一旦被拘留，就很难联系别人了。</translation>
    </message>
    <message>
        <source>In the list of people, you can add an address to a person or a shelter.</source>
        <comment>r_release_address.help</comment>
        <translation>在联系人列表里，你可以给一个人或一个庇护所添加地址。</translation>
    </message>
    <message>
        <source>At a detention review you are asked where you will live if you are released.</source>
        <comment>r_release_address.legal1</comment>
        <translation>在拘留审查时，会问你获释后住在哪里。</translation>
    </message>
    <message>
        <source>Staying with your bond person often counts for more than a shelter, but a shelter may be accepted.</source>
        <comment>r_release_address.legal2</comment>
        <translation>和你的保释担保人住在一起通常比住庇护所更有分量，但住庇护所也可能被接受。</translation>
    </message>
    <message>
        <source>Things to plan in advance</source>
        <comment>advance.title</comment>
        <translation>需要提前计划的事</translation>
    </message>
    <message>
        <source>Your phone may be taken from you, so some things need to be ready now.</source>
        <comment>advance.intro</comment>
        <translation>你的手机可能会被拿走，所以有些事需要现在就准备好。</translation>
    </message>
    <message>
        <source>Do you know by heart the phone numbers of the people you would call?</source>
        <comment>r_numbers_by_heart.text</comment>
        <translation>你要打电话联系的人，他们的电话号码你背熟了吗？</translation>
    </message>
    <message>
        <source>Your phone may be taken. Numbers you know by heart stay with you.</source>
        <comment>r_numbers_by_heart.why</comment>
        <translation>你的手机可能会被拿走。背熟的号码会一直跟着你。</translation>
    </message>
    <message>
        <source>In the list of people, you can mark numbers to learn, and practise them here.</source>
        <comment>r_numbers_by_heart.help</comment>
        <translation>在联系人清单中，你可以标记要背的号码，然后在这里练习。</translation>
    </message>
    <message>
        <source>Who would look after your children if you were detained?</source>
        <comment>r_carer_children.text</comment>
        <translation>如果你被拘留，谁会照顾你的孩子？</translation>
    </message>
    <message>
        <source>Knowing who will care for them gives you and them some peace of mind.</source>
        <comment>r_carer_children.why</comment>
        <translation>知道谁会照顾他们，你和孩子都会安心一些。</translation>
    </message>
    <message>
        <source>Who would look after your pets?</source>
        <comment>r_carer_pets.text</comment>
        <translation>谁会照顾你的宠物？</translation>
    </message>
    <message>
        <source>Pets need someone to feed them from the first day.</source>
        <comment>r_carer_pets.why</comment>
        <translation>从第一天起，宠物就需要有人喂。</translation>
    </message>
    <message>
        <source>Who has a key to your home and could bring you clothes, money, documents and medication?</source>
        <comment>r_key_holder.text</comment>
        <translation>谁有你家的钥匙，可以给你带衣服、钱、文件和药？</translation>
    </message>
    <message>
        <source>You may need things from home, and you cannot go and get them yourself.</source>
        <comment>r_key_holder.why</comment>
        <translation>你可能需要家里的东西，但你不能自己回去拿。</translation>
    </message>
    <message>
        <source>Which documents would you need, and where are they kept?</source>
        <comment>r_documents.text</comment>
        <translation>你会需要哪些文件？它们放在哪里？</translation>
    </message>
    <message>
        <source>Your lawyer or key holder may need your passport or other papers for the hearing.</source>
        <comment>r_documents.why</comment>
        <translation>你的律师或有你钥匙的人，可能需要拿你的护照或其他文件去听证会。</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>r_documents.example1</comment>
        <translation>护照</translation>
    </message>
    <message>
        <source>Study or work permit</source>
        <comment>r_documents.example2</comment>
        <translation>学习许可或工作许可</translation>
    </message>
    <message>
        <source>Lease or letter showing my address</source>
        <comment>r_documents.example3</comment>
        <translation>租约或能证明我住址的信件</translation>
    </message>
    <message>
        <source>Which trusted service provider would contact your family or friends if you were detained?</source>
        <comment>r_family_contact.text</comment>
        <translation>如果你被拘留，由哪位你信任的服务人员联系你的家人或朋友？</translation>
    </message>
    <message>
        <source>You may not be able to call them yourself, or often.</source>
        <comment>r_family_contact.why</comment>
        <translation>你可能没办法自己打电话给他们，或者不能常打。</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Agree now on what can be said on the phone.</source>
        <comment>r_family_contact.help</comment>
        <translation>从拘留场所打出的电话可能不是私密的。现在就约定好电话里可以说什么。</translation>
    </message>
    <message>
        <source>What would you like them to say for you, and what should they not say?</source>
        <comment>r_family_message.text</comment>
        <translation>你希望他们替你说什么？有什么不该说？</translation>
    </message>
    <message>
        <source>You decide what other people are told about you.</source>
        <comment>r_family_message.why</comment>
        <translation>别人知道你的哪些事，由你决定。</translation>
    </message>
    <message>
        <source>Tell my sister I am safe and ask her to call my lawyer</source>
        <comment>r_family_message.example1</comment>
        <translation>告诉我姐姐我很安全，请她打电话给我的律师</translation>
    </message>
    <message>
        <source>Do not talk about my work</source>
        <comment>r_family_message.example2</comment>
        <translation>不要提我的工作</translation>
    </message>
    <message>
        <source>Health, money and people who count on you</source>
        <comment>needs.title</comment>
        <translation>健康、钱和依靠你的人</translation>
    </message>
    <message>
        <source>Things that need care while you are away, and for the hearing.</source>
        <comment>needs.intro</comment>
        <translation>你不在的时候需要有人照顾的事，以及听证会需要的东西。</translation>
    </message>
    <message>
        <source>What medication or medical care do you need?</source>
        <comment>r_medication.text</comment>
        <translation>你需要什么药物或医疗照顾？</translation>
    </message>
    <message>
        <source>This can go on your wallet card, so staff know what you need.</source>
        <comment>r_medication.why</comment>
        <translation>这可以写在你的随身卡上，让工作人员知道你需要什么。</translation>
    </message>
    <message>
        <source>Write only what you want others to see. You can use general words.</source>
        <comment>r_medication.help</comment>
        <translation>只写你愿意让别人看到的内容。你可以用笼统的说法。</translation>
    </message>
    <message>
        <source>Insulin, twice a day</source>
        <comment>r_medication.example1</comment>
        <translation>胰岛素，每天两次</translation>
    </message>
    <message>
        <source>One pill for blood pressure each morning</source>
        <comment>r_medication.example2</comment>
        <translation>每天早上一片降血压药</translation>
    </message>
    <message>
        <source>Which language do you speak best? Do you need an interpreter?</source>
        <comment>r_interpreter.text</comment>
        <translation>你最擅长说哪种语言？你需要口译员吗？</translation>
    </message>
    <message>
        <source>This can go on your wallet card. You can ask for an interpreter at a hearing.</source>
        <comment>r_interpreter.why</comment>
        <translation>这可以写在你的随身卡上。在听证会上，你可以要求口译员。</translation>
    </message>
    <message>
        <source>An interpreter says in your language what others say, and says your words in theirs.</source>
        <comment>r_interpreter.help</comment>
        <translation>口译员会把别人说的话用你的语言告诉你，也会把你的话翻译给别人。</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge. Tell your lawyer your language early.</source>
        <comment>r_interpreter.legal1</comment>
        <translation>在移民听证会上，你有权免费获得口译员。请尽早告诉你的律师你说什么语言。</translation>
    </message>
    <message>
        <source>Vietnamese, interpreter needed</source>
        <comment>r_interpreter.example1</comment>
        <translation>越南语，需要口译员</translation>
    </message>
    <message>
        <source>Mandarin and some English</source>
        <comment>r_interpreter.example2</comment>
        <translation>普通话，会一点英语</translation>
    </message>
    <message>
        <source>Is there someone you trust to take care of your private matters, like rent or your bank?</source>
        <comment>r_power_of_attorney.text</comment>
        <translation>有没有你信任的人，可以帮你处理私人事务，比如房租或银行的事？</translation>
    </message>
    <message>
        <source>While you are detained, someone can pay bills and deal with offices for you.</source>
        <comment>r_power_of_attorney.why</comment>
        <translation>你被拘留期间，有人可以替你付账单、跟各种机构打交道。</translation>
    </message>
    <message>
        <source>Power of attorney: a signed paper that lets a person you choose act for you. A lawyer or legal clinic can help.</source>
        <comment>r_power_of_attorney.help</comment>
        <translation>授权书：一份签了名的文件，让你选定的人可以代表你办事。律师或法律诊所可以帮你办。</translation>
    </message>
    <message>
        <source>If your bank account were frozen, how would you pay rent and bills? Who could help you talk to the bank?</source>
        <comment>r_frozen_account.text</comment>
        <translation>如果你的银行账户被冻结，你要怎样付房租和账单？谁可以帮你和银行沟通？</translation>
    </message>
    <message>
        <source>Rent, bills and other costs still need paying while your account is closed to you.</source>
        <comment>r_frozen_account.why</comment>
        <translation>在你用不了账户的时候，房租、账单和其他费用仍然要付。</translation>
    </message>
    <message>
        <source>A frozen account is one the bank has stopped, so no money can come out.</source>
        <comment>r_frozen_account.help</comment>
        <translation>账户被冻结，就是银行停用了账户，钱取不出来。</translation>
    </message>
    <message>
        <source>Some cash kept with my sister</source>
        <comment>r_frozen_account.example1</comment>
        <translation>放在我姐姐那里的一些现金</translation>
    </message>
    <message>
        <source>My support worker can call the bank with me</source>
        <comment>r_frozen_account.example2</comment>
        <translation>我的支援工作者可以陪我一起给银行打电话</translation>
    </message>
    <message>
        <source>Who should be told if you are away for some time?</source>
        <comment>r_notify.text</comment>
        <translation>如果你有一段时间不在，应该通知谁？</translation>
    </message>
    <message>
        <source>Missing classes or work without notice can cause problems, for example with a study permit.</source>
        <comment>r_notify.why</comment>
        <translation>不打招呼就缺课或缺勤可能会带来麻烦，比如影响学习许可。</translation>
    </message>
    <message>
        <source>My school or college</source>
        <comment>r_notify.option.school</comment>
        <translation>我的学校或学院</translation>
    </message>
    <message>
        <source>My work</source>
        <comment>r_notify.option.work</comment>
        <translation>我工作的地方</translation>
    </message>
    <message>
        <source>My landlord</source>
        <comment>r_notify.option.landlord</comment>
        <translation>我的房东</translation>
    </message>
    <message>
        <source>Someone else</source>
        <comment>r_notify.option.someone_else</comment>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Do you take care of other people, here or in another country, who would need help if you were detained?</source>
        <comment>r_care_others.text</comment>
        <translation>你有没有在照顾别人（在这里或在其他国家），如果你被拘留，他们会需要帮助？</translation>
    </message>
    <message>
        <source>Planning now means they still get help while you are away.</source>
        <comment>r_care_others.why</comment>
        <translation>现在做好计划，你不在的时候他们也能得到帮助。</translation>
    </message>
    <message>
        <source>I send money to my mother each month</source>
        <comment>r_care_others.example1</comment>
        <translation>我每个月给妈妈寄钱</translation>
    </message>
    <message>
        <source>I take my neighbour to the doctor</source>
        <comment>r_care_others.example2</comment>
        <translation>我带邻居去看医生</translation>
    </message>
    <message>
        <source>Would you like to talk with a lawyer about what to say, and what not to say, at a hearing?</source>
        <comment>r_hearing_talk.text</comment>
        <translation>你想和律师谈谈在听证会上该说什么、不该说什么吗？</translation>
    </message>
    <message>
        <source>What you say at a hearing can change the result. A lawyer can help you prepare.</source>
        <comment>r_hearing_talk.why</comment>
        <translation>你在听证会上说的话可能会改变结果。律师可以帮你做准备。</translation>
    </message>
</context>
<context>
    <name>forms.safety_plan</name>
    <message>
        <source>Safety plan</source>
        <comment>form.title</comment>
        <translation>安全计划</translation>
    </message>
    <message>
        <source>A plan to help you stay safe from a person or a situation that puts you at risk. You decide what goes in it, and what you want to do. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>这个计划帮助你远离让你处于危险中的人或处境，保护自己的安全。计划里写什么、你想做什么，都由你决定。任何问题都可以跳过，或以后再回来填写。</translation>
    </message>
    <message>
        <source>Plan to leave</source>
        <comment>leave.title</comment>
        <translation>离开的计划</translation>
    </message>
    <message>
        <source>If you ever decide to leave, or must leave quickly, it helps to have things ready.</source>
        <comment>leave.intro</comment>
        <translation>如果你哪天决定离开，或者必须很快离开，提前准备好东西会有帮助。</translation>
    </message>
    <message>
        <source>What would you like this plan to help you with?</source>
        <comment>s_goal.text</comment>
        <translation>你希望这个计划帮你做什么？</translation>
    </message>
    <message>
        <source>This plan follows what you want, not what others expect.</source>
        <comment>s_goal.why</comment>
        <translation>这个计划按你的意愿来，而不是按别人的期望。</translation>
    </message>
    <message>
        <source>Being ready in case things get worse</source>
        <comment>s_goal.example1</comment>
        <translation>做好准备，以防情况变得更糟</translation>
    </message>
    <message>
        <source>Leaving a workplace</source>
        <comment>s_goal.example2</comment>
        <translation>离开一个工作场所</translation>
    </message>
    <message>
        <source>Staying, but with more safety</source>
        <comment>s_goal.example3</comment>
        <translation>留下来，但更安全</translation>
    </message>
    <message>
        <source>If you left, do you think the person might try to hurt you or punish you for leaving?</source>
        <comment>s_retaliation.text</comment>
        <translation>如果你离开，你觉得那个人可能会伤害你，或因为你离开而惩罚你吗？</translation>
    </message>
    <message>
        <source>Knowing the risk helps you choose when and how to leave, and who to tell.</source>
        <comment>s_retaliation.why</comment>
        <translation>了解风险可以帮你选择什么时候、怎样离开，以及告诉谁。</translation>
    </message>
    <message>
        <source>Yes, I think so</source>
        <comment>s_retaliation.option.likely</comment>
        <translation>会，我觉得会</translation>
    </message>
    <message>
        <source>Maybe, I am not sure</source>
        <comment>s_retaliation.option.maybe</comment>
        <translation>也许会，我不确定</translation>
    </message>
    <message>
        <source>I do not think so</source>
        <comment>s_retaliation.option.unlikely</comment>
        <translation>我觉得不会</translation>
    </message>
    <message>
        <source>What could make leaving safer for you?</source>
        <comment>s_safer_leaving.text</comment>
        <translation>怎样可以让你离开时更安全？</translation>
    </message>
    <message>
        <source>Small steps can lower the risk when you leave.</source>
        <comment>s_safer_leaving.why</comment>
        <translation>一些小步骤可以降低离开时的风险。</translation>
    </message>
    <message>
        <source>Leave when they are not at home</source>
        <comment>s_safer_leaving.example1</comment>
        <translation>趁他们不在家时离开</translation>
    </message>
    <message>
        <source>Have a friend with me</source>
        <comment>s_safer_leaving.example2</comment>
        <translation>让一个朋友陪着我</translation>
    </message>
    <message>
        <source>Change my phone number after I leave</source>
        <comment>s_safer_leaving.example3</comment>
        <translation>离开后换手机号码</translation>
    </message>
    <message>
        <source>Where could you go if you leave? Add the people or places, with their address or phone number.</source>
        <comment>s_safe_place.text</comment>
        <translation>如果你离开，可以去哪里？请添加这些人或地方，以及他们的地址或电话号码。</translation>
    </message>
    <message>
        <source>When you know where to go, leaving quickly is easier.</source>
        <comment>s_safe_place.why</comment>
        <translation>知道可以去哪里，要很快离开就容易些。</translation>
    </message>
    <message>
        <source>A friend, someone in your community, an emergency shelter or a motel. A first name is enough.</source>
        <comment>s_safe_place.help</comment>
        <translation>朋友、社区里的人、紧急庇护所或汽车旅馆。写名字就够了。</translation>
    </message>
    <message>
        <source>A friend&apos;s place</source>
        <comment>s_safe_place.example1</comment>
        <translation>朋友家</translation>
    </message>
    <message>
        <source>An emergency shelter</source>
        <comment>s_safe_place.example2</comment>
        <translation>紧急庇护所</translation>
    </message>
    <message>
        <source>A motel near work</source>
        <comment>s_safe_place.example3</comment>
        <translation>工作地点附近的汽车旅馆</translation>
    </message>
    <message>
        <source>If you live or work with the person, do you have a hidden place to keep these addresses?</source>
        <comment>s_hide_addresses.text</comment>
        <translation>如果你和那个人住在一起或一起工作，你有没有隐蔽的地方存放这些地址？</translation>
    </message>
    <message>
        <source>On a friend&apos;s phone</source>
        <comment>s_hide_addresses.example1</comment>
        <translation>存在朋友的手机上</translation>
    </message>
    <message>
        <source>The person may look through your phone or your things, at home or at work.</source>
        <comment>s_hide_addresses.why</comment>
        <translation>那个人可能会翻看你的手机或你的东西，在家里或在工作的地方。</translation>
    </message>
    <message>
        <source>Written with first names only, kept by a friend</source>
        <comment>s_hide_addresses.example2</comment>
        <translation>只写名字（不写姓），交给朋友保管</translation>
    </message>
    <message>
        <source>How could you get there? Choose any that could work.</source>
        <comment>s_transport.text</comment>
        <translation>你可以怎样去那里？选出所有可行的方式。</translation>
    </message>
    <message>
        <source>Knowing the way saves time if you must leave suddenly.</source>
        <comment>s_transport.why</comment>
        <translation>如果必须突然离开，知道怎么走可以节省时间。</translation>
    </message>
    <message>
        <source>Walk</source>
        <comment>s_transport.option.walk</comment>
        <translation>步行</translation>
    </message>
    <message>
        <source>Bus, subway or train</source>
        <comment>s_transport.option.transit</comment>
        <translation>公交车、地铁或火车</translation>
    </message>
    <message>
        <source>Taxi or ride app</source>
        <comment>s_transport.option.taxi</comment>
        <translation>出租车或网约车</translation>
    </message>
    <message>
        <source>Someone drives me</source>
        <comment>s_transport.option.friend_drives</comment>
        <translation>有人开车送我</translation>
    </message>
    <message>
        <source>Another way</source>
        <comment>s_transport.option.other</comment>
        <translation>其他方式</translation>
    </message>
    <message>
        <source>Do you plan to leave soon, or do you want to be ready in case you must leave suddenly?</source>
        <comment>s_timing.text</comment>
        <translation>你打算很快离开，还是想做好准备，以防必须突然离开？</translation>
    </message>
    <message>
        <source>Your answer changes what to prepare first.</source>
        <comment>s_timing.why</comment>
        <translation>你的回答决定先准备什么。</translation>
    </message>
    <message>
        <source>I plan to leave soon</source>
        <comment>s_timing.option.soon</comment>
        <translation>我打算很快离开</translation>
    </message>
    <message>
        <source>I want to be ready, in case</source>
        <comment>s_timing.option.be_ready</comment>
        <translation>我想做好准备，以防万一</translation>
    </message>
    <message>
        <source>I have not decided</source>
        <comment>s_timing.option.undecided</comment>
        <translation>我还没决定</translation>
    </message>
    <message>
        <source>If you plan to leave soon, is there a day you have in mind?</source>
        <comment>s_leave_date.text</comment>
        <translation>如果你打算很快离开，心里有没有一个日子？</translation>
    </message>
    <message>
        <source>A date helps you plan the steps that come before it.</source>
        <comment>s_leave_date.why</comment>
        <translation>有了日期，可以帮你计划之前要做的每一步。</translation>
    </message>
    <message>
        <source>Which small things could you keep in your everyday bag, in case you must leave suddenly?</source>
        <comment>s_bag.text</comment>
        <translation>哪些小东西可以放在你每天带的包里，以防必须突然离开？</translation>
    </message>
    <message>
        <source>A few things let you leave at once. Too many things may make someone suspicious.</source>
        <comment>s_bag.why</comment>
        <translation>带几样东西，就能马上离开。东西太多可能会让人起疑。</translation>
    </message>
    <message>
        <source>Medication</source>
        <comment>s_bag.option.medication</comment>
        <translation>药</translation>
    </message>
    <message>
        <source>A change of clothes</source>
        <comment>s_bag.option.clothes</comment>
        <translation>一套换洗衣服</translation>
    </message>
    <message>
        <source>A little money, hidden (for example in a lipstick tube)</source>
        <comment>s_bag.option.cash</comment>
        <translation>一点钱，藏好（比如藏在口红管里）</translation>
    </message>
    <message>
        <source>A phone charger</source>
        <comment>s_bag.option.charger</comment>
        <translation>手机充电器</translation>
    </message>
    <message>
        <source>Spare keys</source>
        <comment>s_bag.option.keys</comment>
        <translation>备用钥匙</translation>
    </message>
    <message>
        <source>Important phone numbers on paper</source>
        <comment>s_bag.option.numbers</comment>
        <translation>写在纸上的重要电话号码</translation>
    </message>
    <message>
        <source>Do you need to plan for children, other people you care for, or pets?</source>
        <comment>s_care.text</comment>
        <translation>你需要为孩子、其他你照顾的人或宠物做计划吗？</translation>
    </message>
    <message>
        <source>Planning ahead means they are looked after if you leave quickly.</source>
        <comment>s_care.why</comment>
        <translation>提前计划，即使你很快离开，他们也有人照顾。</translation>
    </message>
    <message>
        <source>My son: my sister can pick him up from school</source>
        <comment>s_care.example1</comment>
        <translation>我儿子：我姐姐可以去学校接他</translation>
    </message>
    <message>
        <source>My cat: a neighbour can feed her</source>
        <comment>s_care.example2</comment>
        <translation>我的猫：邻居可以喂它</translation>
    </message>
    <message>
        <source>Supports and resources</source>
        <comment>supports.title</comment>
        <translation>支持和资源</translation>
    </message>
    <message>
        <source>The people and groups who can help you, and the strengths you already have.</source>
        <comment>supports.intro</comment>
        <translation>可以帮助你的人和团体，以及你已经具备的力量。</translation>
    </message>
    <message>
        <source>Who could help you find services and contact them? This can be an organisation, a co-worker, a friend, a client or family.</source>
        <comment>s_helpers.text</comment>
        <translation>谁可以帮你找到服务并联系他们？可以是机构、同事、朋友、客人或家人。</translation>
    </message>
    <message>
        <source>Someone who knows the services can save you time and worry.</source>
        <comment>s_helpers.why</comment>
        <translation>熟悉这些服务的人可以帮你省时间、少操心。</translation>
    </message>
    <message>
        <source>Services can be shelters, programs for people facing violence, legal help or food banks.</source>
        <comment>s_helpers.help</comment>
        <translation>服务可以是庇护所、为面对暴力的人提供的项目、法律帮助或食物银行。</translation>
    </message>
    <message>
        <source>What other support would help you? Who could give it?</source>
        <comment>s_other_support.text</comment>
        <translation>还有什么支持对你有帮助？谁可以提供？</translation>
    </message>
    <message>
        <source>Support can be practical, like a ride, or someone to talk to. Both count.</source>
        <comment>s_other_support.why</comment>
        <translation>支持可以是实际的帮助，比如开车送你；也可以是有人陪你聊聊。两种都算。</translation>
    </message>
    <message>
        <source>A ride to the shelter</source>
        <comment>s_other_support.example1</comment>
        <translation>开车送我去庇护所</translation>
    </message>
    <message>
        <source>Someone to talk to in my language</source>
        <comment>s_other_support.example2</comment>
        <translation>有人能用我的语言陪我聊聊</translation>
    </message>
    <message>
        <source>Help with rent</source>
        <comment>s_other_support.example3</comment>
        <translation>帮忙付房租</translation>
    </message>
    <message>
        <source>What matters most to you right now?</source>
        <comment>s_priorities.text</comment>
        <translation>现在对你来说什么最重要？</translation>
    </message>
    <message>
        <source>Your priorities decide which steps come first in your plan.</source>
        <comment>s_priorities.why</comment>
        <translation>你最看重的事，决定计划中哪些步骤先做。</translation>
    </message>
    <message>
        <source>Keeping my job</source>
        <comment>s_priorities.example1</comment>
        <translation>保住我的工作</translation>
    </message>
    <message>
        <source>My child&apos;s school</source>
        <comment>s_priorities.example2</comment>
        <translation>我孩子的学校</translation>
    </message>
    <message>
        <source>Keeping my immigration status</source>
        <comment>s_priorities.example3</comment>
        <translation>保住我的移民身份</translation>
    </message>
    <message>
        <source>How have you kept yourself safe before? What are you doing now that helps?</source>
        <comment>s_strengths.text</comment>
        <translation>你以前是怎样保护自己安全的？你现在做的哪些事有帮助？</translation>
    </message>
    <message>
        <source>You know your life best. Your skills and experience are part of this plan.</source>
        <comment>s_strengths.why</comment>
        <translation>你最了解自己的生活。你的技能和经验也是这个计划的一部分。</translation>
    </message>
    <message>
        <source>I tell a co-worker where I am</source>
        <comment>s_strengths.example1</comment>
        <translation>我会告诉一个同事我在哪里</translation>
    </message>
    <message>
        <source>I screen new clients</source>
        <comment>s_strengths.example2</comment>
        <translation>我会先筛选新客人</translation>
    </message>
    <message>
        <source>I keep my phone charged and with me</source>
        <comment>s_strengths.example3</comment>
        <translation>我让手机保持有电，并带在身上</translation>
    </message>
    <message>
        <source>If you think about going to the police or immigration, would you talk with a lawyer first?</source>
        <comment>s_lawyer_first.text</comment>
        <translation>如果你考虑去找警察或移民部门，你会先和律师谈谈吗？</translation>
    </message>
    <message>
        <source>Without legal advice, it may lead to more abuse or to removal from Canada. With legal help, it may help you stay.</source>
        <comment>s_lawyer_first.why</comment>
        <translation>没有法律意见就这样做，可能会导致更多虐待，或被遣返出加拿大。有法律帮助，可能会帮你留下来。</translation>
    </message>
    <message>
        <source>You can ask for another address, or online letters if the person cannot get into your email or phone.</source>
        <comment>s_bank_mail.help</comment>
        <translation>如果那个人进不了你的电子邮箱或手机，你可以要求寄到另一个地址，或改用网上信件。</translation>
    </message>
    <message>
        <source>Can you keep the person away from your phone, your accounts and your records?</source>
        <comment>s_phone_security.text</comment>
        <translation>你能让那个人接触不到你的手机、你的账户和你的记录吗？</translation>
    </message>
    <message>
        <source>Someone who can see your phone or accounts may learn about your plans.</source>
        <comment>s_phone_security.why</comment>
        <translation>能看到你手机或账户的人，可能会知道你的计划。</translation>
    </message>
    <message>
        <source>For example: a new passcode, signing out of shared accounts, turning off location sharing.</source>
        <comment>s_phone_security.help</comment>
        <translation>比如：换一个新的解锁密码，退出共用的账户，关闭位置共享。</translation>
    </message>
    <message>
        <source>A lawyer can explain your choices before you decide. Legal clinics give free legal help.</source>
        <comment>s_lawyer_first.help</comment>
        <translation>在你做决定之前，律师可以向你解释有哪些选择。法律诊所提供免费的法律帮助。</translation>
    </message>
    <message>
        <source>If a partner sponsors your immigration, would you like to learn the rules that protect sponsored spouses facing violence at home?</source>
        <comment>s_sponsorship.text</comment>
        <translation>如果你的伴侣是你的移民担保人，你想了解保护遭受家庭暴力的被担保配偶的规定吗？</translation>
    </message>
    <message>
        <source>There are exceptions that may protect your status. Knowing them helps you decide with less fear.</source>
        <comment>s_sponsorship.why</comment>
        <translation>有些例外规定可能会保护你的移民身份。了解这些，你做决定时就不用那么害怕。</translation>
    </message>
    <message>
        <source>Sponsor: the person who signed to support your application to live in Canada.</source>
        <comment>s_sponsorship.help</comment>
        <translation>担保人：签字支持你申请在加拿大生活的人。</translation>
    </message>
    <message>
        <source>If you are already a permanent resident, your sponsor cannot take that status away, even if you leave.</source>
        <comment>s_sponsorship.legal1</comment>
        <translation>如果你已经是永久居民，即使你离开，你的担保人也不能取消你的身份。</translation>
    </message>
    <message>
        <source>Since 2017, a sponsored spouse no longer has to live with the sponsor for two years to keep permanent residence.</source>
        <comment>s_sponsorship.legal2</comment>
        <translation>从 2017 年起，被担保的配偶不再需要和担保人同住两年才能保留永久居民身份。</translation>
    </message>
    <message>
        <source>If your status in Canada depends on your partner and you face violence, a special temporary permit may help you stay (since 2019).</source>
        <comment>s_sponsorship.legal3</comment>
        <translation>如果你在加拿大的身份取决于你的伴侣，而你遭受暴力，一种特别的临时许可可能帮你留下来（从 2019 年起）。</translation>
    </message>
    <message>
        <source>A lawyer or legal clinic can tell you what applies to you before you decide.</source>
        <comment>s_sponsorship.legal4</comment>
        <translation>在你做决定之前，律师或法律诊所可以告诉你哪些规定适用于你。</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>money.title</comment>
        <translation>钱</translation>
    </message>
    <message>
        <source>Some money of your own gives you more choices.</source>
        <comment>money.intro</comment>
        <translation>有一些属于自己的钱，你会有更多选择。</translation>
    </message>
    <message>
        <source>Could you save and hide some money? How much would you need for travel and a room?</source>
        <comment>s_savings.text</comment>
        <translation>你能不能存一些钱并藏好？路费和租房需要多少钱？</translation>
    </message>
    <message>
        <source>With enough for travel and a room, you do not have to stay in a shelter if you do not want to.</source>
        <comment>s_savings.why</comment>
        <translation>如果有足够的路费和房费，你不想住庇护所的话就不必住。</translation>
    </message>
    <message>
        <source>$40 for a taxi</source>
        <comment>s_savings.example1</comment>
        <translation>打车 40 加元</translation>
    </message>
    <message>
        <source>$300 for a room for a week</source>
        <comment>s_savings.example2</comment>
        <translation>租房一周 300 加元</translation>
    </message>
    <message>
        <source>Where could you keep this money, so that the person cannot find it?</source>
        <comment>s_money_place.text</comment>
        <translation>你可以把这些钱放在哪里，让那个人找不到？</translation>
    </message>
    <message>
        <source>Money is only useful if it is still there when you need it.</source>
        <comment>s_money_place.why</comment>
        <translation>钱只有在你需要时还在，才有用。</translation>
    </message>
    <message>
        <source>With a friend I trust</source>
        <comment>s_money_place.example1</comment>
        <translation>放在一个我信任的朋友那里</translation>
    </message>
    <message>
        <source>In a pocket sewn into my bag</source>
        <comment>s_money_place.example2</comment>
        <translation>放在我包里缝的暗袋里</translation>
    </message>
    <message>
        <source>Do you have a bank account that only you can use?</source>
        <comment>s_own_account.text</comment>
        <translation>你有没有只有你自己能用的银行账户？</translation>
    </message>
    <message>
        <source>Money in your own account is harder for others to take or control.</source>
        <comment>s_own_account.why</comment>
        <translation>钱存在你自己的账户里，别人更难拿走或控制。</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>s_own_account.option.yes</comment>
        <translation>有</translation>
    </message>
    <message>
        <source>No, but I could open one</source>
        <comment>s_own_account.option.could_open</comment>
        <translation>没有，但我可以开一个</translation>
    </message>
    <message>
        <source>No</source>
        <comment>s_own_account.option.no</comment>
        <translation>没有</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <comment>s_own_account.option.not_sure</comment>
        <translation>我不确定</translation>
    </message>
    <message>
        <source>Does your bank send letters to an address where the person cannot see them?</source>
        <comment>s_bank_mail.text</comment>
        <translation>你的银行信件是不是寄到那个人看不到的地址？</translation>
    </message>
    <message>
        <source>A letter from the bank can tell the person that you have an account.</source>
        <comment>s_bank_mail.why</comment>
        <translation>银行的信件可能会让那个人知道你有账户。</translation>
    </message>
    <message>
        <source>ID, documents and bank information</source>
        <comment>papers.title</comment>
        <translation>身份证件、文件和银行信息</translation>
    </message>
    <message>
        <source>Your papers, ready to take, and copies kept somewhere safe.</source>
        <comment>papers.intro</comment>
        <translation>你的证件准备好随时能带走，副本放在安全的地方。</translation>
    </message>
    <message>
        <source>Which important documents would you take with you? Note where each one is kept.</source>
        <comment>s_documents.text</comment>
        <translation>你会带走哪些重要文件？请写下每份文件放在哪里。</translation>
    </message>
    <message>
        <source>If they are together in one place, you can take them all quickly.</source>
        <comment>s_documents.why</comment>
        <translation>如果它们都放在一个地方，你就能很快全部带走。</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>s_documents.example1</comment>
        <translation>护照</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <comment>s_documents.example2</comment>
        <translation>移民文件</translation>
    </message>
    <message>
        <source>Bank card</source>
        <comment>s_documents.example3</comment>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Health card</source>
        <comment>s_documents.example4</comment>
        <translation>健康卡</translation>
    </message>
    <message>
        <source>My children&apos;s birth certificates</source>
        <comment>s_documents.example5</comment>
        <translation>我孩子的出生证明</translation>
    </message>
    <message>
        <source>Could an organisation you trust keep a copy of your file or papers for you?</source>
        <comment>s_org_copy.text</comment>
        <translation>有没有你信任的机构，可以帮你保存一份你的档案或证件副本？</translation>
    </message>
    <message>
        <source>If you leave quickly, a copy waits for you somewhere safe.</source>
        <comment>s_org_copy.why</comment>
        <translation>如果你很快离开，会有一份副本在安全的地方等着你。</translation>
    </message>
    <message>
        <source>Would you like to keep a record each time the person contacts you or causes a problem?</source>
        <comment>s_incident_record.text</comment>
        <translation>每次那个人联系你或给你制造麻烦时，你想记录下来吗？</translation>
    </message>
    <message>
        <source>A record with dates can help later, for example with a lawyer or an immigration application.</source>
        <comment>s_incident_record.why</comment>
        <translation>有日期的记录以后可能有用，比如找律师或申请移民时。</translation>
    </message>
    <message>
        <source>Write the date, time and place. Keep it where the person cannot reach it, like SaferPlan&apos;s private record.</source>
        <comment>s_incident_record.help</comment>
        <translation>写下日期、时间和地点。把它放在那个人拿不到的地方，比如 SaferPlan 的私人记录。</translation>
    </message>
    <message>
        <source>I already keep a record</source>
        <comment>s_incident_record.option.already</comment>
        <translation>我已经在记录了</translation>
    </message>
    <message>
        <source>I would like to start</source>
        <comment>s_incident_record.option.start</comment>
        <translation>我想开始记录</translation>
    </message>
    <message>
        <source>Not right now</source>
        <comment>s_incident_record.option.not_now</comment>
        <translation>现在不想</translation>
    </message>
    <message>
        <source>Where could you keep copies of your records and documents, away from the person?</source>
        <comment>s_copies_place.text</comment>
        <translation>你可以把记录和文件的副本放在哪里，让那个人拿不到？</translation>
    </message>
    <message>
        <source>Copies stay safe even if your phone or papers are taken.</source>
        <comment>s_copies_place.why</comment>
        <translation>即使你的手机或证件被拿走，副本也还是安全的。</translation>
    </message>
    <message>
        <source>With someone I really trust</source>
        <comment>s_copies_place.option.trusted_person</comment>
        <translation>放在我非常信任的人那里</translation>
    </message>
    <message>
        <source>At an organisation</source>
        <comment>s_copies_place.option.organisation</comment>
        <translation>放在一个机构</translation>
    </message>
    <message>
        <source>In an email account only I know</source>
        <comment>s_copies_place.option.private_email</comment>
        <translation>放在只有我知道的电子邮箱里</translation>
    </message>
    <message>
        <source>I do not have a place yet</source>
        <comment>s_copies_place.option.not_yet</comment>
        <translation>我还没有地方</translation>
    </message>
    <message>
        <source>Do you have an email account that the person does not know about?</source>
        <comment>s_private_email.text</comment>
        <translation>你有没有一个那个人不知道的电子邮箱？</translation>
    </message>
    <message>
        <source>You can email scans and notes to yourself and keep them safe there.</source>
        <comment>s_private_email.why</comment>
        <translation>你可以把扫描件和笔记发到自己的邮箱，安全地保存在那里。</translation>
    </message>
    <message>
        <source>Sign in only at a community organisation or a public library, not on a shared phone.</source>
        <comment>s_private_email.help</comment>
        <translation>只在社区机构或公共图书馆登录，不要在共用的手机上登录。</translation>
    </message>
</context>
</TS>
