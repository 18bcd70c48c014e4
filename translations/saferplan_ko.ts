<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About SaferPlan</source>
        <translation>SaferPlan 정보</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>버전 {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. You may use, share and change it.</source>
        <translation>GNU 일반 공중 사용 허가서(GNU General Public License) 3판 또는 그 이후 판에 따른 자유 소프트웨어예요. 자유롭게 쓰고, 나누고, 고칠 수 있어요.</translation>
    </message>
    <message>
        <source>The open plan is kept in this file: {path}</source>
        <translation>지금 열린 계획은 이 파일에 보관돼요: {path}</translation>
    </message>
    <message>
        <source>New plans are kept in this folder: {path}</source>
        <translation>새 계획은 이 폴더에 보관돼요: {path}</translation>
    </message>
    <message>
        <source>Portable mode is on: settings and plans stay in that folder, and nothing is kept in your home folder.</source>
        <translation>휴대용 모드가 켜져 있어요. 설정과 계획은 그 폴더에만 있고, 내 홈 폴더에는 아무것도 남지 않아요.</translation>
    </message>
    <message>
        <source>Portable mode is off.</source>
        <translation>휴대용 모드가 꺼져 있어요.</translation>
    </message>
    <message>
        <source>Show the licence</source>
        <translation>사용 허가서 보기</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>사용 허가서</translation>
    </message>
    <message>
        <source>The licence text is not in this copy. It is the GNU General Public License, version 3, at gnu.org/licenses.</source>
        <translation>이 사본에는 사용 허가서 전문이 없어요. GNU 일반 공중 사용 허가서 3판이며, gnu.org/licenses에서 볼 수 있어요.</translation>
    </message>
</context>
<context>
    <name>AnswerAdapter</name>
    <message>
        <source>Yes</source>
        <translation>네</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>잘 모르겠어요</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>날짜 없음</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>See it larger</source>
        <translation>크게 보기</translation>
    </message>
    <message>
        <source>Name of the file</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>파일 삭제</translation>
    </message>
    <message>
        <source>A PDF file, kept safely in your plan. SaferPlan cannot show it.</source>
        <translation>계획 안에 안전하게 보관된 PDF 파일이에요. SaferPlan에서는 보여 줄 수 없어요.</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Picture</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>이미지를 여는 중…</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>이 이미지를 보여 줄 수 없어요.</translation>
    </message>
</context>
<context>
    <name>BondSheet</name>
    <message>
        <source>If I am detained: for my bond person</source>
        <translation>내가 구금되면: 내 보증인에게</translation>
    </message>
    <message>
        <source>When</source>
        <translation>언제</translation>
    </message>
    <message>
        <source>The first detention review is within 48 hours, or soon after. Then within 7 days, then at least once every 30 days.</source>
        <translation>첫 구금 심사는 48시간 안에, 또는 그 직후에 열려요. 그다음은 7일 안에, 그 뒤로는 적어도 30일마다 한 번씩 열려요.</translation>
    </message>
    <message>
        <source>If you are not ready for the first review, the next chance may be a week or a month later. Call my lawyer as soon as you hear.</source>
        <translation>첫 심사에 준비가 안 되면, 다음 기회는 일주일이나 한 달 뒤일 수 있어요. 소식을 들으면 바로 내 변호사에게 전화해 주세요.</translation>
    </message>
    <message>
        <source>What you may be asked at the hearing</source>
        <translation>심사에서 받을 수 있는 질문</translation>
    </message>
    <message>
        <source>How you know me, where I will live, and how you will make sure I follow the conditions of my release.</source>
        <translation>나를 어떻게 아는지, 내가 어디에서 살지, 내가 석방 조건을 지키도록 어떻게 도울지.</translation>
    </message>
    <message>
        <source>Whether you would tell the CBSA if I broke a condition. You must, or you can lose the money.</source>
        <translation>내가 조건을 어기면 CBSA에 알릴 것인지. 꼭 알려야 해요. 알리지 않으면 돈을 잃을 수 있어요.</translation>
    </message>
    <message>
        <source>Where the money comes from. It must be your own money, not mine.</source>
        <translation>돈이 어디에서 나오는지. 내 돈이 아니라 보증인 본인의 돈이어야 해요.</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>가져갈 것</translation>
    </message>
    <message>
        <source>Photo ID, and proof of your status in Canada: a Canadian passport, citizenship certificate or permanent resident card.</source>
        <translation>사진이 있는 신분증, 그리고 캐나다 체류 신분 증명: 캐나다 여권, 시민권 증서 또는 영주권 카드.</translation>
    </message>
    <message>
        <source>Proof of your own money and income, and of your address: bank statements, pay slips, a lease or a bill.</source>
        <translation>본인의 돈과 소득, 주소를 보여 주는 서류: 은행 거래 내역서, 급여 명세서, 임대 계약서나 요금 고지서.</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>전화할 곳</translation>
    </message>
    <message>
        <source>Add my lawyer&apos;s and support worker&apos;s numbers here:</source>
        <translation>여기에 내 변호사와 지원 활동가의 전화번호를 적어 두세요:</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Bond person</source>
        <translation>보증인</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>이민 변호사</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>형사 변호사</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>가족법 변호사</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>법률 클리닉</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>지원 활동가</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>내 열쇠를 가진 사람</translation>
    </message>
    <message>
        <source>Cares for my children</source>
        <translation>내 아이들을 돌봐 줄 사람</translation>
    </message>
    <message>
        <source>Cares for my pets</source>
        <translation>내 반려동물을 돌봐 줄 사람</translation>
    </message>
    <message>
        <source>Release address</source>
        <translation>석방 후 지낼 주소</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>비상 연락처</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>대리인 (위임장)</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>증인</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>안전한 곳</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>다른 연락처</translation>
    </message>
    <message>
        <source>In an emergency, please contact</source>
        <translation>긴급한 일이 생기면 연락해 주세요</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Medication and medical needs</source>
        <translation>약과 의료상 필요한 것</translation>
    </message>
    <message>
        <source>Language / interpreter</source>
        <translation>언어 / 통역사</translation>
    </message>
    <message>
        <source>This line is 5 cm long. If it is not, print again at 100 % (actual size).</source>
        <translation>이 선의 길이는 5cm예요. 5cm가 아니면 100%(실제 크기)로 다시 인쇄하세요.</translation>
    </message>
</context>
<context>
    <name>CardRisk</name>
    <message>
        <source>Before you print a card</source>
        <translation>카드를 인쇄하기 전에</translation>
    </message>
    <message>
        <source>If you are detained, officers take your things and may read this card. They may call the people on it. You decide what is best. You can also give the card to your bond person to keep, or learn the numbers by heart and carry no card.</source>
        <translation>내가 구금되면 공무원이 내 물건을 가져가고 이 카드를 읽을 수 있어요. 카드에 있는 사람들에게 전화할 수도 있어요. 무엇이 가장 좋을지는 내가 정해요. 카드를 내 보증인에게 맡겨 둘 수도 있고, 번호를 외워서 카드 없이 다닐 수도 있어요.</translation>
    </message>
    <message>
        <source>Print the card as it is</source>
        <translation>카드를 그대로 인쇄하기</translation>
    </message>
    <message>
        <source>Make it discreet: names and numbers only</source>
        <translation>눈에 띄지 않게: 이름과 번호만</translation>
    </message>
    <message>
        <source>Choose fewer people first</source>
        <translation>먼저 사람 수 줄이기</translation>
    </message>
    <message>
        <source>Save a sheet for my bond person instead</source>
        <translation>대신 내 보증인에게 줄 안내지 저장하기</translation>
    </message>
    <message>
        <source>Choose fewer people</source>
        <translation>사람 수 줄이기</translation>
    </message>
    <message>
        <source>Untick the people you want to leave off the card, then print again.</source>
        <translation>카드에서 뺄 사람의 체크 표시를 없애고, 다시 인쇄하세요.</translation>
    </message>
    <message>
        <source>A sheet for your bond person</source>
        <translation>내 보증인에게 줄 안내지</translation>
    </message>
    <message>
        <source>It says what to do if you are detained: when, what they may be asked, what to bring, and who to call. It is printed in the language chosen for printing, and in English.</source>
        <translation>내가 구금되면 무엇을 해야 하는지 적혀 있어요. 언제 와야 하는지, 어떤 질문을 받을 수 있는지, 무엇을 가져와야 하는지, 누구에게 연락해야 하는지요. 인쇄용으로 고른 언어와 영어로 함께 인쇄돼요.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>인쇄하지 못했어요</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. Use Save as PDF to keep a file.</source>
        <translation>SaferPlan은 프린터로만 인쇄해요. 파일로 남기려면 “PDF로 저장”을 쓰세요.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>The sheet for your bond person is saved. Give it to them on paper if you can.</source>
        <translation>내 보증인에게 줄 안내지를 저장했어요. 가능하면 종이로 인쇄해서 건네주세요.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>What SaferPlan keeps</source>
        <translation>SaferPlan이 보관하는 것</translation>
    </message>
    <message>
        <source>Only what you type: your plans, the people and documents you add, and the numbers you want to learn. Write as little as you need. First names and your own words are fine.</source>
        <translation>내가 입력한 것만 보관해요: 내 계획, 내가 추가한 사람과 서류, 외우고 싶은 번호. 필요한 만큼만 적으세요. 이름만 적거나 나만의 말로 적어도 괜찮아요.</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>보관되는 곳</translation>
    </message>
    <message>
        <source>In one file on this computer, locked with a passphrase you choose. Without the passphrase, or a recovery code if you make one, nobody can read it. Not us either: if you forget both, the plan cannot be opened again.</source>
        <translation>이 컴퓨터의 파일 하나에, 내가 정한 암호 문구로 잠겨 있어요. 암호 문구나, 만들었다면 복구 코드가 없으면 아무도 읽을 수 없어요. 우리도 읽을 수 없어요. 둘 다 잊어버리면 계획을 다시 열 수 없어요.</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>아무것도 밖으로 보내지 않아요</translation>
    </message>
    <message>
        <source>SaferPlan never uses the internet. Nothing you write leaves this computer unless you print it or save a copy yourself.</source>
        <translation>SaferPlan은 인터넷을 전혀 쓰지 않아요. 내가 인쇄하거나 직접 사본을 저장하지 않는 한, 내가 쓴 것은 이 컴퓨터 밖으로 나가지 않아요.</translation>
    </message>
    <message>
        <source>You decide</source>
        <translation>내가 정해요</translation>
    </message>
    <message>
        <source>Every question can be skipped, left for later, or marked as not for you. You can see everything you wrote, take a copy, and delete everything at any time.</source>
        <translation>모든 질문은 건너뛰거나, 나중으로 미루거나, 해당 없음으로 표시할 수 있어요. 내가 쓴 것은 언제든 모두 보고, 사본을 가져가고, 모두 지울 수 있어요.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>빠른 나가기</translation>
    </message>
    <message>
        <source>The Hide button at the top is always there. Pressing Esc twice, or Shift three times, does the same. SaferPlan hides your plan at once, saves it, locks it and minimises or closes. To open it again you need your passphrase. After a few minutes without use it locks by itself.</source>
        <translation>위쪽의 숨기기 버튼은 늘 그 자리에 있어요. Esc를 두 번 누르거나 Shift를 세 번 눌러도 같아요. SaferPlan이 바로 계획을 숨기고, 저장하고, 잠근 다음 창을 최소화하거나 닫아요. 다시 열려면 암호 문구가 필요해요. 몇 분 동안 쓰지 않으면 저절로 잠겨요.</translation>
    </message>
    <message>
        <source>What SaferPlan cannot protect against</source>
        <translation>SaferPlan이 막을 수 없는 것</translation>
    </message>
    <message>
        <source>It cannot keep you safe while the plan is open and someone is watching. It cannot stop spyware, a keylogger, or someone who controls this computer. It cannot hide that SaferPlan or a plan file is here: the file&apos;s size and date can be seen. It cannot help if someone forces you to tell them your passphrase. Deleted files may still be recoverable on some drives and USB sticks. Printouts and saved copies are not protected once they leave SaferPlan: keep them somewhere safe.</source>
        <translation>계획이 열려 있는 동안 누군가 보고 있다면 나를 지켜 줄 수 없어요. 스파이웨어, 키로거, 또는 이 컴퓨터를 통제하는 사람을 막을 수 없어요. SaferPlan이나 계획 파일이 여기 있다는 사실은 숨길 수 없어요. 파일 크기와 날짜는 보여요. 누군가 암호 문구를 말하라고 강요하면 도울 수 없어요. 지운 파일도 일부 드라이브나 USB 메모리에서는 되살릴 수 있어요. 인쇄물과 저장한 사본은 SaferPlan 밖으로 나가면 보호되지 않아요. 안전한 곳에 보관하세요.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>시작하기 전에</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>계속(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>암호 문구 정하기</translation>
    </message>
    <message>
        <source>Also make a recovery code</source>
        <translation>복구 코드도 만들기</translation>
    </message>
    <message>
        <source>A recovery code opens the plan if you forget your passphrase. It is shown once, for you to write down. Anyone who finds it can open your plan too, so keep it somewhere safe, away from this computer. Without a code, a forgotten passphrase means the plan cannot be opened again.</source>
        <translation>복구 코드가 있으면 암호 문구를 잊었을 때 계획을 열 수 있어요. 적어 둘 수 있도록 한 번만 보여 줘요. 코드를 찾은 사람도 계획을 열 수 있으니, 이 컴퓨터와 떨어진 안전한 곳에 두세요. 코드가 없으면 암호 문구를 잊었을 때 계획을 다시 열 수 없어요.</translation>
    </message>
    <message>
        <source>Locking your new plan. This takes a moment.</source>
        <translation>새 계획을 잠그는 중이에요. 잠시만 기다려 주세요.</translation>
    </message>
    <message>
        <source>&amp;Create my plan</source>
        <translation>내 계획 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>The plan could not be created. Nothing was saved.</source>
        <translation>계획을 만들지 못했어요. 아무것도 저장되지 않았어요.</translation>
    </message>
</context>
<context>
    <name>DirectoryWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>홈으로(&amp;M)</translation>
    </message>
    <message>
        <source>As listed in {date} — check before relying on it.</source>
        <translation>{date} 기준 목록이에요. 이용하기 전에 꼭 확인하세요.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or another category.</source>
        <translation>맞는 결과가 없어요. 글자를 줄이거나 다른 분류를 골라 보세요.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>모든 도움</translation>
    </message>
    <message>
        <source>Search by name, number or what they offer</source>
        <translation>이름, 번호, 제공하는 도움으로 찾기</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>찾기(&amp;S)</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>안내서 목록, {date} 기준이에요. 이용하기 전에 꼭 확인하세요.</translation>
    </message>
</context>
<context>
    <name>DocumentAdapter</name>
    <message>
        <source>No documents in your list yet.</source>
        <translation>아직 목록에 서류가 없어요.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>서류 추가</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>무엇인지</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>보관한 곳</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>What it is</source>
        <translation>무엇인지</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>보관한 곳</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>사본을 가진 사람</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(아직 이름 없음)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Passport</source>
        <translation>여권</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>신분증</translation>
    </message>
    <message>
        <source>Children&apos;s documents</source>
        <translation>아이들 서류</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <translation>이민 서류</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>학업 허가</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>취업 허가</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>출생 증명서</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>은행 카드</translation>
    </message>
    <message>
        <source>Health card</source>
        <translation>건강 카드</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>약 목록</translation>
    </message>
    <message>
        <source>Lease or rental papers</source>
        <translation>임대 계약 서류</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>법원 서류</translation>
    </message>
</context>
<context>
    <name>DocumentsWidget</name>
    <message>
        <source>Documents</source>
        <translation>서류</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>홈으로(&amp;M)</translation>
    </message>
    <message>
        <source>Discreet words are fine: “the blue box” works as well as “passport at Lan&apos;s”.</source>
        <translation>눈에 띄지 않는 말로 적어도 괜찮아요. “란네 집에 있는 여권” 대신 “파란 상자”라고 적어도 돼요.</translation>
    </message>
    <message>
        <source>No documents in your list yet</source>
        <translation>아직 목록에 서류가 없어요</translation>
    </message>
    <message>
        <source>Note where your important papers are kept and who has a copy, so they can be found when you need them.</source>
        <translation>중요한 서류를 어디에 두었는지, 누가 사본을 가지고 있는지 적어 두세요. 필요할 때 찾을 수 있어요.</translation>
    </message>
    <message>
        <source>&amp;Add a document</source>
        <translation>서류 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(아직 이름 없음)</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>이 서류</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>서류 삭제</translation>
    </message>
    <message>
        <source>Remove {what} from your list?</source>
        <translation>목록에서 {what}을(를) 삭제할까요?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>그대로 두기</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>많이 적어도, 조금만 적어도 괜찮아요.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>시간 넣기</translation>
    </message>
    <message>
        <source>Who was there (optional)</source>
        <translation>함께 있던 사람 (선택)</translation>
    </message>
    <message>
        <source>People you add under People can be chosen here.</source>
        <translation>“사람들”에 추가한 사람을 여기서 고를 수 있어요.</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>함께 있던 사람</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>사진과 파일</translation>
    </message>
    <message>
        <source>Add a photo or screenshot…</source>
        <translation>사진이나 화면 캡처 추가…</translation>
    </message>
    <message>
        <source>Add a photo or screenshot</source>
        <translation>사진이나 화면 캡처 추가</translation>
    </message>
    <message>
        <source>First written as: {when}. Choosing a date here replaces it.</source>
        <translation>처음에 적은 날짜: {when}. 여기서 날짜를 고르면 새 날짜로 바뀌어요.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(아직 이름 없음)</translation>
    </message>
    <message>
        <source>The file is kept in your plan, and the original was deleted.</source>
        <translation>파일을 계획 안에 보관했고, 원본은 삭제했어요.</translation>
    </message>
    <message>
        <source>The file is kept in your plan. The original is still there.</source>
        <translation>파일을 계획 안에 보관했어요. 원본은 그대로 있어요.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>파일 삭제</translation>
    </message>
    <message>
        <source>Remove this file from the entry? It will no longer be kept in your plan.</source>
        <translation>이 기록에서 파일을 삭제할까요? 더 이상 계획 안에 보관되지 않아요.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>그대로 두기</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 생겼어요</translation>
    </message>
    <message>
        <source>Something went wrong inside SaferPlan. Your plan is safe in its locked file; you may want to lock and reopen it.</source>
        <translation>SaferPlan 안에서 문제가 생겼어요. 계획은 잠긴 파일 안에 안전하게 있어요. 계획을 잠갔다가 다시 열어 봐도 좋아요.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is not enough room on the card. Choose fewer people or leave out the medication line.</source>
        <translation>지갑 카드에 자리가 모자라요. 사람을 더 적게 고르거나, 약 정보 줄을 넣지 마세요.</translation>
    </message>
    <message>
        <source>There is not enough room on the card. Choose fewer people.</source>
        <translation>지갑 카드에 자리가 모자라요. 사람을 더 적게 골라 주세요.</translation>
    </message>
    <message>
        <source>Some text cannot be printed because no font for {script} is installed. Install a font for {script}, for example the {font} font (on Debian or Ubuntu: the {package} package), then try again.</source>
        <translation>{script} 글꼴이 설치되어 있지 않아서 일부 글자를 인쇄할 수 없어요. {script} 글꼴을 설치한 뒤 다시 해 보세요. 예를 들면 {font} 글꼴이 있어요(Debian이나 Ubuntu에서는 {package} 패키지).</translation>
    </message>
    <message>
        <source>Some of the chosen entries are no longer in the plan. Please choose again.</source>
        <translation>고른 기록 중 일부가 이제 계획에 없어요. 다시 골라 주세요.</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of SaferPlan. Please try again.</source>
        <translation>인쇄하려면 SaferPlan의 화면 부분이 필요해요. 다시 해 보세요.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is ready, then try again.</source>
        <translation>프린터를 시작하지 못했어요. 프린터가 준비되었는지 확인하고 다시 해 보세요.</translation>
    </message>
    <message>
        <source>A picture could not be put in the PDF, so it was not saved. Please try again.</source>
        <translation>PDF에 사진을 넣지 못해서 저장하지 않았어요. 다시 해 보세요.</translation>
    </message>
</context>
<context>
    <name>FileTextView</name>
    <message>
        <source>Opening the file…</source>
        <translation>파일을 여는 중…</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>이 파일을 보여 줄 수 없어요.</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <source>Places</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>USB 메모리나 메모리 카드: %1</translation>
    </message>
    <message>
        <source>Home folder, on this computer</source>
        <translation>홈 폴더 (이 컴퓨터)</translation>
    </message>
</context>
<context>
    <name>Guest</name>
    <message>
        <source>Finish guest session</source>
        <translation>손님 모드 마치기</translation>
    </message>
    <message>
        <source>Nothing from this session stays on this computer. What would you like to take with you?</source>
        <translation>손님 모드에서 쓴 내용은 이 컴퓨터에 남지 않아요. 무엇을 가져가고 싶어요?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Open Print from the home screen first, then finish the session.</source>
        <translation>먼저 홈 화면에서 “인쇄하거나 사본 저장하기”를 열고, 그다음에 손님 모드를 마치세요.</translation>
    </message>
    <message>
        <source>Forget everything</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Forget everything from this session? It cannot be brought back.</source>
        <translation>손님 모드에서 쓴 모든 내용을 지울까요? 되돌릴 수 없어요.</translation>
    </message>
    <message>
        <source>Forget it all</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>저장할 곳</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick. The file is locked with a passphrase and has a neutral name.</source>
        <translation>폴더를 고르세요. 예를 들어 내 USB 메모리에 있는 폴더요. 파일은 암호 문구로 잠기고, 중립적인 이름이 붙어요.</translation>
    </message>
    <message>
        <source>Lock the file</source>
        <translation>파일 잠그기</translation>
    </message>
    <message>
        <source>&amp;Save a locked file to a folder or USB stick</source>
        <translation>잠긴 파일을 폴더나 USB 메모리에 저장하기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation>인쇄하기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Take nothing and forget it all</source>
        <translation>아무것도 가져가지 않고 모두 지우기(&amp;T)</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the plan again.</source>
        <translation>이 파일의 암호 문구를 정하세요. 나중에 계획을 다시 열 때 필요해요.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>This folder is on this computer</source>
        <translation>이 폴더는 이 컴퓨터에 있어요</translation>
    </message>
    <message>
        <source>This folder is on this computer, not on a USB stick. The file will stay here after you leave. It is locked, but other people who use this computer can see that it is there. Save it here anyway?</source>
        <translation>이 폴더는 USB 메모리가 아니라 이 컴퓨터에 있어요. 내가 떠난 뒤에도 파일이 여기에 남아요. 파일은 잠겨 있지만, 이 컴퓨터를 쓰는 다른 사람들이 파일이 있다는 것을 볼 수 있어요. 그래도 여기에 저장할까요?</translation>
    </message>
    <message>
        <source>Save it here</source>
        <translation>여기에 저장</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>다른 곳 고르기</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Take the USB stick with you.</source>
        <translation>%2에 %1(이)라는 이름으로 저장했어요. USB 메모리를 챙겨 가세요.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장하지 못했어요</translation>
    </message>
    <message>
        <source>Saved as %1 in %2, on this computer. It stays here, locked with your passphrase.</source>
        <translation>이 컴퓨터의 %2에 %1(으)로 저장했어요. 내 암호 문구로 잠긴 채 여기에 남아요.</translation>
    </message>
    <message>
        <source>Saving a locked copy. This takes a moment.</source>
        <translation>잠긴 사본을 저장하고 있어요. 잠시 걸려요.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was saved there.</source>
        <translation>파일을 쓰지 못했어요. 그곳에는 아무것도 저장되지 않았어요.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Safety plan</source>
        <translation>안전 계획</translation>
    </message>
    <message>
        <source>Add a &amp;safety plan</source>
        <translation>안전 계획 추가(&amp;S)</translation>
    </message>
    <message>
        <source>Add a &amp;release plan</source>
        <translation>석방 계획 추가(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>사람들(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>서류(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Numbers to learn by heart</source>
        <translation>외워 둘 번호(&amp;N)</translation>
    </message>
    <message>
        <source>Pri&amp;vate record</source>
        <translation>개인 기록(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print or save a copy</source>
        <translation>인쇄하거나 사본 저장하기(&amp;P)</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>석방 계획</translation>
    </message>
    <message>
        <source>Or&amp;ganisations that can help</source>
        <translation>도움받을 수 있는 단체(&amp;G)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>1 number to practise</source>
        <translation>연습할 번호 1개</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers to practise</source>
        <translation>
            <numerusform>연습할 번호 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>새 계획</translation>
    </message>
    <message>
        <source>Give this plan a name. Choose words that mean something to you, and little to anyone else.</source>
        <translation>이 계획의 이름을 정하세요. 나에게는 의미가 있고, 다른 사람에게는 별 의미가 없는 말을 고르세요.</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>계획 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>새 이름</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>계획 삭제</translation>
    </message>
    <message>
        <source>Delete this plan and all its answers? People and documents stay. This cannot be undone.</source>
        <translation>이 계획과 모든 답을 삭제할까요? 사람과 서류는 남아요. 되돌릴 수 없어요.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%2개 중 %1개 답함</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1명</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n명</numerusform>
        </translation>
    </message>
    <message>
        <source>People you trust and people to call</source>
        <translation>믿는 사람들과 연락할 사람들</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>서류 1개</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>서류 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Where your papers are</source>
        <translation>내 서류가 있는 곳</translation>
    </message>
    <message>
        <source>Free and confidential help</source>
        <translation>무료로, 비밀이 지켜지는 도움</translation>
    </message>
    <message>
        <source>Phone numbers you know without your phone</source>
        <translation>휴대폰 없이도 아는 전화번호</translation>
    </message>
    <message>
        <source>Notes, photos and dates, kept private</source>
        <translation>메모, 사진, 날짜를 비공개로 보관</translation>
    </message>
    <message>
        <source>A copy on paper, or a small card</source>
        <translation>종이 사본이나 작은 카드</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <source>Sample plan — nothing is saved.</source>
        <translation>예시 계획이에요. 아무것도 저장되지 않아요.</translation>
    </message>
    <message>
        <source>Guest session — nothing is saved on this computer. When you finish, you choose what to take with you.</source>
        <translation>손님 모드예요. 이 컴퓨터에는 아무것도 저장되지 않아요. 마칠 때 무엇을 가져갈지 정할 수 있어요.</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>설정(&amp;T)</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>내 계획</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>계속(&amp;C)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>&amp;Finish guest session</source>
        <translation>손님 모드 마치기(&amp;F)</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>아직 계획이 없어요</translation>
    </message>
    <message>
        <source>A safety plan helps if you are at risk of violence. A release plan helps if you could be detained. You can have several.</source>
        <translation>안전 계획은 폭력의 위험이 있을 때 도움이 돼요. 석방 계획은 구금될 수 있을 때 도움이 돼요. 계획은 여러 개 만들 수 있어요.</translation>
    </message>
    <message>
        <source>Start a plan</source>
        <translation>계획 시작하기</translation>
    </message>
    <message>
        <source>Shared by all plans</source>
        <translation>모든 계획에서 함께 쓰는 것</translation>
    </message>
    <message>
        <source>Before you start: privacy and limits</source>
        <translation>시작하기 전에: 개인 정보와 한계</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there? Your plan will lock in {seconds} seconds to keep it safe.</source>
        <translation>아직 있나요? 계획을 안전하게 지키기 위해 {seconds}초 뒤에 잠가요.</translation>
    </message>
    <message>
        <source>Still there? Your plan will be hidden in {seconds} seconds to keep it safe.</source>
        <translation>아직 있나요? 계획을 안전하게 지키기 위해 {seconds}초 뒤에 숨겨요.</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>계속 쓰기(&amp;K)</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>암호 문구 바꾸기</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>새 복구 코드 만들기</translation>
    </message>
    <message>
        <source>Remove the recovery code</source>
        <translation>복구 코드 삭제</translation>
    </message>
    <message>
        <source>After the change, only the new passphrase opens this plan file and its backup. A recovery code stops working; you can make a new one afterwards. Copies of the file made before (for example on a USB stick) still open with the old passphrase.</source>
        <translation>바꾼 뒤에는 새 암호 문구로만 이 계획 파일과 백업을 열 수 있어요. 복구 코드는 더 이상 쓸 수 없고, 나중에 새로 만들 수 있어요. 전에 만든 파일 사본(예: USB 메모리에 있는 것)은 여전히 예전 암호 문구로 열려요.</translation>
    </message>
    <message>
        <source>The new code is shown once, for you to write down. An older code stops working for this file, but still opens copies of the file made before.</source>
        <translation>새 코드는 한 번만 보여 줘요. 꼭 적어 두세요. 예전 코드는 이 파일에서는 더 이상 쓸 수 없지만, 전에 만든 파일 사본은 여전히 열 수 있어요.</translation>
    </message>
    <message>
        <source>After this, only your passphrase opens this plan file. If you forget it, the plan cannot be opened again. Copies of the file made before still open with the old code.</source>
        <translation>이렇게 하면 내 암호 문구로만 이 계획 파일을 열 수 있어요. 암호 문구를 잊으면 계획을 다시 열 수 없어요. 전에 만든 파일 사본은 여전히 예전 코드로 열려요.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>내 복구 코드</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>지금 쓰는 암호 문구</translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation>새 암호 문구</translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation>먼저 복구 코드를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>먼저 지금 쓰는 암호 문구를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so nothing was changed. Please try again.</source>
        <translation>최근 변경 내용을 저장하지 못해서 아무것도 바꾸지 않았어요. 다시 해 주세요.</translation>
    </message>
    <message>
        <source>That is not the recovery code. Nothing was changed.</source>
        <translation>복구 코드가 아니에요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>지금 쓰는 암호 문구가 아니에요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>The change could not be made. Nothing was changed.</source>
        <translation>바꾸지 못했어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>암호 문구와 복구 코드</translation>
    </message>
    <message>
        <source>This plan has a recovery code.</source>
        <translation>이 계획에는 복구 코드가 있어요.</translation>
    </message>
    <message>
        <source>This plan has no recovery code.</source>
        <translation>이 계획에는 복구 코드가 없어요.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase</source>
        <translation>암호 문구 바꾸기(&amp;P)</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;code</source>
        <translation>새 복구 코드 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove the recovery code</source>
        <translation>복구 코드 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase no longer opens this file.</source>
        <translation>암호 문구를 바꿨어요. 예전 암호 문구로는 이제 이 파일을 열 수 없어요.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase and the recovery code no longer open this file. You can make a new recovery code here.</source>
        <translation>암호 문구를 바꿨어요. 예전 암호 문구와 복구 코드로는 이제 이 파일을 열 수 없어요. 여기에서 새 복구 코드를 만들 수 있어요.</translation>
    </message>
    <message>
        <source>The new recovery code works now.</source>
        <translation>이제 새 복구 코드를 쓸 수 있어요.</translation>
    </message>
    <message>
        <source>The recovery code is removed. Only your passphrase opens this file now.</source>
        <translation>복구 코드를 삭제했어요. 이제 내 암호 문구로만 이 파일을 열 수 있어요.</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Who can help you learn more</source>
        <translation>더 알아보도록 도와줄 수 있는 곳</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>내 사람들에 추가</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>{name}을(를) 내 사람들에 추가</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>안내서의 목록, {date} 기준 — 믿고 쓰기 전에 확인하세요.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가했어요</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>As of January 2020 — general information, not legal advice; check with a legal clinic.</source>
        <translation>2020년 1월 기준 — 일반 정보이며 법률 조언이 아니에요. 법률 클리닉에 확인하세요.</translation>
    </message>
</context>
<context>
    <name>LegalBox</name>
    <message>
        <source>What to know</source>
        <translation>알아 둘 것</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portable mode: settings and plans stay in the app&apos;s own folder.</source>
        <translation>휴대용 모드: 설정과 계획이 앱 자체 폴더에 남아요.</translation>
    </message>
    <message>
        <source>Hides everything at once and locks the plan. Esc twice does the same.</source>
        <translation>모든 것을 바로 숨기고 계획을 잠가요. Esc를 두 번 눌러도 같아요.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>숨기기(&amp;H)</translation>
    </message>
    <message>
        <source>L&amp;ock</source>
        <translation>잠그기(&amp;O)</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>계획 파일 열기</translation>
    </message>
    <message>
        <source>Choose the plan file, for example on your USB stick.</source>
        <translation>계획 파일을 고르세요. 예를 들어 USB 메모리에 있는 파일이요.</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>백업을 열었어요</translation>
    </message>
    <message>
        <source>The backup copy opened. Your changes will be saved to the plan file again.</source>
        <translation>백업 사본을 열었어요. 바뀐 내용은 다시 계획 파일에 저장돼요.</translation>
    </message>
    <message>
        <source>Your changes are back</source>
        <translation>변경 내용이 돌아왔어요</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked. They are back now. SaferPlan will try to save them again.</source>
        <translation>계획을 잠그기 전에 마지막 변경 내용을 저장하지 못했어요. 지금은 다시 돌아왔어요. SaferPlan이 다시 저장해 볼 거예요.</translation>
    </message>
    <message>
        <source>Changes not kept</source>
        <translation>변경 내용이 남지 않았어요</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked, and they could not be kept. The plan is as it was last saved.</source>
        <translation>계획을 잠그기 전에 마지막 변경 내용을 저장하지 못했고, 내용도 남기지 못했어요. 계획은 마지막으로 저장한 상태 그대로예요.</translation>
    </message>
    <message>
        <source>Saved by a newer version</source>
        <translation>더 새로운 버전에서 저장됨</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of SaferPlan ({version}). You can read it here, but changes are not saved, so that nothing the newer version added is lost. To change the plan, use the newer version.</source>
        <translation>이 계획은 더 새로운 버전의 SaferPlan({version})에서 저장됐어요. 여기에서 읽을 수는 있지만, 새 버전이 추가한 내용이 사라지지 않도록 변경 내용은 저장되지 않아요. 계획을 바꾸려면 새 버전을 쓰세요.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장하지 못했어요</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 It is still here. Please try again in a moment.</source>
        <translation>마지막 변경 내용을 저장하지 못했어요: %1 내용은 아직 여기 있어요. 잠시 후 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Not saved for next time</source>
        <translation>다음번을 위해 저장되지 않음</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>설정을 저장하지 못했어요</translation>
    </message>
    <message>
        <source>Your settings work now but could not be kept for next time.</source>
        <translation>설정은 지금은 적용되지만, 다음번을 위해 저장하지는 못했어요.</translation>
    </message>
    <message>
        <source>Your plan was locked.</source>
        <translation>계획이 잠겼어요.</translation>
    </message>
    <message>
        <source>Your last changes are not saved</source>
        <translation>마지막 변경 내용이 저장되지 않았어요</translation>
    </message>
    <message>
        <source>SaferPlan could not save your last changes. If you close now, they are lost. You can stay, check the folder or the USB stick, and try again.</source>
        <translation>SaferPlan이 마지막 변경 내용을 저장하지 못했어요. 지금 닫으면 이 내용은 사라져요. 닫지 않고 폴더나 USB 메모리를 확인한 다음 다시 해 볼 수 있어요.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>그래도 닫기</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>닫지 않기</translation>
    </message>
</context>
<context>
    <name>OlderCopy</name>
    <message>
        <source>This copy of your plan was made before its passphrase was changed on this computer. Someone who knew the old passphrase may have put it back. Your newer plan may be in another file or folder.</source>
        <translation>이 계획 사본은 이 컴퓨터에서 암호 문구를 바꾸기 전에 만든 거예요. 예전 암호 문구를 아는 누군가가 이 사본을 다시 가져다 놓았을 수도 있어요. 더 최근 계획은 다른 파일이나 폴더에 있을 수 있어요.</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy. The backup beside it is newer (save %3): you can open it instead.</source>
        <translation>이 계획 파일은 이 컴퓨터에서 마지막으로 저장한 것보다 예전 거예요(%1번째 저장, 여기서 가장 최근은 %2번째 저장). 누군가 예전 사본을 다시 가져다 놓았을 수도 있어요. 옆에 있는 백업이 더 최근 거예요(%3번째 저장). 대신 그 백업을 열 수 있어요.</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy, or it came from a backup. Your newer plan may be in another file or folder.</source>
        <translation>이 계획 파일은 이 컴퓨터에서 마지막으로 저장한 것보다 예전 거예요(%1번째 저장, 여기서 가장 최근은 %2번째 저장). 누군가 예전 사본을 다시 가져다 놓았거나, 백업에서 온 파일일 수 있어요. 더 최근 계획은 다른 파일이나 폴더에 있을 수 있어요.</translation>
    </message>
    <message>
        <source>An older copy of your plan</source>
        <translation>내 계획의 예전 사본</translation>
    </message>
    <message>
        <source>Use this older copy</source>
        <translation>이 예전 사본 쓰기</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Open the newer backup</source>
        <translation>더 최근 백업 열기</translation>
    </message>
    <message>
        <source>The backup did not open</source>
        <translation>백업이 열리지 않았어요</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>두 비밀번호가 아직 같지 않아요.</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>인쇄할 것</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>계획 전체</translation>
    </message>
    <message>
        <source>The wallet card</source>
        <translation>지갑 카드</translation>
    </message>
    <message>
        <source>People on the card</source>
        <translation>카드에 넣을 사람</translation>
    </message>
    <message>
        <source>No people yet. People you add under People can go on the card.</source>
        <translation>아직 사람이 없어요. “사람들”에 추가한 사람을 카드에 넣을 수 있어요.</translation>
    </message>
    <message>
        <source>Include the medication line</source>
        <translation>약 정보 줄 넣기</translation>
    </message>
    <message>
        <source>Include the language and interpreter line</source>
        <translation>언어·통역사 줄 넣기</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>눈에 띄지 않게</translation>
    </message>
    <message>
        <source>Neutral headings, names and numbers only.</source>
        <translation>중립적인 제목, 이름, 번호만 넣어요.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>레터(Letter)</translation>
    </message>
    <message>
        <source>Language of the headings</source>
        <translation>제목 언어</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>비밀번호 (선택)</translation>
    </message>
    <message>
        <source>Only for saving a file. Anyone who wants to open the PDF will need it. SaferPlan cannot recover it.</source>
        <translation>파일로 저장할 때만 써요. PDF를 열려면 누구든 이 비밀번호가 필요해요. SaferPlan은 비밀번호를 되찾아 줄 수 없어요.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>PDF 비밀번호</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>같은 비밀번호 한 번 더</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>PDF 비밀번호 다시 입력</translation>
    </message>
</context>
<context>
    <name>OrganisationCard</name>
    <message>
        <source>Role for {name}</source>
        <translation>{name}의 역할</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>역할 없음</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>내 사람들에 추가</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>{name}을(를) 내 사람들에 추가</translation>
    </message>
    <message>
        <source>Added to your people. You can change it there.</source>
        <translation>내 사람들에 추가했어요. 거기에서 바꿀 수 있어요.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Spaces alone cannot be a passphrase.</source>
        <translation>공백만으로는 암호 문구를 만들 수 없어요.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>너무 짧아요. 적어도 %1자 이상 쓰세요.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, so it is easy to guess. Please choose another.</source>
        <translation>가장 흔한 비밀번호 중 하나라서 알아내기 쉬워요. 다른 것을 골라 주세요.</translation>
    </message>
    <message>
        <source>This is a keyboard or letter pattern, so it is easy to guess. Please choose another.</source>
        <translation>키보드나 글자 배열 패턴이라서 알아내기 쉬워요. 다른 것을 골라 주세요.</translation>
    </message>
    <message>
        <source>Numbers alone, such as a date, are easy to guess. Please add some words.</source>
        <translation>날짜처럼 숫자만 있으면 알아내기 쉬워요. 단어를 몇 개 넣어 주세요.</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>보통이에요. 단어를 한두 개 더 넣으면 훨씬 강해져요.</translation>
    </message>
    <message>
        <source>Good. One more word makes it stronger still.</source>
        <translation>좋아요. 단어를 하나 더 넣으면 더 강해져요.</translation>
    </message>
    <message>
        <source>Strong: long, with several words.</source>
        <translation>강해요: 길고, 단어가 여러 개예요.</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>암호 문구 숨기기</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>암호 문구 보기</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>A few unrelated words you can remember make a strong passphrase, for example four words from different parts of your life. Do not use a name or a date someone could guess.</source>
        <translation>서로 관계없는, 기억할 수 있는 단어 몇 개를 쓰면 강한 암호 문구가 돼요. 예를 들어 내 삶의 서로 다른 부분에서 고른 단어 네 개요. 다른 사람이 짐작할 수 있는 이름이나 날짜는 쓰지 마세요.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>같은 암호 문구 다시 입력</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>먼저 암호 문구를 정해 주세요.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>두 암호 문구가 같지 않아요. 다시 입력해 주세요.</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <source>Paused</source>
        <translation>잠시 멈춤</translation>
    </message>
    <message>
        <source>This session was hidden after a few minutes without use.</source>
        <translation>몇 분 동안 쓰지 않아서 이 세션을 숨겼어요.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>계속(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <source>People</source>
        <translation>사람들</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>홈으로(&amp;M)</translation>
    </message>
    <message>
        <source>First names or nicknames are enough. Add only what your plan needs.</source>
        <translation>이름이나 별명만으로 충분해요. 계획에 필요한 것만 추가하세요.</translation>
    </message>
    <message>
        <source>No one in your list yet</source>
        <translation>아직 목록에 아무도 없어요</translation>
    </message>
    <message>
        <source>Add the people who could help: someone to call, a lawyer, someone who could care for your children.</source>
        <translation>도와줄 수 있는 사람을 추가하세요. 연락할 사람, 변호사, 아이를 돌봐 줄 수 있는 사람 등이에요.</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>사람 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(아직 이름 없음)</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>이 사람</translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation>사람 삭제</translation>
    </message>
    <message>
        <source>Remove {name} from your plan? They will also be taken out of your answers.</source>
        <translation>계획에서 {name}을(를) 삭제할까요? 내 답에서도 함께 지워져요.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>그대로 두기</translation>
    </message>
</context>
<context>
    <name>PersonAdapter</name>
    <message>
        <source>No one in your list yet.</source>
        <translation>아직 목록에 아무도 없어요.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>사람 추가</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>이름 또는 별명</translation>
    </message>
    <message>
        <source>Phone (if you want)</source>
        <translation>전화번호 (원하면)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Address (if you want)</source>
        <translation>주소 (원하면)</translation>
    </message>
    <message>
        <source>About the phone number</source>
        <translation>전화번호에 대해</translation>
    </message>
    <message>
        <source>Print this address on my wallet card</source>
        <translation>이 주소를 내 지갑 카드에 인쇄하기</translation>
    </message>
    <message>
        <source>Officers may read the card. Leave this off unless you need the address on it.</source>
        <translation>경찰이나 이민 당국 직원이 카드를 볼 수 있어요. 카드에 주소가 꼭 필요한 게 아니면 선택하지 마세요.</translation>
    </message>
    <message>
        <source>I want to know this number by heart</source>
        <translation>이 번호를 외우고 싶어요</translation>
    </message>
    <message>
        <source>What they could do for me</source>
        <translation>나를 위해 해 줄 수 있는 일</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>A phone number can hold only digits, spaces, a dot and the signs + - ( ). For an extension, type x or ext, then its digits.</source>
        <translation>전화번호에는 숫자, 공백, 점 하나, 그리고 + - ( ) 기호만 쓸 수 있어요. 내선 번호는 x나 ext를 입력한 다음 번호를 쓰세요.</translation>
    </message>
    <message>
        <source>Hidden characters that can change how text is shown were removed.</source>
        <translation>글자가 보이는 방식을 바꿀 수 있는 숨은 문자를 지웠어요.</translation>
    </message>
</context>
<context>
    <name>PlanChoiceScreen</name>
    <message>
        <source>What do you want to plan for?</source>
        <translation>무엇을 위한 계획을 세우고 싶어요?</translation>
    </message>
    <message>
        <source>Choose one to begin. You can add the other one later, and skip any question.</source>
        <translation>하나를 골라 시작하세요. 다른 계획은 나중에 추가할 수 있고, 어떤 질문이든 건너뛸 수 있어요.</translation>
    </message>
    <message>
        <source>&amp;Safety plan</source>
        <translation>안전 계획(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Release plan</source>
        <translation>석방 계획(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>나중에 정하기(&amp;D)</translation>
    </message>
    <message>
        <source>If you are at risk of violence: people to call, safe places, how to leave.</source>
        <translation>폭력의 위험이 있다면: 연락할 사람, 안전한 곳, 떠나는 방법.</translation>
    </message>
    <message>
        <source>If you could be detained: who to call, your papers, getting out.</source>
        <translation>구금될 수 있다면: 연락할 사람, 내 서류, 석방되는 방법.</translation>
    </message>
    <message>
        <source>Your answers stay locked on this computer. Nothing is sent anywhere.</source>
        <translation>내 답은 이 컴퓨터에 잠긴 채로 있어요. 아무 데도 보내지 않아요.</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Yes</source>
        <translation>네</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>잘 모르겠어요</translation>
    </message>
    <message>
        <source>No one added yet.</source>
        <translation>아직 추가한 사람이 없어요.</translation>
    </message>
    <message>
        <source>Everyone else in my plan, by role</source>
        <translation>내 계획에 있는 다른 모든 사람 (역할별)</translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>아직 추가한 것이 없어요.</translation>
    </message>
    <message>
        <source>A copy is with {name}.</source>
        <translation>사본은 {name}에게 있어요.</translation>
    </message>
    <message>
        <source>{title}: nothing answered yet.</source>
        <translation>{title}: 아직 답한 것이 없어요.</translation>
    </message>
    <message>
        <source>Still to think about</source>
        <translation>더 생각해 볼 것</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>내 계획</translation>
    </message>
    <message>
        <source>Bond persons</source>
        <translation>보증인</translation>
    </message>
    <message>
        <source>Numbers to know by heart</source>
        <translation>외워 둘 번호</translation>
    </message>
    <message>
        <source>Where my documents are</source>
        <translation>내 서류가 있는 곳</translation>
    </message>
    <message>
        <source>Lawyers and legal help</source>
        <translation>변호사와 법률 도움</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>{count}쪽 중 {page}쪽</translation>
    </message>
</context>
<context>
    <name>PlanWalkWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>홈으로(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>지금은 건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Doesn&apos;t apply</source>
        <translation>해당 없음(&amp;D)</translation>
    </message>
    <message>
        <source>Talk about it &amp;later</source>
        <translation>나중에 이야기하기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish for now</source>
        <translation>여기까지 하기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>다음 단계(&amp;N)</translation>
    </message>
    <message>
        <source>Skipped for now. You can come back to it any time.</source>
        <translation>지금은 건너뛰었어요. 언제든 다시 돌아올 수 있어요.</translation>
    </message>
    <message>
        <source>Noted: that one does not apply to you.</source>
        <translation>알겠어요. 이 질문은 나에게 해당되지 않아요.</translation>
    </message>
    <message>
        <source>Kept for later. You will find it under &quot;To talk about later&quot;.</source>
        <translation>나중을 위해 남겨 두었어요. “나중에 이야기하기”에서 찾을 수 있어요.</translation>
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
        <translation>아직 외울 번호가 없어요</translation>
    </message>
    <message>
        <source>Your phone may be taken away from you. Knowing a few numbers by heart helps.

To choose a number to learn, go to People, open someone who has a phone number, and tick “I want to know this number by heart”.</source>
        <translation>휴대폰을 빼앗길 수도 있어요. 번호 몇 개를 외워 두면 도움이 돼요.

외울 번호를 고르려면, 사람들로 가서 전화번호가 있는 사람을 열고 “이 번호를 외우고 싶어요”를 선택하세요.</translation>
    </message>
    <message>
        <source>Known by heart</source>
        <translation>외웠어요</translation>
    </message>
    <message>
        <source>Hide roles</source>
        <translation>역할 숨기기</translation>
    </message>
    <message>
        <source>Type the number from memory. Spaces and dashes do not matter.</source>
        <translation>번호를 기억해서 입력하세요. 띄어쓰기와 줄표는 상관없어요.</translation>
    </message>
    <message>
        <source>The number, from memory</source>
        <translation>기억해서 입력하는 번호</translation>
    </message>
    <message>
        <source>Type the number</source>
        <translation>번호 입력</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>힌트 보기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>✓ right   ≠ different digit   ? missing digit   + extra digit</source>
        <translation>✓ 맞음   ≠ 다른 숫자   ? 빠진 숫자   + 더 들어간 숫자</translation>
    </message>
    <message>
        <source>A new number to learn. Read it a few times and say it quietly to yourself. When you are ready, it will be hidden and you can type it from memory.</source>
        <translation>새로 외울 번호예요. 몇 번 읽고, 작은 소리로 혼자 말해 보세요. 준비가 되면 번호가 숨겨지고, 기억해서 입력할 수 있어요.</translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation>오늘 연습을 모두 마쳤어요</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>홈으로(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>지금은 건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>완료(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <source>I am &amp;ready, hide it</source>
        <translation>준비됐어요, 번호 숨기기(&amp;R)</translation>
    </message>
    <message>
        <source>Practise &amp;all numbers again</source>
        <translation>모든 번호 다시 연습하기(&amp;A)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>Practised today: {done} of {total}</source>
        <translation>오늘 연습: {total}개 중 {done}개</translation>
    </message>
    <message numerus="yes">
        <source>Numbers practised today: %n</source>
        <translation>
            <numerusform>오늘 연습한 번호: %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Each time you practise, they get easier to remember.</source>
        <translation>연습할 때마다 더 쉽게 기억할 수 있어요.</translation>
    </message>
    <message numerus="yes">
        <source>Numbers you know by heart: %n</source>
        <translation>
            <numerusform>외운 번호: %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days until the next practice: %n</source>
        <translation>
            <numerusform>다음 연습까지: %n일</numerusform>
        </translation>
    </message>
    <message>
        <source>You can practise again today.</source>
        <translation>오늘 다시 연습할 수 있어요.</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>힌트: {hint}</translation>
    </message>
    <message>
        <source>Right, with a hint. It will come back once more without one.</source>
        <translation>힌트를 보고 맞혔어요. 이번엔 힌트 없이 한 번 더 나올 거예요.</translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation>맞았어요.</translation>
    </message>
    <message>
        <source>Not quite. Here is the number. It will come back later.</source>
        <translation>조금 달라요. 번호는 이거예요. 나중에 다시 나올 거예요.</translation>
    </message>
    <message>
        <source>The number:</source>
        <translation>번호:</translation>
    </message>
    <message>
        <source>To call this number from Canada, you also need its country code, +{code}.</source>
        <translation>캐나다에서 이 번호로 전화하려면 국가 번호 +{code}도 필요해요.</translation>
    </message>
    <message numerus="yes">
        <source>Different digits: %n</source>
        <translation>
            <numerusform>다른 숫자: %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing digits: %n</source>
        <translation>
            <numerusform>빠진 숫자: %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra digits: %n</source>
        <translation>
            <numerusform>더 들어간 숫자: %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>The preview could not be made. Please try other choices, or try again later.</source>
        <translation>미리 보기를 만들지 못했어요. 다른 선택을 해 보거나, 나중에 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Preview, page %1 of %2</source>
        <translation>미리 보기, %2쪽 중 %1쪽</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>미리 보기를 준비하는 중…</translation>
    </message>
    <message>
        <source>Preview: one sheet of cards. Cut along the lines, fold in the middle.</source>
        <translation>미리 보기: 카드가 있는 종이 한 장이에요. 선을 따라 자르고, 가운데를 접으세요.</translation>
    </message>
    <message>
        <source>Preview: 1 page</source>
        <translation>미리 보기: 1쪽</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>미리 보기: %n쪽</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>PDF를 열 때 이 비밀번호를 물어봐요.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>PDF 파일은 SaferPlan이 잠그지 않아요. 비밀번호를 넣지 않으면, 이 컴퓨터나 USB 메모리를 여는 사람은 누구나 읽을 수 있어요.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>저장했어요: %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>프린터로 보냈어요.</translation>
    </message>
    <message>
        <source>Print or save a copy</source>
        <translation>인쇄하거나 사본 저장하기</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>홈으로(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Printing: the computer may keep a copy in its print queue for a while.</source>
        <translation>인쇄할 때: 컴퓨터가 인쇄 대기열에 사본을 한동안 남겨 둘 수 있어요.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <source>Name of the PDF file. A name that says little about what is inside is safer.</source>
        <translation>PDF 파일 이름이에요. 안에 무엇이 있는지 잘 드러나지 않는 이름이 더 안전해요.</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>PDF를 저장할 곳</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick.</source>
        <translation>폴더를 고르세요. 예를 들어 내 USB 메모리에 있는 폴더요.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>파일을 덮어쓸까요?</translation>
    </message>
    <message>
        <source>There is already a file called %1 in this folder. Replace it?</source>
        <translation>이 폴더에 이미 %1(이)라는 파일이 있어요. 덮어쓸까요?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>덮어쓰기</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장하지 못했어요</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>인쇄하기 전에</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Discreet mode prints less. Print now?</source>
        <translation>프린터와 인쇄 대기열이 인쇄한 내용의 사본을 이 컴퓨터에 한동안 남겨 둘 수 있어요. ‘눈에 띄지 않게’ 모드는 더 적게 인쇄해요. 지금 인쇄할까요?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>인쇄하지 못했어요</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. To keep a copy as a file, use Save as PDF: it can protect the file with a password.</source>
        <translation>SaferPlan은 프린터로만 인쇄해요. 사본을 파일로 남기려면 “PDF로 저장”을 쓰세요. 파일에 비밀번호를 걸어 보호할 수 있어요.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>예(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>아니요(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>For example:
{examples}</source>
        <translation>예:
{examples}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {section}</source>
        <translation>{count}개 중 {number}번째 질문 · {section}</translation>
    </message>
    <message>
        <source>You skipped this for now.</source>
        <translation>지금은 건너뛰었어요.</translation>
    </message>
    <message>
        <source>You said this does not apply.</source>
        <translation>해당 없다고 했어요.</translation>
    </message>
    <message>
        <source>You wanted to talk about this later.</source>
        <translation>나중에 이야기하고 싶다고 했어요.</translation>
    </message>
</context>
<context>
    <name>RecordPdf</name>
    <message>
        <source>My record</source>
        <translation>내 기록</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>함께 있던 사람</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>첨부</translation>
    </message>
    <message>
        <source>{name} (a file kept in the plan, not shown here)</source>
        <translation>{name} (계획에 보관된 파일, 여기에는 보이지 않음)</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>이미지: {name}</translation>
    </message>
    <message>
        <source>No date given</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>{name} (a picture that could not be shown)</source>
        <translation>{name} (보여 줄 수 없는 이미지)</translation>
    </message>
</context>
<context>
    <name>RecordPdfDialog</name>
    <message>
        <source>Make a PDF for a lawyer or advocate</source>
        <translation>변호사나 옹호 활동가에게 줄 PDF 만들기</translation>
    </message>
    <message>
        <source>Choose the entries to put in the PDF. You decide what to share.</source>
        <translation>PDF에 넣을 기록을 고르세요. 무엇을 나눌지는 내가 정해요.</translation>
    </message>
    <message>
        <source>Entries in the PDF</source>
        <translation>PDF에 넣을 기록</translation>
    </message>
    <message>
        <source>Neutral title: {title}</source>
        <translation>중립적인 제목: {title}</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>비밀번호 (선택)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>같은 비밀번호 한 번 더</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>PDF 저장…</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>모두 고르기</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>모두 해제</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>두 비밀번호가 아직 같지 않아요.</translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>PDF를 열 때 이 비밀번호를 물어봐요.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>PDF 파일은 SaferPlan이 잠그지 않아요. 비밀번호를 넣지 않으면, 이 컴퓨터나 USB 메모리를 여는 사람은 누구나 읽을 수 있어요.</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>저장했어요: {path}</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>SaferPlan can keep photos and screenshots (PNG, JPEG, GIF or WebP), PDF files and plain text files.</source>
        <translation>SaferPlan에는 사진과 화면 캡처(PNG, JPEG, GIF, WebP), PDF 파일, 일반 텍스트 파일을 보관할 수 있어요.</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>파일 추가</translation>
    </message>
    <message>
        <source>This file could not be read. Please check that it is still there, then try again.</source>
        <translation>이 파일을 읽지 못했어요. 파일이 아직 그 자리에 있는지 확인하고 다시 해 보세요.</translation>
    </message>
    <message>
        <source>The original file</source>
        <translation>원본 파일</translation>
    </message>
    <message>
        <source>The file is now kept inside your locked plan. SaferPlan can delete the original file. On SSDs, USB sticks and phones, a deleted file can sometimes still be recovered, and copies may exist elsewhere (for example in a photo app or a cloud backup).</source>
        <translation>이 파일은 이제 잠긴 계획 안에 보관돼요. SaferPlan이 원본 파일을 삭제할 수 있어요. SSD, USB 메모리, 휴대폰에서는 삭제한 파일을 되살릴 수 있는 경우가 있고, 다른 곳(예: 사진 앱이나 클라우드 백업)에 사본이 남아 있을 수도 있어요.</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation>원본 삭제</translation>
    </message>
    <message>
        <source>Keep the original</source>
        <translation>원본 그대로 두기</translation>
    </message>
    <message>
        <source>The original file could not be deleted. You can delete it yourself if you want to.</source>
        <translation>원본 파일을 삭제하지 못했어요. 원하면 직접 삭제할 수 있어요.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>이미지</translation>
    </message>
</context>
<context>
    <name>RecordWidget</name>
    <message>
        <source>Private record</source>
        <translation>개인 기록</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. This stays inside your locked plan.</source>
        <translation>많이 적어도, 조금만 적어도 괜찮아요. 이 내용은 잠긴 계획 안에만 있어요.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>개인 기록에서 찾기</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>기록 (최신순)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>홈으로(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>기록 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Make a &amp;PDF for a lawyer or advocate…</source>
        <translation>변호사나 옹호 활동가에게 줄 PDF 만들기(&amp;P)…</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>아직 쓴 내용이 없어요</translation>
    </message>
    <message>
        <source>A dated note of what happened, in your own words, can help a lawyer or advocate later. Add one when you want to.</source>
        <translation>무슨 일이 있었는지 날짜와 함께 자신의 말로 적어 두면, 나중에 변호사나 옹호 활동가에게 도움이 될 수 있어요. 원할 때 추가하세요.</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>{when} · {where}</source>
        <translation>{when} · {where}</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>파일 1개</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>찾은 결과가 없어요.</translation>
    </message>
    <message>
        <source>Remove this entry and the files kept with it?</source>
        <translation>이 기록과 함께 보관된 파일까지 모두 삭제할까요?</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>이 기록을 삭제할까요?</translation>
    </message>
    <message>
        <source>Remove an entry</source>
        <translation>기록 삭제</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>그대로 두기</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
    <message>
        <source>This code opens the plan if the passphrase is forgotten. Anyone who has it can open the plan. Keep it somewhere safe, away from the computer.</source>
        <translation>암호 문구를 잊었을 때 이 코드로 계획을 열 수 있어요. 이 코드를 가진 사람은 누구나 계획을 열 수 있어요. 컴퓨터와 떨어진 안전한 곳에 두세요.</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>인쇄하기 전에</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Print the code now?</source>
        <translation>프린터와 인쇄 대기열이 인쇄한 내용의 사본을 이 컴퓨터에 한동안 남겨 둘 수 있어요. 지금 코드를 인쇄할까요?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>인쇄하지 못했어요</translation>
    </message>
    <message>
        <source>The code is printed only on a printer, never into a file. Please write it down instead.</source>
        <translation>이 코드는 프린터로만 인쇄되고, 파일로는 저장되지 않아요. 대신 손으로 적어 두세요.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation>내 복구 코드</translation>
    </message>
    <message>
        <source>Write the six groups on paper, in order, and keep it somewhere safe, apart from your computer. It is shown only this once. With it, you or anyone who has it can open your plan.</source>
        <translation>여섯 묶음을 순서대로 종이에 적어서, 컴퓨터와 떨어진 안전한 곳에 두세요. 이번 한 번만 보여 줘요. 이 코드가 있으면 나든 누구든 계획을 열 수 있어요.</translation>
    </message>
    <message>
        <source>The code has no 0, O, 1 or I, so nothing can be mistaken for something else.</source>
        <translation>이 코드에는 0, O, 1, I가 없어서 서로 헷갈릴 일이 없어요.</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>인쇄하기</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>적어 두었어요</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Bond person</source>
        <translation>보증인</translation>
    </message>
    <message>
        <source>Could pay or promise money of their own so I can be released.</source>
        <translation>내가 석방될 수 있도록 자기 돈을 내거나 내겠다고 약속할 수 있어요.</translation>
    </message>
    <message>
        <source>Would speak for me at a hearing</source>
        <translation>심사에서 나를 위해 말해 줄 사람</translation>
    </message>
    <message>
        <source>Could come to a detention review and say who I am.</source>
        <translation>구금 심사에 와서 내가 누구인지 말해 줄 수 있어요.</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>이민 변호사</translation>
    </message>
    <message>
        <source>Helps with status, detention and removal.</source>
        <translation>체류 신분, 구금, 추방 문제를 도와요.</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>형사 변호사</translation>
    </message>
    <message>
        <source>Helps if I am charged with a crime.</source>
        <translation>내가 범죄 혐의로 기소되면 도와요.</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>가족법 변호사</translation>
    </message>
    <message>
        <source>Helps with children, custody or separation.</source>
        <translation>자녀, 양육권, 별거 문제를 도와요.</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>법률 클리닉</translation>
    </message>
    <message>
        <source>Free legal information and help.</source>
        <translation>무료 법률 정보와 도움을 줘요.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>지원 활동가</translation>
    </message>
    <message>
        <source>Someone from a service I trust, who can contact others.</source>
        <translation>내가 믿는 서비스의 사람으로, 다른 사람들에게 연락할 수 있어요.</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>내 열쇠를 가진 사람</translation>
    </message>
    <message>
        <source>Could fetch clothes, money, documents or medication.</source>
        <translation>옷, 돈, 서류, 약을 가져다줄 수 있어요.</translation>
    </message>
    <message>
        <source>Would care for my children</source>
        <translation>내 아이들을 돌봐 줄 사람</translation>
    </message>
    <message>
        <source>Could look after my children if I cannot.</source>
        <translation>내가 돌볼 수 없을 때 아이들을 돌봐 줄 수 있어요.</translation>
    </message>
    <message>
        <source>Would care for my pets</source>
        <translation>내 반려동물을 돌봐 줄 사람</translation>
    </message>
    <message>
        <source>Could feed and look after my animals.</source>
        <translation>내 동물에게 밥을 주고 돌봐 줄 수 있어요.</translation>
    </message>
    <message>
        <source>I could stay with them if released</source>
        <translation>내가 석방되면 함께 지낼 수 있는 사람</translation>
    </message>
    <message>
        <source>An address I can give when I am released.</source>
        <translation>내가 석방될 때 알려 줄 수 있는 주소예요.</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>대리인 (위임장)</translation>
    </message>
    <message>
        <source>Allowed to act for me on money or papers.</source>
        <translation>돈이나 서류 문제를 나 대신 처리하도록 허락받은 사람이에요.</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>비상 연락처</translation>
    </message>
    <message>
        <source>Someone to call first if something happens.</source>
        <translation>무슨 일이 생기면 가장 먼저 연락할 사람이에요.</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>안전한 곳</translation>
    </message>
    <message>
        <source>Somewhere I could go to be safe.</source>
        <translation>내가 안전하게 지내러 갈 수 있는 곳이에요.</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>저장됨 ✓</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>이번 사용 중에만 보관됨</translation>
    </message>
    <message>
        <source>Not saved: %1 Your change is still here. Please try again in a moment.</source>
        <translation>저장하지 못했어요: %1 바꾼 내용은 아직 여기 있어요. 잠시 후에 다시 해 보세요.</translation>
    </message>
</context>
<context>
    <name>SectionSummary</name>
    <message>
        <source>Here is what you have so far. You can change anything, now or later.</source>
        <translation>지금까지 적은 내용이에요. 지금이든 나중이든 무엇이든 바꿀 수 있어요.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Change: {question}</source>
        <translation>바꾸기: {question}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>아직 답하지 않음</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답함</translation>
    </message>
    <message>
        <source>Skipped for now</source>
        <translation>지금은 건너뜀</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>나중에 이야기하기</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>쓰지 않을 때 잠글 시간(분)</translation>
    </message>
    <message>
        <source>When you press Hide</source>
        <translation>숨기기를 누르면</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>창 제목</translation>
    </message>
    <message>
        <source>min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>When nobody uses SaferPlan for this long, it saves and locks the plan.</source>
        <translation>이 시간 동안 아무도 SaferPlan을 쓰지 않으면, 계획을 저장하고 잠가요.</translation>
    </message>
    <message>
        <source>Save, lock and minimise the window</source>
        <translation>저장하고, 잠그고, 창 최소화하기</translation>
    </message>
    <message>
        <source>Save, lock and close SaferPlan</source>
        <translation>저장하고, 잠그고, SaferPlan 닫기</translation>
    </message>
    <message>
        <source>Shift three times also hides</source>
        <translation>Shift 세 번으로도 숨기기</translation>
    </message>
    <message>
        <source>Turn this off if your screen reader uses Shift. Esc twice and Hide still work.</source>
        <translation>화면 읽기 프로그램이 Shift를 쓴다면 이 기능을 끄세요. Esc 두 번과 숨기기 버튼은 그대로 작동해요.</translation>
    </message>
    <message>
        <source>The window shows this name. Choose something that draws no attention.</source>
        <translation>창에 이 이름이 보여요. 눈에 띄지 않는 이름을 고르세요.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Plan %1</source>
        <translation>계획 %1</translation>
    </message>
    <message>
        <source>Plan %1 · last changed %2</source>
        <translation>계획 %1 · 마지막 변경 %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>환영해요</translation>
    </message>
    <message>
        <source>Make a plan for staying safe, kept locked on this computer. Nothing is ever sent over the internet.</source>
        <translation>안전하게 지내기 위한 계획을 만들어, 이 컴퓨터에 잠가 두세요. 인터넷으로는 아무것도 보내지 않아요.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Language: %1</source>
        <translation>언어(&amp;L): %1</translation>
    </message>
    <message>
        <source>Start a &amp;new plan</source>
        <translation>새 계획 시작하기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Guest session</source>
        <translation>손님 모드(&amp;G)</translation>
    </message>
    <message>
        <source>Look at a &amp;sample plan</source>
        <translation>예시 계획 보기(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>설정(&amp;T)</translation>
    </message>
    <message>
        <source>Your plan on this computer</source>
        <translation>이 컴퓨터에 있는 내 계획</translation>
    </message>
    <message>
        <source>Plans on this computer</source>
        <translation>이 컴퓨터에 있는 계획</translation>
    </message>
    <message>
        <source>&amp;Open my plan</source>
        <translation>내 계획 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open a file from another folder</source>
        <translation>다른 폴더에서 파일 열기</translation>
    </message>
    <message>
        <source>Kept on this computer, locked with a passphrase you choose.</source>
        <translation>이 컴퓨터에 보관되고, 내가 정한 암호 문구로 잠겨요.</translation>
    </message>
    <message>
        <source>Nothing is saved on this computer. At the end you choose what to take with you: a locked file on your own USB stick, a printout, or nothing.</source>
        <translation>이 컴퓨터에는 아무것도 저장되지 않아요. 마지막에 무엇을 가져갈지 정해요: 내 USB 메모리에 담는 잠긴 파일, 인쇄물, 또는 아무것도 가져가지 않기.</translation>
    </message>
    <message>
        <source>A made-up plan to look around. Nothing is saved.</source>
        <translation>둘러볼 수 있는 가상의 계획이에요. 아무것도 저장되지 않아요.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>시작하기 전에</translation>
    </message>
    <message>
        <source>What SaferPlan keeps, where, and what it cannot protect against.</source>
        <translation>SaferPlan이 무엇을 어디에 보관하는지, 무엇을 막을 수 없는지 알아보세요.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The plan file could not be used.</source>
        <translation>계획 파일을 쓸 수 없어요.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is damaged.</source>
        <translation>암호 문구가 틀렸거나 파일이 손상됐어요.</translation>
    </message>
    <message>
        <source>Wrong recovery code, or the file is damaged.</source>
        <translation>복구 코드가 틀렸거나 파일이 손상됐어요.</translation>
    </message>
    <message>
        <source>This plan file has no recovery code.</source>
        <translation>이 계획 파일에는 복구 코드가 없어요.</translation>
    </message>
    <message>
        <source>This is not a plan file, or it was made by a newer version of the app.</source>
        <translation>계획 파일이 아니거나, 더 새로운 버전의 앱에서 만든 파일이에요.</translation>
    </message>
    <message>
        <source>This file is not a plan file.</source>
        <translation>이 파일은 계획 파일이 아니에요.</translation>
    </message>
    <message>
        <source>This plan file uses a method this version does not know.</source>
        <translation>이 계획 파일은 이 버전이 모르는 방식을 써요.</translation>
    </message>
    <message>
        <source>This plan file was made by a newer version of the app. Update the app to open it.</source>
        <translation>이 계획 파일은 더 새로운 버전의 앱에서 만들었어요. 열려면 앱을 업데이트하세요.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of the app. It cannot be changed here. Nothing was changed.</source>
        <translation>이 계획은 더 새로운 버전의 앱에서 저장됐어요. 여기에서는 바꿀 수 없어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>This file asks for more memory or time than is safe on this computer, so it was not opened. It may be damaged.</source>
        <translation>이 파일은 이 컴퓨터에서 안전한 정도보다 많은 메모리나 시간이 필요해서 열지 않았어요. 파일이 손상됐을 수 있어요.</translation>
    </message>
    <message>
        <source>The plan inside this file could not be read. It may come from a newer version of the app.</source>
        <translation>이 파일 안의 계획을 읽을 수 없어요. 더 새로운 버전의 앱에서 만든 것일 수 있어요.</translation>
    </message>
    <message>
        <source>This is a link or a special file, not a plan file.</source>
        <translation>계획 파일이 아니라 링크나 특수 파일이에요.</translation>
    </message>
    <message>
        <source>This file is too large to be a plan file.</source>
        <translation>이 파일은 너무 커서 계획 파일일 수 없어요.</translation>
    </message>
    <message>
        <source>The plan file was changed by another program since it was opened. Nothing was saved.</source>
        <translation>계획 파일을 연 뒤에 다른 프로그램이 파일을 바꿨어요. 아무것도 저장하지 않았어요.</translation>
    </message>
    <message>
        <source>This plan is open in another window. Close it there first.</source>
        <translation>이 계획은 다른 창에서 열려 있어요. 먼저 그 창에서 닫으세요.</translation>
    </message>
    <message>
        <source>This plan&apos;s lock file is a link or a special file, so the plan was not used. Nothing was changed.</source>
        <translation>이 계획의 잠금 파일이 링크나 특수 파일이라서 계획을 쓰지 않았어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>The file could not be saved. The previous version is unchanged.</source>
        <translation>파일을 저장하지 못했어요. 이전 버전은 그대로예요.</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. The previous version is unchanged.</source>
        <translation>디스크가 가득 차서 파일을 저장하지 못했어요. 이전 버전은 그대로예요.</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. The previous version is unchanged.</source>
        <translation>이 폴더에 쓸 권한이 없어요. 이전 버전은 그대로예요.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was written.</source>
        <translation>파일을 쓰지 못했어요. 아무것도 쓰지 않았어요.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written.</source>
        <translation>디스크가 가득 찼어요. 아무것도 쓰지 않았어요.</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. Nothing was written.</source>
        <translation>이 폴더에 쓸 권한이 없어요. 아무것도 쓰지 않았어요.</translation>
    </message>
    <message>
        <source>The plan is too large to save. The previous version is unchanged.</source>
        <translation>계획이 너무 커서 저장할 수 없어요. 이전 버전은 그대로예요.</translation>
    </message>
    <message>
        <source>The file failed its check before saving, so it was not saved. The previous version is unchanged.</source>
        <translation>저장하기 전 확인에서 문제가 있어서 저장하지 않았어요. 이전 버전은 그대로예요.</translation>
    </message>
    <message>
        <source>The change did not finish. The plan file still opens as before; its backup already has the change.</source>
        <translation>변경이 끝나지 않았어요. 계획 파일은 전과 같이 열리고, 백업에는 이미 변경 내용이 들어 있어요.</translation>
    </message>
    <message>
        <source>The passphrase or recovery code was changed meanwhile. Nothing was changed.</source>
        <translation>그사이에 암호 문구나 복구 코드가 바뀌었어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>The backup beside this older copy is newer. Changing the keys now would replace it, so nothing was changed. Open the newer backup first.</source>
        <translation>이 예전 사본 옆에 있는 백업이 더 최근 거예요. 지금 암호 문구나 복구 코드를 바꾸면 그 백업을 덮어쓰게 돼서 아무것도 바꾸지 않았어요. 먼저 더 최근 백업을 열어 주세요.</translation>
    </message>
    <message>
        <source>The plan is locked. Open it again to continue.</source>
        <translation>계획이 잠겨 있어요. 계속하려면 다시 여세요.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Nothing was changed.</source>
        <translation>같은 이름의 파일이 이미 있어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>파일을 읽을 수 없어요.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>파일이 없어요.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open your plan</source>
        <translation>내 계획 열기</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>Open the backup copy instead</source>
        <translation>대신 백업 사본 열기</translation>
    </message>
    <message>
        <source>Opening your plan. This takes a moment.</source>
        <translation>계획을 여는 중이에요. 잠시만 기다려 주세요.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase</source>
        <translation>내 암호 문구 사용하기(&amp;P)</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
        <translation>복구 코드 사용하기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stop opening</source>
        <translation>열기 멈추기(&amp;S)</translation>
    </message>
    <message>
        <source>Still opening your plan: %1 seconds so far. Some files take longer. You can stop at any time.</source>
        <translation>아직 계획을 여는 중이에요: 지금까지 %1초. 시간이 더 걸리는 파일도 있어요. 언제든 멈출 수 있어요.</translation>
    </message>
    <message>
        <source>Stopped. The plan was not opened.</source>
        <translation>멈췄어요. 계획을 열지 않았어요.</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>먼저 암호 문구를 입력해 주세요.</translation>
    </message>
    <message>
        <source>That recovery code did not open it — check it and try again.</source>
        <translation>그 복구 코드로는 열리지 않았어요. 확인하고 다시 해 보세요.</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again. If you are sure it is right, the file may be damaged: the backup copy, kept from the save before, may open.</source>
        <translation>그 암호 문구로는 열리지 않았어요. 다시 해 보세요. 맞는 암호 문구가 확실하다면 파일이 손상됐을 수 있어요. 이전 저장 때 남겨 둔 백업 사본은 열릴 수도 있어요.</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again.</source>
        <translation>그 암호 문구로는 열리지 않았어요. 다시 해 보세요.</translation>
    </message>
    <message>
        <source>This plan is already open in another window. Close it there first, then try again.</source>
        <translation>이 계획은 이미 다른 창에서 열려 있어요. 그 창에서 먼저 닫고 다시 해 보세요.</translation>
    </message>
    <message>
        <source>This file looks damaged, so it did not open. The backup copy, kept from the save before, may open.</source>
        <translation>이 파일은 손상된 것 같아서 열리지 않았어요. 이전 저장 때 남겨 둔 백업 사본은 열릴 수도 있어요.</translation>
    </message>
    <message>
        <source>The plan could not be opened. Nothing was changed.</source>
        <translation>계획을 열지 못했어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
</context>
<context>
    <name>WalkSidebar</name>
    <message>
        <source>Sections</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>나중에 이야기하기</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} done ({answered} answered, {not_applicable} do not apply)</source>
        <translation>{title}
{total}개 중 {done}개 완료 (답함 {answered}개, 해당 없음 {not_applicable}개)</translation>
    </message>
    <message>
        <source>{title}
{answered} of {total} answered</source>
        <translation>{title}
{total}개 중 {answered}개 답함</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <source>As listed in the guide in January 2020 — check before relying on it.</source>
        <comment>note</comment>
        <translation>2020년 1월 안내서에 실린 내용이에요. 이용하기 전에 꼭 확인하세요.</translation>
    </message>
    <message>
        <source>Sex worker support</source>
        <comment>category.sex_work</comment>
        <translation>성노동자 지원</translation>
    </message>
    <message>
        <source>Crisis and emergency lines</source>
        <comment>category.crisis</comment>
        <translation>위기 및 긴급 전화</translation>
    </message>
    <message>
        <source>Violence: support and shelters</source>
        <comment>category.violence</comment>
        <translation>폭력: 지원과 쉼터</translation>
    </message>
    <message>
        <source>Health and social services</source>
        <comment>category.health</comment>
        <translation>건강 및 사회 서비스</translation>
    </message>
    <message>
        <source>Legal help</source>
        <comment>category.legal</comment>
        <translation>법률 도움</translation>
    </message>
    <message>
        <source>Community legal clinics</source>
        <comment>category.legal_clinic</comment>
        <translation>지역 법률 클리닉</translation>
    </message>
    <message>
        <source>Work and labour rights</source>
        <comment>category.labour</comment>
        <translation>일과 노동자 권리</translation>
    </message>
    <message>
        <source>Immigration, migrant and refugee support</source>
        <comment>category.immigration</comment>
        <translation>이민자, 이주민, 난민 지원</translation>
    </message>
    <message>
        <source>Other community services</source>
        <comment>category.community</comment>
        <translation>기타 지역 서비스</translation>
    </message>
    <message>
        <source>Started by sex workers, social workers, and legal and health workers. 24/7 hotline, outreach, health and legal information, and urgent help if a migrant sex worker is arrested or detained. In Ontario and other cities.</source>
        <comment>butterfly.offers</comment>
        <translation>성노동자, 사회복지사, 법률·보건 종사자들이 만들었어요. 24시간 상담 전화, 아웃리치, 건강·법률 정보, 그리고 이주 성노동자가 체포되거나 구금될 때 긴급 도움을 줘요. 온타리오와 다른 도시에서 활동해요.</translation>
    </message>
    <message>
        <source>24/7 phone line for any woman facing abuse in Ontario: someone to talk to, information and referrals. About 200 languages.</source>
        <comment>assaulted-womens-helpline.offers</comment>
        <translation>온타리오에서 학대를 겪는 모든 여성을 위한 24시간 전화 상담: 이야기 들어 주기, 정보, 다른 기관 연결. 약 200개 언어로 이용할 수 있어요.</translation>
    </message>
    <message>
        <source>A list of distress and crisis lines across Ontario, for emotional support, including when thinking about suicide.</source>
        <comment>distress-centres-ontario.offers</comment>
        <translation>온타리오 전역의 위기 상담 전화 목록이에요. 자살을 생각할 때를 포함해 마음의 지지를 받을 수 있어요.</translation>
    </message>
    <message>
        <source>Lawyers, counselling and interpreters in many languages for women who have faced violence, in Ontario.</source>
        <comment>barbra-schlifer-clinic.offers</comment>
        <translation>온타리오에서 폭력을 겪은 여성을 위해 여러 언어로 변호사, 상담, 통역사를 지원해요.</translation>
    </message>
    <message>
        <source>Money for urgent costs after a crime in Ontario, such as counselling or a funeral. After sexual or family violence or trafficking you can report to a community organisation instead of the police; for other crimes a police report is needed.</source>
        <comment>victim-quick-response.offers</comment>
        <translation>온타리오에서 범죄 피해 뒤 상담비나 장례비 같은 급한 비용을 지원해요. 성폭력, 가족 폭력, 인신매매 피해 뒤에는 경찰 대신 지역 단체에 알려도 돼요. 다른 범죄는 경찰 신고가 필요해요.</translation>
    </message>
    <message>
        <source>Ambulance and police. The police may come when you call.</source>
        <comment>emergency-911.offers</comment>
        <translation>구급차와 경찰이에요. 전화하면 경찰이 올 수도 있어요.</translation>
    </message>
    <message>
        <source>A website to find a shelter for women, and their children, who want to get away from violence or abuse.</source>
        <comment>sheltersafe.offers</comment>
        <translation>폭력이나 학대에서 벗어나려는 여성과 그 자녀를 위한 쉼터를 찾는 웹사이트예요.</translation>
    </message>
    <message>
        <source>Finds a shelter bed in Toronto or tells you where there is space.</source>
        <comment>toronto-shelter-intake.offers</comment>
        <translation>토론토에서 쉼터 침대를 찾아 주거나, 자리가 있는 곳을 알려 줘요.</translation>
    </message>
    <message>
        <source>Phone line open 24 hours and a website to find any kind of community or social service in Ontario.</source>
        <comment>211-ontario.offers</comment>
        <translation>24시간 전화와 웹사이트로 온타리오의 모든 지역·사회 서비스를 찾을 수 있어요.</translation>
    </message>
    <message>
        <source>Free health advice from a registered nurse.</source>
        <comment>telehealth-ontario.offers</comment>
        <translation>등록 간호사의 무료 건강 상담이에요.</translation>
    </message>
    <message>
        <source>24-hour phone line in French for women in Ontario facing abuse or sexual assault: support, information and referrals.</source>
        <comment>femaide.offers</comment>
        <translation>학대나 성폭력을 겪는 온타리오 여성을 위한 24시간 프랑스어 전화 상담: 지지, 정보, 다른 기관 연결.</translation>
    </message>
    <message>
        <source>Free, confidential information on services for mental health, alcohol and drug use, and gambling in Ontario.</source>
        <comment>connexontario.offers</comment>
        <translation>온타리오의 정신 건강, 술과 약물 사용, 도박 관련 서비스에 대한 무료 비밀 보장 정보예요.</translation>
    </message>
    <message>
        <source>Information on mental health services in Ontario, such as crisis lines, online counselling and emergency housing.</source>
        <comment>ementalhealth.offers</comment>
        <translation>온타리오의 정신 건강 서비스 정보예요. 위기 상담 전화, 온라인 상담, 긴급 주거 등이 있어요.</translation>
    </message>
    <message>
        <source>A list of mental health crisis services and their phone numbers across Ontario.</source>
        <comment>camh-crisis.offers</comment>
        <translation>온타리오 전역의 정신 건강 위기 서비스와 전화번호 목록이에요.</translation>
    </message>
    <message>
        <source>Information on health services and resources in Ontario.</source>
        <comment>central-health-line.offers</comment>
        <translation>온타리오의 건강 서비스와 자원에 대한 정보예요.</translation>
    </message>
    <message>
        <source>Doctors, nurse practitioners, social workers and others for people who often miss out on care, including people without status and people without a home.</source>
        <comment>community-health-centres.offers</comment>
        <translation>체류 자격이 없는 사람, 집이 없는 사람 등 의료에서 자주 소외되는 사람들을 위한 의사, 전문 간호사, 사회복지사 등이 있어요.</translation>
    </message>
    <message>
        <source>Legal services for people in Ontario with a low income who qualify.</source>
        <comment>legal-aid-ontario.offers</comment>
        <translation>자격이 되는 온타리오의 저소득층을 위한 법률 서비스예요.</translation>
    </message>
    <message>
        <source>Legal help for refugee claimants in Toronto, Hamilton and Ottawa.</source>
        <comment>legal-aid-refugee-law-office.offers</comment>
        <translation>토론토, 해밀턴, 오타와의 난민 신청자를 위한 법률 도움이에요.</translation>
    </message>
    <message>
        <source>Plain-language legal information in many languages and formats, and a list of community legal clinics in Ontario.</source>
        <comment>cleo.offers</comment>
        <translation>여러 언어와 형식으로 된 쉬운 법률 정보, 그리고 온타리오 지역 법률 클리닉 목록이에요.</translation>
    </message>
    <message>
        <source>Legal information and referrals for women in Ontario facing violence.</source>
        <comment>owjn.offers</comment>
        <translation>폭력을 겪는 온타리오 여성을 위한 법률 정보와 기관 연결이에요.</translation>
    </message>
    <message>
        <source>Family lawyers in three offices in Ontario for people who qualify for legal aid.</source>
        <comment>family-law-offices.offers</comment>
        <translation>법률 구조 자격이 되는 사람을 위해 온타리오의 세 사무소에서 가족법 변호사가 도와요.</translation>
    </message>
    <message>
        <source>Online referral to a lawyer or paralegal in Ontario, with a free first consultation of up to 30 minutes.</source>
        <comment>lsuc-lawyer-referral.offers</comment>
        <translation>온타리오의 변호사나 법률 대리인(paralegal)을 온라인으로 연결해 줘요. 첫 상담 최대 30분은 무료예요.</translation>
    </message>
    <message>
        <source>Local clinics for people with a low income in their area; some serve a particular culture or language.</source>
        <comment>community-legal-clinics.offers</comment>
        <translation>그 지역 저소득층을 위한 지역 클리닉이에요. 특정 문화나 언어 공동체를 돕는 곳도 있어요.</translation>
    </message>
    <message>
        <source>Free legal help across Ontario for people with a low income who do not speak English, in Chinese, Vietnamese, Cambodian and Laotian communities.</source>
        <comment>csalc.offers</comment>
        <translation>영어를 하지 못하는 온타리오 전역의 저소득층을 위한 무료 법률 도움이에요. 중국, 베트남, 캄보디아, 라오스 공동체를 도와요.</translation>
    </message>
    <message>
        <source>Takes test cases to court to change unfair rules in federal and Ontario income support programs.</source>
        <comment>income-security-advocacy-centre.offers</comment>
        <translation>연방 및 온타리오 소득 지원 제도의 불공정한 규칙을 바꾸기 위해 소송을 진행해요.</translation>
    </message>
    <message>
        <source>Legal help and information on social assistance, violence, mental health, immigration and refugee matters, work and housing.</source>
        <comment>parkdale-community-legal-services.offers</comment>
        <translation>사회 보조, 폭력, 정신 건강, 이민·난민 문제, 일, 주거에 대한 법률 도움과 정보예요.</translation>
    </message>
    <message>
        <source>Legal help and information for people living with HIV in Ontario.</source>
        <comment>halco.offers</comment>
        <translation>온타리오에서 HIV와 함께 사는 사람들을 위한 법률 도움과 정보예요.</translation>
    </message>
    <message>
        <source>Legal services for Black people in Ontario with a low income or no income.</source>
        <comment>black-legal-action-centre.offers</comment>
        <translation>소득이 낮거나 없는 온타리오 흑인을 위한 법률 서비스예요.</translation>
    </message>
    <message>
        <source>Legal advice, services and education for South Asian people in Ontario; also works on changing the law.</source>
        <comment>salc.offers</comment>
        <translation>온타리오 남아시아인을 위한 법률 상담, 서비스, 교육이에요. 법을 바꾸는 활동도 해요.</translation>
    </message>
    <message>
        <source>Support and lawyers for people with disabilities in Ontario.</source>
        <comment>arch-disability-law-centre.offers</comment>
        <translation>온타리오의 장애인을 위한 지원과 변호사예요.</translation>
    </message>
    <message>
        <source>Legal help in Spanish for Spanish-speaking people across Ontario.</source>
        <comment>spanish-speaking-legal-clinic.offers</comment>
        <translation>온타리오 전역의 스페인어 사용자를 위한 스페인어 법률 도움이에요.</translation>
    </message>
    <message>
        <source>Legal help for First Nations (with or without status), Métis and Inuit people in Ontario.</source>
        <comment>aboriginal-legal-services.offers</comment>
        <translation>온타리오의 퍼스트 네이션(신분 유무와 관계없이), 메티스, 이누이트를 위한 법률 도움이에요.</translation>
    </message>
    <message>
        <source>Information on workers&apos; rights and support to stand up for them.</source>
        <comment>workers-action-centre.offers</comment>
        <translation>노동자 권리에 대한 정보와, 권리를 지키도록 돕는 지원이에요.</translation>
    </message>
    <message>
        <source>The Ontario government office that applies and enforces the Employment Standards Act, 2000.</source>
        <comment>ministry-of-labour.offers</comment>
        <translation>2000년 고용기준법을 적용하고 집행하는 온타리오 정부 기관이에요.</translation>
    </message>
    <message>
        <source>For sex workers in Toronto: sexual health, safety at work, workshops, legal information, counselling, advocacy and social time.</source>
        <comment>maggies.offers</comment>
        <translation>토론토의 성노동자를 위한 곳: 성 건강, 일터 안전, 워크숍, 법률 정보, 상담, 권리 옹호, 교류 모임.</translation>
    </message>
    <message>
        <source>Outreach and harm reduction support for sex workers who work on the street, in Hamilton.</source>
        <comment>swap-hamilton.offers</comment>
        <translation>해밀턴에서 거리에서 일하는 성노동자를 위한 아웃리치와 위해 감소 지원이에요.</translation>
    </message>
    <message>
        <source>Harm reduction and first aid supplies, HIV and STI information, clothing, hygiene products, food, and peer support, in London.</source>
        <comment>safe-space-london.offers</comment>
        <translation>런던에서 위해 감소 및 응급 처치 용품, HIV와 성병 정보, 옷, 위생용품, 음식, 동료 지원을 제공해요.</translation>
    </message>
    <message>
        <source>Peer support, education, advocacy and referrals for safer living and working conditions, in Sudbury.</source>
        <comment>swans-sudbury.offers</comment>
        <translation>서드버리에서 더 안전한 생활과 노동 조건을 위한 동료 지원, 교육, 권리 옹호, 기관 연결을 해요.</translation>
    </message>
    <message>
        <source>A network of community agencies that serve immigrants and refugees in Ontario.</source>
        <comment>ocasi.offers</comment>
        <translation>온타리오의 이민자와 난민을 돕는 지역 기관들의 네트워크예요.</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education for newcomers in Ontario, and shelter for women and their children.</source>
        <comment>fcj-refugee-centre.offers</comment>
        <translation>온타리오 새 이민자를 위한 난민 보호, 정착 지원, 교육, 그리고 여성과 자녀를 위한 쉼터예요.</translation>
    </message>
    <message>
        <source>Health care and community services in Toronto, including for newcomers, immigrants and refugees.</source>
        <comment>access-alliance.offers</comment>
        <translation>토론토의 보건 의료와 지역 서비스예요. 새 이민자, 이민자, 난민도 이용할 수 있어요.</translation>
    </message>
    <message>
        <source>Speaks up for the rights of migrant workers, in Ontario and across Canada.</source>
        <comment>migrant-workers-alliance.offers</comment>
        <translation>온타리오와 캐나다 전역에서 이주 노동자의 권리를 위해 목소리를 내요.</translation>
    </message>
    <message>
        <source>Information for newcomers about settling in.</source>
        <comment>settlement-org.offers</comment>
        <translation>새 이민자를 위한 정착 정보예요.</translation>
    </message>
    <message>
        <source>Campaigns for the freedom to move, return and stay in Canada; trains people without status and the people who work at services on their rights.</source>
        <comment>no-one-is-illegal.offers</comment>
        <translation>캐나다로 자유롭게 이동하고, 돌아오고, 머물 자유를 위해 활동해요. 체류 자격이 없는 사람들과 서비스 기관에서 일하는 사람들에게 권리 교육을 해요.</translation>
    </message>
    <message>
        <source>Campaigns for Ontario health insurance (OHIP) for everyone.</source>
        <comment>ohip-for-all.offers</comment>
        <translation>모든 사람을 위한 온타리오 건강 보험(OHIP)을 요구하는 활동을 해요.</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education in Toronto, and shelter for women and their children.</source>
        <comment>st-stephens-community-house.offers</comment>
        <translation>토론토에서 난민 보호, 정착 지원, 교육, 그리고 여성과 자녀를 위한 쉼터를 제공해요.</translation>
    </message>
    <message>
        <source>LGBTQ2 programs and groups, a refugee support group, free short-term and drop-in counselling, and classes, in Toronto.</source>
        <comment>the-519.offers</comment>
        <translation>토론토의 LGBTQ2 프로그램과 모임, 난민 지원 모임, 무료 단기·방문 상담, 수업이 있어요.</translation>
    </message>
    <message>
        <source>Counselling and learning programs for children, youth and families with complex mental health or developmental needs.</source>
        <comment>skylark.offers</comment>
        <translation>복합적인 정신 건강이나 발달 관련 필요가 있는 아동, 청소년, 가족을 위한 상담과 배움 프로그램이에요.</translation>
    </message>
    <message>
        <source>Programs, education, harm reduction and case management for people in prison or out of prison who live with HIV or AIDS.</source>
        <comment>pasan.offers</comment>
        <translation>교도소 안이나 밖에서 HIV나 에이즈와 함께 사는 사람들을 위한 프로그램, 교육, 위해 감소, 사례 관리예요.</translation>
    </message>
    <message>
        <source>Peer-led support around drug and alcohol use for LGBTQQ2SIA youth aged 16 to 29 in Toronto: drop-ins, case management and group counselling.</source>
        <comment>pieces-to-pathways.offers</comment>
        <translation>토론토의 16~29세 LGBTQQ2SIA 청소년을 위한 동료 주도의 약물·음주 관련 지원: 방문 프로그램, 사례 관리, 집단 상담.</translation>
    </message>
    <message>
        <source>An organisation of Chinese Canadians in Toronto working for equity, social justice and respect for diversity.</source>
        <comment>ccncto.offers</comment>
        <translation>토론토에서 평등, 사회 정의, 다양성 존중을 위해 활동하는 중국계 캐나다인 단체예요.</translation>
    </message>
</context>
<context>
    <name>forms.release_plan</name>
    <message>
        <source>Release plan</source>
        <comment>form.title</comment>
        <translation>석방 계획</translation>
    </message>
    <message>
        <source>Support network and your rights</source>
        <comment>network.title</comment>
        <translation>지원 네트워크와 나의 권리</translation>
    </message>
    <message>
        <source>People who know your rights and can speak up for you, found before you need them.</source>
        <comment>network.intro</comment>
        <translation>내 권리를 알고 나를 위해 목소리를 내 줄 사람들을, 필요해지기 전에 찾아 두어요.</translation>
    </message>
    <message>
        <source>Is there a community legal clinic you could contact?</source>
        <comment>r_legal_clinic.text</comment>
        <translation>연락할 수 있는 지역 법률 클리닉이 있어요?</translation>
    </message>
    <message>
        <source>A legal clinic can tell you your rights, and help you find a lawyer.</source>
        <comment>r_legal_clinic.why</comment>
        <translation>법률 클리닉은 내 권리를 알려 주고, 변호사를 찾도록 도와줄 수 있어요.</translation>
    </message>
    <message>
        <source>A legal clinic gives free legal information and help. Some help people without status.</source>
        <comment>r_legal_clinic.help</comment>
        <translation>법률 클리닉은 무료로 법률 정보와 도움을 줘요. 체류 자격이 없는 사람을 돕는 곳도 있어요.</translation>
    </message>
    <message>
        <source>Do you know an immigration lawyer you trust? Or someone who would call one for you?</source>
        <comment>r_lawyer.text</comment>
        <translation>믿을 수 있는 이민 변호사를 알고 있어요? 아니면 대신 변호사에게 연락해 줄 사람이 있어요?</translation>
    </message>
    <message>
        <source>Help comes much faster if you already know a lawyer before you need one.</source>
        <comment>r_lawyer.why</comment>
        <translation>필요해지기 전에 변호사를 알아 두면 훨씬 빨리 도움을 받을 수 있어요.</translation>
    </message>
    <message>
        <source>An immigration lawyer helps with your status, detention and removal from Canada.</source>
        <comment>r_lawyer.help</comment>
        <translation>이민 변호사는 체류 신분, 구금, 캐나다에서의 추방 문제를 도와요.</translation>
    </message>
    <message>
        <source>Do you know a criminal lawyer? Or someone who would call one for you?</source>
        <comment>r_lawyer_criminal.text</comment>
        <translation>형사 변호사를 알고 있어요? 아니면 대신 연락해 줄 사람이 있어요?</translation>
    </message>
    <message>
        <source>If the police charge you, a criminal lawyer protects your rights from the start.</source>
        <comment>r_lawyer_criminal.why</comment>
        <translation>경찰이 나를 기소하면, 형사 변호사가 처음부터 내 권리를 지켜 줘요.</translation>
    </message>
    <message>
        <source>A criminal lawyer helps when the police say you broke a law.</source>
        <comment>r_lawyer_criminal.help</comment>
        <translation>형사 변호사는 경찰이 내가 법을 어겼다고 할 때 도와요.</translation>
    </message>
    <message>
        <source>If you have children, do you know a family lawyer?</source>
        <comment>r_lawyer_family.text</comment>
        <translation>자녀가 있다면, 가족법 변호사를 알고 있어요?</translation>
    </message>
    <message>
        <source>Detention can affect who looks after your children. A family lawyer can help protect your rights as a parent.</source>
        <comment>r_lawyer_family.why</comment>
        <translation>구금되면 누가 아이들을 돌볼지에 영향이 있을 수 있어요. 가족법 변호사는 부모로서 내 권리를 지키도록 도울 수 있어요.</translation>
    </message>
    <message>
        <source>A family lawyer helps with children, custody and separation.</source>
        <comment>r_lawyer_family.help</comment>
        <translation>가족법 변호사는 자녀, 양육권, 별거 문제를 도와요.</translation>
    </message>
    <message>
        <source>How much do you know about your rights with police and immigration officers?</source>
        <comment>r_rights.text</comment>
        <translation>경찰이나 이민 당국 직원을 만났을 때 내 권리에 대해 얼마나 알고 있어요?</translation>
    </message>
    <message>
        <source>Knowing your rights can lower your risk of being detained.</source>
        <comment>r_rights.why</comment>
        <translation>내 권리를 알면 구금될 위험을 줄일 수 있어요.</translation>
    </message>
    <message>
        <source>Legal clinics and sex worker groups share this information, sometimes in other languages.</source>
        <comment>r_rights.help</comment>
        <translation>법률 클리닉과 성노동자 단체에서 이 정보를 알려 줘요. 다른 언어로 알려 주기도 해요.</translation>
    </message>
    <message>
        <source>I know my rights well</source>
        <comment>r_rights.option.well</comment>
        <translation>내 권리를 잘 알아요</translation>
    </message>
    <message>
        <source>I know some things</source>
        <comment>r_rights.option.some</comment>
        <translation>조금 알아요</translation>
    </message>
    <message>
        <source>I would like to learn more</source>
        <comment>r_rights.option.learn_more</comment>
        <translation>더 알고 싶어요</translation>
    </message>
    <message>
        <source>Is there a community support worker or organisation you trust?</source>
        <comment>r_support_worker.text</comment>
        <translation>믿을 수 있는 지역 지원 활동가나 단체가 있어요?</translation>
    </message>
    <message>
        <source>They can help with many needs, contact lawyers for you, and support your release.</source>
        <comment>r_support_worker.why</comment>
        <translation>여러 가지 필요한 일을 돕고, 나 대신 변호사에게 연락하고, 석방을 도울 수 있어요.</translation>
    </message>
    <message>
        <source>Who is a person you really trust, who would speak up for you if you were detained?</source>
        <comment>r_advocate.text</comment>
        <translation>내가 구금되면 나를 위해 목소리를 내 줄, 정말 믿는 사람은 누구예요?</translation>
    </message>
    <message>
        <source>Someone on the outside can call people and push for your release.</source>
        <comment>r_advocate.why</comment>
        <translation>밖에 있는 사람이 여러 사람에게 연락하고 석방을 위해 힘써 줄 수 있어요.</translation>
    </message>
    <message>
        <source>This can be a partner, a friend or a co-worker. A first name is enough.</source>
        <comment>r_advocate.help</comment>
        <translation>파트너, 친구, 동료 누구든 돼요. 이름만 적어도 충분해요.</translation>
    </message>
    <message>
        <source>Getting released at a detention review</source>
        <comment>release.title</comment>
        <translation>구금 심사에서 석방되기</translation>
    </message>
    <message>
        <source>Once detained, you can talk to very few people. What you set up now helps you later.</source>
        <comment>release.intro</comment>
        <translation>구금되면 이야기할 수 있는 사람이 아주 적어요. 지금 준비해 두면 나중에 도움이 돼요.</translation>
    </message>
    <message>
        <source>If you were detained, what would matter most to you?</source>
        <comment>r_wishes.text</comment>
        <translation>구금된다면, 나에게 가장 중요한 것은 무엇이에요?</translation>
    </message>
    <message>
        <source>Your lawyer and supporters should follow your wishes. Telling them now makes that easier.</source>
        <comment>r_wishes.why</comment>
        <translation>변호사와 나를 돕는 사람들은 내 뜻을 따라야 해요. 지금 알려 두면 그렇게 하기 쉬워져요.</translation>
    </message>
    <message>
        <source>Staying in Canada, even if it takes time</source>
        <comment>r_wishes.example1</comment>
        <translation>시간이 걸려도 캐나다에 머무르기</translation>
    </message>
    <message>
        <source>Getting out quickly, even if it means leaving Canada</source>
        <comment>r_wishes.example2</comment>
        <translation>캐나다를 떠나게 되더라도 빨리 나가기</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <comment>r_wishes.example3</comment>
        <translation>아직 모르겠어요</translation>
    </message>
    <message>
        <source>Have you talked about this plan with someone you trust?</source>
        <comment>r_talked_plan.text</comment>
        <translation>믿을 수 있는 사람과 이 계획에 대해 이야기해 봤어요?</translation>
    </message>
    <message>
        <source>Once you are detained, your things are taken and you can call very few people.</source>
        <comment>r_talked_plan.why</comment>
        <translation>구금되면 물건을 빼앗기고, 전화할 수 있는 사람도 아주 적어요.</translation>
    </message>
    <message>
        <source>Who could be your bond person?</source>
        <comment>r_bond_person.text</comment>
        <translation>누가 내 보증인이 될 수 있어요?</translation>
    </message>
    <message>
        <source>A bond person is often what makes release possible.</source>
        <comment>r_bond_person.why</comment>
        <translation>보증인이 있어서 석방되는 경우가 많아요.</translation>
    </message>
    <message>
        <source>Knowing the amount helps you and your lawyer prepare the hearing.</source>
        <comment>r_bond_amount.why</comment>
        <translation>금액을 알면 나와 변호사가 심사를 준비하는 데 도움이 돼요.</translation>
    </message>
    <message>
        <source>Who could come to the hearing and speak for you?</source>
        <comment>r_hearing_witness.text</comment>
        <translation>누가 심사에 와서 나를 위해 말해 줄 수 있어요?</translation>
    </message>
    <message>
        <source>People who know you show that you have ties to the community here.</source>
        <comment>r_hearing_witness.why</comment>
        <translation>나를 아는 사람들이 있으면, 내가 이곳 커뮤니티와 연결되어 있다는 것을 보여 줄 수 있어요.</translation>
    </message>
    <message>
        <source>A plan for what happens if immigration officers, or the police for immigration reasons, detain you. If you are charged with a crime, see the question about a criminal lawyer, and legal help in the directory. If you are detained, your phone and your things are taken, and it is hard to reach people. What you set up now makes release more likely, and keeps the things you care about looked after. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>이민 당국 직원이나, 이민 문제로 경찰이 나를 구금할 경우를 위한 계획이에요. 범죄 혐의로 기소되면 형사 변호사에 대한 질문과 “도움받을 수 있는 단체”의 법률 도움을 보세요. 구금되면 휴대폰과 물건을 빼앗기고, 사람들에게 연락하기 어려워요. 지금 준비해 두면 석방될 가능성이 높아지고, 내가 아끼는 것들도 돌봐 줄 사람이 생겨요. 어떤 질문이든 건너뛰거나 나중에 다시 볼 수 있어요.</translation>
    </message>
    <message>
        <source>This plan is mostly about immigration detention. If the police charge you with a crime, a criminal court decides on bail.</source>
        <comment>r_lawyer_criminal.legal1</comment>
        <translation>이 계획은 주로 이민 구금에 관한 거예요. 경찰이 범죄 혐의로 기소하면, 보석은 형사 법원이 정해요.</translation>
    </message>
    <message>
        <source>If the police keep you after an arrest, you should see a justice within 24 hours, usually for a bail hearing.</source>
        <comment>r_lawyer_criminal.legal2</comment>
        <translation>경찰이 체포한 뒤 나를 붙잡아 두면, 24시간 안에 판사를 만나야 해요. 보통 보석 심리를 위해서예요.</translation>
    </message>
    <message>
        <source>A surety is like a bond person in criminal court: someone who promises money and supervises you.</source>
        <comment>r_lawyer_criminal.legal3</comment>
        <translation>형사 법원의 신원 보증인은 보증인과 비슷해요. 돈을 약속하고 나를 감독하는 사람이에요.</translation>
    </message>
    <message>
        <source>Duty counsel at the court, a criminal lawyer or Legal Aid Ontario can help. A charge can also affect your immigration status.</source>
        <comment>r_lawyer_criminal.legal4</comment>
        <translation>법원의 당직 변호사, 형사 변호사나 Legal Aid Ontario가 도울 수 있어요. 기소되면 체류 신분에도 영향이 있을 수 있어요.</translation>
    </message>
    <message>
        <source>If police or immigration officers arrest or detain you, you have the right to be told why, and to talk to a lawyer without delay.</source>
        <comment>r_rights.legal1</comment>
        <translation>경찰이나 이민 당국 직원이 나를 체포하거나 구금하면, 그 이유를 들을 권리와 바로 변호사와 이야기할 권리가 있어요.</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge.</source>
        <comment>r_rights.legal2</comment>
        <translation>이민 심사에서는 무료로 통역사를 쓸 권리가 있어요.</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Say only what you are fine with officers hearing.</source>
        <comment>r_rights.legal3</comment>
        <translation>구금 중에 하는 전화는 비밀이 지켜지지 않을 수 있어요. 직원들이 들어도 괜찮은 말만 하세요.</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low.</source>
        <comment>r_rights.legal4</comment>
        <translation>소득이 낮으면 Legal Aid Ontario가 변호사 비용을 내 줄 수도 있어요.</translation>
    </message>
    <message>
        <source>Would you like to find out if Legal Aid Ontario could pay for a lawyer for you?</source>
        <comment>r_legal_aid.text</comment>
        <translation>Legal Aid Ontario가 내 변호사 비용을 내 줄 수 있는지 알아보고 싶어요?</translation>
    </message>
    <message>
        <source>A lawyer at a detention review can make release more likely. You may not have to pay.</source>
        <comment>r_legal_aid.why</comment>
        <translation>구금 심사에 변호사가 있으면 석방될 가능성이 높아져요. 돈을 내지 않아도 될 수 있어요.</translation>
    </message>
    <message>
        <source>A community legal clinic can help you apply.</source>
        <comment>r_legal_aid.help</comment>
        <translation>지역 법률 클리닉이 신청을 도와줄 수 있어요.</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low, including for some immigration and detention cases.</source>
        <comment>r_legal_aid.legal1</comment>
        <translation>소득이 낮으면 Legal Aid Ontario가 변호사 비용을 내 줄 수도 있어요. 일부 이민·구금 사건도 포함돼요.</translation>
    </message>
    <message>
        <source>Someone who knows you well, who may pay or promise money of their own so you can be released.</source>
        <comment>r_bond_person.help</comment>
        <translation>나를 잘 아는 사람으로, 내가 석방될 수 있도록 자기 돈을 내거나 내겠다고 약속할 수 있는 사람이에요.</translation>
    </message>
    <message>
        <source>A bond person must be 18 or older and live in Canada. They should know you well, and come forward freely.</source>
        <comment>r_bond_person.legal1</comment>
        <translation>보증인은 18세 이상이고 캐나다에 살아야 해요. 나를 잘 알고, 스스로 원해서 나서는 사람이어야 해요.</translation>
    </message>
    <message>
        <source>To give a guarantee (a promise to pay), they must be a Canadian citizen or permanent resident.</source>
        <comment>r_bond_person.legal2</comment>
        <translation>보증(돈을 내겠다는 약속)을 하려면 캐나다 시민권자나 영주권자여야 해요.</translation>
    </message>
    <message>
        <source>The money must be the bond person&apos;s own money, not yours. No one may be paid to be a bond person.</source>
        <comment>r_bond_person.legal3</comment>
        <translation>그 돈은 내 돈이 아니라 보증인 본인의 돈이어야 해요. 누구도 돈을 받고 보증인이 될 수 없어요.</translation>
    </message>
    <message>
        <source>They may be asked questions at the hearing, for example how well they know you and how they will supervise you.</source>
        <comment>r_bond_person.legal4</comment>
        <translation>심사에서 보증인에게 질문할 수 있어요. 예를 들어 나를 얼마나 잘 아는지, 나를 어떻게 감독할지.</translation>
    </message>
    <message>
        <source>They must tell the CBSA if you break a condition of your release. If they do not, they can lose the money.</source>
        <comment>r_bond_person.legal5</comment>
        <translation>내가 석방 조건을 어기면 보증인은 CBSA에 알려야 해요. 알리지 않으면 돈을 잃을 수 있어요.</translation>
    </message>
    <message>
        <source>If no one can be your bond person, a supervision program may act instead (in Toronto in 2020, the Toronto Bail Program).</source>
        <comment>r_bond_person.legal6</comment>
        <translation>보증인이 되어 줄 사람이 없으면, 감독 프로그램이 대신할 수 있어요(2020년 토론토에서는 Toronto Bail Program).</translation>
    </message>
    <message>
        <source>How much of their own money could your bond person pay or promise, if needed?</source>
        <comment>r_bond_amount.text</comment>
        <translation>필요하면 내 보증인이 자기 돈을 얼마나 내거나 약속할 수 있어요?</translation>
    </message>
    <message>
        <source>This is called a bond (immigration bail). It is the bond person&apos;s money, not yours.</source>
        <comment>r_bond_amount.help</comment>
        <translation>이것을 보석금(이민 보석)이라고 해요. 내 돈이 아니라 보증인의 돈이에요.</translation>
    </message>
    <message>
        <source>A deposit (cash bond) is paid before release. It can be returned at the end if all the conditions were kept.</source>
        <comment>r_bond_amount.legal1</comment>
        <translation>현금 보증금은 석방 전에 내요. 모든 조건을 지키면 마지막에 돌려받을 수 있어요.</translation>
    </message>
    <message>
        <source>A guarantee (performance bond) is a promise to pay if a condition is broken. The bond person must show they could pay.</source>
        <comment>r_bond_amount.legal2</comment>
        <translation>보증 약속(이행 보증)은 조건을 어기면 돈을 내겠다는 약속이에요. 보증인은 돈을 낼 수 있다는 것을 보여 줘야 해요.</translation>
    </message>
    <message>
        <source>The member at the hearing decides the amount, and may ask for both.</source>
        <comment>r_bond_amount.legal3</comment>
        <translation>심사를 맡은 위원이 금액을 정하고, 둘 다 요구할 수도 있어요.</translation>
    </message>
    <message>
        <source>Does your bond person know they may need to come to a hearing within two days of your detention?</source>
        <comment>r_bond_ready.text</comment>
        <translation>내가 구금되고 이틀 안에 보증인이 심사에 와야 할 수도 있다는 것을 보증인이 알고 있어요?</translation>
    </message>
    <message>
        <source>If they are not ready for the first review, the next chance may be a week or a month later.</source>
        <comment>r_bond_ready.why</comment>
        <translation>첫 심사에 준비가 안 되면, 다음 기회는 일주일이나 한 달 뒤일 수 있어요.</translation>
    </message>
    <message>
        <source>They can prepare now: ID, proof of their status, and proof of their own money and address.</source>
        <comment>r_bond_ready.help</comment>
        <translation>보증인은 지금 준비할 수 있어요: 신분증, 체류 신분 증명, 본인의 돈과 주소를 보여 주는 서류.</translation>
    </message>
    <message>
        <source>The first detention review is held within 48 hours of detention, or soon after.</source>
        <comment>r_bond_ready.legal1</comment>
        <translation>첫 구금 심사는 구금된 뒤 48시간 안에, 또는 그 직후에 열려요.</translation>
    </message>
    <message>
        <source>If you are not released, the next review is within 7 days, then at least once every 30 days.</source>
        <comment>r_bond_ready.legal2</comment>
        <translation>석방되지 않으면 다음 심사는 7일 안에, 그 뒤로는 적어도 30일마다 한 번씩 열려요.</translation>
    </message>
    <message>
        <source>A bond person who is not ready for the first review may have to wait a week or a month for the next one.</source>
        <comment>r_bond_ready.legal3</comment>
        <translation>첫 심사에 준비가 안 된 보증인은 다음 심사까지 일주일이나 한 달을 기다려야 할 수 있어요.</translation>
    </message>
    <message>
        <source>A lawyer can ask for an earlier review if there are new facts, for example a bond person who is now ready.</source>
        <comment>r_bond_ready.legal4</comment>
        <translation>새로운 사실이 있으면 변호사가 심사를 앞당겨 달라고 요청할 수 있어요. 예를 들어 이제 준비가 된 보증인이 있을 때요.</translation>
    </message>
    <message>
        <source>A witness says how they know you and how they will support you.</source>
        <comment>r_hearing_witness.help</comment>
        <translation>증인은 나를 어떻게 아는지, 나를 어떻게 도울지 말해요.</translation>
    </message>
    <message>
        <source>At a detention review, a member of the Immigration and Refugee Board decides if you can be released, and on what conditions.</source>
        <comment>r_hearing_witness.legal1</comment>
        <translation>구금 심사에서는 이민난민위원회(IRB) 위원이 내가 석방될 수 있는지, 어떤 조건으로 석방될지를 정해요.</translation>
    </message>
    <message>
        <source>Where would you stay if you are released? Add the person or the shelter, with the address.</source>
        <comment>r_release_address.text</comment>
        <translation>석방되면 어디에서 지낼 거예요? 그 사람이나 쉼터를 주소와 함께 추가하세요.</translation>
    </message>
    <message>
        <source>Talk with them now, because it is hard to reach out once you are detained.</source>
        <comment>r_release_address.why</comment>
        <translation>구금되면 연락하기 어려우니, 지금 이야기해 두세요.</translation>
    </message>
    <message>
        <source>In the list of people, you can add an address to a person or a shelter.</source>
        <comment>r_release_address.help</comment>
        <translation>사람 목록에서 사람이나 쉼터에 주소를 추가할 수 있어요.</translation>
    </message>
    <message>
        <source>At a detention review you are asked where you will live if you are released.</source>
        <comment>r_release_address.legal1</comment>
        <translation>구금 심사에서는 석방되면 어디에서 살지 질문을 받아요.</translation>
    </message>
    <message>
        <source>Staying with your bond person often counts for more than a shelter, but a shelter may be accepted.</source>
        <comment>r_release_address.legal2</comment>
        <translation>보증인과 함께 지내는 것이 쉼터보다 더 인정받는 경우가 많지만, 쉼터도 받아들여질 수 있어요.</translation>
    </message>
    <message>
        <source>Things to plan in advance</source>
        <comment>advance.title</comment>
        <translation>미리 준비할 것들</translation>
    </message>
    <message>
        <source>Your phone may be taken from you, so some things need to be ready now.</source>
        <comment>advance.intro</comment>
        <translation>휴대폰을 빼앗길 수 있으니, 몇 가지는 지금 준비해 두어야 해요.</translation>
    </message>
    <message>
        <source>Do you know by heart the phone numbers of the people you would call?</source>
        <comment>r_numbers_by_heart.text</comment>
        <translation>연락할 사람들의 전화번호를 외우고 있어요?</translation>
    </message>
    <message>
        <source>Your phone may be taken. Numbers you know by heart stay with you.</source>
        <comment>r_numbers_by_heart.why</comment>
        <translation>휴대폰은 빼앗길 수 있어요. 외운 번호는 나와 함께 남아요.</translation>
    </message>
    <message>
        <source>In the list of people, you can mark numbers to learn, and practise them here.</source>
        <comment>r_numbers_by_heart.help</comment>
        <translation>사람 목록에서 외울 번호를 표시하고, 여기에서 연습할 수 있어요.</translation>
    </message>
    <message>
        <source>Who would look after your children if you were detained?</source>
        <comment>r_carer_children.text</comment>
        <translation>구금되면 누가 아이들을 돌봐 줄까요?</translation>
    </message>
    <message>
        <source>Knowing who will care for them gives you and them some peace of mind.</source>
        <comment>r_carer_children.why</comment>
        <translation>누가 돌봐 줄지 알면 나도 아이들도 조금 마음이 놓여요.</translation>
    </message>
    <message>
        <source>Who would look after your pets?</source>
        <comment>r_carer_pets.text</comment>
        <translation>누가 반려동물을 돌봐 줄까요?</translation>
    </message>
    <message>
        <source>Pets need someone to feed them from the first day.</source>
        <comment>r_carer_pets.why</comment>
        <translation>반려동물은 첫날부터 밥을 줄 사람이 필요해요.</translation>
    </message>
    <message>
        <source>Who has a key to your home and could bring you clothes, money, documents and medication?</source>
        <comment>r_key_holder.text</comment>
        <translation>누가 내 집 열쇠를 가지고 있어서, 옷, 돈, 서류, 약을 가져다줄 수 있어요?</translation>
    </message>
    <message>
        <source>You may need things from home, and you cannot go and get them yourself.</source>
        <comment>r_key_holder.why</comment>
        <translation>집에 있는 물건이 필요할 수 있는데, 직접 가지러 갈 수 없어요.</translation>
    </message>
    <message>
        <source>Which documents would you need, and where are they kept?</source>
        <comment>r_documents.text</comment>
        <translation>어떤 서류가 필요하고, 어디에 두었어요?</translation>
    </message>
    <message>
        <source>Your lawyer or key holder may need your passport or other papers for the hearing.</source>
        <comment>r_documents.why</comment>
        <translation>변호사나 열쇠를 가진 사람이 심사를 위해 여권이나 다른 서류를 가져와야 할 수 있어요.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>r_documents.example1</comment>
        <translation>여권</translation>
    </message>
    <message>
        <source>Study or work permit</source>
        <comment>r_documents.example2</comment>
        <translation>학업 허가 또는 취업 허가</translation>
    </message>
    <message>
        <source>Lease or letter showing my address</source>
        <comment>r_documents.example3</comment>
        <translation>내 주소가 나온 임대 계약서나 편지</translation>
    </message>
    <message>
        <source>Which trusted service provider would contact your family or friends if you were detained?</source>
        <comment>r_family_contact.text</comment>
        <translation>구금되면 믿을 수 있는 어느 서비스 기관이 가족이나 친구에게 연락해 줄까요?</translation>
    </message>
    <message>
        <source>You may not be able to call them yourself, or often.</source>
        <comment>r_family_contact.why</comment>
        <translation>내가 직접, 또는 자주 전화하지 못할 수 있어요.</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Agree now on what can be said on the phone.</source>
        <comment>r_family_contact.help</comment>
        <translation>구금 중에 하는 전화는 비밀이 지켜지지 않을 수 있어요. 전화로 무엇을 말해도 되는지 지금 정해 두세요.</translation>
    </message>
    <message>
        <source>What would you like them to say for you, and what should they not say?</source>
        <comment>r_family_message.text</comment>
        <translation>그들이 나 대신 무엇을 말해 주면 좋겠어요? 무엇은 말하지 말아야 해요?</translation>
    </message>
    <message>
        <source>You decide what other people are told about you.</source>
        <comment>r_family_message.why</comment>
        <translation>다른 사람들이 나에 대해 무엇을 듣게 될지는 내가 정해요.</translation>
    </message>
    <message>
        <source>Tell my sister I am safe and ask her to call my lawyer</source>
        <comment>r_family_message.example1</comment>
        <translation>동생에게 내가 안전하다고 전하고, 내 변호사에게 전화해 달라고 부탁해 주세요</translation>
    </message>
    <message>
        <source>Do not talk about my work</source>
        <comment>r_family_message.example2</comment>
        <translation>내 일에 대해서는 말하지 마세요</translation>
    </message>
    <message>
        <source>Health, money and people who count on you</source>
        <comment>needs.title</comment>
        <translation>건강, 돈, 그리고 나에게 기대는 사람들</translation>
    </message>
    <message>
        <source>Things that need care while you are away, and for the hearing.</source>
        <comment>needs.intro</comment>
        <translation>내가 없는 동안, 그리고 심사를 위해 챙겨야 할 것들이에요.</translation>
    </message>
    <message>
        <source>What medication or medical care do you need?</source>
        <comment>r_medication.text</comment>
        <translation>어떤 약이나 치료가 필요해요?</translation>
    </message>
    <message>
        <source>This can go on your wallet card, so staff know what you need.</source>
        <comment>r_medication.why</comment>
        <translation>지갑 카드에 적어 두면, 직원들이 내게 필요한 것을 알 수 있어요.</translation>
    </message>
    <message>
        <source>Write only what you want others to see. You can use general words.</source>
        <comment>r_medication.help</comment>
        <translation>다른 사람이 봐도 괜찮은 것만 적으세요. 일반적인 말로 적어도 돼요.</translation>
    </message>
    <message>
        <source>Insulin, twice a day</source>
        <comment>r_medication.example1</comment>
        <translation>인슐린, 하루 두 번</translation>
    </message>
    <message>
        <source>One pill for blood pressure each morning</source>
        <comment>r_medication.example2</comment>
        <translation>매일 아침 혈압약 한 알</translation>
    </message>
    <message>
        <source>Which language do you speak best? Do you need an interpreter?</source>
        <comment>r_interpreter.text</comment>
        <translation>어떤 언어를 가장 잘해요? 통역사가 필요해요?</translation>
    </message>
    <message>
        <source>This can go on your wallet card. You can ask for an interpreter at a hearing.</source>
        <comment>r_interpreter.why</comment>
        <translation>지갑 카드에 적어 둘 수 있어요. 심사에서 통역사를 요청할 수 있어요.</translation>
    </message>
    <message>
        <source>An interpreter says in your language what others say, and says your words in theirs.</source>
        <comment>r_interpreter.help</comment>
        <translation>통역사는 다른 사람의 말을 내 언어로, 내 말을 그들의 언어로 옮겨 줘요.</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge. Tell your lawyer your language early.</source>
        <comment>r_interpreter.legal1</comment>
        <translation>이민 심사에서는 무료로 통역사를 쓸 권리가 있어요. 내 언어를 변호사에게 일찍 알려 주세요.</translation>
    </message>
    <message>
        <source>Vietnamese, interpreter needed</source>
        <comment>r_interpreter.example1</comment>
        <translation>베트남어, 통역사 필요</translation>
    </message>
    <message>
        <source>Mandarin and some English</source>
        <comment>r_interpreter.example2</comment>
        <translation>중국어(표준어)와 영어 조금</translation>
    </message>
    <message>
        <source>Is there someone you trust to take care of your private matters, like rent or your bank?</source>
        <comment>r_power_of_attorney.text</comment>
        <translation>집세나 은행 일처럼 개인적인 일을 맡길 수 있는 믿는 사람이 있어요?</translation>
    </message>
    <message>
        <source>While you are detained, someone can pay bills and deal with offices for you.</source>
        <comment>r_power_of_attorney.why</comment>
        <translation>내가 구금된 동안, 누군가 나 대신 요금을 내고 기관 일을 처리할 수 있어요.</translation>
    </message>
    <message>
        <source>Power of attorney: a signed paper that lets a person you choose act for you. A lawyer or legal clinic can help.</source>
        <comment>r_power_of_attorney.help</comment>
        <translation>위임장: 내가 고른 사람이 나를 대신해 일을 처리하도록 허락하는 서명된 문서예요. 변호사나 법률 클리닉이 도와줄 수 있어요.</translation>
    </message>
    <message>
        <source>If your bank account were frozen, how would you pay rent and bills? Who could help you talk to the bank?</source>
        <comment>r_frozen_account.text</comment>
        <translation>은행 계좌가 동결되면 집세와 요금을 어떻게 낼 거예요? 은행과 이야기하는 것을 누가 도와줄 수 있어요?</translation>
    </message>
    <message>
        <source>Rent, bills and other costs still need paying while your account is closed to you.</source>
        <comment>r_frozen_account.why</comment>
        <translation>계좌를 쓸 수 없는 동안에도 집세, 요금, 다른 비용은 내야 해요.</translation>
    </message>
    <message>
        <source>A frozen account is one the bank has stopped, so no money can come out.</source>
        <comment>r_frozen_account.help</comment>
        <translation>동결된 계좌는 은행이 막아서 돈을 뺄 수 없는 계좌예요.</translation>
    </message>
    <message>
        <source>Some cash kept with my sister</source>
        <comment>r_frozen_account.example1</comment>
        <translation>동생에게 맡겨 둔 현금 조금</translation>
    </message>
    <message>
        <source>My support worker can call the bank with me</source>
        <comment>r_frozen_account.example2</comment>
        <translation>내 지원 활동가가 나와 함께 은행에 전화해 줄 수 있어요</translation>
    </message>
    <message>
        <source>Who should be told if you are away for some time?</source>
        <comment>r_notify.text</comment>
        <translation>한동안 자리를 비우게 되면 누구에게 알려야 해요?</translation>
    </message>
    <message>
        <source>Missing classes or work without notice can cause problems, for example with a study permit.</source>
        <comment>r_notify.why</comment>
        <translation>말없이 수업이나 일에 빠지면, 예를 들어 학업 허가에 문제가 생길 수 있어요.</translation>
    </message>
    <message>
        <source>My school or college</source>
        <comment>r_notify.option.school</comment>
        <translation>내 학교나 대학</translation>
    </message>
    <message>
        <source>My work</source>
        <comment>r_notify.option.work</comment>
        <translation>내 직장</translation>
    </message>
    <message>
        <source>My landlord</source>
        <comment>r_notify.option.landlord</comment>
        <translation>내 집주인</translation>
    </message>
    <message>
        <source>Someone else</source>
        <comment>r_notify.option.someone_else</comment>
        <translation>다른 사람</translation>
    </message>
    <message>
        <source>Do you take care of other people, here or in another country, who would need help if you were detained?</source>
        <comment>r_care_others.text</comment>
        <translation>이곳이나 다른 나라에, 내가 구금되면 도움이 필요해질 사람을 돌보고 있어요?</translation>
    </message>
    <message>
        <source>Planning now means they still get help while you are away.</source>
        <comment>r_care_others.why</comment>
        <translation>지금 계획해 두면 내가 없는 동안에도 그들이 도움을 받을 수 있어요.</translation>
    </message>
    <message>
        <source>I send money to my mother each month</source>
        <comment>r_care_others.example1</comment>
        <translation>매달 어머니께 돈을 보내요</translation>
    </message>
    <message>
        <source>I take my neighbour to the doctor</source>
        <comment>r_care_others.example2</comment>
        <translation>이웃을 병원에 모시고 가요</translation>
    </message>
    <message>
        <source>Would you like to talk with a lawyer about what to say, and what not to say, at a hearing?</source>
        <comment>r_hearing_talk.text</comment>
        <translation>심사에서 무엇을 말하고 무엇을 말하지 말지, 변호사와 이야기해 보고 싶어요?</translation>
    </message>
    <message>
        <source>What you say at a hearing can change the result. A lawyer can help you prepare.</source>
        <comment>r_hearing_talk.why</comment>
        <translation>심사에서 하는 말이 결과를 바꿀 수 있어요. 변호사가 준비를 도와줄 수 있어요.</translation>
    </message>
</context>
<context>
    <name>forms.safety_plan</name>
    <message>
        <source>Safety plan</source>
        <comment>form.title</comment>
        <translation>안전 계획</translation>
    </message>
    <message>
        <source>A plan to help you stay safe from a person or a situation that puts you at risk. You decide what goes in it, and what you want to do. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>나를 위험하게 하는 사람이나 상황에서 안전하게 지내도록 돕는 계획이에요. 무엇을 적을지, 무엇을 할지는 내가 정해요. 어떤 질문이든 건너뛰거나 나중에 다시 볼 수 있어요.</translation>
    </message>
    <message>
        <source>Plan to leave</source>
        <comment>leave.title</comment>
        <translation>떠날 계획</translation>
    </message>
    <message>
        <source>If you ever decide to leave, or must leave quickly, it helps to have things ready.</source>
        <comment>leave.intro</comment>
        <translation>언젠가 떠나기로 하거나 급히 떠나야 할 때, 미리 준비해 두면 도움이 돼요.</translation>
    </message>
    <message>
        <source>What would you like this plan to help you with?</source>
        <comment>s_goal.text</comment>
        <translation>이 계획이 무엇을 도와주면 좋겠어요?</translation>
    </message>
    <message>
        <source>This plan follows what you want, not what others expect.</source>
        <comment>s_goal.why</comment>
        <translation>이 계획은 다른 사람의 기대가 아니라, 내가 원하는 것을 따라요.</translation>
    </message>
    <message>
        <source>Being ready in case things get worse</source>
        <comment>s_goal.example1</comment>
        <translation>상황이 나빠질 때를 대비해 준비하기</translation>
    </message>
    <message>
        <source>Leaving a workplace</source>
        <comment>s_goal.example2</comment>
        <translation>일하는 곳을 떠나기</translation>
    </message>
    <message>
        <source>Staying, but with more safety</source>
        <comment>s_goal.example3</comment>
        <translation>머무르되, 더 안전하게 지내기</translation>
    </message>
    <message>
        <source>If you left, do you think the person might try to hurt you or punish you for leaving?</source>
        <comment>s_retaliation.text</comment>
        <translation>떠난다면, 그 사람이 나를 해치거나 떠난 것을 벌주려고 할 것 같아요?</translation>
    </message>
    <message>
        <source>Knowing the risk helps you choose when and how to leave, and who to tell.</source>
        <comment>s_retaliation.why</comment>
        <translation>위험을 알면 언제, 어떻게 떠날지, 누구에게 알릴지 정하는 데 도움이 돼요.</translation>
    </message>
    <message>
        <source>Yes, I think so</source>
        <comment>s_retaliation.option.likely</comment>
        <translation>네, 그럴 것 같아요</translation>
    </message>
    <message>
        <source>Maybe, I am not sure</source>
        <comment>s_retaliation.option.maybe</comment>
        <translation>아마도요, 잘 모르겠어요</translation>
    </message>
    <message>
        <source>I do not think so</source>
        <comment>s_retaliation.option.unlikely</comment>
        <translation>그렇지 않을 것 같아요</translation>
    </message>
    <message>
        <source>What could make leaving safer for you?</source>
        <comment>s_safer_leaving.text</comment>
        <translation>무엇이 있으면 더 안전하게 떠날 수 있을까요?</translation>
    </message>
    <message>
        <source>Small steps can lower the risk when you leave.</source>
        <comment>s_safer_leaving.why</comment>
        <translation>작은 준비가 떠날 때의 위험을 줄여 줄 수 있어요.</translation>
    </message>
    <message>
        <source>Leave when they are not at home</source>
        <comment>s_safer_leaving.example1</comment>
        <translation>그 사람이 집에 없을 때 떠나기</translation>
    </message>
    <message>
        <source>Have a friend with me</source>
        <comment>s_safer_leaving.example2</comment>
        <translation>친구와 함께 있기</translation>
    </message>
    <message>
        <source>Change my phone number after I leave</source>
        <comment>s_safer_leaving.example3</comment>
        <translation>떠난 뒤 내 전화번호 바꾸기</translation>
    </message>
    <message>
        <source>Where could you go if you leave? Add the people or places, with their address or phone number.</source>
        <comment>s_safe_place.text</comment>
        <translation>떠난다면 어디로 갈 수 있어요? 사람이나 장소를 주소나 전화번호와 함께 추가하세요.</translation>
    </message>
    <message>
        <source>When you know where to go, leaving quickly is easier.</source>
        <comment>s_safe_place.why</comment>
        <translation>갈 곳을 알고 있으면 급히 떠나기가 더 쉬워요.</translation>
    </message>
    <message>
        <source>A friend, someone in your community, an emergency shelter or a motel. A first name is enough.</source>
        <comment>s_safe_place.help</comment>
        <translation>친구, 내 커뮤니티의 누군가, 긴급 쉼터나 모텔도 돼요. 이름만 적어도 충분해요.</translation>
    </message>
    <message>
        <source>A friend&apos;s place</source>
        <comment>s_safe_place.example1</comment>
        <translation>친구 집</translation>
    </message>
    <message>
        <source>An emergency shelter</source>
        <comment>s_safe_place.example2</comment>
        <translation>긴급 쉼터</translation>
    </message>
    <message>
        <source>A motel near work</source>
        <comment>s_safe_place.example3</comment>
        <translation>일하는 곳 근처 모텔</translation>
    </message>
    <message>
        <source>If you live or work with the person, do you have a hidden place to keep these addresses?</source>
        <comment>s_hide_addresses.text</comment>
        <translation>그 사람과 함께 살거나 일한다면, 이 주소들을 숨겨 둘 곳이 있어요?</translation>
    </message>
    <message>
        <source>On a friend&apos;s phone</source>
        <comment>s_hide_addresses.example1</comment>
        <translation>친구 휴대폰에</translation>
    </message>
    <message>
        <source>The person may look through your phone or your things, at home or at work.</source>
        <comment>s_hide_addresses.why</comment>
        <translation>그 사람이 집이나 일터에서 내 휴대폰이나 물건을 뒤져 볼 수 있어요.</translation>
    </message>
    <message>
        <source>Written with first names only, kept by a friend</source>
        <comment>s_hide_addresses.example2</comment>
        <translation>이름만 적어서 친구에게 맡겨 두기</translation>
    </message>
    <message>
        <source>How could you get there? Choose any that could work.</source>
        <comment>s_transport.text</comment>
        <translation>그곳에 어떻게 갈 수 있어요? 가능한 방법을 모두 고르세요.</translation>
    </message>
    <message>
        <source>Knowing the way saves time if you must leave suddenly.</source>
        <comment>s_transport.why</comment>
        <translation>가는 길을 알면 갑자기 떠나야 할 때 시간을 아낄 수 있어요.</translation>
    </message>
    <message>
        <source>Walk</source>
        <comment>s_transport.option.walk</comment>
        <translation>걸어서</translation>
    </message>
    <message>
        <source>Bus, subway or train</source>
        <comment>s_transport.option.transit</comment>
        <translation>버스, 지하철 또는 기차</translation>
    </message>
    <message>
        <source>Taxi or ride app</source>
        <comment>s_transport.option.taxi</comment>
        <translation>택시 또는 차량 호출 앱</translation>
    </message>
    <message>
        <source>Someone drives me</source>
        <comment>s_transport.option.friend_drives</comment>
        <translation>누군가 태워 줘요</translation>
    </message>
    <message>
        <source>Another way</source>
        <comment>s_transport.option.other</comment>
        <translation>다른 방법</translation>
    </message>
    <message>
        <source>Do you plan to leave soon, or do you want to be ready in case you must leave suddenly?</source>
        <comment>s_timing.text</comment>
        <translation>곧 떠날 계획이에요, 아니면 갑자기 떠나야 할 때를 대비해 준비해 두고 싶어요?</translation>
    </message>
    <message>
        <source>Your answer changes what to prepare first.</source>
        <comment>s_timing.why</comment>
        <translation>답에 따라 먼저 준비할 것이 달라져요.</translation>
    </message>
    <message>
        <source>I plan to leave soon</source>
        <comment>s_timing.option.soon</comment>
        <translation>곧 떠날 계획이에요</translation>
    </message>
    <message>
        <source>I want to be ready, in case</source>
        <comment>s_timing.option.be_ready</comment>
        <translation>혹시 모르니 준비해 두고 싶어요</translation>
    </message>
    <message>
        <source>I have not decided</source>
        <comment>s_timing.option.undecided</comment>
        <translation>아직 정하지 않았어요</translation>
    </message>
    <message>
        <source>If you plan to leave soon, is there a day you have in mind?</source>
        <comment>s_leave_date.text</comment>
        <translation>곧 떠날 계획이라면, 생각해 둔 날짜가 있어요?</translation>
    </message>
    <message>
        <source>A date helps you plan the steps that come before it.</source>
        <comment>s_leave_date.why</comment>
        <translation>날짜가 있으면 그 전에 할 일을 계획하기 쉬워요.</translation>
    </message>
    <message>
        <source>Which small things could you keep in your everyday bag, in case you must leave suddenly?</source>
        <comment>s_bag.text</comment>
        <translation>갑자기 떠나야 할 때를 대비해, 평소 들고 다니는 가방에 어떤 작은 물건을 넣어 둘 수 있어요?</translation>
    </message>
    <message>
        <source>A few things let you leave at once. Too many things may make someone suspicious.</source>
        <comment>s_bag.why</comment>
        <translation>물건 몇 가지만 있으면 바로 떠날 수 있어요. 너무 많으면 누군가 의심할 수도 있어요.</translation>
    </message>
    <message>
        <source>Medication</source>
        <comment>s_bag.option.medication</comment>
        <translation>약</translation>
    </message>
    <message>
        <source>A change of clothes</source>
        <comment>s_bag.option.clothes</comment>
        <translation>갈아입을 옷</translation>
    </message>
    <message>
        <source>A little money, hidden (for example in a lipstick tube)</source>
        <comment>s_bag.option.cash</comment>
        <translation>숨겨 둔 약간의 돈 (예: 립스틱 통 안에)</translation>
    </message>
    <message>
        <source>A phone charger</source>
        <comment>s_bag.option.charger</comment>
        <translation>휴대폰 충전기</translation>
    </message>
    <message>
        <source>Spare keys</source>
        <comment>s_bag.option.keys</comment>
        <translation>여분 열쇠</translation>
    </message>
    <message>
        <source>Important phone numbers on paper</source>
        <comment>s_bag.option.numbers</comment>
        <translation>종이에 적은 중요한 전화번호</translation>
    </message>
    <message>
        <source>Do you need to plan for children, other people you care for, or pets?</source>
        <comment>s_care.text</comment>
        <translation>자녀, 내가 돌보는 다른 사람, 또는 반려동물을 위한 계획이 필요해요?</translation>
    </message>
    <message>
        <source>Planning ahead means they are looked after if you leave quickly.</source>
        <comment>s_care.why</comment>
        <translation>미리 계획해 두면 내가 급히 떠나도 그들이 돌봄을 받을 수 있어요.</translation>
    </message>
    <message>
        <source>My son: my sister can pick him up from school</source>
        <comment>s_care.example1</comment>
        <translation>아들: 동생이 학교에서 데려올 수 있어요</translation>
    </message>
    <message>
        <source>My cat: a neighbour can feed her</source>
        <comment>s_care.example2</comment>
        <translation>고양이: 이웃이 밥을 줄 수 있어요</translation>
    </message>
    <message>
        <source>Supports and resources</source>
        <comment>supports.title</comment>
        <translation>지원과 자원</translation>
    </message>
    <message>
        <source>The people and groups who can help you, and the strengths you already have.</source>
        <comment>supports.intro</comment>
        <translation>나를 도울 수 있는 사람과 단체, 그리고 내가 이미 가진 힘이에요.</translation>
    </message>
    <message>
        <source>Who could help you find services and contact them? This can be an organisation, a co-worker, a friend, a client or family.</source>
        <comment>s_helpers.text</comment>
        <translation>서비스를 찾고 연락하도록 누가 도와줄 수 있어요? 단체, 동료, 친구, 손님 또는 가족일 수 있어요.</translation>
    </message>
    <message>
        <source>Someone who knows the services can save you time and worry.</source>
        <comment>s_helpers.why</comment>
        <translation>서비스를 잘 아는 사람이 있으면 시간과 걱정을 덜 수 있어요.</translation>
    </message>
    <message>
        <source>Services can be shelters, programs for people facing violence, legal help or food banks.</source>
        <comment>s_helpers.help</comment>
        <translation>서비스에는 쉼터, 폭력을 겪는 사람을 위한 프로그램, 법률 도움, 푸드뱅크 등이 있어요.</translation>
    </message>
    <message>
        <source>What other support would help you? Who could give it?</source>
        <comment>s_other_support.text</comment>
        <translation>어떤 도움이 더 있으면 좋겠어요? 누가 그 도움을 줄 수 있어요?</translation>
    </message>
    <message>
        <source>Support can be practical, like a ride, or someone to talk to. Both count.</source>
        <comment>s_other_support.why</comment>
        <translation>도움은 차를 태워 주는 것처럼 실질적일 수도 있고, 이야기를 들어 주는 사람일 수도 있어요. 둘 다 소중해요.</translation>
    </message>
    <message>
        <source>A ride to the shelter</source>
        <comment>s_other_support.example1</comment>
        <translation>쉼터까지 차로 데려다주기</translation>
    </message>
    <message>
        <source>Someone to talk to in my language</source>
        <comment>s_other_support.example2</comment>
        <translation>내 언어로 이야기할 수 있는 사람</translation>
    </message>
    <message>
        <source>Help with rent</source>
        <comment>s_other_support.example3</comment>
        <translation>집세 도움</translation>
    </message>
    <message>
        <source>What matters most to you right now?</source>
        <comment>s_priorities.text</comment>
        <translation>지금 나에게 가장 중요한 것은 무엇이에요?</translation>
    </message>
    <message>
        <source>Your priorities decide which steps come first in your plan.</source>
        <comment>s_priorities.why</comment>
        <translation>무엇이 중요한지에 따라 계획에서 먼저 할 일이 정해져요.</translation>
    </message>
    <message>
        <source>Keeping my job</source>
        <comment>s_priorities.example1</comment>
        <translation>내 일을 계속하기</translation>
    </message>
    <message>
        <source>My child&apos;s school</source>
        <comment>s_priorities.example2</comment>
        <translation>아이의 학교</translation>
    </message>
    <message>
        <source>Keeping my immigration status</source>
        <comment>s_priorities.example3</comment>
        <translation>내 체류 신분 지키기</translation>
    </message>
    <message>
        <source>How have you kept yourself safe before? What are you doing now that helps?</source>
        <comment>s_strengths.text</comment>
        <translation>전에는 어떻게 스스로를 안전하게 지켰어요? 지금 도움이 되는 일은 무엇이에요?</translation>
    </message>
    <message>
        <source>You know your life best. Your skills and experience are part of this plan.</source>
        <comment>s_strengths.why</comment>
        <translation>내 삶은 내가 가장 잘 알아요. 나의 기술과 경험도 이 계획의 일부예요.</translation>
    </message>
    <message>
        <source>I tell a co-worker where I am</source>
        <comment>s_strengths.example1</comment>
        <translation>동료에게 내가 어디 있는지 알려요</translation>
    </message>
    <message>
        <source>I screen new clients</source>
        <comment>s_strengths.example2</comment>
        <translation>새 손님은 미리 확인해요</translation>
    </message>
    <message>
        <source>I keep my phone charged and with me</source>
        <comment>s_strengths.example3</comment>
        <translation>휴대폰을 충전해서 늘 가지고 다녀요</translation>
    </message>
    <message>
        <source>If you think about going to the police or immigration, would you talk with a lawyer first?</source>
        <comment>s_lawyer_first.text</comment>
        <translation>경찰이나 이민 당국에 가는 것을 생각한다면, 먼저 변호사와 이야기하겠어요?</translation>
    </message>
    <message>
        <source>Without legal advice, it may lead to more abuse or to removal from Canada. With legal help, it may help you stay.</source>
        <comment>s_lawyer_first.why</comment>
        <translation>법률 조언 없이 하면 학대가 더 심해지거나 캐나다에서 추방될 수 있어요. 법률 도움을 받으면 캐나다에 머무는 데 도움이 될 수 있어요.</translation>
    </message>
    <message>
        <source>You can ask for another address, or online letters if the person cannot get into your email or phone.</source>
        <comment>s_bank_mail.help</comment>
        <translation>그 사람이 내 이메일이나 휴대폰을 볼 수 없다면, 다른 주소로 받거나 온라인 우편으로 받겠다고 요청할 수 있어요.</translation>
    </message>
    <message>
        <source>Can you keep the person away from your phone, your accounts and your records?</source>
        <comment>s_phone_security.text</comment>
        <translation>그 사람이 내 휴대폰, 계정, 기록에 손대지 못하게 할 수 있어요?</translation>
    </message>
    <message>
        <source>Someone who can see your phone or accounts may learn about your plans.</source>
        <comment>s_phone_security.why</comment>
        <translation>내 휴대폰이나 계정을 볼 수 있는 사람은 내 계획을 알게 될 수 있어요.</translation>
    </message>
    <message>
        <source>For example: a new passcode, signing out of shared accounts, turning off location sharing.</source>
        <comment>s_phone_security.help</comment>
        <translation>예: 새 잠금 비밀번호, 함께 쓰는 계정에서 로그아웃, 위치 공유 끄기.</translation>
    </message>
    <message>
        <source>A lawyer can explain your choices before you decide. Legal clinics give free legal help.</source>
        <comment>s_lawyer_first.help</comment>
        <translation>변호사는 결정하기 전에 어떤 선택이 있는지 설명해 줄 수 있어요. 법률 클리닉은 무료로 법률 도움을 줘요.</translation>
    </message>
    <message>
        <source>If a partner sponsors your immigration, would you like to learn the rules that protect sponsored spouses facing violence at home?</source>
        <comment>s_sponsorship.text</comment>
        <translation>배우자나 파트너가 내 이민을 후원하고 있다면, 가정 폭력을 겪는 후원 배우자를 보호하는 규칙을 알아보고 싶어요?</translation>
    </message>
    <message>
        <source>There are exceptions that may protect your status. Knowing them helps you decide with less fear.</source>
        <comment>s_sponsorship.why</comment>
        <translation>체류 신분을 보호할 수 있는 예외 규정이 있어요. 알고 있으면 덜 두려워하며 결정할 수 있어요.</translation>
    </message>
    <message>
        <source>Sponsor: the person who signed to support your application to live in Canada.</source>
        <comment>s_sponsorship.help</comment>
        <translation>후원자: 내가 캐나다에 살 수 있도록 신청을 후원하겠다고 서명한 사람이에요.</translation>
    </message>
    <message>
        <source>If you are already a permanent resident, your sponsor cannot take that status away, even if you leave.</source>
        <comment>s_sponsorship.legal1</comment>
        <translation>이미 영주권자라면, 내가 떠나더라도 후원자가 그 신분을 빼앗을 수 없어요.</translation>
    </message>
    <message>
        <source>Since 2017, a sponsored spouse no longer has to live with the sponsor for two years to keep permanent residence.</source>
        <comment>s_sponsorship.legal2</comment>
        <translation>2017년부터 후원받은 배우자는 영주권을 지키기 위해 후원자와 2년 동안 함께 살지 않아도 돼요.</translation>
    </message>
    <message>
        <source>If your status in Canada depends on your partner and you face violence, a special temporary permit may help you stay (since 2019).</source>
        <comment>s_sponsorship.legal3</comment>
        <translation>캐나다 체류 신분이 배우자나 파트너에게 달려 있는데 폭력을 겪고 있다면, 특별 임시 허가로 캐나다에 머물 수 있을 수도 있어요(2019년부터).</translation>
    </message>
    <message>
        <source>A lawyer or legal clinic can tell you what applies to you before you decide.</source>
        <comment>s_sponsorship.legal4</comment>
        <translation>결정하기 전에 변호사나 법률 클리닉이 나에게 해당되는 것을 알려 줄 수 있어요.</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>money.title</comment>
        <translation>돈</translation>
    </message>
    <message>
        <source>Some money of your own gives you more choices.</source>
        <comment>money.intro</comment>
        <translation>내 돈이 조금이라도 있으면 선택할 수 있는 것이 많아져요.</translation>
    </message>
    <message>
        <source>Could you save and hide some money? How much would you need for travel and a room?</source>
        <comment>s_savings.text</comment>
        <translation>돈을 모아서 숨겨 둘 수 있어요? 교통비와 방값으로 얼마가 필요할까요?</translation>
    </message>
    <message>
        <source>With enough for travel and a room, you do not have to stay in a shelter if you do not want to.</source>
        <comment>s_savings.why</comment>
        <translation>교통비와 방값이 있으면, 원하지 않을 때 쉼터에 머물지 않아도 돼요.</translation>
    </message>
    <message>
        <source>$40 for a taxi</source>
        <comment>s_savings.example1</comment>
        <translation>택시비 40달러</translation>
    </message>
    <message>
        <source>$300 for a room for a week</source>
        <comment>s_savings.example2</comment>
        <translation>일주일 방값 300달러</translation>
    </message>
    <message>
        <source>Where could you keep this money, so that the person cannot find it?</source>
        <comment>s_money_place.text</comment>
        <translation>그 사람이 찾지 못하도록 이 돈을 어디에 둘 수 있어요?</translation>
    </message>
    <message>
        <source>Money is only useful if it is still there when you need it.</source>
        <comment>s_money_place.why</comment>
        <translation>돈은 필요할 때 그 자리에 있어야 쓸모가 있어요.</translation>
    </message>
    <message>
        <source>With a friend I trust</source>
        <comment>s_money_place.example1</comment>
        <translation>믿을 수 있는 친구에게</translation>
    </message>
    <message>
        <source>In a pocket sewn into my bag</source>
        <comment>s_money_place.example2</comment>
        <translation>가방 안에 꿰매 단 주머니에</translation>
    </message>
    <message>
        <source>Do you have a bank account that only you can use?</source>
        <comment>s_own_account.text</comment>
        <translation>나만 쓸 수 있는 은행 계좌가 있어요?</translation>
    </message>
    <message>
        <source>Money in your own account is harder for others to take or control.</source>
        <comment>s_own_account.why</comment>
        <translation>내 계좌에 있는 돈은 다른 사람이 가져가거나 통제하기 더 어려워요.</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>s_own_account.option.yes</comment>
        <translation>네</translation>
    </message>
    <message>
        <source>No, but I could open one</source>
        <comment>s_own_account.option.could_open</comment>
        <translation>아니요, 하지만 만들 수 있어요</translation>
    </message>
    <message>
        <source>No</source>
        <comment>s_own_account.option.no</comment>
        <translation>아니요</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <comment>s_own_account.option.not_sure</comment>
        <translation>잘 모르겠어요</translation>
    </message>
    <message>
        <source>Does your bank send letters to an address where the person cannot see them?</source>
        <comment>s_bank_mail.text</comment>
        <translation>은행 우편이 그 사람이 볼 수 없는 주소로 가요?</translation>
    </message>
    <message>
        <source>A letter from the bank can tell the person that you have an account.</source>
        <comment>s_bank_mail.why</comment>
        <translation>은행에서 온 편지를 보고 그 사람이 내 계좌가 있다는 것을 알 수 있어요.</translation>
    </message>
    <message>
        <source>ID, documents and bank information</source>
        <comment>papers.title</comment>
        <translation>신분증, 서류, 은행 정보</translation>
    </message>
    <message>
        <source>Your papers, ready to take, and copies kept somewhere safe.</source>
        <comment>papers.intro</comment>
        <translation>바로 가져갈 수 있게 준비한 서류와, 안전한 곳에 둔 사본이에요.</translation>
    </message>
    <message>
        <source>Which important documents would you take with you? Note where each one is kept.</source>
        <comment>s_documents.text</comment>
        <translation>어떤 중요한 서류를 가져가겠어요? 각각 어디에 두었는지 적어 두세요.</translation>
    </message>
    <message>
        <source>If they are together in one place, you can take them all quickly.</source>
        <comment>s_documents.why</comment>
        <translation>한곳에 모아 두면 모두 빨리 챙길 수 있어요.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>s_documents.example1</comment>
        <translation>여권</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <comment>s_documents.example2</comment>
        <translation>이민 서류</translation>
    </message>
    <message>
        <source>Bank card</source>
        <comment>s_documents.example3</comment>
        <translation>은행 카드</translation>
    </message>
    <message>
        <source>Health card</source>
        <comment>s_documents.example4</comment>
        <translation>건강 카드</translation>
    </message>
    <message>
        <source>My children&apos;s birth certificates</source>
        <comment>s_documents.example5</comment>
        <translation>내 아이들의 출생 증명서</translation>
    </message>
    <message>
        <source>Could an organisation you trust keep a copy of your file or papers for you?</source>
        <comment>s_org_copy.text</comment>
        <translation>믿을 수 있는 단체가 내 파일이나 서류 사본을 보관해 줄 수 있을까요?</translation>
    </message>
    <message>
        <source>If you leave quickly, a copy waits for you somewhere safe.</source>
        <comment>s_org_copy.why</comment>
        <translation>급히 떠나더라도 사본이 안전한 곳에서 기다리고 있어요.</translation>
    </message>
    <message>
        <source>Would you like to keep a record each time the person contacts you or causes a problem?</source>
        <comment>s_incident_record.text</comment>
        <translation>그 사람이 연락하거나 문제를 일으킬 때마다 기록을 남기고 싶어요?</translation>
    </message>
    <message>
        <source>A record with dates can help later, for example with a lawyer or an immigration application.</source>
        <comment>s_incident_record.why</comment>
        <translation>날짜가 적힌 기록은 나중에, 예를 들어 변호사와 이야기하거나 이민 신청을 할 때 도움이 될 수 있어요.</translation>
    </message>
    <message>
        <source>Write the date, time and place. Keep it where the person cannot reach it, like SaferPlan&apos;s private record.</source>
        <comment>s_incident_record.help</comment>
        <translation>날짜, 시간, 장소를 적으세요. SaferPlan의 개인 기록처럼 그 사람이 손댈 수 없는 곳에 두세요.</translation>
    </message>
    <message>
        <source>I already keep a record</source>
        <comment>s_incident_record.option.already</comment>
        <translation>이미 기록하고 있어요</translation>
    </message>
    <message>
        <source>I would like to start</source>
        <comment>s_incident_record.option.start</comment>
        <translation>시작하고 싶어요</translation>
    </message>
    <message>
        <source>Not right now</source>
        <comment>s_incident_record.option.not_now</comment>
        <translation>지금은 아니에요</translation>
    </message>
    <message>
        <source>Where could you keep copies of your records and documents, away from the person?</source>
        <comment>s_copies_place.text</comment>
        <translation>기록과 서류의 사본을 그 사람과 떨어진 어디에 둘 수 있어요?</translation>
    </message>
    <message>
        <source>Copies stay safe even if your phone or papers are taken.</source>
        <comment>s_copies_place.why</comment>
        <translation>휴대폰이나 서류를 빼앗겨도 사본은 안전하게 남아요.</translation>
    </message>
    <message>
        <source>With someone I really trust</source>
        <comment>s_copies_place.option.trusted_person</comment>
        <translation>내가 정말 믿는 사람에게</translation>
    </message>
    <message>
        <source>At an organisation</source>
        <comment>s_copies_place.option.organisation</comment>
        <translation>단체에</translation>
    </message>
    <message>
        <source>In an email account only I know</source>
        <comment>s_copies_place.option.private_email</comment>
        <translation>나만 아는 이메일 계정에</translation>
    </message>
    <message>
        <source>I do not have a place yet</source>
        <comment>s_copies_place.option.not_yet</comment>
        <translation>아직 둘 곳이 없어요</translation>
    </message>
    <message>
        <source>Do you have an email account that the person does not know about?</source>
        <comment>s_private_email.text</comment>
        <translation>그 사람이 모르는 이메일 계정이 있어요?</translation>
    </message>
    <message>
        <source>You can email scans and notes to yourself and keep them safe there.</source>
        <comment>s_private_email.why</comment>
        <translation>스캔한 서류와 메모를 나에게 이메일로 보내 안전하게 보관할 수 있어요.</translation>
    </message>
    <message>
        <source>Sign in only at a community organisation or a public library, not on a shared phone.</source>
        <comment>s_private_email.help</comment>
        <translation>공용 휴대폰이 아니라, 지역 단체나 공공 도서관에서만 로그인하세요.</translation>
    </message>
</context>
</TS>
