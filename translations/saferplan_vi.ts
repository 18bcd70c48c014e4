<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About SaferPlan</source>
        <translation>Giới thiệu SaferPlan</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Phiên bản {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. You may use, share and change it.</source>
        <translation>Phần mềm tự do theo Giấy phép Công cộng GNU (GNU General Public License), phiên bản 3 trở lên. Bạn có thể dùng, chia sẻ và sửa đổi.</translation>
    </message>
    <message>
        <source>The open plan is kept in this file: {path}</source>
        <translation>Kế hoạch đang mở được lưu trong tệp này: {path}</translation>
    </message>
    <message>
        <source>New plans are kept in this folder: {path}</source>
        <translation>Kế hoạch mới được lưu trong thư mục này: {path}</translation>
    </message>
    <message>
        <source>Portable mode is on: settings and plans stay in that folder, and nothing is kept in your home folder.</source>
        <translation>Chế độ di động đang bật: cài đặt và kế hoạch nằm trong thư mục đó, không có gì được lưu trong thư mục riêng của bạn.</translation>
    </message>
    <message>
        <source>Portable mode is off.</source>
        <translation>Chế độ di động đang tắt.</translation>
    </message>
    <message>
        <source>Show the licence</source>
        <translation>Xem giấy phép</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>The licence text is not in this copy. It is the GNU General Public License, version 3, at gnu.org/licenses.</source>
        <translation>Bản này không có nội dung giấy phép. Đó là Giấy phép Công cộng GNU (GNU General Public License), phiên bản 3, tại gnu.org/licenses.</translation>
    </message>
</context>
<context>
    <name>AnswerAdapter</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Không chắc</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Chưa có ngày</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>See it larger</source>
        <translation>Xem lớn hơn</translation>
    </message>
    <message>
        <source>Name of the file</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Xóa tệp</translation>
    </message>
    <message>
        <source>A PDF file, kept safely in your plan. SaferPlan cannot show it.</source>
        <translation>Một tệp PDF, được cất an toàn trong kế hoạch của bạn. SaferPlan không hiển thị được tệp này.</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Picture</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Đang mở ảnh…</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Không hiển thị được ảnh này.</translation>
    </message>
</context>
<context>
    <name>BondSheet</name>
    <message>
        <source>If I am detained: for my bond person</source>
        <translation>Nếu tôi bị giam giữ: dành cho người bảo lãnh tại ngoại của tôi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>The first detention review is within 48 hours, or soon after. Then within 7 days, then at least once every 30 days.</source>
        <translation>Phiên xét lại việc giam giữ đầu tiên diễn ra trong vòng 48 giờ, hoặc ngay sau đó. Sau đó trong vòng 7 ngày, rồi ít nhất 30 ngày một lần.</translation>
    </message>
    <message>
        <source>If you are not ready for the first review, the next chance may be a week or a month later. Call my lawyer as soon as you hear.</source>
        <translation>Nếu bạn chưa sẵn sàng cho phiên đầu tiên, cơ hội tiếp theo có thể là một tuần hoặc một tháng sau. Hãy gọi luật sư của tôi ngay khi bạn biết tin.</translation>
    </message>
    <message>
        <source>What you may be asked at the hearing</source>
        <translation>Những gì bạn có thể được hỏi ở phiên điều trần</translation>
    </message>
    <message>
        <source>How you know me, where I will live, and how you will make sure I follow the conditions of my release.</source>
        <translation>Bạn quen tôi thế nào, tôi sẽ sống ở đâu, và bạn sẽ làm gì để chắc chắn tôi làm đúng các điều kiện khi được thả.</translation>
    </message>
    <message>
        <source>Whether you would tell the CBSA if I broke a condition. You must, or you can lose the money.</source>
        <translation>Bạn có báo cho CBSA không nếu tôi không làm đúng một điều kiện. Bạn phải báo, nếu không bạn có thể mất số tiền đó.</translation>
    </message>
    <message>
        <source>Where the money comes from. It must be your own money, not mine.</source>
        <translation>Tiền từ đâu ra. Đó phải là tiền của chính bạn, không phải tiền của tôi.</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Cần mang theo gì</translation>
    </message>
    <message>
        <source>Photo ID, and proof of your status in Canada: a Canadian passport, citizenship certificate or permanent resident card.</source>
        <translation>Giấy tờ tùy thân có ảnh, và giấy tờ chứng minh tình trạng của bạn ở Canada: hộ chiếu Canada, giấy chứng nhận quốc tịch hoặc thẻ thường trú nhân.</translation>
    </message>
    <message>
        <source>Proof of your own money and income, and of your address: bank statements, pay slips, a lease or a bill.</source>
        <translation>Giấy tờ chứng minh tiền và thu nhập của chính bạn, và địa chỉ của bạn: sao kê ngân hàng, phiếu lương, hợp đồng thuê nhà hoặc hóa đơn.</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Gọi cho ai</translation>
    </message>
    <message>
        <source>Add my lawyer&apos;s and support worker&apos;s numbers here:</source>
        <translation>Ghi số điện thoại của luật sư và nhân viên hỗ trợ của tôi vào đây:</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Bond person</source>
        <translation>Người bảo lãnh tại ngoại</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>Luật sư di trú</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>Luật sư hình sự</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>Luật sư gia đình</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>Phòng trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Nhân viên hỗ trợ</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>Giữ chìa khóa nhà tôi</translation>
    </message>
    <message>
        <source>Cares for my children</source>
        <translation>Chăm sóc con tôi</translation>
    </message>
    <message>
        <source>Cares for my pets</source>
        <translation>Chăm sóc thú nuôi của tôi</translation>
    </message>
    <message>
        <source>Release address</source>
        <translation>Địa chỉ ở khi được thả</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Người liên lạc khẩn cấp</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Người được ủy quyền</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Nhân chứng</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Nơi an toàn</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Người liên lạc khác</translation>
    </message>
    <message>
        <source>In an emergency, please contact</source>
        <translation>Khi khẩn cấp, xin liên lạc</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Người liên lạc</translation>
    </message>
    <message>
        <source>Medication and medical needs</source>
        <translation>Thuốc và nhu cầu y tế</translation>
    </message>
    <message>
        <source>Language / interpreter</source>
        <translation>Ngôn ngữ / thông dịch viên</translation>
    </message>
    <message>
        <source>This line is 5 cm long. If it is not, print again at 100 % (actual size).</source>
        <translation>Đường này dài 5 cm. Nếu không đúng, hãy in lại ở 100 % (kích thước thật).</translation>
    </message>
</context>
<context>
    <name>CardRisk</name>
    <message>
        <source>Before you print a card</source>
        <translation>Trước khi in thẻ</translation>
    </message>
    <message>
        <source>If you are detained, officers take your things and may read this card. They may call the people on it. You decide what is best. You can also give the card to your bond person to keep, or learn the numbers by heart and carry no card.</source>
        <translation>Nếu bạn bị giam giữ, nhân viên sẽ lấy đồ đạc của bạn và có thể đọc thẻ này. Họ có thể gọi cho những người có tên trên thẻ. Bạn tự quyết định điều gì là tốt nhất. Bạn cũng có thể đưa thẻ cho người bảo lãnh tại ngoại của bạn giữ, hoặc học thuộc lòng các số điện thoại và không mang thẻ theo.</translation>
    </message>
    <message>
        <source>Print the card as it is</source>
        <translation>In thẻ như hiện tại</translation>
    </message>
    <message>
        <source>Make it discreet: names and numbers only</source>
        <translation>Làm thẻ kín đáo: chỉ có tên và số</translation>
    </message>
    <message>
        <source>Choose fewer people first</source>
        <translation>Chọn bớt người trước</translation>
    </message>
    <message>
        <source>Save a sheet for my bond person instead</source>
        <translation>Thay vào đó, lưu một tờ cho người bảo lãnh tại ngoại của tôi</translation>
    </message>
    <message>
        <source>Choose fewer people</source>
        <translation>Chọn bớt người</translation>
    </message>
    <message>
        <source>Untick the people you want to leave off the card, then print again.</source>
        <translation>Bỏ đánh dấu những người bạn không muốn ghi trên thẻ, rồi in lại.</translation>
    </message>
    <message>
        <source>A sheet for your bond person</source>
        <translation>Một tờ cho người bảo lãnh tại ngoại của bạn</translation>
    </message>
    <message>
        <source>It says what to do if you are detained: when, what they may be asked, what to bring, and who to call. It is printed in the language chosen for printing, and in English.</source>
        <translation>Tờ này cho biết cần làm gì nếu bạn bị giam giữ: khi nào cần làm, họ có thể bị hỏi gì, cần mang theo gì và gọi cho ai. Tờ này được in bằng ngôn ngữ đã chọn để in, kèm theo tiếng Anh.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Chưa in</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. Use Save as PDF to keep a file.</source>
        <translation>SaferPlan chỉ in ra máy in. Muốn giữ một tệp, hãy dùng “Lưu thành PDF”.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>The sheet for your bond person is saved. Give it to them on paper if you can.</source>
        <translation>Đã lưu tờ cho người bảo lãnh tại ngoại của bạn. Nếu được, hãy đưa cho họ bản in trên giấy.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>What SaferPlan keeps</source>
        <translation>SaferPlan lưu những gì</translation>
    </message>
    <message>
        <source>Only what you type: your plans, the people and documents you add, and the numbers you want to learn. Write as little as you need. First names and your own words are fine.</source>
        <translation>Chỉ những gì bạn gõ: kế hoạch của bạn, những người và giấy tờ bạn thêm vào, và các số bạn muốn học. Viết ít nhất có thể. Chỉ cần tên gọi và lời của bạn là đủ.</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Lưu ở đâu</translation>
    </message>
    <message>
        <source>In one file on this computer, locked with a passphrase you choose. Without the passphrase, or a recovery code if you make one, nobody can read it. Not us either: if you forget both, the plan cannot be opened again.</source>
        <translation>Trong một tệp trên máy tính này, được khóa bằng cụm mật khẩu bạn chọn. Không có cụm mật khẩu, hoặc mã khôi phục nếu bạn tạo, thì không ai đọc được. Chúng tôi cũng không. Nếu bạn quên cả hai, kế hoạch sẽ không mở lại được nữa.</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>Không gửi gì đi đâu cả</translation>
    </message>
    <message>
        <source>SaferPlan never uses the internet. Nothing you write leaves this computer unless you print it or save a copy yourself.</source>
        <translation>SaferPlan không bao giờ dùng internet. Những gì bạn viết không rời khỏi máy tính này, trừ khi chính bạn in ra hoặc lưu một bản sao.</translation>
    </message>
    <message>
        <source>You decide</source>
        <translation>Bạn quyết định</translation>
    </message>
    <message>
        <source>Every question can be skipped, left for later, or marked as not for you. You can see everything you wrote, take a copy, and delete everything at any time.</source>
        <translation>Câu hỏi nào cũng có thể bỏ qua, để sau, hoặc đánh dấu là không liên quan đến bạn. Bạn có thể xem mọi thứ bạn đã viết, lấy một bản sao, và xóa hết bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Thoát nhanh</translation>
    </message>
    <message>
        <source>The Hide button at the top is always there. Pressing Esc twice, or Shift three times, does the same. SaferPlan hides your plan at once, saves it, locks it and minimises or closes. To open it again you need your passphrase. After a few minutes without use it locks by itself.</source>
        <translation>Nút Ẩn ở phía trên luôn có ở đó. Bấm Esc hai lần, hoặc Shift ba lần, cũng vậy. SaferPlan ẩn kế hoạch ngay, lưu lại, khóa lại rồi thu nhỏ hoặc đóng cửa sổ. Muốn mở lại, bạn cần cụm mật khẩu. Nếu không dùng trong vài phút, kế hoạch tự khóa.</translation>
    </message>
    <message>
        <source>What SaferPlan cannot protect against</source>
        <translation>Những gì SaferPlan không bảo vệ được</translation>
    </message>
    <message>
        <source>It cannot keep you safe while the plan is open and someone is watching. It cannot stop spyware, a keylogger, or someone who controls this computer. It cannot hide that SaferPlan or a plan file is here: the file&apos;s size and date can be seen. It cannot help if someone forces you to tell them your passphrase. Deleted files may still be recoverable on some drives and USB sticks. Printouts and saved copies are not protected once they leave SaferPlan: keep them somewhere safe.</source>
        <translation>SaferPlan không giữ bạn an toàn khi kế hoạch đang mở mà có người đang nhìn. Nó không chặn được phần mềm gián điệp, phần mềm ghi phím, hay người đang kiểm soát máy tính này. Nó không giấu được việc có SaferPlan hoặc tệp kế hoạch ở đây: người khác vẫn thấy được kích thước và ngày của tệp. Nó không giúp được nếu có người ép bạn nói ra cụm mật khẩu. Trên một số ổ đĩa và USB, tệp đã xóa vẫn có thể khôi phục được. Bản in và bản sao đã lưu không còn được bảo vệ khi ra khỏi SaferPlan: hãy cất chúng ở nơi an toàn.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Trước khi bắt đầu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Chọn cụm mật khẩu</translation>
    </message>
    <message>
        <source>Also make a recovery code</source>
        <translation>Tạo thêm mã khôi phục</translation>
    </message>
    <message>
        <source>A recovery code opens the plan if you forget your passphrase. It is shown once, for you to write down. Anyone who finds it can open your plan too, so keep it somewhere safe, away from this computer. Without a code, a forgotten passphrase means the plan cannot be opened again.</source>
        <translation>Mã khôi phục mở được kế hoạch nếu bạn quên cụm mật khẩu. Mã chỉ hiện một lần để bạn chép lại. Ai tìm thấy mã cũng mở được kế hoạch của bạn, vì vậy hãy cất ở nơi an toàn, xa máy tính này. Nếu không có mã, quên cụm mật khẩu nghĩa là kế hoạch không mở lại được nữa.</translation>
    </message>
    <message>
        <source>Locking your new plan. This takes a moment.</source>
        <translation>Đang khóa kế hoạch mới của bạn. Xin chờ một chút.</translation>
    </message>
    <message>
        <source>&amp;Create my plan</source>
        <translation>&amp;Tạo kế hoạch của tôi</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>The plan could not be created. Nothing was saved.</source>
        <translation>Không tạo được kế hoạch. Chưa có gì được lưu.</translation>
    </message>
</context>
<context>
    <name>DirectoryWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Về trang &amp;chính</translation>
    </message>
    <message>
        <source>As listed in {date} — check before relying on it.</source>
        <translation>Theo danh sách vào {date} — hãy kiểm tra lại trước khi dựa vào.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or another category.</source>
        <translation>Không tìm thấy. Thử gõ ít chữ hơn hoặc chọn loại khác.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>Mọi loại hỗ trợ</translation>
    </message>
    <message>
        <source>Search by name, number or what they offer</source>
        <translation>Tìm theo tên, số điện thoại hoặc dịch vụ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>Từ danh sách của tài liệu hướng dẫn, {date} — hãy kiểm tra lại trước khi dựa vào.</translation>
    </message>
</context>
<context>
    <name>DocumentAdapter</name>
    <message>
        <source>No documents in your list yet.</source>
        <translation>Danh sách giấy tờ của bạn chưa có gì.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Thêm giấy tờ</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Là giấy tờ gì</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Cất ở đâu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>What it is</source>
        <translation>Là giấy tờ gì</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Cất ở đâu</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>Ai giữ bản sao</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Không ai</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Thẻ căn cước</translation>
    </message>
    <message>
        <source>Children&apos;s documents</source>
        <translation>Giấy tờ của con</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <translation>Giấy tờ di trú</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>Giấy phép du học</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Giấy phép lao động</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Giấy khai sinh</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Thẻ ngân hàng</translation>
    </message>
    <message>
        <source>Health card</source>
        <translation>Thẻ bảo hiểm y tế</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>Danh sách thuốc</translation>
    </message>
    <message>
        <source>Lease or rental papers</source>
        <translation>Hợp đồng thuê nhà</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>Giấy tờ tòa án</translation>
    </message>
</context>
<context>
    <name>DocumentsWidget</name>
    <message>
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Về trang &amp;chính</translation>
    </message>
    <message>
        <source>Discreet words are fine: “the blue box” works as well as “passport at Lan&apos;s”.</source>
        <translation>Dùng lời kín đáo cũng được: “cái hộp xanh” cũng tốt như “hộ chiếu ở nhà Lan”.</translation>
    </message>
    <message>
        <source>No documents in your list yet</source>
        <translation>Danh sách của bạn chưa có giấy tờ nào</translation>
    </message>
    <message>
        <source>Note where your important papers are kept and who has a copy, so they can be found when you need them.</source>
        <translation>Ghi lại nơi cất giữ giấy tờ quan trọng và ai đang giữ bản sao, để tìm được khi bạn cần.</translation>
    </message>
    <message>
        <source>&amp;Add a document</source>
        <translation>&amp;Thêm giấy tờ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(chưa đặt tên)</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>giấy tờ này</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>Xóa giấy tờ</translation>
    </message>
    <message>
        <source>Remove {what} from your list?</source>
        <translation>Xóa {what} khỏi danh sách?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>Viết nhiều hay ít tùy bạn.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Thêm giờ</translation>
    </message>
    <message>
        <source>Who was there (optional)</source>
        <translation>Ai có mặt (không bắt buộc)</translation>
    </message>
    <message>
        <source>People you add under People can be chosen here.</source>
        <translation>Những người bạn thêm ở mục “Danh sách người” có thể được chọn ở đây.</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Ai có mặt</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Ảnh và tệp</translation>
    </message>
    <message>
        <source>Add a photo or screenshot…</source>
        <translation>Thêm ảnh hoặc ảnh chụp màn hình…</translation>
    </message>
    <message>
        <source>Add a photo or screenshot</source>
        <translation>Thêm ảnh hoặc ảnh chụp màn hình</translation>
    </message>
    <message>
        <source>First written as: {when}. Choosing a date here replaces it.</source>
        <translation>Lúc đầu được ghi là: {when}. Nếu bạn chọn ngày ở đây, ngày mới sẽ thay cho dòng này.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>The file is kept in your plan, and the original was deleted.</source>
        <translation>Tệp đã được cất trong kế hoạch của bạn, và tệp gốc đã được xóa.</translation>
    </message>
    <message>
        <source>The file is kept in your plan. The original is still there.</source>
        <translation>Tệp đã được cất trong kế hoạch của bạn. Tệp gốc vẫn còn ở chỗ cũ.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Xóa tệp</translation>
    </message>
    <message>
        <source>Remove this file from the entry? It will no longer be kept in your plan.</source>
        <translation>Xóa tệp này khỏi mục ghi? Tệp sẽ không còn được cất trong kế hoạch của bạn.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Đã có trục trặc</translation>
    </message>
    <message>
        <source>Something went wrong inside SaferPlan. Your plan is safe in its locked file; you may want to lock and reopen it.</source>
        <translation>Đã có trục trặc bên trong SaferPlan. Kế hoạch của bạn vẫn an toàn trong tệp đã khóa. Bạn có thể khóa rồi mở lại kế hoạch.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is not enough room on the card. Choose fewer people or leave out the medication line.</source>
        <translation>Thẻ không đủ chỗ. Hãy chọn ít người hơn, hoặc bỏ dòng về thuốc.</translation>
    </message>
    <message>
        <source>There is not enough room on the card. Choose fewer people.</source>
        <translation>Thẻ không đủ chỗ. Hãy chọn ít người hơn.</translation>
    </message>
    <message>
        <source>Some text cannot be printed because no font for {script} is installed. Install a font for {script}, for example the {font} font (on Debian or Ubuntu: the {package} package), then try again.</source>
        <translation>Không in được một số chữ vì máy chưa cài phông chữ cho {script}. Hãy cài một phông chữ cho {script}, ví dụ phông {font} (trên Debian hoặc Ubuntu: gói {package}), rồi thử lại.</translation>
    </message>
    <message>
        <source>Some of the chosen entries are no longer in the plan. Please choose again.</source>
        <translation>Một số mục ghi bạn đã chọn không còn trong kế hoạch. Xin hãy chọn lại.</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of SaferPlan. Please try again.</source>
        <translation>Muốn in, cần phần giao diện đồ họa của SaferPlan. Xin hãy thử lại.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is ready, then try again.</source>
        <translation>Không khởi động được máy in. Hãy xem máy in đã sẵn sàng chưa, rồi thử lại.</translation>
    </message>
    <message>
        <source>A picture could not be put in the PDF, so it was not saved. Please try again.</source>
        <translation>Không đưa được một hình ảnh vào PDF, nên PDF chưa được lưu. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>FileTextView</name>
    <message>
        <source>Opening the file…</source>
        <translation>Đang mở tệp…</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>Không hiển thị được tệp này.</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <source>Places</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>USB hoặc thẻ nhớ: %1</translation>
    </message>
    <message>
        <source>Home folder, on this computer</source>
        <translation>Thư mục riêng, trên máy tính này</translation>
    </message>
</context>
<context>
    <name>Guest</name>
    <message>
        <source>Finish guest session</source>
        <translation>Kết thúc lần dùng tạm</translation>
    </message>
    <message>
        <source>Nothing from this session stays on this computer. What would you like to take with you?</source>
        <translation>Không có gì từ lần dùng tạm này ở lại trên máy tính này. Bạn muốn mang theo những gì?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Open Print from the home screen first, then finish the session.</source>
        <translation>Trước tiên, hãy mở mục “In hoặc lưu bản sao” ở trang chính, rồi kết thúc lần dùng tạm.</translation>
    </message>
    <message>
        <source>Forget everything</source>
        <translation>Xóa hết mọi thứ</translation>
    </message>
    <message>
        <source>Forget everything from this session? It cannot be brought back.</source>
        <translation>Xóa hết mọi thứ trong lần dùng tạm này? Sẽ không lấy lại được.</translation>
    </message>
    <message>
        <source>Forget it all</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>Lưu ở đâu</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick. The file is locked with a passphrase and has a neutral name.</source>
        <translation>Chọn một thư mục, ví dụ trên USB của riêng bạn. Tệp được khóa bằng cụm mật khẩu và có tên trung tính.</translation>
    </message>
    <message>
        <source>Lock the file</source>
        <translation>Khóa tệp</translation>
    </message>
    <message>
        <source>&amp;Save a locked file to a folder or USB stick</source>
        <translation>&amp;Lưu tệp đã khóa vào thư mục hoặc USB</translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation>In r&amp;a</translation>
    </message>
    <message>
        <source>&amp;Take nothing and forget it all</source>
        <translation>&amp;Không mang gì theo, xóa hết</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the plan again.</source>
        <translation>Chọn cụm mật khẩu cho tệp này. Bạn sẽ cần nó để mở lại kế hoạch.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>This folder is on this computer</source>
        <translation>Thư mục này nằm trên máy tính này</translation>
    </message>
    <message>
        <source>This folder is on this computer, not on a USB stick. The file will stay here after you leave. It is locked, but other people who use this computer can see that it is there. Save it here anyway?</source>
        <translation>Thư mục này nằm trên máy tính này, không phải trên USB. Tệp sẽ vẫn ở đây sau khi bạn đi. Tệp đã được khóa, nhưng người khác dùng máy tính này có thể thấy là có tệp ở đây. Vẫn lưu ở đây chứ?</translation>
    </message>
    <message>
        <source>Save it here</source>
        <translation>Lưu ở đây</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>Chọn chỗ khác</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Take the USB stick with you.</source>
        <translation>Đã lưu thành %1 trong %2. Nhớ mang USB theo bạn.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Saved as %1 in %2, on this computer. It stays here, locked with your passphrase.</source>
        <translation>Đã lưu thành %1 trong %2, trên máy tính này. Tệp vẫn ở đây, được khóa bằng cụm mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>Saving a locked copy. This takes a moment.</source>
        <translation>Đang lưu một bản sao đã khóa. Việc này mất một lúc.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was saved there.</source>
        <translation>Không ghi được tệp. Không có gì được lưu ở đó.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Safety plan</source>
        <translation>Kế hoạch an toàn</translation>
    </message>
    <message>
        <source>Add a &amp;safety plan</source>
        <translation>Thêm kế hoạch &amp;an toàn</translation>
    </message>
    <message>
        <source>Add a &amp;release plan</source>
        <translation>Thêm &amp;kế hoạch được thả</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Danh sách người</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Giấy tờ</translation>
    </message>
    <message>
        <source>&amp;Numbers to learn by heart</source>
        <translation>Tập thuộc lòng &amp;số điện thoại</translation>
    </message>
    <message>
        <source>Pri&amp;vate record</source>
        <translation>Nhật ký &amp;riêng</translation>
    </message>
    <message>
        <source>&amp;Print or save a copy</source>
        <translation>In h&amp;oặc lưu bản sao</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>Kế hoạch được thả</translation>
    </message>
    <message>
        <source>Or&amp;ganisations that can help</source>
        <translation>Tổ chức có thể giúp &amp;bạn</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>1 number to practise</source>
        <translation>1 số cần luyện tập</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers to practise</source>
        <translation>
            <numerusform>%n số cần luyện tập</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <source>Give this plan a name. Choose words that mean something to you, and little to anyone else.</source>
        <translation>Đặt tên cho kế hoạch này. Chọn từ có ý nghĩa với bạn, nhưng ít ý nghĩa với người khác.</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>Đổi tên kế hoạch</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Tên mới</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Xóa kế hoạch</translation>
    </message>
    <message>
        <source>Delete this plan and all its answers? People and documents stay. This cannot be undone.</source>
        <translation>Xóa kế hoạch này và mọi câu trả lời trong đó? Danh sách người và giấy tờ vẫn giữ nguyên. Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Đã trả lời %1 trên %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 người</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n người</numerusform>
        </translation>
    </message>
    <message>
        <source>People you trust and people to call</source>
        <translation>Người bạn tin tưởng và người để gọi</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 giấy tờ</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n giấy tờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Where your papers are</source>
        <translation>Giấy tờ của bạn để ở đâu</translation>
    </message>
    <message>
        <source>Free and confidential help</source>
        <translation>Trợ giúp miễn phí và giữ bí mật</translation>
    </message>
    <message>
        <source>Phone numbers you know without your phone</source>
        <translation>Số điện thoại bạn nhớ mà không cần điện thoại</translation>
    </message>
    <message>
        <source>Notes, photos and dates, kept private</source>
        <translation>Ghi chú, ảnh và ngày tháng, được giữ riêng tư</translation>
    </message>
    <message>
        <source>A copy on paper, or a small card</source>
        <translation>Bản in trên giấy, hoặc thẻ nhỏ</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Sample plan — nothing is saved.</source>
        <translation>Kế hoạch mẫu — không lưu gì cả.</translation>
    </message>
    <message>
        <source>Guest session — nothing is saved on this computer. When you finish, you choose what to take with you.</source>
        <translation>Đang dùng tạm — không lưu gì trên máy tính này. Khi xong, bạn chọn mang theo những gì.</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>Kế hoạch của bạn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>&amp;Finish guest session</source>
        <translation>Kết thúc &amp;lần dùng tạm</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>Chưa có kế hoạch nào</translation>
    </message>
    <message>
        <source>A safety plan helps if you are at risk of violence. A release plan helps if you could be detained. You can have several.</source>
        <translation>Kế hoạch an toàn giúp bạn nếu bạn có nguy cơ bị bạo lực. Kế hoạch được thả giúp bạn nếu bạn có thể bị giam giữ. Bạn có thể có nhiều kế hoạch.</translation>
    </message>
    <message>
        <source>Start a plan</source>
        <translation>Bắt đầu kế hoạch</translation>
    </message>
    <message>
        <source>Shared by all plans</source>
        <translation>Dùng chung cho mọi kế hoạch</translation>
    </message>
    <message>
        <source>Before you start: privacy and limits</source>
        <translation>Trước khi bắt đầu: quyền riêng tư và giới hạn</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there? Your plan will lock in {seconds} seconds to keep it safe.</source>
        <translation>Bạn còn đó không? Kế hoạch sẽ tự khóa sau {seconds} giây để giữ an toàn.</translation>
    </message>
    <message>
        <source>Still there? Your plan will be hidden in {seconds} seconds to keep it safe.</source>
        <translation>Bạn còn đó không? Kế hoạch sẽ được ẩn sau {seconds} giây để giữ an toàn.</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>T&amp;iếp tục làm</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Tạo mã khôi phục mới</translation>
    </message>
    <message>
        <source>Remove the recovery code</source>
        <translation>Bỏ mã khôi phục</translation>
    </message>
    <message>
        <source>After the change, only the new passphrase opens this plan file and its backup. A recovery code stops working; you can make a new one afterwards. Copies of the file made before (for example on a USB stick) still open with the old passphrase.</source>
        <translation>Sau khi đổi, chỉ cụm mật khẩu mới mở được tệp kế hoạch này và bản sao dự phòng của nó. Mã khôi phục sẽ không dùng được nữa; bạn có thể tạo mã mới sau. Các bản sao của tệp làm từ trước (ví dụ trên USB) vẫn mở được bằng cụm mật khẩu cũ.</translation>
    </message>
    <message>
        <source>The new code is shown once, for you to write down. An older code stops working for this file, but still opens copies of the file made before.</source>
        <translation>Mã mới chỉ hiện một lần, để bạn chép lại. Mã cũ không dùng được cho tệp này nữa, nhưng vẫn mở được các bản sao của tệp làm từ trước.</translation>
    </message>
    <message>
        <source>After this, only your passphrase opens this plan file. If you forget it, the plan cannot be opened again. Copies of the file made before still open with the old code.</source>
        <translation>Sau bước này, chỉ cụm mật khẩu của bạn mở được tệp kế hoạch này. Nếu bạn quên nó, sẽ không mở lại được kế hoạch. Các bản sao của tệp làm từ trước vẫn mở được bằng mã cũ.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Mã khôi phục của bạn</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>Cụm mật khẩu hiện tại của bạn</translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation>Cụm mật khẩu mới của bạn</translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation>Xin gõ mã khôi phục của bạn trước.</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>Vui lòng gõ cụm mật khẩu hiện tại trước.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so nothing was changed. Please try again.</source>
        <translation>Không lưu được những thay đổi mới nhất của bạn, nên chưa có gì thay đổi. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>That is not the recovery code. Nothing was changed.</source>
        <translation>Đó không phải là mã khôi phục. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Đó không phải là cụm mật khẩu hiện tại. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The change could not be made. Nothing was changed.</source>
        <translation>Không thể thay đổi. Chưa có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>Cụm mật khẩu và mã khôi phục</translation>
    </message>
    <message>
        <source>This plan has a recovery code.</source>
        <translation>Kế hoạch này có mã khôi phục.</translation>
    </message>
    <message>
        <source>This plan has no recovery code.</source>
        <translation>Kế hoạch này không có mã khôi phục.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase</source>
        <translation>Đổi cụm &amp;mật khẩu</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;code</source>
        <translation>&amp;Tạo mã khôi phục mới</translation>
    </message>
    <message>
        <source>&amp;Remove the recovery code</source>
        <translation>&amp;Bỏ mã khôi phục</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase no longer opens this file.</source>
        <translation>Đã đổi cụm mật khẩu. Cụm mật khẩu cũ không còn mở được tệp này.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase and the recovery code no longer open this file. You can make a new recovery code here.</source>
        <translation>Đã đổi cụm mật khẩu. Cụm mật khẩu cũ và mã khôi phục không còn mở được tệp này. Bạn có thể tạo mã khôi phục mới ở đây.</translation>
    </message>
    <message>
        <source>The new recovery code works now.</source>
        <translation>Mã khôi phục mới đã dùng được.</translation>
    </message>
    <message>
        <source>The recovery code is removed. Only your passphrase opens this file now.</source>
        <translation>Đã bỏ mã khôi phục. Bây giờ chỉ cụm mật khẩu của bạn mở được tệp này.</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Who can help you learn more</source>
        <translation>Ai có thể giúp bạn tìm hiểu thêm</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>Thêm vào danh sách người của tôi</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>Thêm {name} vào danh sách người của tôi</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>Theo danh sách trong tài liệu hướng dẫn, {date} — hãy kiểm tra lại trước khi dựa vào.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>As of January 2020 — general information, not legal advice; check with a legal clinic.</source>
        <translation>Tính đến tháng 1 năm 2020 — thông tin chung, không phải tư vấn pháp lý; hãy hỏi lại phòng trợ giúp pháp lý.</translation>
    </message>
</context>
<context>
    <name>LegalBox</name>
    <message>
        <source>What to know</source>
        <translation>Những điều nên biết</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portable mode: settings and plans stay in the app&apos;s own folder.</source>
        <translation>Chế độ di động: cài đặt và kế hoạch nằm trong thư mục riêng của ứng dụng.</translation>
    </message>
    <message>
        <source>Hides everything at once and locks the plan. Esc twice does the same.</source>
        <translation>Ẩn mọi thứ ngay lập tức và khóa kế hoạch. Bấm Esc hai lần cũng vậy.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Ẩ&amp;n</translation>
    </message>
    <message>
        <source>L&amp;ock</source>
        <translation>K&amp;hóa</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Mở tệp kế hoạch</translation>
    </message>
    <message>
        <source>Choose the plan file, for example on your USB stick.</source>
        <translation>Chọn tệp kế hoạch, ví dụ trên USB của bạn.</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>Đã mở bản sao dự phòng</translation>
    </message>
    <message>
        <source>The backup copy opened. Your changes will be saved to the plan file again.</source>
        <translation>Bản sao dự phòng đã mở được. Những thay đổi của bạn sẽ lại được lưu vào tệp kế hoạch.</translation>
    </message>
    <message>
        <source>Your changes are back</source>
        <translation>Những thay đổi của bạn đã trở lại</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked. They are back now. SaferPlan will try to save them again.</source>
        <translation>Những thay đổi cuối cùng của bạn chưa lưu được trước khi kế hoạch bị khóa. Giờ chúng đã trở lại. SaferPlan sẽ thử lưu lại lần nữa.</translation>
    </message>
    <message>
        <source>Changes not kept</source>
        <translation>Không giữ được thay đổi</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked, and they could not be kept. The plan is as it was last saved.</source>
        <translation>Những thay đổi cuối cùng của bạn chưa lưu được trước khi kế hoạch bị khóa, và cũng không giữ lại được. Kế hoạch vẫn như lần lưu gần nhất.</translation>
    </message>
    <message>
        <source>Saved by a newer version</source>
        <translation>Được lưu bằng phiên bản mới hơn</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of SaferPlan ({version}). You can read it here, but changes are not saved, so that nothing the newer version added is lost. To change the plan, use the newer version.</source>
        <translation>Kế hoạch này được lưu bằng một phiên bản SaferPlan mới hơn ({version}). Bạn có thể đọc ở đây, nhưng thay đổi sẽ không được lưu, để không mất những gì phiên bản mới đã thêm. Muốn sửa kế hoạch, hãy dùng phiên bản mới hơn.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 It is still here. Please try again in a moment.</source>
        <translation>Thay đổi vừa rồi của bạn chưa lưu được: %1 Nội dung vẫn còn ở đây. Xin thử lại sau một chút.</translation>
    </message>
    <message>
        <source>Not saved for next time</source>
        <translation>Không lưu cho lần sau</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Chưa lưu cài đặt</translation>
    </message>
    <message>
        <source>Your settings work now but could not be kept for next time.</source>
        <translation>Cài đặt của bạn dùng được bây giờ, nhưng không giữ được cho lần sau.</translation>
    </message>
    <message>
        <source>Your plan was locked.</source>
        <translation>Kế hoạch của bạn đã được khóa.</translation>
    </message>
    <message>
        <source>Your last changes are not saved</source>
        <translation>Những thay đổi cuối cùng của bạn chưa được lưu</translation>
    </message>
    <message>
        <source>SaferPlan could not save your last changes. If you close now, they are lost. You can stay, check the folder or the USB stick, and try again.</source>
        <translation>SaferPlan chưa lưu được những thay đổi cuối cùng của bạn. Nếu đóng bây giờ, những thay đổi đó sẽ mất. Bạn có thể ở lại, kiểm tra thư mục hoặc USB, rồi thử lại.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Vẫn đóng</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Ở lại</translation>
    </message>
</context>
<context>
    <name>OlderCopy</name>
    <message>
        <source>This copy of your plan was made before its passphrase was changed on this computer. Someone who knew the old passphrase may have put it back. Your newer plan may be in another file or folder.</source>
        <translation>Bản sao kế hoạch này được làm trước khi cụm mật khẩu được đổi trên máy tính này. Có thể ai đó biết cụm mật khẩu cũ đã để nó lại vào đây. Kế hoạch mới hơn của bạn có thể nằm ở tệp hoặc thư mục khác.</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy. The backup beside it is newer (save %3): you can open it instead.</source>
        <translation>Tệp kế hoạch này cũ hơn tệp được lưu gần nhất trên máy tính này (lần lưu %1; mới nhất ở đây là lần lưu %2). Có thể ai đó đã để lại một bản sao cũ. Bản sao dự phòng nằm cạnh nó mới hơn (lần lưu %3): bạn có thể mở bản đó.</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy, or it came from a backup. Your newer plan may be in another file or folder.</source>
        <translation>Tệp kế hoạch này cũ hơn tệp được lưu gần nhất trên máy tính này (lần lưu %1; mới nhất ở đây là lần lưu %2). Có thể ai đó đã để lại một bản sao cũ, hoặc tệp này lấy từ một bản sao dự phòng. Kế hoạch mới hơn của bạn có thể nằm ở tệp hoặc thư mục khác.</translation>
    </message>
    <message>
        <source>An older copy of your plan</source>
        <translation>Một bản sao cũ của kế hoạch</translation>
    </message>
    <message>
        <source>Use this older copy</source>
        <translation>Dùng bản sao cũ này</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>Đóng lại</translation>
    </message>
    <message>
        <source>Open the newer backup</source>
        <translation>Mở bản dự phòng mới hơn</translation>
    </message>
    <message>
        <source>The backup did not open</source>
        <translation>Bản sao dự phòng không mở được</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Hai mật khẩu chưa giống nhau.</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>In những gì</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Toàn bộ kế hoạch</translation>
    </message>
    <message>
        <source>The wallet card</source>
        <translation>Thẻ bỏ ví</translation>
    </message>
    <message>
        <source>People on the card</source>
        <translation>Người có trên thẻ</translation>
    </message>
    <message>
        <source>No people yet. People you add under People can go on the card.</source>
        <translation>Chưa có ai. Những người bạn thêm ở mục “Danh sách người” có thể được ghi lên thẻ.</translation>
    </message>
    <message>
        <source>Include the medication line</source>
        <translation>Thêm dòng về thuốc</translation>
    </message>
    <message>
        <source>Include the language and interpreter line</source>
        <translation>Thêm dòng về ngôn ngữ và thông dịch viên</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>Kín đáo</translation>
    </message>
    <message>
        <source>Neutral headings, names and numbers only.</source>
        <translation>Tiêu đề trung tính, chỉ có tên và số điện thoại.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
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
        <translation>Ngôn ngữ của tiêu đề</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Mật khẩu (không bắt buộc)</translation>
    </message>
    <message>
        <source>Only for saving a file. Anyone who wants to open the PDF will need it. SaferPlan cannot recover it.</source>
        <translation>Chỉ dùng khi lưu thành tệp. Ai muốn mở tệp PDF cũng sẽ cần mật khẩu này. SaferPlan không thể khôi phục mật khẩu.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Mật khẩu PDF</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>Nhập lại mật khẩu PDF</translation>
    </message>
</context>
<context>
    <name>OrganisationCard</name>
    <message>
        <source>Role for {name}</source>
        <translation>Vai trò của {name}</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Không có vai trò</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>Thêm vào danh sách người của tôi</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>Thêm {name} vào danh sách người của tôi</translation>
    </message>
    <message>
        <source>Added to your people. You can change it there.</source>
        <translation>Đã thêm vào danh sách người của bạn. Bạn có thể sửa ở đó.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Spaces alone cannot be a passphrase.</source>
        <translation>Chỉ có dấu cách thì không thể làm cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Quá ngắn: hãy dùng ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, so it is easy to guess. Please choose another.</source>
        <translation>Đây là một trong những mật khẩu phổ biến nhất, nên rất dễ đoán. Vui lòng chọn cái khác.</translation>
    </message>
    <message>
        <source>This is a keyboard or letter pattern, so it is easy to guess. Please choose another.</source>
        <translation>Đây là một kiểu bàn phím hoặc chữ cái lặp lại, nên rất dễ đoán. Vui lòng chọn cái khác.</translation>
    </message>
    <message>
        <source>Numbers alone, such as a date, are easy to guess. Please add some words.</source>
        <translation>Chỉ có số, như một ngày tháng, thì rất dễ đoán. Vui lòng thêm vài từ.</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>Tạm được. Thêm một hai từ nữa sẽ mạnh hơn nhiều.</translation>
    </message>
    <message>
        <source>Good. One more word makes it stronger still.</source>
        <translation>Tốt. Thêm một từ nữa sẽ còn mạnh hơn.</translation>
    </message>
    <message>
        <source>Strong: long, with several words.</source>
        <translation>Mạnh: dài, có nhiều từ.</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Ẩn cụm mật khẩu</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Hiện cụm mật khẩu</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>A few unrelated words you can remember make a strong passphrase, for example four words from different parts of your life. Do not use a name or a date someone could guess.</source>
        <translation>Vài từ không liên quan với nhau mà bạn nhớ được sẽ tạo thành một cụm mật khẩu mạnh, ví dụ bốn từ từ những phần khác nhau trong cuộc sống của bạn. Đừng dùng tên hoặc ngày tháng mà người khác có thể đoán.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>Vui lòng chọn cụm mật khẩu trước.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Hai cụm mật khẩu không giống nhau. Xin gõ lại.</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>This session was hidden after a few minutes without use.</source>
        <translation>Lần dùng tạm này đã được ẩn sau vài phút không ai dùng.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <source>People</source>
        <translation>Danh sách người</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Về trang &amp;chính</translation>
    </message>
    <message>
        <source>First names or nicknames are enough. Add only what your plan needs.</source>
        <translation>Chỉ cần tên gọi hoặc biệt danh. Chỉ thêm những gì kế hoạch cần.</translation>
    </message>
    <message>
        <source>No one in your list yet</source>
        <translation>Danh sách của bạn chưa có ai</translation>
    </message>
    <message>
        <source>Add the people who could help: someone to call, a lawyer, someone who could care for your children.</source>
        <translation>Thêm những người có thể giúp bạn: người để gọi, luật sư, người có thể chăm sóc con bạn.</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>&amp;Thêm người</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>người này</translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation>Xóa người</translation>
    </message>
    <message>
        <source>Remove {name} from your plan? They will also be taken out of your answers.</source>
        <translation>Xóa {name} khỏi kế hoạch? Người này cũng sẽ được bỏ khỏi các câu trả lời của bạn.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>PersonAdapter</name>
    <message>
        <source>No one in your list yet.</source>
        <translation>Danh sách của bạn chưa có ai.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Tên hoặc biệt danh</translation>
    </message>
    <message>
        <source>Phone (if you want)</source>
        <translation>Số điện thoại (nếu muốn)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Address (if you want)</source>
        <translation>Địa chỉ (nếu bạn muốn)</translation>
    </message>
    <message>
        <source>About the phone number</source>
        <translation>Về số điện thoại</translation>
    </message>
    <message>
        <source>Print this address on my wallet card</source>
        <translation>In địa chỉ này lên thẻ bỏ ví của tôi</translation>
    </message>
    <message>
        <source>Officers may read the card. Leave this off unless you need the address on it.</source>
        <translation>Cảnh sát hoặc nhân viên di trú có thể đọc thẻ. Nên để tắt mục này, trừ khi bạn cần có địa chỉ trên thẻ.</translation>
    </message>
    <message>
        <source>I want to know this number by heart</source>
        <translation>Tôi muốn thuộc lòng số này</translation>
    </message>
    <message>
        <source>What they could do for me</source>
        <translation>Họ có thể giúp tôi việc gì</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>A phone number can hold only digits, spaces, a dot and the signs + - ( ). For an extension, type x or ext, then its digits.</source>
        <translation>Số điện thoại chỉ được có chữ số, dấu cách, một dấu chấm và các dấu + - ( ). Nếu có số máy lẻ, gõ x hoặc ext, rồi đến các chữ số.</translation>
    </message>
    <message>
        <source>Hidden characters that can change how text is shown were removed.</source>
        <translation>Đã bỏ các ký tự ẩn có thể làm thay đổi cách hiện chữ.</translation>
    </message>
</context>
<context>
    <name>PlanChoiceScreen</name>
    <message>
        <source>What do you want to plan for?</source>
        <translation>Bạn muốn lập kế hoạch cho việc gì?</translation>
    </message>
    <message>
        <source>Choose one to begin. You can add the other one later, and skip any question.</source>
        <translation>Chọn một để bắt đầu. Bạn có thể thêm cái kia sau, và bỏ qua bất kỳ câu hỏi nào.</translation>
    </message>
    <message>
        <source>&amp;Safety plan</source>
        <translation>Kế hoạch &amp;an toàn</translation>
    </message>
    <message>
        <source>&amp;Release plan</source>
        <translation>Kế hoạch được &amp;thả</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>&amp;Quyết định sau</translation>
    </message>
    <message>
        <source>If you are at risk of violence: people to call, safe places, how to leave.</source>
        <translation>Nếu bạn có nguy cơ bị bạo lực: người để gọi, nơi an toàn, cách rời đi.</translation>
    </message>
    <message>
        <source>If you could be detained: who to call, your papers, getting out.</source>
        <translation>Nếu bạn có thể bị giam giữ: gọi cho ai, giấy tờ của bạn, cách được ra.</translation>
    </message>
    <message>
        <source>Your answers stay locked on this computer. Nothing is sent anywhere.</source>
        <translation>Câu trả lời của bạn được khóa trên máy tính này. Không có gì được gửi đi đâu cả.</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Không chắc</translation>
    </message>
    <message>
        <source>No one added yet.</source>
        <translation>Chưa thêm ai.</translation>
    </message>
    <message>
        <source>Everyone else in my plan, by role</source>
        <translation>Những người khác trong kế hoạch của tôi, theo vai trò</translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Chưa thêm gì.</translation>
    </message>
    <message>
        <source>A copy is with {name}.</source>
        <translation>{name} giữ một bản sao.</translation>
    </message>
    <message>
        <source>{title}: nothing answered yet.</source>
        <translation>{title}: chưa trả lời gì.</translation>
    </message>
    <message>
        <source>Still to think about</source>
        <translation>Còn cần nghĩ thêm</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Kế hoạch của tôi</translation>
    </message>
    <message>
        <source>Bond persons</source>
        <translation>Người bảo lãnh tại ngoại</translation>
    </message>
    <message>
        <source>Numbers to know by heart</source>
        <translation>Số điện thoại cần thuộc lòng</translation>
    </message>
    <message>
        <source>Where my documents are</source>
        <translation>Nơi cất giấy tờ của tôi</translation>
    </message>
    <message>
        <source>Lawyers and legal help</source>
        <translation>Luật sư và trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Người liên lạc</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Trang {page} trên {count}</translation>
    </message>
</context>
<context>
    <name>PlanWalkWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Về trang &amp;chính</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Bỏ qua lúc này</translation>
    </message>
    <message>
        <source>&amp;Doesn&apos;t apply</source>
        <translation>&amp;Không liên quan</translation>
    </message>
    <message>
        <source>Talk about it &amp;later</source>
        <translation>Để nói &amp;sau</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <source>&amp;Finish for now</source>
        <translation>Tạm &amp;dừng ở đây</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Phần tiếp theo</translation>
    </message>
    <message>
        <source>Skipped for now. You can come back to it any time.</source>
        <translation>Đã bỏ qua lúc này. Bạn có thể quay lại bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>Noted: that one does not apply to you.</source>
        <translation>Đã ghi nhận: câu này không liên quan đến bạn.</translation>
    </message>
    <message>
        <source>Kept for later. You will find it under &quot;To talk about later&quot;.</source>
        <translation>Đã để dành cho sau. Bạn sẽ thấy nó trong mục &quot;Để nói sau&quot;.</translation>
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
        <translation>Chưa có số nào để học</translation>
    </message>
    <message>
        <source>Your phone may be taken away from you. Knowing a few numbers by heart helps.

To choose a number to learn, go to People, open someone who has a phone number, and tick “I want to know this number by heart”.</source>
        <translation>Điện thoại của bạn có thể bị lấy mất. Thuộc lòng vài số điện thoại sẽ giúp ích.

Để chọn một số cần học, vào Danh sách người, mở một người có số điện thoại, rồi đánh dấu “Tôi muốn thuộc lòng số này”.</translation>
    </message>
    <message>
        <source>Known by heart</source>
        <translation>Đã thuộc lòng</translation>
    </message>
    <message>
        <source>Hide roles</source>
        <translation>Ẩn vai trò</translation>
    </message>
    <message>
        <source>Type the number from memory. Spaces and dashes do not matter.</source>
        <translation>Gõ số điện thoại theo trí nhớ. Dấu cách và gạch ngang không quan trọng.</translation>
    </message>
    <message>
        <source>The number, from memory</source>
        <translation>Số điện thoại, theo trí nhớ</translation>
    </message>
    <message>
        <source>Type the number</source>
        <translation>Gõ số điện thoại</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>Xem gợi ý</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>✓ right   ≠ different digit   ? missing digit   + extra digit</source>
        <translation>✓ đúng   ≠ sai số   ? thiếu số   + thừa số</translation>
    </message>
    <message>
        <source>A new number to learn. Read it a few times and say it quietly to yourself. When you are ready, it will be hidden and you can type it from memory.</source>
        <translation>Một số mới để học. Đọc vài lần và nói nhỏ cho mình nghe. Khi bạn sẵn sàng, số sẽ được ẩn đi và bạn có thể gõ lại theo trí nhớ.</translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation>Hôm nay đã xong hết</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Về trang &amp;chính</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Bỏ qua lúc này</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Xong</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <source>I am &amp;ready, hide it</source>
        <translation>Tôi đã &amp;sẵn sàng, ẩn đi</translation>
    </message>
    <message>
        <source>Practise &amp;all numbers again</source>
        <translation>Tập &amp;lại tất cả các số</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không có tên)</translation>
    </message>
    <message>
        <source>Practised today: {done} of {total}</source>
        <translation>Hôm nay đã tập: {done} trên {total}</translation>
    </message>
    <message numerus="yes">
        <source>Numbers practised today: %n</source>
        <translation>
            <numerusform>Số đã tập hôm nay: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Each time you practise, they get easier to remember.</source>
        <translation>Mỗi lần bạn tập, các số sẽ dễ nhớ hơn.</translation>
    </message>
    <message numerus="yes">
        <source>Numbers you know by heart: %n</source>
        <translation>
            <numerusform>Số bạn đã thuộc lòng: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days until the next practice: %n</source>
        <translation>
            <numerusform>Số ngày đến lần luyện tập tới: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>You can practise again today.</source>
        <translation>Hôm nay bạn có thể luyện tập lại.</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>Gợi ý: {hint}</translation>
    </message>
    <message>
        <source>Right, with a hint. It will come back once more without one.</source>
        <translation>Đúng, có gợi ý. Số này sẽ quay lại thêm một lần nữa, không có gợi ý.</translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation>Đúng rồi.</translation>
    </message>
    <message>
        <source>Not quite. Here is the number. It will come back later.</source>
        <translation>Chưa đúng hẳn. Đây là số điện thoại. Số này sẽ quay lại sau.</translation>
    </message>
    <message>
        <source>The number:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <source>To call this number from Canada, you also need its country code, +{code}.</source>
        <translation>Để gọi số này từ Canada, bạn cần thêm mã quốc gia, +{code}.</translation>
    </message>
    <message numerus="yes">
        <source>Different digits: %n</source>
        <translation>
            <numerusform>Số sai: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing digits: %n</source>
        <translation>
            <numerusform>Số còn thiếu: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra digits: %n</source>
        <translation>
            <numerusform>Số thừa: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>The preview could not be made. Please try other choices, or try again later.</source>
        <translation>Không tạo được bản xem trước. Xin thử chọn cách khác, hoặc thử lại sau.</translation>
    </message>
    <message>
        <source>Preview, page %1 of %2</source>
        <translation>Xem trước, trang %1 trên %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <source>Preview: one sheet of cards. Cut along the lines, fold in the middle.</source>
        <translation>Xem trước: một tờ giấy có các thẻ. Cắt theo đường kẻ, gấp đôi ở giữa.</translation>
    </message>
    <message>
        <source>Preview: 1 page</source>
        <translation>Xem trước: 1 trang</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>Xem trước: %n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>Tệp PDF sẽ hỏi mật khẩu này khi được mở.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>SaferPlan không khóa tệp PDF. Ai mở được máy tính này hoặc USB đều có thể đọc tệp, trừ khi bạn thêm mật khẩu.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Đã lưu thành %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi đến máy in.</translation>
    </message>
    <message>
        <source>Print or save a copy</source>
        <translation>In hoặc lưu bản sao</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Về trang &amp;chính</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>In r&amp;a…</translation>
    </message>
    <message>
        <source>Printing: the computer may keep a copy in its print queue for a while.</source>
        <translation>Khi in: máy tính có thể giữ một bản sao trong hàng đợi in một thời gian.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Name of the PDF file. A name that says little about what is inside is safer.</source>
        <translation>Tên của tệp PDF. Một cái tên không tiết lộ nhiều về nội dung bên trong sẽ an toàn hơn.</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>Lưu tệp PDF ở đâu</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick.</source>
        <translation>Chọn một thư mục, ví dụ trên USB của riêng bạn.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Thay tệp cũ?</translation>
    </message>
    <message>
        <source>There is already a file called %1 in this folder. Replace it?</source>
        <translation>Thư mục này đã có một tệp tên là %1. Thay tệp đó?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Thay tệp</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Trước khi in</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Discreet mode prints less. Print now?</source>
        <translation>Máy in và hàng đợi in có thể giữ một bản sao những gì bạn in trên máy tính này một thời gian. Chế độ kín đáo in ít thông tin hơn. In ngay bây giờ?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để lúc khác</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Chưa in</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. To keep a copy as a file, use Save as PDF: it can protect the file with a password.</source>
        <translation>SaferPlan chỉ in ra máy in. Muốn giữ một bản sao dạng tệp, hãy dùng “Lưu thành PDF”: cách này có thể bảo vệ tệp bằng mật khẩu.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>For example:
{examples}</source>
        <translation>Ví dụ:
{examples}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {section}</source>
        <translation>Câu hỏi {number} trên {count} · {section}</translation>
    </message>
    <message>
        <source>You skipped this for now.</source>
        <translation>Bạn đã bỏ qua câu này lúc này.</translation>
    </message>
    <message>
        <source>You said this does not apply.</source>
        <translation>Bạn đã nói câu này không liên quan đến bạn.</translation>
    </message>
    <message>
        <source>You wanted to talk about this later.</source>
        <translation>Bạn muốn nói về câu này sau.</translation>
    </message>
</context>
<context>
    <name>RecordPdf</name>
    <message>
        <source>My record</source>
        <translation>Nhật ký của tôi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Ai có mặt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>{name} (a file kept in the plan, not shown here)</source>
        <translation>{name} (tệp được cất trong kế hoạch, không hiển thị ở đây)</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>Ảnh: {name}</translation>
    </message>
    <message>
        <source>No date given</source>
        <translation>Không ghi ngày</translation>
    </message>
    <message>
        <source>{name} (a picture that could not be shown)</source>
        <translation>{name} (ảnh không hiển thị được)</translation>
    </message>
</context>
<context>
    <name>RecordPdfDialog</name>
    <message>
        <source>Make a PDF for a lawyer or advocate</source>
        <translation>Tạo tệp PDF cho luật sư hoặc người bênh vực quyền lợi</translation>
    </message>
    <message>
        <source>Choose the entries to put in the PDF. You decide what to share.</source>
        <translation>Chọn các mục ghi để đưa vào PDF. Bạn quyết định chia sẻ những gì.</translation>
    </message>
    <message>
        <source>Entries in the PDF</source>
        <translation>Các mục ghi trong PDF</translation>
    </message>
    <message>
        <source>Neutral title: {title}</source>
        <translation>Tiêu đề trung tính: {title}</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Mật khẩu (không bắt buộc)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>Lưu tệp PDF…</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Hai mật khẩu chưa giống nhau.</translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>Tệp PDF sẽ hỏi mật khẩu này khi được mở.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>SaferPlan không khóa tệp PDF. Ai mở được máy tính này hoặc USB đều có thể đọc tệp, trừ khi bạn thêm mật khẩu.</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Đã lưu thành {path}</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>SaferPlan can keep photos and screenshots (PNG, JPEG, GIF or WebP), PDF files and plain text files.</source>
        <translation>SaferPlan có thể cất ảnh và ảnh chụp màn hình (PNG, JPEG, GIF hoặc WebP), tệp PDF và tệp văn bản thường.</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Thêm tệp</translation>
    </message>
    <message>
        <source>This file could not be read. Please check that it is still there, then try again.</source>
        <translation>Không đọc được tệp này. Hãy kiểm tra xem tệp vẫn còn ở đó, rồi thử lại.</translation>
    </message>
    <message>
        <source>The original file</source>
        <translation>Tệp gốc</translation>
    </message>
    <message>
        <source>The file is now kept inside your locked plan. SaferPlan can delete the original file. On SSDs, USB sticks and phones, a deleted file can sometimes still be recovered, and copies may exist elsewhere (for example in a photo app or a cloud backup).</source>
        <translation>Tệp này giờ đã được cất bên trong kế hoạch đã khóa của bạn. SaferPlan có thể xóa tệp gốc. Trên ổ SSD, USB và điện thoại, tệp đã xóa đôi khi vẫn có thể khôi phục được, và có thể còn bản sao ở nơi khác (ví dụ trong ứng dụng ảnh hoặc bản sao lưu trên đám mây).</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation>Xóa tệp gốc</translation>
    </message>
    <message>
        <source>Keep the original</source>
        <translation>Giữ tệp gốc</translation>
    </message>
    <message>
        <source>The original file could not be deleted. You can delete it yourself if you want to.</source>
        <translation>Không xóa được tệp gốc. Bạn có thể tự xóa nếu muốn.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Ảnh</translation>
    </message>
</context>
<context>
    <name>RecordWidget</name>
    <message>
        <source>Private record</source>
        <translation>Nhật ký riêng</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. This stays inside your locked plan.</source>
        <translation>Viết nhiều hay ít tùy bạn. Những gì bạn viết ở đây nằm trong kế hoạch đã khóa của bạn.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>Tìm trong nhật ký</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Các mục ghi, mới nhất ở trên</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Về trang &amp;chính</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>&amp;Thêm mục ghi</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Make a &amp;PDF for a lawyer or advocate…</source>
        <translation>Tạo tệp &amp;PDF cho luật sư hoặc người bênh vực quyền lợi…</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Chưa viết gì</translation>
    </message>
    <message>
        <source>A dated note of what happened, in your own words, can help a lawyer or advocate later. Add one when you want to.</source>
        <translation>Một ghi chép có ngày tháng về những gì đã xảy ra, bằng lời của chính bạn, có thể giúp luật sư hoặc người bênh vực quyền lợi sau này. Hãy thêm khi bạn muốn.</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Chưa có ngày</translation>
    </message>
    <message>
        <source>{when} · {where}</source>
        <translation>{when} · {where}</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 tệp</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n tệp</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Không tìm thấy gì.</translation>
    </message>
    <message>
        <source>Remove this entry and the files kept with it?</source>
        <translation>Xóa mục ghi này và các tệp được cất kèm?</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>Xóa mục ghi này?</translation>
    </message>
    <message>
        <source>Remove an entry</source>
        <translation>Xóa mục ghi</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>This code opens the plan if the passphrase is forgotten. Anyone who has it can open the plan. Keep it somewhere safe, away from the computer.</source>
        <translation>Mã này mở được kế hoạch nếu quên cụm mật khẩu. Ai có mã này cũng mở được kế hoạch. Hãy cất mã ở nơi an toàn, xa máy tính.</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Trước khi in</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Print the code now?</source>
        <translation>Máy in và hàng đợi in có thể giữ một bản sao những gì bạn in trên máy tính này một thời gian. In mã ngay bây giờ?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để lúc khác</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Chưa in</translation>
    </message>
    <message>
        <source>The code is printed only on a printer, never into a file. Please write it down instead.</source>
        <translation>Mã chỉ được in ra máy in, không bao giờ lưu thành tệp. Xin hãy chép mã ra giấy.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation>Mã khôi phục của bạn</translation>
    </message>
    <message>
        <source>Write the six groups on paper, in order, and keep it somewhere safe, apart from your computer. It is shown only this once. With it, you or anyone who has it can open your plan.</source>
        <translation>Chép sáu nhóm ra giấy, theo đúng thứ tự, và cất ở nơi an toàn, tách xa máy tính của bạn. Mã chỉ hiện lần này thôi. Có mã này, bạn hoặc bất kỳ ai có nó đều mở được kế hoạch của bạn.</translation>
    </message>
    <message>
        <source>The code has no 0, O, 1 or I, so nothing can be mistaken for something else.</source>
        <translation>Mã không có 0, O, 1 hay I, nên không có ký tự nào bị nhầm với ký tự khác.</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>In ra</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Tôi đã chép lại</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Bond person</source>
        <translation>Người bảo lãnh tại ngoại</translation>
    </message>
    <message>
        <source>Could pay or promise money of their own so I can be released.</source>
        <translation>Có thể trả hoặc hứa trả tiền của chính họ để tôi được thả.</translation>
    </message>
    <message>
        <source>Would speak for me at a hearing</source>
        <translation>Sẽ nói giúp tôi tại phiên điều trần</translation>
    </message>
    <message>
        <source>Could come to a detention review and say who I am.</source>
        <translation>Có thể đến phiên xét lại việc giam giữ và nói tôi là ai.</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>Luật sư di trú</translation>
    </message>
    <message>
        <source>Helps with status, detention and removal.</source>
        <translation>Giúp về tình trạng di trú, giam giữ và trục xuất.</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>Luật sư hình sự</translation>
    </message>
    <message>
        <source>Helps if I am charged with a crime.</source>
        <translation>Giúp nếu tôi bị buộc tội hình sự.</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>Luật sư gia đình</translation>
    </message>
    <message>
        <source>Helps with children, custody or separation.</source>
        <translation>Giúp về con cái, quyền nuôi con hoặc ly thân.</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>Phòng trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Free legal information and help.</source>
        <translation>Thông tin và trợ giúp pháp lý miễn phí.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Nhân viên hỗ trợ</translation>
    </message>
    <message>
        <source>Someone from a service I trust, who can contact others.</source>
        <translation>Người ở một dịch vụ tôi tin tưởng, có thể liên lạc với người khác.</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>Giữ chìa khóa nhà tôi</translation>
    </message>
    <message>
        <source>Could fetch clothes, money, documents or medication.</source>
        <translation>Có thể lấy quần áo, tiền, giấy tờ hoặc thuốc.</translation>
    </message>
    <message>
        <source>Would care for my children</source>
        <translation>Sẽ chăm sóc con tôi</translation>
    </message>
    <message>
        <source>Could look after my children if I cannot.</source>
        <translation>Có thể trông con tôi nếu tôi không thể.</translation>
    </message>
    <message>
        <source>Would care for my pets</source>
        <translation>Sẽ chăm sóc thú nuôi của tôi</translation>
    </message>
    <message>
        <source>Could feed and look after my animals.</source>
        <translation>Có thể cho ăn và chăm sóc thú nuôi của tôi.</translation>
    </message>
    <message>
        <source>I could stay with them if released</source>
        <translation>Tôi có thể ở nhà họ nếu được thả</translation>
    </message>
    <message>
        <source>An address I can give when I am released.</source>
        <translation>Một địa chỉ tôi có thể đưa ra khi được thả.</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Người được ủy quyền</translation>
    </message>
    <message>
        <source>Allowed to act for me on money or papers.</source>
        <translation>Được phép thay tôi lo việc tiền bạc hoặc giấy tờ.</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Người liên lạc khẩn cấp</translation>
    </message>
    <message>
        <source>Someone to call first if something happens.</source>
        <translation>Người cần gọi trước tiên nếu có chuyện xảy ra.</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Nơi an toàn</translation>
    </message>
    <message>
        <source>Somewhere I could go to be safe.</source>
        <translation>Một nơi tôi có thể đến để được an toàn.</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Đã lưu ✓</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Chỉ giữ trong lần dùng này</translation>
    </message>
    <message>
        <source>Not saved: %1 Your change is still here. Please try again in a moment.</source>
        <translation>Chưa lưu: %1 Thay đổi của bạn vẫn còn đây. Vui lòng thử lại sau một lát.</translation>
    </message>
</context>
<context>
    <name>SectionSummary</name>
    <message>
        <source>Here is what you have so far. You can change anything, now or later.</source>
        <translation>Đây là những gì bạn đã có. Bạn có thể sửa bất cứ điều gì, bây giờ hoặc sau này.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Change: {question}</source>
        <translation>Sửa: {question}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Skipped for now</source>
        <translation>Đã bỏ qua lúc này</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Không liên quan</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>Để nói sau</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Khóa sau số phút không dùng này</translation>
    </message>
    <message>
        <source>When you press Hide</source>
        <translation>Khi bạn bấm Ẩn</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>Tên cửa sổ</translation>
    </message>
    <message>
        <source>min</source>
        <translation>phút</translation>
    </message>
    <message>
        <source>When nobody uses SaferPlan for this long, it saves and locks the plan.</source>
        <translation>Khi không ai dùng SaferPlan trong khoảng thời gian này, chương trình sẽ lưu và khóa kế hoạch.</translation>
    </message>
    <message>
        <source>Save, lock and minimise the window</source>
        <translation>Lưu, khóa và thu nhỏ cửa sổ</translation>
    </message>
    <message>
        <source>Save, lock and close SaferPlan</source>
        <translation>Lưu, khóa và đóng SaferPlan</translation>
    </message>
    <message>
        <source>Shift three times also hides</source>
        <translation>Nhấn Shift ba lần cũng ẩn</translation>
    </message>
    <message>
        <source>Turn this off if your screen reader uses Shift. Esc twice and Hide still work.</source>
        <translation>Tắt mục này nếu trình đọc màn hình của bạn dùng phím Shift. Nhấn Esc hai lần và nút Ẩn vẫn dùng được.</translation>
    </message>
    <message>
        <source>The window shows this name. Choose something that draws no attention.</source>
        <translation>Cửa sổ sẽ hiện tên này. Hãy chọn tên không gây chú ý.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Plan %1</source>
        <translation>Kế hoạch %1</translation>
    </message>
    <message>
        <source>Plan %1 · last changed %2</source>
        <translation>Kế hoạch %1 · sửa lần cuối %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng bạn</translation>
    </message>
    <message>
        <source>Make a plan for staying safe, kept locked on this computer. Nothing is ever sent over the internet.</source>
        <translation>Lập kế hoạch để giữ an toàn, được khóa trên máy tính này. Không bao giờ gửi gì qua internet.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Language: %1</source>
        <translation>N&amp;gôn ngữ: %1</translation>
    </message>
    <message>
        <source>Start a &amp;new plan</source>
        <translation>&amp;Bắt đầu kế hoạch mới</translation>
    </message>
    <message>
        <source>&amp;Guest session</source>
        <translation>&amp;Dùng tạm, không lưu</translation>
    </message>
    <message>
        <source>Look at a &amp;sample plan</source>
        <translation>&amp;Xem kế hoạch mẫu</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>Your plan on this computer</source>
        <translation>Kế hoạch của bạn trên máy tính này</translation>
    </message>
    <message>
        <source>Plans on this computer</source>
        <translation>Kế hoạch trên máy tính này</translation>
    </message>
    <message>
        <source>&amp;Open my plan</source>
        <translation>&amp;Mở kế hoạch của tôi</translation>
    </message>
    <message>
        <source>Open a file from another folder</source>
        <translation>Mở tệp từ thư mục khác</translation>
    </message>
    <message>
        <source>Kept on this computer, locked with a passphrase you choose.</source>
        <translation>Lưu trên máy tính này, khóa bằng cụm mật khẩu bạn chọn.</translation>
    </message>
    <message>
        <source>Nothing is saved on this computer. At the end you choose what to take with you: a locked file on your own USB stick, a printout, or nothing.</source>
        <translation>Không lưu gì trên máy tính này. Khi xong, bạn chọn mang theo những gì: một tệp đã khóa trên USB của riêng bạn, một bản in, hoặc không gì cả.</translation>
    </message>
    <message>
        <source>A made-up plan to look around. Nothing is saved.</source>
        <translation>Một kế hoạch giả để xem thử. Không lưu gì cả.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Trước khi bắt đầu</translation>
    </message>
    <message>
        <source>What SaferPlan keeps, where, and what it cannot protect against.</source>
        <translation>SaferPlan lưu những gì, lưu ở đâu, và những gì nó không bảo vệ được.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The plan file could not be used.</source>
        <translation>Không dùng được tệp kế hoạch.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is damaged.</source>
        <translation>Sai cụm mật khẩu, hoặc tệp bị hỏng.</translation>
    </message>
    <message>
        <source>Wrong recovery code, or the file is damaged.</source>
        <translation>Sai mã khôi phục, hoặc tệp bị hỏng.</translation>
    </message>
    <message>
        <source>This plan file has no recovery code.</source>
        <translation>Tệp kế hoạch này không có mã khôi phục.</translation>
    </message>
    <message>
        <source>This is not a plan file, or it was made by a newer version of the app.</source>
        <translation>Đây không phải tệp kế hoạch, hoặc tệp được tạo bằng phiên bản mới hơn của ứng dụng.</translation>
    </message>
    <message>
        <source>This file is not a plan file.</source>
        <translation>Tệp này không phải tệp kế hoạch.</translation>
    </message>
    <message>
        <source>This plan file uses a method this version does not know.</source>
        <translation>Tệp kế hoạch này dùng một cách mà phiên bản này không biết.</translation>
    </message>
    <message>
        <source>This plan file was made by a newer version of the app. Update the app to open it.</source>
        <translation>Tệp kế hoạch này được tạo bằng phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng để mở.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of the app. It cannot be changed here. Nothing was changed.</source>
        <translation>Kế hoạch này được lưu bằng phiên bản mới hơn của ứng dụng. Không sửa được ở đây. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>This file asks for more memory or time than is safe on this computer, so it was not opened. It may be damaged.</source>
        <translation>Tệp này đòi nhiều bộ nhớ hoặc thời gian hơn mức an toàn trên máy tính này, nên đã không mở. Tệp có thể bị hỏng.</translation>
    </message>
    <message>
        <source>The plan inside this file could not be read. It may come from a newer version of the app.</source>
        <translation>Không đọc được kế hoạch bên trong tệp này. Có thể tệp đến từ phiên bản mới hơn của ứng dụng.</translation>
    </message>
    <message>
        <source>This is a link or a special file, not a plan file.</source>
        <translation>Đây là một liên kết hoặc tệp đặc biệt, không phải tệp kế hoạch.</translation>
    </message>
    <message>
        <source>This file is too large to be a plan file.</source>
        <translation>Tệp này quá lớn, không thể là tệp kế hoạch.</translation>
    </message>
    <message>
        <source>The plan file was changed by another program since it was opened. Nothing was saved.</source>
        <translation>Tệp kế hoạch đã bị một chương trình khác thay đổi từ lúc mở. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>This plan is open in another window. Close it there first.</source>
        <translation>Kế hoạch này đang mở trong một cửa sổ khác. Hãy đóng nó ở đó trước.</translation>
    </message>
    <message>
        <source>This plan&apos;s lock file is a link or a special file, so the plan was not used. Nothing was changed.</source>
        <translation>Tệp khóa của kế hoạch này là một liên kết hoặc tệp đặc biệt, nên kế hoạch không được dùng. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The file could not be saved. The previous version is unchanged.</source>
        <translation>Không lưu được tệp. Bản trước vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. The previous version is unchanged.</source>
        <translation>Ổ đĩa đã đầy, nên tệp không được lưu. Bản trước vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. The previous version is unchanged.</source>
        <translation>Không có quyền ghi vào thư mục này. Bản trước vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was written.</source>
        <translation>Không ghi được tệp. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written.</source>
        <translation>Ổ đĩa đã đầy. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. Nothing was written.</source>
        <translation>Không có quyền ghi vào thư mục này. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The plan is too large to save. The previous version is unchanged.</source>
        <translation>Kế hoạch quá lớn, không lưu được. Bản trước vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>The file failed its check before saving, so it was not saved. The previous version is unchanged.</source>
        <translation>Tệp không qua được bước kiểm tra trước khi lưu, nên không được lưu. Bản trước vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>The change did not finish. The plan file still opens as before; its backup already has the change.</source>
        <translation>Việc thay đổi chưa xong. Tệp kế hoạch vẫn mở như trước; bản sao dự phòng của nó đã có thay đổi.</translation>
    </message>
    <message>
        <source>The passphrase or recovery code was changed meanwhile. Nothing was changed.</source>
        <translation>Cụm mật khẩu hoặc mã khôi phục đã bị đổi trong lúc đó. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The backup beside this older copy is newer. Changing the keys now would replace it, so nothing was changed. Open the newer backup first.</source>
        <translation>Bản sao dự phòng nằm cạnh bản sao cũ này mới hơn. Nếu đổi cụm mật khẩu hoặc mã khôi phục bây giờ, bản sao dự phòng đó sẽ bị thay thế, nên chưa có gì thay đổi. Hãy mở bản sao dự phòng mới hơn trước.</translation>
    </message>
    <message>
        <source>The plan is locked. Open it again to continue.</source>
        <translation>Kế hoạch đã khóa. Hãy mở lại để tiếp tục.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Nothing was changed.</source>
        <translation>Đã có một tệp trùng tên này. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open your plan</source>
        <translation>Mở kế hoạch của bạn</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Open the backup copy instead</source>
        <translation>Mở bản sao dự phòng</translation>
    </message>
    <message>
        <source>Opening your plan. This takes a moment.</source>
        <translation>Đang mở kế hoạch của bạn. Xin chờ một chút.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase</source>
        <translation>&amp;Dùng cụm mật khẩu</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
        <translation>&amp;Dùng mã khôi phục</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Stop opening</source>
        <translation>Dừn&amp;g mở</translation>
    </message>
    <message>
        <source>Still opening your plan: %1 seconds so far. Some files take longer. You can stop at any time.</source>
        <translation>Vẫn đang mở kế hoạch của bạn: đã %1 giây. Có tệp cần lâu hơn. Bạn có thể dừng bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>Stopped. The plan was not opened.</source>
        <translation>Đã dừng. Kế hoạch chưa được mở.</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>Xin gõ cụm mật khẩu trước.</translation>
    </message>
    <message>
        <source>That recovery code did not open it — check it and try again.</source>
        <translation>Mã khôi phục đó không mở được — hãy kiểm tra và thử lại.</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again. If you are sure it is right, the file may be damaged: the backup copy, kept from the save before, may open.</source>
        <translation>Cụm mật khẩu đó không mở được — hãy thử lại. Nếu bạn chắc là đúng, có thể tệp bị hỏng: bản sao dự phòng, giữ từ lần lưu trước, có thể mở được.</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again.</source>
        <translation>Cụm mật khẩu đó không mở được — hãy thử lại.</translation>
    </message>
    <message>
        <source>This plan is already open in another window. Close it there first, then try again.</source>
        <translation>Kế hoạch này đang mở ở một cửa sổ khác. Hãy đóng ở đó trước, rồi thử lại.</translation>
    </message>
    <message>
        <source>This file looks damaged, so it did not open. The backup copy, kept from the save before, may open.</source>
        <translation>Tệp này có vẻ bị hỏng, nên không mở được. Bản sao dự phòng, giữ từ lần lưu trước, có thể mở được.</translation>
    </message>
    <message>
        <source>The plan could not be opened. Nothing was changed.</source>
        <translation>Không mở được kế hoạch. Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>WalkSidebar</name>
    <message>
        <source>Sections</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>Để nói sau</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} done ({answered} answered, {not_applicable} do not apply)</source>
        <translation>{title}
Xong {done} trên {total} ({answered} đã trả lời, {not_applicable} không liên quan)</translation>
    </message>
    <message>
        <source>{title}
{answered} of {total} answered</source>
        <translation>{title}
Đã trả lời {answered} trên {total}</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <source>As listed in the guide in January 2020 — check before relying on it.</source>
        <comment>note</comment>
        <translation>Theo danh sách trong tài liệu hướng dẫn, tháng 1 năm 2020 — hãy kiểm tra lại trước khi dựa vào.</translation>
    </message>
    <message>
        <source>Sex worker support</source>
        <comment>category.sex_work</comment>
        <translation>Hỗ trợ người lao động tình dục</translation>
    </message>
    <message>
        <source>Crisis and emergency lines</source>
        <comment>category.crisis</comment>
        <translation>Đường dây khủng hoảng và khẩn cấp</translation>
    </message>
    <message>
        <source>Violence: support and shelters</source>
        <comment>category.violence</comment>
        <translation>Bạo lực: hỗ trợ và nhà tạm trú</translation>
    </message>
    <message>
        <source>Health and social services</source>
        <comment>category.health</comment>
        <translation>Dịch vụ y tế và xã hội</translation>
    </message>
    <message>
        <source>Legal help</source>
        <comment>category.legal</comment>
        <translation>Trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Community legal clinics</source>
        <comment>category.legal_clinic</comment>
        <translation>Phòng trợ giúp pháp lý cộng đồng</translation>
    </message>
    <message>
        <source>Work and labour rights</source>
        <comment>category.labour</comment>
        <translation>Việc làm và quyền lao động</translation>
    </message>
    <message>
        <source>Immigration, migrant and refugee support</source>
        <comment>category.immigration</comment>
        <translation>Hỗ trợ người nhập cư, người di cư và người tị nạn</translation>
    </message>
    <message>
        <source>Other community services</source>
        <comment>category.community</comment>
        <translation>Các dịch vụ cộng đồng khác</translation>
    </message>
    <message>
        <source>Started by sex workers, social workers, and legal and health workers. 24/7 hotline, outreach, health and legal information, and urgent help if a migrant sex worker is arrested or detained. In Ontario and other cities.</source>
        <comment>butterfly.offers</comment>
        <translation>Do người lao động tình dục, nhân viên xã hội, người làm về pháp lý và y tế lập ra. Đường dây nóng 24/7, tiếp cận cộng đồng, thông tin y tế và pháp lý, và giúp đỡ khẩn cấp nếu người lao động tình dục di cư bị bắt hoặc bị giam giữ. Ở Ontario và các thành phố khác.</translation>
    </message>
    <message>
        <source>24/7 phone line for any woman facing abuse in Ontario: someone to talk to, information and referrals. About 200 languages.</source>
        <comment>assaulted-womens-helpline.offers</comment>
        <translation>Đường dây điện thoại 24/7 cho mọi phụ nữ bị bạo hành ở Ontario: có người để nói chuyện, thông tin và giới thiệu dịch vụ. Khoảng 200 ngôn ngữ.</translation>
    </message>
    <message>
        <source>A list of distress and crisis lines across Ontario, for emotional support, including when thinking about suicide.</source>
        <comment>distress-centres-ontario.offers</comment>
        <translation>Danh sách các đường dây hỗ trợ khủng hoảng khắp Ontario, để được nâng đỡ tinh thần, kể cả khi đang nghĩ đến tự tử.</translation>
    </message>
    <message>
        <source>Lawyers, counselling and interpreters in many languages for women who have faced violence, in Ontario.</source>
        <comment>barbra-schlifer-clinic.offers</comment>
        <translation>Luật sư, tư vấn tâm lý và thông dịch viên nhiều ngôn ngữ cho phụ nữ đã gặp bạo lực, ở Ontario.</translation>
    </message>
    <message>
        <source>Money for urgent costs after a crime in Ontario, such as counselling or a funeral. After sexual or family violence or trafficking you can report to a community organisation instead of the police; for other crimes a police report is needed.</source>
        <comment>victim-quick-response.offers</comment>
        <translation>Tiền cho các chi phí khẩn cấp sau một tội phạm ở Ontario, như tư vấn tâm lý hay tang lễ. Sau bạo lực tình dục, bạo lực gia đình hoặc buôn người, bạn có thể báo cho một tổ chức cộng đồng thay vì cảnh sát; với các tội khác thì cần báo cảnh sát.</translation>
    </message>
    <message>
        <source>Ambulance and police. The police may come when you call.</source>
        <comment>emergency-911.offers</comment>
        <translation>Xe cứu thương và cảnh sát. Cảnh sát có thể đến khi bạn gọi.</translation>
    </message>
    <message>
        <source>A website to find a shelter for women, and their children, who want to get away from violence or abuse.</source>
        <comment>sheltersafe.offers</comment>
        <translation>Trang web để tìm nhà tạm trú cho phụ nữ, và con của họ, muốn tránh xa bạo lực hoặc bạo hành.</translation>
    </message>
    <message>
        <source>Finds a shelter bed in Toronto or tells you where there is space.</source>
        <comment>toronto-shelter-intake.offers</comment>
        <translation>Tìm giường ở nhà tạm trú tại Toronto hoặc cho bạn biết nơi nào còn chỗ.</translation>
    </message>
    <message>
        <source>Phone line open 24 hours and a website to find any kind of community or social service in Ontario.</source>
        <comment>211-ontario.offers</comment>
        <translation>Đường dây điện thoại mở 24 giờ và trang web để tìm mọi loại dịch vụ cộng đồng hoặc xã hội ở Ontario.</translation>
    </message>
    <message>
        <source>Free health advice from a registered nurse.</source>
        <comment>telehealth-ontario.offers</comment>
        <translation>Tư vấn sức khỏe miễn phí từ y tá có giấy phép.</translation>
    </message>
    <message>
        <source>24-hour phone line in French for women in Ontario facing abuse or sexual assault: support, information and referrals.</source>
        <comment>femaide.offers</comment>
        <translation>Đường dây điện thoại 24 giờ bằng tiếng Pháp cho phụ nữ ở Ontario bị bạo hành hoặc tấn công tình dục: hỗ trợ, thông tin và giới thiệu dịch vụ.</translation>
    </message>
    <message>
        <source>Free, confidential information on services for mental health, alcohol and drug use, and gambling in Ontario.</source>
        <comment>connexontario.offers</comment>
        <translation>Thông tin miễn phí, bảo mật về dịch vụ sức khỏe tâm thần, rượu và ma túy, và cờ bạc ở Ontario.</translation>
    </message>
    <message>
        <source>Information on mental health services in Ontario, such as crisis lines, online counselling and emergency housing.</source>
        <comment>ementalhealth.offers</comment>
        <translation>Thông tin về dịch vụ sức khỏe tâm thần ở Ontario, như đường dây khủng hoảng, tư vấn trực tuyến và chỗ ở khẩn cấp.</translation>
    </message>
    <message>
        <source>A list of mental health crisis services and their phone numbers across Ontario.</source>
        <comment>camh-crisis.offers</comment>
        <translation>Danh sách các dịch vụ khủng hoảng sức khỏe tâm thần và số điện thoại của họ khắp Ontario.</translation>
    </message>
    <message>
        <source>Information on health services and resources in Ontario.</source>
        <comment>central-health-line.offers</comment>
        <translation>Thông tin về dịch vụ và nguồn trợ giúp y tế ở Ontario.</translation>
    </message>
    <message>
        <source>Doctors, nurse practitioners, social workers and others for people who often miss out on care, including people without status and people without a home.</source>
        <comment>community-health-centres.offers</comment>
        <translation>Bác sĩ, y tá chuyên khoa, nhân viên xã hội và những người khác cho những ai thường khó được chăm sóc, kể cả người không có giấy tờ và người không có nhà.</translation>
    </message>
    <message>
        <source>Legal services for people in Ontario with a low income who qualify.</source>
        <comment>legal-aid-ontario.offers</comment>
        <translation>Dịch vụ pháp lý cho người có thu nhập thấp ở Ontario đủ điều kiện.</translation>
    </message>
    <message>
        <source>Legal help for refugee claimants in Toronto, Hamilton and Ottawa.</source>
        <comment>legal-aid-refugee-law-office.offers</comment>
        <translation>Trợ giúp pháp lý cho người xin tị nạn ở Toronto, Hamilton và Ottawa.</translation>
    </message>
    <message>
        <source>Plain-language legal information in many languages and formats, and a list of community legal clinics in Ontario.</source>
        <comment>cleo.offers</comment>
        <translation>Thông tin pháp lý bằng lời dễ hiểu, nhiều ngôn ngữ và hình thức, và danh sách các phòng trợ giúp pháp lý cộng đồng ở Ontario.</translation>
    </message>
    <message>
        <source>Legal information and referrals for women in Ontario facing violence.</source>
        <comment>owjn.offers</comment>
        <translation>Thông tin pháp lý và giới thiệu dịch vụ cho phụ nữ ở Ontario đang gặp bạo lực.</translation>
    </message>
    <message>
        <source>Family lawyers in three offices in Ontario for people who qualify for legal aid.</source>
        <comment>family-law-offices.offers</comment>
        <translation>Luật sư gia đình ở ba văn phòng tại Ontario cho người đủ điều kiện nhận trợ giúp pháp lý.</translation>
    </message>
    <message>
        <source>Online referral to a lawyer or paralegal in Ontario, with a free first consultation of up to 30 minutes.</source>
        <comment>lsuc-lawyer-referral.offers</comment>
        <translation>Giới thiệu trực tuyến đến luật sư hoặc trợ lý pháp lý (paralegal) ở Ontario, với buổi tư vấn đầu tiên miễn phí đến 30 phút.</translation>
    </message>
    <message>
        <source>Local clinics for people with a low income in their area; some serve a particular culture or language.</source>
        <comment>community-legal-clinics.offers</comment>
        <translation>Phòng trợ giúp pháp lý địa phương cho người có thu nhập thấp trong khu vực; một số phục vụ một nền văn hóa hoặc ngôn ngữ riêng.</translation>
    </message>
    <message>
        <source>Free legal help across Ontario for people with a low income who do not speak English, in Chinese, Vietnamese, Cambodian and Laotian communities.</source>
        <comment>csalc.offers</comment>
        <translation>Trợ giúp pháp lý miễn phí khắp Ontario cho người có thu nhập thấp không nói tiếng Anh, trong cộng đồng người Hoa, Việt, Campuchia và Lào.</translation>
    </message>
    <message>
        <source>Takes test cases to court to change unfair rules in federal and Ontario income support programs.</source>
        <comment>income-security-advocacy-centre.offers</comment>
        <translation>Đưa các vụ việc điển hình ra tòa để thay đổi các quy định bất công trong chương trình hỗ trợ thu nhập của liên bang và Ontario.</translation>
    </message>
    <message>
        <source>Legal help and information on social assistance, violence, mental health, immigration and refugee matters, work and housing.</source>
        <comment>parkdale-community-legal-services.offers</comment>
        <translation>Trợ giúp và thông tin pháp lý về trợ cấp xã hội, bạo lực, sức khỏe tâm thần, di trú và tị nạn, việc làm và nhà ở.</translation>
    </message>
    <message>
        <source>Legal help and information for people living with HIV in Ontario.</source>
        <comment>halco.offers</comment>
        <translation>Trợ giúp và thông tin pháp lý cho người sống chung với HIV ở Ontario.</translation>
    </message>
    <message>
        <source>Legal services for Black people in Ontario with a low income or no income.</source>
        <comment>black-legal-action-centre.offers</comment>
        <translation>Dịch vụ pháp lý cho người Da đen ở Ontario có thu nhập thấp hoặc không có thu nhập.</translation>
    </message>
    <message>
        <source>Legal advice, services and education for South Asian people in Ontario; also works on changing the law.</source>
        <comment>salc.offers</comment>
        <translation>Tư vấn, dịch vụ và giáo dục pháp lý cho người Nam Á ở Ontario; cũng vận động thay đổi luật.</translation>
    </message>
    <message>
        <source>Support and lawyers for people with disabilities in Ontario.</source>
        <comment>arch-disability-law-centre.offers</comment>
        <translation>Hỗ trợ và luật sư cho người khuyết tật ở Ontario.</translation>
    </message>
    <message>
        <source>Legal help in Spanish for Spanish-speaking people across Ontario.</source>
        <comment>spanish-speaking-legal-clinic.offers</comment>
        <translation>Trợ giúp pháp lý bằng tiếng Tây Ban Nha cho người nói tiếng Tây Ban Nha khắp Ontario.</translation>
    </message>
    <message>
        <source>Legal help for First Nations (with or without status), Métis and Inuit people in Ontario.</source>
        <comment>aboriginal-legal-services.offers</comment>
        <translation>Trợ giúp pháp lý cho người bản địa First Nations (có hay không có quy chế Status), Métis và Inuit ở Ontario.</translation>
    </message>
    <message>
        <source>Information on workers&apos; rights and support to stand up for them.</source>
        <comment>workers-action-centre.offers</comment>
        <translation>Thông tin về quyền của người lao động và hỗ trợ để đòi các quyền đó.</translation>
    </message>
    <message>
        <source>The Ontario government office that applies and enforces the Employment Standards Act, 2000.</source>
        <comment>ministry-of-labour.offers</comment>
        <translation>Cơ quan chính phủ Ontario áp dụng và thực thi Đạo luật Tiêu chuẩn Việc làm năm 2000 (Employment Standards Act, 2000).</translation>
    </message>
    <message>
        <source>For sex workers in Toronto: sexual health, safety at work, workshops, legal information, counselling, advocacy and social time.</source>
        <comment>maggies.offers</comment>
        <translation>Dành cho người lao động tình dục ở Toronto: sức khỏe tình dục, an toàn khi làm việc, hội thảo, thông tin pháp lý, tư vấn, vận động và sinh hoạt chung.</translation>
    </message>
    <message>
        <source>Outreach and harm reduction support for sex workers who work on the street, in Hamilton.</source>
        <comment>swap-hamilton.offers</comment>
        <translation>Tiếp cận cộng đồng và hỗ trợ giảm tác hại cho người lao động tình dục làm việc trên đường phố, ở Hamilton.</translation>
    </message>
    <message>
        <source>Harm reduction and first aid supplies, HIV and STI information, clothing, hygiene products, food, and peer support, in London.</source>
        <comment>safe-space-london.offers</comment>
        <translation>Dụng cụ giảm tác hại và sơ cứu, thông tin về HIV và bệnh lây qua đường tình dục, quần áo, đồ vệ sinh, thức ăn, và hỗ trợ đồng đẳng, ở London.</translation>
    </message>
    <message>
        <source>Peer support, education, advocacy and referrals for safer living and working conditions, in Sudbury.</source>
        <comment>swans-sudbury.offers</comment>
        <translation>Hỗ trợ đồng đẳng, giáo dục, vận động và giới thiệu dịch vụ để có điều kiện sống và làm việc an toàn hơn, ở Sudbury.</translation>
    </message>
    <message>
        <source>A network of community agencies that serve immigrants and refugees in Ontario.</source>
        <comment>ocasi.offers</comment>
        <translation>Mạng lưới các tổ chức cộng đồng phục vụ người nhập cư và người tị nạn ở Ontario.</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education for newcomers in Ontario, and shelter for women and their children.</source>
        <comment>fcj-refugee-centre.offers</comment>
        <translation>Bảo vệ người tị nạn, giúp ổn định cuộc sống và giáo dục cho người mới đến Ontario, và nhà tạm trú cho phụ nữ và con của họ.</translation>
    </message>
    <message>
        <source>Health care and community services in Toronto, including for newcomers, immigrants and refugees.</source>
        <comment>access-alliance.offers</comment>
        <translation>Chăm sóc sức khỏe và dịch vụ cộng đồng ở Toronto, kể cả cho người mới đến, người nhập cư và người tị nạn.</translation>
    </message>
    <message>
        <source>Speaks up for the rights of migrant workers, in Ontario and across Canada.</source>
        <comment>migrant-workers-alliance.offers</comment>
        <translation>Lên tiếng cho quyền của người lao động di cư, ở Ontario và khắp Canada.</translation>
    </message>
    <message>
        <source>Information for newcomers about settling in.</source>
        <comment>settlement-org.offers</comment>
        <translation>Thông tin cho người mới đến về việc ổn định cuộc sống.</translation>
    </message>
    <message>
        <source>Campaigns for the freedom to move, return and stay in Canada; trains people without status and the people who work at services on their rights.</source>
        <comment>no-one-is-illegal.offers</comment>
        <translation>Vận động cho quyền tự do di chuyển, trở về và ở lại Canada; tập huấn cho người không có giấy tờ và người làm việc tại các dịch vụ về quyền của họ.</translation>
    </message>
    <message>
        <source>Campaigns for Ontario health insurance (OHIP) for everyone.</source>
        <comment>ohip-for-all.offers</comment>
        <translation>Vận động để mọi người đều có bảo hiểm y tế Ontario (OHIP).</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education in Toronto, and shelter for women and their children.</source>
        <comment>st-stephens-community-house.offers</comment>
        <translation>Bảo vệ người tị nạn, giúp ổn định cuộc sống và giáo dục ở Toronto, và nhà tạm trú cho phụ nữ và con của họ.</translation>
    </message>
    <message>
        <source>LGBTQ2 programs and groups, a refugee support group, free short-term and drop-in counselling, and classes, in Toronto.</source>
        <comment>the-519.offers</comment>
        <translation>Chương trình và nhóm LGBTQ2, nhóm hỗ trợ người tị nạn, tư vấn ngắn hạn và tư vấn không cần hẹn miễn phí, và các lớp học, ở Toronto.</translation>
    </message>
    <message>
        <source>Counselling and learning programs for children, youth and families with complex mental health or developmental needs.</source>
        <comment>skylark.offers</comment>
        <translation>Chương trình tư vấn và học tập cho trẻ em, thanh thiếu niên và gia đình có nhu cầu phức tạp về sức khỏe tâm thần hoặc phát triển.</translation>
    </message>
    <message>
        <source>Programs, education, harm reduction and case management for people in prison or out of prison who live with HIV or AIDS.</source>
        <comment>pasan.offers</comment>
        <translation>Chương trình, giáo dục, giảm tác hại và quản lý hồ sơ hỗ trợ cho người đang ở tù hoặc đã ra tù sống chung với HIV hoặc AIDS.</translation>
    </message>
    <message>
        <source>Peer-led support around drug and alcohol use for LGBTQQ2SIA youth aged 16 to 29 in Toronto: drop-ins, case management and group counselling.</source>
        <comment>pieces-to-pathways.offers</comment>
        <translation>Hỗ trợ đồng đẳng về sử dụng rượu và ma túy cho thanh thiếu niên LGBTQQ2SIA từ 16 đến 29 tuổi ở Toronto: sinh hoạt không cần hẹn, quản lý hồ sơ hỗ trợ và tư vấn nhóm.</translation>
    </message>
    <message>
        <source>An organisation of Chinese Canadians in Toronto working for equity, social justice and respect for diversity.</source>
        <comment>ccncto.offers</comment>
        <translation>Tổ chức của người Canada gốc Hoa ở Toronto hoạt động vì bình đẳng, công bằng xã hội và tôn trọng sự đa dạng.</translation>
    </message>
</context>
<context>
    <name>forms.release_plan</name>
    <message>
        <source>Release plan</source>
        <comment>form.title</comment>
        <translation>Kế hoạch được thả</translation>
    </message>
    <message>
        <source>Support network and your rights</source>
        <comment>network.title</comment>
        <translation>Mạng lưới hỗ trợ và quyền của bạn</translation>
    </message>
    <message>
        <source>People who know your rights and can speak up for you, found before you need them.</source>
        <comment>network.intro</comment>
        <translation>Những người biết quyền của bạn và có thể lên tiếng cho bạn, tìm sẵn trước khi bạn cần.</translation>
    </message>
    <message>
        <source>Is there a community legal clinic you could contact?</source>
        <comment>r_legal_clinic.text</comment>
        <translation>Có phòng trợ giúp pháp lý cộng đồng nào bạn có thể liên lạc không?</translation>
    </message>
    <message>
        <source>A legal clinic can tell you your rights, and help you find a lawyer.</source>
        <comment>r_legal_clinic.why</comment>
        <translation>Phòng trợ giúp pháp lý có thể cho bạn biết quyền của bạn, và giúp bạn tìm luật sư.</translation>
    </message>
    <message>
        <source>A legal clinic gives free legal information and help. Some help people without status.</source>
        <comment>r_legal_clinic.help</comment>
        <translation>Phòng trợ giúp pháp lý cho thông tin và trợ giúp pháp lý miễn phí. Một số nơi giúp cả người không có giấy tờ.</translation>
    </message>
    <message>
        <source>Do you know an immigration lawyer you trust? Or someone who would call one for you?</source>
        <comment>r_lawyer.text</comment>
        <translation>Bạn có biết một luật sư di trú mà bạn tin tưởng không? Hoặc một người sẽ gọi luật sư giúp bạn?</translation>
    </message>
    <message>
        <source>Help comes much faster if you already know a lawyer before you need one.</source>
        <comment>r_lawyer.why</comment>
        <translation>Bạn sẽ được giúp nhanh hơn nhiều nếu đã biết sẵn một luật sư trước khi cần.</translation>
    </message>
    <message>
        <source>An immigration lawyer helps with your status, detention and removal from Canada.</source>
        <comment>r_lawyer.help</comment>
        <translation>Luật sư di trú giúp về tình trạng di trú, việc giam giữ và việc bị trục xuất khỏi Canada.</translation>
    </message>
    <message>
        <source>Do you know a criminal lawyer? Or someone who would call one for you?</source>
        <comment>r_lawyer_criminal.text</comment>
        <translation>Bạn có biết một luật sư hình sự không? Hoặc một người sẽ gọi luật sư giúp bạn?</translation>
    </message>
    <message>
        <source>If the police charge you, a criminal lawyer protects your rights from the start.</source>
        <comment>r_lawyer_criminal.why</comment>
        <translation>Nếu cảnh sát buộc tội bạn, luật sư hình sự bảo vệ quyền của bạn ngay từ đầu.</translation>
    </message>
    <message>
        <source>A criminal lawyer helps when the police say you broke a law.</source>
        <comment>r_lawyer_criminal.help</comment>
        <translation>Luật sư hình sự giúp bạn khi cảnh sát nói bạn đã phạm luật.</translation>
    </message>
    <message>
        <source>If you have children, do you know a family lawyer?</source>
        <comment>r_lawyer_family.text</comment>
        <translation>Nếu bạn có con, bạn có biết một luật sư gia đình không?</translation>
    </message>
    <message>
        <source>Detention can affect who looks after your children. A family lawyer can help protect your rights as a parent.</source>
        <comment>r_lawyer_family.why</comment>
        <translation>Việc bị giam giữ có thể ảnh hưởng đến việc ai chăm sóc con bạn. Luật sư gia đình có thể giúp bảo vệ quyền làm cha mẹ của bạn.</translation>
    </message>
    <message>
        <source>A family lawyer helps with children, custody and separation.</source>
        <comment>r_lawyer_family.help</comment>
        <translation>Luật sư gia đình giúp về con cái, quyền nuôi con và ly thân.</translation>
    </message>
    <message>
        <source>How much do you know about your rights with police and immigration officers?</source>
        <comment>r_rights.text</comment>
        <translation>Bạn biết bao nhiêu về quyền của mình khi gặp cảnh sát và nhân viên di trú?</translation>
    </message>
    <message>
        <source>Knowing your rights can lower your risk of being detained.</source>
        <comment>r_rights.why</comment>
        <translation>Biết quyền của mình có thể giảm nguy cơ bị giam giữ.</translation>
    </message>
    <message>
        <source>Legal clinics and sex worker groups share this information, sometimes in other languages.</source>
        <comment>r_rights.help</comment>
        <translation>Các phòng trợ giúp pháp lý và nhóm của người lao động tình dục có chia sẻ thông tin này, đôi khi bằng các ngôn ngữ khác.</translation>
    </message>
    <message>
        <source>I know my rights well</source>
        <comment>r_rights.option.well</comment>
        <translation>Tôi biết rõ quyền của mình</translation>
    </message>
    <message>
        <source>I know some things</source>
        <comment>r_rights.option.some</comment>
        <translation>Tôi biết một vài điều</translation>
    </message>
    <message>
        <source>I would like to learn more</source>
        <comment>r_rights.option.learn_more</comment>
        <translation>Tôi muốn tìm hiểu thêm</translation>
    </message>
    <message>
        <source>Is there a community support worker or organisation you trust?</source>
        <comment>r_support_worker.text</comment>
        <translation>Có nhân viên hỗ trợ cộng đồng hoặc tổ chức nào bạn tin tưởng không?</translation>
    </message>
    <message>
        <source>They can help with many needs, contact lawyers for you, and support your release.</source>
        <comment>r_support_worker.why</comment>
        <translation>Họ có thể giúp nhiều việc, liên lạc luật sư cho bạn, và hỗ trợ để bạn được thả.</translation>
    </message>
    <message>
        <source>Who is a person you really trust, who would speak up for you if you were detained?</source>
        <comment>r_advocate.text</comment>
        <translation>Ai là người bạn thật sự tin tưởng, sẽ lên tiếng cho bạn nếu bạn bị giam giữ?</translation>
    </message>
    <message>
        <source>Someone on the outside can call people and push for your release.</source>
        <comment>r_advocate.why</comment>
        <translation>Một người ở bên ngoài có thể gọi cho mọi người và thúc đẩy để bạn được thả.</translation>
    </message>
    <message>
        <source>This can be a partner, a friend or a co-worker. A first name is enough.</source>
        <comment>r_advocate.help</comment>
        <translation>Có thể là người yêu, bạn bè hoặc đồng nghiệp. Chỉ cần tên gọi là đủ.</translation>
    </message>
    <message>
        <source>Getting released at a detention review</source>
        <comment>release.title</comment>
        <translation>Được thả tại phiên xét lại việc giam giữ</translation>
    </message>
    <message>
        <source>Once detained, you can talk to very few people. What you set up now helps you later.</source>
        <comment>release.intro</comment>
        <translation>Khi đã bị giam giữ, bạn chỉ nói chuyện được với rất ít người. Những gì bạn chuẩn bị bây giờ sẽ giúp bạn sau này.</translation>
    </message>
    <message>
        <source>If you were detained, what would matter most to you?</source>
        <comment>r_wishes.text</comment>
        <translation>Nếu bạn bị giam giữ, điều gì quan trọng nhất với bạn?</translation>
    </message>
    <message>
        <source>Your lawyer and supporters should follow your wishes. Telling them now makes that easier.</source>
        <comment>r_wishes.why</comment>
        <translation>Luật sư và những người ủng hộ bạn nên làm theo mong muốn của bạn. Nói với họ từ bây giờ sẽ dễ hơn.</translation>
    </message>
    <message>
        <source>Staying in Canada, even if it takes time</source>
        <comment>r_wishes.example1</comment>
        <translation>Được ở lại Canada, dù phải mất thời gian</translation>
    </message>
    <message>
        <source>Getting out quickly, even if it means leaving Canada</source>
        <comment>r_wishes.example2</comment>
        <translation>Được ra nhanh, dù phải rời Canada</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <comment>r_wishes.example3</comment>
        <translation>Tôi chưa biết</translation>
    </message>
    <message>
        <source>Have you talked about this plan with someone you trust?</source>
        <comment>r_talked_plan.text</comment>
        <translation>Bạn đã nói về kế hoạch này với người bạn tin tưởng chưa?</translation>
    </message>
    <message>
        <source>Once you are detained, your things are taken and you can call very few people.</source>
        <comment>r_talked_plan.why</comment>
        <translation>Khi đã bị giam giữ, đồ đạc của bạn bị lấy đi và bạn chỉ gọi được cho rất ít người.</translation>
    </message>
    <message>
        <source>Who could be your bond person?</source>
        <comment>r_bond_person.text</comment>
        <translation>Ai có thể là người bảo lãnh tại ngoại cho bạn?</translation>
    </message>
    <message>
        <source>A bond person is often what makes release possible.</source>
        <comment>r_bond_person.why</comment>
        <translation>Người bảo lãnh tại ngoại thường là điều giúp bạn có thể được thả.</translation>
    </message>
    <message>
        <source>Knowing the amount helps you and your lawyer prepare the hearing.</source>
        <comment>r_bond_amount.why</comment>
        <translation>Biết số tiền giúp bạn và luật sư chuẩn bị cho phiên điều trần.</translation>
    </message>
    <message>
        <source>Who could come to the hearing and speak for you?</source>
        <comment>r_hearing_witness.text</comment>
        <translation>Ai có thể đến phiên điều trần và nói giúp bạn?</translation>
    </message>
    <message>
        <source>People who know you show that you have ties to the community here.</source>
        <comment>r_hearing_witness.why</comment>
        <translation>Những người quen biết bạn cho thấy bạn có gắn bó với cộng đồng ở đây.</translation>
    </message>
    <message>
        <source>A plan for what happens if immigration officers, or the police for immigration reasons, detain you. If you are charged with a crime, see the question about a criminal lawyer, and legal help in the directory. If you are detained, your phone and your things are taken, and it is hard to reach people. What you set up now makes release more likely, and keeps the things you care about looked after. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>Kế hoạch cho trường hợp nhân viên di trú, hoặc cảnh sát vì lý do di trú, giam giữ bạn. Nếu bạn bị buộc tội hình sự, hãy xem câu hỏi về luật sư hình sự, và phần trợ giúp pháp lý trong danh bạ. Nếu bạn bị giam giữ, điện thoại và đồ đạc của bạn sẽ bị lấy, và rất khó liên lạc với mọi người. Những gì bạn chuẩn bị bây giờ giúp bạn dễ được thả hơn, và giúp những điều bạn quan tâm được chăm lo. Bạn có thể bỏ qua bất kỳ câu hỏi nào, hoặc quay lại sau.</translation>
    </message>
    <message>
        <source>This plan is mostly about immigration detention. If the police charge you with a crime, a criminal court decides on bail.</source>
        <comment>r_lawyer_criminal.legal1</comment>
        <translation>Kế hoạch này chủ yếu nói về giam giữ di trú. Nếu cảnh sát buộc tội bạn, tòa án hình sự sẽ quyết định việc tại ngoại.</translation>
    </message>
    <message>
        <source>If the police keep you after an arrest, you should see a justice within 24 hours, usually for a bail hearing.</source>
        <comment>r_lawyer_criminal.legal2</comment>
        <translation>Nếu cảnh sát giữ bạn sau khi bắt, bạn phải được gặp thẩm phán trong vòng 24 giờ, thường là cho phiên điều trần về tại ngoại.</translation>
    </message>
    <message>
        <source>A surety is like a bond person in criminal court: someone who promises money and supervises you.</source>
        <comment>r_lawyer_criminal.legal3</comment>
        <translation>Ở tòa hình sự, người đứng ra bảo đảm (surety) giống như người bảo lãnh tại ngoại: người hứa trả tiền và giám sát bạn.</translation>
    </message>
    <message>
        <source>Duty counsel at the court, a criminal lawyer or Legal Aid Ontario can help. A charge can also affect your immigration status.</source>
        <comment>r_lawyer_criminal.legal4</comment>
        <translation>Luật sư trực ở tòa (duty counsel), luật sư hình sự hoặc Legal Aid Ontario có thể giúp. Một tội danh cũng có thể ảnh hưởng đến tình trạng di trú của bạn.</translation>
    </message>
    <message>
        <source>If police or immigration officers arrest or detain you, you have the right to be told why, and to talk to a lawyer without delay.</source>
        <comment>r_rights.legal1</comment>
        <translation>Nếu cảnh sát hoặc nhân viên di trú bắt hoặc giam giữ bạn, bạn có quyền được biết lý do, và được nói chuyện với luật sư ngay.</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge.</source>
        <comment>r_rights.legal2</comment>
        <translation>Ở phiên điều trần di trú, bạn có quyền có thông dịch viên, miễn phí.</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Say only what you are fine with officers hearing.</source>
        <comment>r_rights.legal3</comment>
        <translation>Các cuộc gọi từ nơi giam giữ có thể không riêng tư. Chỉ nói những gì bạn không ngại nhân viên nghe thấy.</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low.</source>
        <comment>r_rights.legal4</comment>
        <translation>Legal Aid Ontario có thể trả tiền luật sư nếu thu nhập của bạn thấp.</translation>
    </message>
    <message>
        <source>Would you like to find out if Legal Aid Ontario could pay for a lawyer for you?</source>
        <comment>r_legal_aid.text</comment>
        <translation>Bạn có muốn tìm hiểu xem Legal Aid Ontario có thể trả tiền luật sư cho bạn không?</translation>
    </message>
    <message>
        <source>A lawyer at a detention review can make release more likely. You may not have to pay.</source>
        <comment>r_legal_aid.why</comment>
        <translation>Có luật sư ở phiên xét lại việc giam giữ có thể giúp bạn dễ được thả hơn. Có thể bạn không phải trả tiền.</translation>
    </message>
    <message>
        <source>A community legal clinic can help you apply.</source>
        <comment>r_legal_aid.help</comment>
        <translation>Phòng trợ giúp pháp lý cộng đồng có thể giúp bạn nộp đơn.</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low, including for some immigration and detention cases.</source>
        <comment>r_legal_aid.legal1</comment>
        <translation>Legal Aid Ontario có thể trả tiền luật sư nếu thu nhập của bạn thấp, kể cả cho một số vụ về di trú và giam giữ.</translation>
    </message>
    <message>
        <source>Someone who knows you well, who may pay or promise money of their own so you can be released.</source>
        <comment>r_bond_person.help</comment>
        <translation>Người hiểu rõ bạn, có thể trả hoặc hứa trả tiền của chính họ để bạn được thả.</translation>
    </message>
    <message>
        <source>A bond person must be 18 or older and live in Canada. They should know you well, and come forward freely.</source>
        <comment>r_bond_person.legal1</comment>
        <translation>Người bảo lãnh tại ngoại phải từ 18 tuổi trở lên và sống ở Canada. Họ nên hiểu rõ bạn, và tự nguyện đứng ra.</translation>
    </message>
    <message>
        <source>To give a guarantee (a promise to pay), they must be a Canadian citizen or permanent resident.</source>
        <comment>r_bond_person.legal2</comment>
        <translation>Để đưa ra cam kết bảo đảm (hứa sẽ trả tiền), họ phải là công dân Canada hoặc thường trú nhân.</translation>
    </message>
    <message>
        <source>The money must be the bond person&apos;s own money, not yours. No one may be paid to be a bond person.</source>
        <comment>r_bond_person.legal3</comment>
        <translation>Số tiền phải là tiền của chính người bảo lãnh tại ngoại, không phải tiền của bạn. Không ai được nhận tiền để làm người bảo lãnh tại ngoại.</translation>
    </message>
    <message>
        <source>They may be asked questions at the hearing, for example how well they know you and how they will supervise you.</source>
        <comment>r_bond_person.legal4</comment>
        <translation>Họ có thể được hỏi ở phiên điều trần, ví dụ họ hiểu bạn rõ đến đâu và sẽ giám sát bạn thế nào.</translation>
    </message>
    <message>
        <source>They must tell the CBSA if you break a condition of your release. If they do not, they can lose the money.</source>
        <comment>r_bond_person.legal5</comment>
        <translation>Họ phải báo cho CBSA nếu bạn không làm đúng một điều kiện khi được thả. Nếu không báo, họ có thể mất số tiền đó.</translation>
    </message>
    <message>
        <source>If no one can be your bond person, a supervision program may act instead (in Toronto in 2020, the Toronto Bail Program).</source>
        <comment>r_bond_person.legal6</comment>
        <translation>Nếu không ai có thể làm người bảo lãnh tại ngoại cho bạn, một chương trình giám sát có thể thay thế (ở Toronto năm 2020 là Toronto Bail Program).</translation>
    </message>
    <message>
        <source>How much of their own money could your bond person pay or promise, if needed?</source>
        <comment>r_bond_amount.text</comment>
        <translation>Người bảo lãnh tại ngoại của bạn có thể trả hoặc hứa trả bao nhiêu tiền của chính họ, nếu cần?</translation>
    </message>
    <message>
        <source>This is called a bond (immigration bail). It is the bond person&apos;s money, not yours.</source>
        <comment>r_bond_amount.help</comment>
        <translation>Số tiền này gọi là tiền bảo lãnh tại ngoại. Đó là tiền của người bảo lãnh tại ngoại, không phải của bạn.</translation>
    </message>
    <message>
        <source>A deposit (cash bond) is paid before release. It can be returned at the end if all the conditions were kept.</source>
        <comment>r_bond_amount.legal1</comment>
        <translation>Tiền đặt cọc (tiền mặt) được trả trước khi thả. Tiền có thể được trả lại vào lúc kết thúc nếu mọi điều kiện đều được làm đúng.</translation>
    </message>
    <message>
        <source>A guarantee (performance bond) is a promise to pay if a condition is broken. The bond person must show they could pay.</source>
        <comment>r_bond_amount.legal2</comment>
        <translation>Cam kết bảo đảm là lời hứa sẽ trả tiền nếu một điều kiện không được làm đúng. Người bảo lãnh tại ngoại phải cho thấy họ có khả năng trả.</translation>
    </message>
    <message>
        <source>The member at the hearing decides the amount, and may ask for both.</source>
        <comment>r_bond_amount.legal3</comment>
        <translation>Thành viên chủ trì phiên điều trần quyết định số tiền, và có thể yêu cầu cả hai.</translation>
    </message>
    <message>
        <source>Does your bond person know they may need to come to a hearing within two days of your detention?</source>
        <comment>r_bond_ready.text</comment>
        <translation>Người bảo lãnh tại ngoại của bạn có biết là họ có thể phải đến phiên điều trần trong vòng hai ngày sau khi bạn bị giam giữ không?</translation>
    </message>
    <message>
        <source>If they are not ready for the first review, the next chance may be a week or a month later.</source>
        <comment>r_bond_ready.why</comment>
        <translation>Nếu họ chưa sẵn sàng cho phiên đầu tiên, cơ hội tiếp theo có thể là một tuần hoặc một tháng sau.</translation>
    </message>
    <message>
        <source>They can prepare now: ID, proof of their status, and proof of their own money and address.</source>
        <comment>r_bond_ready.help</comment>
        <translation>Họ có thể chuẩn bị ngay bây giờ: giấy tờ tùy thân, giấy tờ chứng minh tình trạng của họ, và giấy tờ chứng minh tiền và địa chỉ của chính họ.</translation>
    </message>
    <message>
        <source>The first detention review is held within 48 hours of detention, or soon after.</source>
        <comment>r_bond_ready.legal1</comment>
        <translation>Phiên xét lại việc giam giữ đầu tiên diễn ra trong vòng 48 giờ sau khi bị giam giữ, hoặc ngay sau đó.</translation>
    </message>
    <message>
        <source>If you are not released, the next review is within 7 days, then at least once every 30 days.</source>
        <comment>r_bond_ready.legal2</comment>
        <translation>Nếu bạn không được thả, phiên xét lại tiếp theo là trong vòng 7 ngày, rồi ít nhất 30 ngày một lần.</translation>
    </message>
    <message>
        <source>A bond person who is not ready for the first review may have to wait a week or a month for the next one.</source>
        <comment>r_bond_ready.legal3</comment>
        <translation>Người bảo lãnh tại ngoại chưa sẵn sàng cho phiên đầu tiên có thể phải chờ một tuần hoặc một tháng cho phiên tiếp theo.</translation>
    </message>
    <message>
        <source>A lawyer can ask for an earlier review if there are new facts, for example a bond person who is now ready.</source>
        <comment>r_bond_ready.legal4</comment>
        <translation>Luật sư có thể xin một phiên xét lại sớm hơn nếu có điều mới, ví dụ một người bảo lãnh tại ngoại nay đã sẵn sàng.</translation>
    </message>
    <message>
        <source>A witness says how they know you and how they will support you.</source>
        <comment>r_hearing_witness.help</comment>
        <translation>Người làm chứng nói họ quen bạn thế nào và sẽ hỗ trợ bạn ra sao.</translation>
    </message>
    <message>
        <source>At a detention review, a member of the Immigration and Refugee Board decides if you can be released, and on what conditions.</source>
        <comment>r_hearing_witness.legal1</comment>
        <translation>Ở phiên xét lại việc giam giữ, một thành viên của IRB (Ủy ban Di trú và Tị nạn) quyết định bạn có được thả không, và với những điều kiện gì.</translation>
    </message>
    <message>
        <source>Where would you stay if you are released? Add the person or the shelter, with the address.</source>
        <comment>r_release_address.text</comment>
        <translation>Nếu được thả, bạn sẽ ở đâu? Ghi người đó hoặc nhà tạm trú, kèm địa chỉ.</translation>
    </message>
    <message>
        <source>Talk with them now, because it is hard to reach out once you are detained.</source>
        <comment>r_release_address.why</comment>
        <translation>Hãy nói chuyện với họ ngay bây giờ, vì khi đã bị giam giữ thì rất khó liên lạc.</translation>
    </message>
    <message>
        <source>In the list of people, you can add an address to a person or a shelter.</source>
        <comment>r_release_address.help</comment>
        <translation>Trong danh sách người, bạn có thể thêm địa chỉ cho một người hoặc một nhà tạm trú.</translation>
    </message>
    <message>
        <source>At a detention review you are asked where you will live if you are released.</source>
        <comment>r_release_address.legal1</comment>
        <translation>Ở phiên xét lại việc giam giữ, bạn sẽ được hỏi bạn sẽ sống ở đâu nếu được thả.</translation>
    </message>
    <message>
        <source>Staying with your bond person often counts for more than a shelter, but a shelter may be accepted.</source>
        <comment>r_release_address.legal2</comment>
        <translation>Ở cùng người bảo lãnh tại ngoại thường được coi trọng hơn ở nhà tạm trú, nhưng nhà tạm trú cũng có thể được chấp nhận.</translation>
    </message>
    <message>
        <source>Things to plan in advance</source>
        <comment>advance.title</comment>
        <translation>Những việc cần chuẩn bị trước</translation>
    </message>
    <message>
        <source>Your phone may be taken from you, so some things need to be ready now.</source>
        <comment>advance.intro</comment>
        <translation>Điện thoại của bạn có thể bị lấy đi, nên một số việc cần sẵn sàng từ bây giờ.</translation>
    </message>
    <message>
        <source>Do you know by heart the phone numbers of the people you would call?</source>
        <comment>r_numbers_by_heart.text</comment>
        <translation>Bạn có thuộc lòng số điện thoại của những người bạn sẽ gọi không?</translation>
    </message>
    <message>
        <source>Your phone may be taken. Numbers you know by heart stay with you.</source>
        <comment>r_numbers_by_heart.why</comment>
        <translation>Điện thoại của bạn có thể bị lấy đi. Những số bạn thuộc lòng sẽ luôn ở với bạn.</translation>
    </message>
    <message>
        <source>In the list of people, you can mark numbers to learn, and practise them here.</source>
        <comment>r_numbers_by_heart.help</comment>
        <translation>Trong danh sách người, bạn có thể đánh dấu các số cần học, và luyện tập ở đây.</translation>
    </message>
    <message>
        <source>Who would look after your children if you were detained?</source>
        <comment>r_carer_children.text</comment>
        <translation>Ai sẽ chăm sóc con bạn nếu bạn bị giam giữ?</translation>
    </message>
    <message>
        <source>Knowing who will care for them gives you and them some peace of mind.</source>
        <comment>r_carer_children.why</comment>
        <translation>Biết ai sẽ chăm sóc con giúp bạn và các con yên tâm hơn.</translation>
    </message>
    <message>
        <source>Who would look after your pets?</source>
        <comment>r_carer_pets.text</comment>
        <translation>Ai sẽ chăm sóc thú nuôi của bạn?</translation>
    </message>
    <message>
        <source>Pets need someone to feed them from the first day.</source>
        <comment>r_carer_pets.why</comment>
        <translation>Thú nuôi cần có người cho ăn ngay từ ngày đầu tiên.</translation>
    </message>
    <message>
        <source>Who has a key to your home and could bring you clothes, money, documents and medication?</source>
        <comment>r_key_holder.text</comment>
        <translation>Ai có chìa khóa nhà bạn và có thể mang cho bạn quần áo, tiền, giấy tờ và thuốc?</translation>
    </message>
    <message>
        <source>You may need things from home, and you cannot go and get them yourself.</source>
        <comment>r_key_holder.why</comment>
        <translation>Bạn có thể cần đồ ở nhà, mà bạn không thể tự đi lấy.</translation>
    </message>
    <message>
        <source>Which documents would you need, and where are they kept?</source>
        <comment>r_documents.text</comment>
        <translation>Bạn sẽ cần những giấy tờ nào, và chúng được cất ở đâu?</translation>
    </message>
    <message>
        <source>Your lawyer or key holder may need your passport or other papers for the hearing.</source>
        <comment>r_documents.why</comment>
        <translation>Luật sư hoặc người giữ chìa khóa có thể cần hộ chiếu hoặc giấy tờ khác của bạn cho phiên điều trần.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>r_documents.example1</comment>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>Study or work permit</source>
        <comment>r_documents.example2</comment>
        <translation>Giấy phép du học hoặc giấy phép lao động</translation>
    </message>
    <message>
        <source>Lease or letter showing my address</source>
        <comment>r_documents.example3</comment>
        <translation>Hợp đồng thuê nhà hoặc thư có ghi địa chỉ của tôi</translation>
    </message>
    <message>
        <source>Which trusted service provider would contact your family or friends if you were detained?</source>
        <comment>r_family_contact.text</comment>
        <translation>Người làm ở dịch vụ nào bạn tin tưởng sẽ liên lạc với gia đình hoặc bạn bè của bạn nếu bạn bị giam giữ?</translation>
    </message>
    <message>
        <source>You may not be able to call them yourself, or often.</source>
        <comment>r_family_contact.why</comment>
        <translation>Có thể bạn không tự gọi cho họ được, hoặc không gọi thường xuyên được.</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Agree now on what can be said on the phone.</source>
        <comment>r_family_contact.help</comment>
        <translation>Các cuộc gọi từ nơi giam giữ có thể không riêng tư. Hãy thỏa thuận trước những gì có thể nói qua điện thoại.</translation>
    </message>
    <message>
        <source>What would you like them to say for you, and what should they not say?</source>
        <comment>r_family_message.text</comment>
        <translation>Bạn muốn họ nói gì thay bạn, và không nên nói gì?</translation>
    </message>
    <message>
        <source>You decide what other people are told about you.</source>
        <comment>r_family_message.why</comment>
        <translation>Bạn quyết định người khác được biết gì về bạn.</translation>
    </message>
    <message>
        <source>Tell my sister I am safe and ask her to call my lawyer</source>
        <comment>r_family_message.example1</comment>
        <translation>Nói với chị tôi là tôi an toàn và nhờ chị gọi cho luật sư của tôi</translation>
    </message>
    <message>
        <source>Do not talk about my work</source>
        <comment>r_family_message.example2</comment>
        <translation>Đừng nói về công việc của tôi</translation>
    </message>
    <message>
        <source>Health, money and people who count on you</source>
        <comment>needs.title</comment>
        <translation>Sức khỏe, tiền bạc và những người cần đến bạn</translation>
    </message>
    <message>
        <source>Things that need care while you are away, and for the hearing.</source>
        <comment>needs.intro</comment>
        <translation>Những việc cần được lo trong lúc bạn vắng mặt, và cho phiên điều trần.</translation>
    </message>
    <message>
        <source>What medication or medical care do you need?</source>
        <comment>r_medication.text</comment>
        <translation>Bạn cần thuốc hoặc chăm sóc y tế gì?</translation>
    </message>
    <message>
        <source>This can go on your wallet card, so staff know what you need.</source>
        <comment>r_medication.why</comment>
        <translation>Điều này có thể ghi trên thẻ bỏ ví, để nhân viên biết bạn cần gì.</translation>
    </message>
    <message>
        <source>Write only what you want others to see. You can use general words.</source>
        <comment>r_medication.help</comment>
        <translation>Chỉ viết những gì bạn muốn người khác thấy. Bạn có thể dùng từ chung chung.</translation>
    </message>
    <message>
        <source>Insulin, twice a day</source>
        <comment>r_medication.example1</comment>
        <translation>Insulin, hai lần một ngày</translation>
    </message>
    <message>
        <source>One pill for blood pressure each morning</source>
        <comment>r_medication.example2</comment>
        <translation>Một viên thuốc huyết áp mỗi sáng</translation>
    </message>
    <message>
        <source>Which language do you speak best? Do you need an interpreter?</source>
        <comment>r_interpreter.text</comment>
        <translation>Bạn nói ngôn ngữ nào giỏi nhất? Bạn có cần thông dịch viên không?</translation>
    </message>
    <message>
        <source>This can go on your wallet card. You can ask for an interpreter at a hearing.</source>
        <comment>r_interpreter.why</comment>
        <translation>Điều này có thể ghi trên thẻ bỏ ví. Bạn có thể xin thông dịch viên tại phiên điều trần.</translation>
    </message>
    <message>
        <source>An interpreter says in your language what others say, and says your words in theirs.</source>
        <comment>r_interpreter.help</comment>
        <translation>Thông dịch viên nói lại bằng ngôn ngữ của bạn những gì người khác nói, và nói lại lời của bạn bằng ngôn ngữ của họ.</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge. Tell your lawyer your language early.</source>
        <comment>r_interpreter.legal1</comment>
        <translation>Ở phiên điều trần di trú, bạn có quyền có thông dịch viên, miễn phí. Hãy sớm cho luật sư biết ngôn ngữ của bạn.</translation>
    </message>
    <message>
        <source>Vietnamese, interpreter needed</source>
        <comment>r_interpreter.example1</comment>
        <translation>Tiếng Việt, cần thông dịch viên</translation>
    </message>
    <message>
        <source>Mandarin and some English</source>
        <comment>r_interpreter.example2</comment>
        <translation>Tiếng Quan Thoại và một ít tiếng Anh</translation>
    </message>
    <message>
        <source>Is there someone you trust to take care of your private matters, like rent or your bank?</source>
        <comment>r_power_of_attorney.text</comment>
        <translation>Có ai bạn tin tưởng để lo việc riêng của bạn, như tiền thuê nhà hoặc ngân hàng không?</translation>
    </message>
    <message>
        <source>While you are detained, someone can pay bills and deal with offices for you.</source>
        <comment>r_power_of_attorney.why</comment>
        <translation>Trong lúc bạn bị giam giữ, người đó có thể trả hóa đơn và làm việc với các văn phòng thay bạn.</translation>
    </message>
    <message>
        <source>Power of attorney: a signed paper that lets a person you choose act for you. A lawyer or legal clinic can help.</source>
        <comment>r_power_of_attorney.help</comment>
        <translation>Giấy ủy quyền: một giấy tờ có chữ ký, cho phép người bạn chọn làm việc thay bạn. Luật sư hoặc phòng trợ giúp pháp lý có thể giúp.</translation>
    </message>
    <message>
        <source>If your bank account were frozen, how would you pay rent and bills? Who could help you talk to the bank?</source>
        <comment>r_frozen_account.text</comment>
        <translation>Nếu tài khoản ngân hàng của bạn bị phong tỏa, bạn sẽ trả tiền nhà và hóa đơn thế nào? Ai có thể giúp bạn nói chuyện với ngân hàng?</translation>
    </message>
    <message>
        <source>Rent, bills and other costs still need paying while your account is closed to you.</source>
        <comment>r_frozen_account.why</comment>
        <translation>Tiền nhà, hóa đơn và các chi phí khác vẫn phải trả trong lúc bạn không dùng được tài khoản.</translation>
    </message>
    <message>
        <source>A frozen account is one the bank has stopped, so no money can come out.</source>
        <comment>r_frozen_account.help</comment>
        <translation>Tài khoản bị phong tỏa là tài khoản ngân hàng đã chặn lại, nên không rút được tiền ra.</translation>
    </message>
    <message>
        <source>Some cash kept with my sister</source>
        <comment>r_frozen_account.example1</comment>
        <translation>Một ít tiền mặt gửi chị tôi giữ</translation>
    </message>
    <message>
        <source>My support worker can call the bank with me</source>
        <comment>r_frozen_account.example2</comment>
        <translation>Nhân viên hỗ trợ của tôi có thể cùng tôi gọi cho ngân hàng</translation>
    </message>
    <message>
        <source>Who should be told if you are away for some time?</source>
        <comment>r_notify.text</comment>
        <translation>Ai cần được báo nếu bạn vắng mặt một thời gian?</translation>
    </message>
    <message>
        <source>Missing classes or work without notice can cause problems, for example with a study permit.</source>
        <comment>r_notify.why</comment>
        <translation>Nghỉ học hoặc nghỉ làm không báo trước có thể gây rắc rối, ví dụ với giấy phép du học.</translation>
    </message>
    <message>
        <source>My school or college</source>
        <comment>r_notify.option.school</comment>
        <translation>Trường học của tôi</translation>
    </message>
    <message>
        <source>My work</source>
        <comment>r_notify.option.work</comment>
        <translation>Chỗ làm của tôi</translation>
    </message>
    <message>
        <source>My landlord</source>
        <comment>r_notify.option.landlord</comment>
        <translation>Chủ nhà của tôi</translation>
    </message>
    <message>
        <source>Someone else</source>
        <comment>r_notify.option.someone_else</comment>
        <translation>Một người khác</translation>
    </message>
    <message>
        <source>Do you take care of other people, here or in another country, who would need help if you were detained?</source>
        <comment>r_care_others.text</comment>
        <translation>Bạn có đang chăm lo cho người khác, ở đây hoặc ở nước khác, những người sẽ cần giúp đỡ nếu bạn bị giam giữ không?</translation>
    </message>
    <message>
        <source>Planning now means they still get help while you are away.</source>
        <comment>r_care_others.why</comment>
        <translation>Lên kế hoạch bây giờ giúp họ vẫn được giúp đỡ trong lúc bạn vắng mặt.</translation>
    </message>
    <message>
        <source>I send money to my mother each month</source>
        <comment>r_care_others.example1</comment>
        <translation>Mỗi tháng tôi gửi tiền cho mẹ</translation>
    </message>
    <message>
        <source>I take my neighbour to the doctor</source>
        <comment>r_care_others.example2</comment>
        <translation>Tôi đưa người hàng xóm đi khám bác sĩ</translation>
    </message>
    <message>
        <source>Would you like to talk with a lawyer about what to say, and what not to say, at a hearing?</source>
        <comment>r_hearing_talk.text</comment>
        <translation>Bạn có muốn nói chuyện với luật sư về những gì nên nói, và không nên nói, tại phiên điều trần không?</translation>
    </message>
    <message>
        <source>What you say at a hearing can change the result. A lawyer can help you prepare.</source>
        <comment>r_hearing_talk.why</comment>
        <translation>Những gì bạn nói tại phiên điều trần có thể thay đổi kết quả. Luật sư có thể giúp bạn chuẩn bị.</translation>
    </message>
</context>
<context>
    <name>forms.safety_plan</name>
    <message>
        <source>Safety plan</source>
        <comment>form.title</comment>
        <translation>Kế hoạch an toàn</translation>
    </message>
    <message>
        <source>A plan to help you stay safe from a person or a situation that puts you at risk. You decide what goes in it, and what you want to do. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>Kế hoạch giúp bạn giữ an toàn trước một người hoặc một tình huống gây nguy hiểm cho bạn. Bạn quyết định đưa gì vào kế hoạch, và bạn muốn làm gì. Bạn có thể bỏ qua bất kỳ câu hỏi nào, hoặc quay lại sau.</translation>
    </message>
    <message>
        <source>Plan to leave</source>
        <comment>leave.title</comment>
        <translation>Kế hoạch rời đi</translation>
    </message>
    <message>
        <source>If you ever decide to leave, or must leave quickly, it helps to have things ready.</source>
        <comment>leave.intro</comment>
        <translation>Nếu có lúc bạn quyết định rời đi, hoặc phải đi gấp, chuẩn bị sẵn mọi thứ sẽ giúp ích.</translation>
    </message>
    <message>
        <source>What would you like this plan to help you with?</source>
        <comment>s_goal.text</comment>
        <translation>Bạn muốn kế hoạch này giúp bạn điều gì?</translation>
    </message>
    <message>
        <source>This plan follows what you want, not what others expect.</source>
        <comment>s_goal.why</comment>
        <translation>Kế hoạch này theo điều bạn muốn, không theo điều người khác mong đợi.</translation>
    </message>
    <message>
        <source>Being ready in case things get worse</source>
        <comment>s_goal.example1</comment>
        <translation>Sẵn sàng phòng khi mọi việc tệ hơn</translation>
    </message>
    <message>
        <source>Leaving a workplace</source>
        <comment>s_goal.example2</comment>
        <translation>Rời khỏi một chỗ làm</translation>
    </message>
    <message>
        <source>Staying, but with more safety</source>
        <comment>s_goal.example3</comment>
        <translation>Ở lại, nhưng an toàn hơn</translation>
    </message>
    <message>
        <source>If you left, do you think the person might try to hurt you or punish you for leaving?</source>
        <comment>s_retaliation.text</comment>
        <translation>Nếu bạn rời đi, bạn có nghĩ người đó có thể tìm cách làm hại hoặc trừng phạt bạn vì đã rời đi không?</translation>
    </message>
    <message>
        <source>Knowing the risk helps you choose when and how to leave, and who to tell.</source>
        <comment>s_retaliation.why</comment>
        <translation>Biết được nguy cơ giúp bạn chọn lúc nào và cách nào để rời đi, và nói với ai.</translation>
    </message>
    <message>
        <source>Yes, I think so</source>
        <comment>s_retaliation.option.likely</comment>
        <translation>Có, tôi nghĩ vậy</translation>
    </message>
    <message>
        <source>Maybe, I am not sure</source>
        <comment>s_retaliation.option.maybe</comment>
        <translation>Có thể, tôi không chắc</translation>
    </message>
    <message>
        <source>I do not think so</source>
        <comment>s_retaliation.option.unlikely</comment>
        <translation>Tôi không nghĩ vậy</translation>
    </message>
    <message>
        <source>What could make leaving safer for you?</source>
        <comment>s_safer_leaving.text</comment>
        <translation>Điều gì có thể giúp bạn rời đi an toàn hơn?</translation>
    </message>
    <message>
        <source>Small steps can lower the risk when you leave.</source>
        <comment>s_safer_leaving.why</comment>
        <translation>Những bước nhỏ có thể giảm nguy cơ khi bạn rời đi.</translation>
    </message>
    <message>
        <source>Leave when they are not at home</source>
        <comment>s_safer_leaving.example1</comment>
        <translation>Đi khi người đó không có ở nhà</translation>
    </message>
    <message>
        <source>Have a friend with me</source>
        <comment>s_safer_leaving.example2</comment>
        <translation>Có một người bạn đi cùng</translation>
    </message>
    <message>
        <source>Change my phone number after I leave</source>
        <comment>s_safer_leaving.example3</comment>
        <translation>Đổi số điện thoại sau khi đi</translation>
    </message>
    <message>
        <source>Where could you go if you leave? Add the people or places, with their address or phone number.</source>
        <comment>s_safe_place.text</comment>
        <translation>Nếu rời đi, bạn có thể đến đâu? Thêm những người hoặc nơi đó, kèm địa chỉ hoặc số điện thoại.</translation>
    </message>
    <message>
        <source>When you know where to go, leaving quickly is easier.</source>
        <comment>s_safe_place.why</comment>
        <translation>Khi biết mình sẽ đi đâu, việc rời đi gấp sẽ dễ hơn.</translation>
    </message>
    <message>
        <source>A friend, someone in your community, an emergency shelter or a motel. A first name is enough.</source>
        <comment>s_safe_place.help</comment>
        <translation>Một người bạn, một người trong cộng đồng của bạn, nhà tạm trú khẩn cấp hoặc nhà nghỉ. Chỉ cần tên gọi là đủ.</translation>
    </message>
    <message>
        <source>A friend&apos;s place</source>
        <comment>s_safe_place.example1</comment>
        <translation>Nhà một người bạn</translation>
    </message>
    <message>
        <source>An emergency shelter</source>
        <comment>s_safe_place.example2</comment>
        <translation>Nhà tạm trú khẩn cấp</translation>
    </message>
    <message>
        <source>A motel near work</source>
        <comment>s_safe_place.example3</comment>
        <translation>Nhà nghỉ gần chỗ làm</translation>
    </message>
    <message>
        <source>If you live or work with the person, do you have a hidden place to keep these addresses?</source>
        <comment>s_hide_addresses.text</comment>
        <translation>Nếu bạn sống hoặc làm việc cùng người đó, bạn có chỗ kín để giữ những địa chỉ này không?</translation>
    </message>
    <message>
        <source>On a friend&apos;s phone</source>
        <comment>s_hide_addresses.example1</comment>
        <translation>Trong điện thoại của một người bạn</translation>
    </message>
    <message>
        <source>The person may look through your phone or your things, at home or at work.</source>
        <comment>s_hide_addresses.why</comment>
        <translation>Người đó có thể lục điện thoại hoặc đồ đạc của bạn, ở nhà hoặc ở chỗ làm.</translation>
    </message>
    <message>
        <source>Written with first names only, kept by a friend</source>
        <comment>s_hide_addresses.example2</comment>
        <translation>Chỉ ghi tên, không ghi họ, nhờ một người bạn giữ</translation>
    </message>
    <message>
        <source>How could you get there? Choose any that could work.</source>
        <comment>s_transport.text</comment>
        <translation>Bạn có thể đến đó bằng cách nào? Chọn bất kỳ cách nào có thể dùng được.</translation>
    </message>
    <message>
        <source>Knowing the way saves time if you must leave suddenly.</source>
        <comment>s_transport.why</comment>
        <translation>Biết đường đi giúp bạn đỡ mất thời gian nếu phải đi đột ngột.</translation>
    </message>
    <message>
        <source>Walk</source>
        <comment>s_transport.option.walk</comment>
        <translation>Đi bộ</translation>
    </message>
    <message>
        <source>Bus, subway or train</source>
        <comment>s_transport.option.transit</comment>
        <translation>Xe buýt, tàu điện ngầm hoặc tàu hỏa</translation>
    </message>
    <message>
        <source>Taxi or ride app</source>
        <comment>s_transport.option.taxi</comment>
        <translation>Taxi hoặc ứng dụng gọi xe</translation>
    </message>
    <message>
        <source>Someone drives me</source>
        <comment>s_transport.option.friend_drives</comment>
        <translation>Có người chở tôi</translation>
    </message>
    <message>
        <source>Another way</source>
        <comment>s_transport.option.other</comment>
        <translation>Cách khác</translation>
    </message>
    <message>
        <source>Do you plan to leave soon, or do you want to be ready in case you must leave suddenly?</source>
        <comment>s_timing.text</comment>
        <translation>Bạn định rời đi sớm, hay muốn sẵn sàng phòng khi phải đi đột ngột?</translation>
    </message>
    <message>
        <source>Your answer changes what to prepare first.</source>
        <comment>s_timing.why</comment>
        <translation>Câu trả lời của bạn thay đổi việc cần chuẩn bị trước tiên.</translation>
    </message>
    <message>
        <source>I plan to leave soon</source>
        <comment>s_timing.option.soon</comment>
        <translation>Tôi định rời đi sớm</translation>
    </message>
    <message>
        <source>I want to be ready, in case</source>
        <comment>s_timing.option.be_ready</comment>
        <translation>Tôi muốn sẵn sàng, phòng khi cần</translation>
    </message>
    <message>
        <source>I have not decided</source>
        <comment>s_timing.option.undecided</comment>
        <translation>Tôi chưa quyết định</translation>
    </message>
    <message>
        <source>If you plan to leave soon, is there a day you have in mind?</source>
        <comment>s_leave_date.text</comment>
        <translation>Nếu bạn định rời đi sớm, bạn đã nghĩ đến ngày nào chưa?</translation>
    </message>
    <message>
        <source>A date helps you plan the steps that come before it.</source>
        <comment>s_leave_date.why</comment>
        <translation>Có ngày cụ thể giúp bạn lên kế hoạch cho các bước trước đó.</translation>
    </message>
    <message>
        <source>Which small things could you keep in your everyday bag, in case you must leave suddenly?</source>
        <comment>s_bag.text</comment>
        <translation>Những đồ nhỏ nào bạn có thể để sẵn trong túi xách hằng ngày, phòng khi phải đi đột ngột?</translation>
    </message>
    <message>
        <source>A few things let you leave at once. Too many things may make someone suspicious.</source>
        <comment>s_bag.why</comment>
        <translation>Vài món đồ giúp bạn đi được ngay. Quá nhiều đồ có thể khiến người khác nghi ngờ.</translation>
    </message>
    <message>
        <source>Medication</source>
        <comment>s_bag.option.medication</comment>
        <translation>Thuốc</translation>
    </message>
    <message>
        <source>A change of clothes</source>
        <comment>s_bag.option.clothes</comment>
        <translation>Một bộ quần áo để thay</translation>
    </message>
    <message>
        <source>A little money, hidden (for example in a lipstick tube)</source>
        <comment>s_bag.option.cash</comment>
        <translation>Một ít tiền, giấu kỹ (ví dụ trong vỏ thỏi son)</translation>
    </message>
    <message>
        <source>A phone charger</source>
        <comment>s_bag.option.charger</comment>
        <translation>Sạc điện thoại</translation>
    </message>
    <message>
        <source>Spare keys</source>
        <comment>s_bag.option.keys</comment>
        <translation>Chìa khóa dự phòng</translation>
    </message>
    <message>
        <source>Important phone numbers on paper</source>
        <comment>s_bag.option.numbers</comment>
        <translation>Số điện thoại quan trọng ghi trên giấy</translation>
    </message>
    <message>
        <source>Do you need to plan for children, other people you care for, or pets?</source>
        <comment>s_care.text</comment>
        <translation>Bạn có cần lên kế hoạch cho con cái, những người khác bạn chăm sóc, hoặc thú nuôi không?</translation>
    </message>
    <message>
        <source>Planning ahead means they are looked after if you leave quickly.</source>
        <comment>s_care.why</comment>
        <translation>Lên kế hoạch trước giúp họ được chăm sóc nếu bạn phải đi gấp.</translation>
    </message>
    <message>
        <source>My son: my sister can pick him up from school</source>
        <comment>s_care.example1</comment>
        <translation>Con trai tôi: chị tôi có thể đón cháu ở trường</translation>
    </message>
    <message>
        <source>My cat: a neighbour can feed her</source>
        <comment>s_care.example2</comment>
        <translation>Con mèo của tôi: hàng xóm có thể cho nó ăn</translation>
    </message>
    <message>
        <source>Supports and resources</source>
        <comment>supports.title</comment>
        <translation>Hỗ trợ và nguồn trợ giúp</translation>
    </message>
    <message>
        <source>The people and groups who can help you, and the strengths you already have.</source>
        <comment>supports.intro</comment>
        <translation>Những người và nhóm có thể giúp bạn, và những điểm mạnh bạn đã có.</translation>
    </message>
    <message>
        <source>Who could help you find services and contact them? This can be an organisation, a co-worker, a friend, a client or family.</source>
        <comment>s_helpers.text</comment>
        <translation>Ai có thể giúp bạn tìm và liên lạc các dịch vụ? Có thể là một tổ chức, đồng nghiệp, bạn bè, khách hàng hoặc gia đình.</translation>
    </message>
    <message>
        <source>Someone who knows the services can save you time and worry.</source>
        <comment>s_helpers.why</comment>
        <translation>Người biết các dịch vụ có thể giúp bạn đỡ mất thời gian và đỡ lo.</translation>
    </message>
    <message>
        <source>Services can be shelters, programs for people facing violence, legal help or food banks.</source>
        <comment>s_helpers.help</comment>
        <translation>Dịch vụ có thể là nhà tạm trú, chương trình cho người đang gặp bạo lực, trợ giúp pháp lý hoặc ngân hàng thực phẩm.</translation>
    </message>
    <message>
        <source>What other support would help you? Who could give it?</source>
        <comment>s_other_support.text</comment>
        <translation>Bạn cần thêm hỗ trợ gì nữa? Ai có thể giúp việc đó?</translation>
    </message>
    <message>
        <source>Support can be practical, like a ride, or someone to talk to. Both count.</source>
        <comment>s_other_support.why</comment>
        <translation>Hỗ trợ có thể là việc cụ thể, như chở đi, hoặc có người để nói chuyện. Cả hai đều có giá trị.</translation>
    </message>
    <message>
        <source>A ride to the shelter</source>
        <comment>s_other_support.example1</comment>
        <translation>Chở tôi đến nhà tạm trú</translation>
    </message>
    <message>
        <source>Someone to talk to in my language</source>
        <comment>s_other_support.example2</comment>
        <translation>Có người nói chuyện với tôi bằng tiếng mẹ đẻ</translation>
    </message>
    <message>
        <source>Help with rent</source>
        <comment>s_other_support.example3</comment>
        <translation>Giúp tiền thuê nhà</translation>
    </message>
    <message>
        <source>What matters most to you right now?</source>
        <comment>s_priorities.text</comment>
        <translation>Điều gì quan trọng nhất với bạn lúc này?</translation>
    </message>
    <message>
        <source>Your priorities decide which steps come first in your plan.</source>
        <comment>s_priorities.why</comment>
        <translation>Những điều ưu tiên của bạn quyết định bước nào đi trước trong kế hoạch.</translation>
    </message>
    <message>
        <source>Keeping my job</source>
        <comment>s_priorities.example1</comment>
        <translation>Giữ được việc làm</translation>
    </message>
    <message>
        <source>My child&apos;s school</source>
        <comment>s_priorities.example2</comment>
        <translation>Việc học của con tôi</translation>
    </message>
    <message>
        <source>Keeping my immigration status</source>
        <comment>s_priorities.example3</comment>
        <translation>Giữ được tình trạng di trú</translation>
    </message>
    <message>
        <source>How have you kept yourself safe before? What are you doing now that helps?</source>
        <comment>s_strengths.text</comment>
        <translation>Trước đây bạn đã giữ an toàn cho mình bằng cách nào? Hiện nay bạn đang làm gì có ích?</translation>
    </message>
    <message>
        <source>You know your life best. Your skills and experience are part of this plan.</source>
        <comment>s_strengths.why</comment>
        <translation>Bạn hiểu cuộc sống của mình hơn ai hết. Kỹ năng và kinh nghiệm của bạn là một phần của kế hoạch này.</translation>
    </message>
    <message>
        <source>I tell a co-worker where I am</source>
        <comment>s_strengths.example1</comment>
        <translation>Tôi báo cho một đồng nghiệp biết tôi đang ở đâu</translation>
    </message>
    <message>
        <source>I screen new clients</source>
        <comment>s_strengths.example2</comment>
        <translation>Tôi tìm hiểu trước về khách mới</translation>
    </message>
    <message>
        <source>I keep my phone charged and with me</source>
        <comment>s_strengths.example3</comment>
        <translation>Tôi luôn sạc đầy điện thoại và mang theo bên mình</translation>
    </message>
    <message>
        <source>If you think about going to the police or immigration, would you talk with a lawyer first?</source>
        <comment>s_lawyer_first.text</comment>
        <translation>Nếu bạn nghĩ đến việc báo cảnh sát hoặc cơ quan di trú, bạn có muốn nói chuyện với luật sư trước không?</translation>
    </message>
    <message>
        <source>Without legal advice, it may lead to more abuse or to removal from Canada. With legal help, it may help you stay.</source>
        <comment>s_lawyer_first.why</comment>
        <translation>Nếu không có tư vấn pháp lý, việc này có thể dẫn đến bị ngược đãi thêm hoặc bị trục xuất khỏi Canada. Có trợ giúp pháp lý, việc này có thể giúp bạn ở lại.</translation>
    </message>
    <message>
        <source>You can ask for another address, or online letters if the person cannot get into your email or phone.</source>
        <comment>s_bank_mail.help</comment>
        <translation>Bạn có thể xin gửi thư đến một địa chỉ khác, hoặc nhận thư qua mạng nếu người đó không vào được email hay điện thoại của bạn.</translation>
    </message>
    <message>
        <source>Can you keep the person away from your phone, your accounts and your records?</source>
        <comment>s_phone_security.text</comment>
        <translation>Bạn có thể giữ người đó tránh xa điện thoại, các tài khoản và giấy tờ của bạn không?</translation>
    </message>
    <message>
        <source>Someone who can see your phone or accounts may learn about your plans.</source>
        <comment>s_phone_security.why</comment>
        <translation>Ai xem được điện thoại hoặc tài khoản của bạn có thể biết về kế hoạch của bạn.</translation>
    </message>
    <message>
        <source>For example: a new passcode, signing out of shared accounts, turning off location sharing.</source>
        <comment>s_phone_security.help</comment>
        <translation>Ví dụ: đặt mật mã mới, đăng xuất khỏi các tài khoản dùng chung, tắt chia sẻ vị trí.</translation>
    </message>
    <message>
        <source>A lawyer can explain your choices before you decide. Legal clinics give free legal help.</source>
        <comment>s_lawyer_first.help</comment>
        <translation>Luật sư có thể giải thích các lựa chọn của bạn trước khi bạn quyết định. Phòng trợ giúp pháp lý có trợ giúp pháp lý miễn phí.</translation>
    </message>
    <message>
        <source>If a partner sponsors your immigration, would you like to learn the rules that protect sponsored spouses facing violence at home?</source>
        <comment>s_sponsorship.text</comment>
        <translation>Nếu bạn đời đang bảo lãnh định cư cho bạn, bạn có muốn tìm hiểu các quy định bảo vệ người phối ngẫu được bảo lãnh khi bị bạo lực trong gia đình không?</translation>
    </message>
    <message>
        <source>There are exceptions that may protect your status. Knowing them helps you decide with less fear.</source>
        <comment>s_sponsorship.why</comment>
        <translation>Có những trường hợp ngoại lệ có thể bảo vệ tình trạng di trú của bạn. Biết về chúng giúp bạn quyết định mà bớt lo sợ.</translation>
    </message>
    <message>
        <source>Sponsor: the person who signed to support your application to live in Canada.</source>
        <comment>s_sponsorship.help</comment>
        <translation>Người bảo lãnh định cư: người đã ký tên cam kết hỗ trợ hồ sơ xin sống tại Canada của bạn.</translation>
    </message>
    <message>
        <source>If you are already a permanent resident, your sponsor cannot take that status away, even if you leave.</source>
        <comment>s_sponsorship.legal1</comment>
        <translation>Nếu bạn đã là thường trú nhân, người bảo lãnh định cư không thể lấy mất tình trạng đó, kể cả khi bạn rời đi.</translation>
    </message>
    <message>
        <source>Since 2017, a sponsored spouse no longer has to live with the sponsor for two years to keep permanent residence.</source>
        <comment>s_sponsorship.legal2</comment>
        <translation>Từ năm 2017, người phối ngẫu được bảo lãnh không còn phải sống với người bảo lãnh định cư trong hai năm để giữ thường trú.</translation>
    </message>
    <message>
        <source>If your status in Canada depends on your partner and you face violence, a special temporary permit may help you stay (since 2019).</source>
        <comment>s_sponsorship.legal3</comment>
        <translation>Nếu tình trạng di trú của bạn ở Canada phụ thuộc vào bạn đời và bạn bị bạo lực, một giấy phép tạm trú đặc biệt có thể giúp bạn ở lại (từ năm 2019).</translation>
    </message>
    <message>
        <source>A lawyer or legal clinic can tell you what applies to you before you decide.</source>
        <comment>s_sponsorship.legal4</comment>
        <translation>Luật sư hoặc phòng trợ giúp pháp lý có thể cho bạn biết điều gì áp dụng cho bạn trước khi bạn quyết định.</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>money.title</comment>
        <translation>Tiền bạc</translation>
    </message>
    <message>
        <source>Some money of your own gives you more choices.</source>
        <comment>money.intro</comment>
        <translation>Có một ít tiền riêng giúp bạn có nhiều lựa chọn hơn.</translation>
    </message>
    <message>
        <source>Could you save and hide some money? How much would you need for travel and a room?</source>
        <comment>s_savings.text</comment>
        <translation>Bạn có thể để dành và giấu một ít tiền không? Bạn cần bao nhiêu cho việc đi lại và thuê phòng?</translation>
    </message>
    <message>
        <source>With enough for travel and a room, you do not have to stay in a shelter if you do not want to.</source>
        <comment>s_savings.why</comment>
        <translation>Nếu đủ tiền đi lại và thuê phòng, bạn không phải ở nhà tạm trú nếu bạn không muốn.</translation>
    </message>
    <message>
        <source>$40 for a taxi</source>
        <comment>s_savings.example1</comment>
        <translation>$40 đi taxi</translation>
    </message>
    <message>
        <source>$300 for a room for a week</source>
        <comment>s_savings.example2</comment>
        <translation>$300 thuê phòng một tuần</translation>
    </message>
    <message>
        <source>Where could you keep this money, so that the person cannot find it?</source>
        <comment>s_money_place.text</comment>
        <translation>Bạn có thể cất số tiền này ở đâu để người đó không tìm thấy?</translation>
    </message>
    <message>
        <source>Money is only useful if it is still there when you need it.</source>
        <comment>s_money_place.why</comment>
        <translation>Tiền chỉ có ích nếu vẫn còn đó khi bạn cần.</translation>
    </message>
    <message>
        <source>With a friend I trust</source>
        <comment>s_money_place.example1</comment>
        <translation>Gửi một người bạn tôi tin tưởng</translation>
    </message>
    <message>
        <source>In a pocket sewn into my bag</source>
        <comment>s_money_place.example2</comment>
        <translation>Trong một túi may kín bên trong túi xách</translation>
    </message>
    <message>
        <source>Do you have a bank account that only you can use?</source>
        <comment>s_own_account.text</comment>
        <translation>Bạn có tài khoản ngân hàng chỉ mình bạn dùng được không?</translation>
    </message>
    <message>
        <source>Money in your own account is harder for others to take or control.</source>
        <comment>s_own_account.why</comment>
        <translation>Tiền trong tài khoản riêng của bạn thì người khác khó lấy hoặc kiểm soát hơn.</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>s_own_account.option.yes</comment>
        <translation>Có</translation>
    </message>
    <message>
        <source>No, but I could open one</source>
        <comment>s_own_account.option.could_open</comment>
        <translation>Không, nhưng tôi có thể mở</translation>
    </message>
    <message>
        <source>No</source>
        <comment>s_own_account.option.no</comment>
        <translation>Không</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <comment>s_own_account.option.not_sure</comment>
        <translation>Tôi không chắc</translation>
    </message>
    <message>
        <source>Does your bank send letters to an address where the person cannot see them?</source>
        <comment>s_bank_mail.text</comment>
        <translation>Ngân hàng có gửi thư đến địa chỉ mà người đó không thấy được không?</translation>
    </message>
    <message>
        <source>A letter from the bank can tell the person that you have an account.</source>
        <comment>s_bank_mail.why</comment>
        <translation>Thư của ngân hàng có thể cho người đó biết bạn có tài khoản.</translation>
    </message>
    <message>
        <source>ID, documents and bank information</source>
        <comment>papers.title</comment>
        <translation>Giấy tờ tùy thân, giấy tờ và thông tin ngân hàng</translation>
    </message>
    <message>
        <source>Your papers, ready to take, and copies kept somewhere safe.</source>
        <comment>papers.intro</comment>
        <translation>Giấy tờ của bạn, sẵn sàng để mang đi, và bản sao cất ở nơi an toàn.</translation>
    </message>
    <message>
        <source>Which important documents would you take with you? Note where each one is kept.</source>
        <comment>s_documents.text</comment>
        <translation>Bạn sẽ mang theo những giấy tờ quan trọng nào? Ghi lại mỗi thứ được cất ở đâu.</translation>
    </message>
    <message>
        <source>If they are together in one place, you can take them all quickly.</source>
        <comment>s_documents.why</comment>
        <translation>Nếu để chung một chỗ, bạn có thể mang đi tất cả thật nhanh.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>s_documents.example1</comment>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <comment>s_documents.example2</comment>
        <translation>Giấy tờ di trú</translation>
    </message>
    <message>
        <source>Bank card</source>
        <comment>s_documents.example3</comment>
        <translation>Thẻ ngân hàng</translation>
    </message>
    <message>
        <source>Health card</source>
        <comment>s_documents.example4</comment>
        <translation>Thẻ bảo hiểm y tế</translation>
    </message>
    <message>
        <source>My children&apos;s birth certificates</source>
        <comment>s_documents.example5</comment>
        <translation>Giấy khai sinh của các con tôi</translation>
    </message>
    <message>
        <source>Could an organisation you trust keep a copy of your file or papers for you?</source>
        <comment>s_org_copy.text</comment>
        <translation>Một tổ chức bạn tin tưởng có thể giữ giúp bạn bản sao hồ sơ hoặc giấy tờ không?</translation>
    </message>
    <message>
        <source>If you leave quickly, a copy waits for you somewhere safe.</source>
        <comment>s_org_copy.why</comment>
        <translation>Nếu bạn phải đi gấp, một bản sao vẫn chờ bạn ở nơi an toàn.</translation>
    </message>
    <message>
        <source>Would you like to keep a record each time the person contacts you or causes a problem?</source>
        <comment>s_incident_record.text</comment>
        <translation>Bạn có muốn ghi lại mỗi lần người đó liên lạc với bạn hoặc gây rắc rối không?</translation>
    </message>
    <message>
        <source>A record with dates can help later, for example with a lawyer or an immigration application.</source>
        <comment>s_incident_record.why</comment>
        <translation>Ghi chép có ngày tháng có thể giúp ích sau này, ví dụ khi làm việc với luật sư hoặc nộp hồ sơ di trú.</translation>
    </message>
    <message>
        <source>Write the date, time and place. Keep it where the person cannot reach it, like SaferPlan&apos;s private record.</source>
        <comment>s_incident_record.help</comment>
        <translation>Ghi ngày, giờ và địa điểm. Cất ở nơi người đó không lấy được, như mục “Nhật ký riêng” của SaferPlan.</translation>
    </message>
    <message>
        <source>I already keep a record</source>
        <comment>s_incident_record.option.already</comment>
        <translation>Tôi đã ghi chép rồi</translation>
    </message>
    <message>
        <source>I would like to start</source>
        <comment>s_incident_record.option.start</comment>
        <translation>Tôi muốn bắt đầu</translation>
    </message>
    <message>
        <source>Not right now</source>
        <comment>s_incident_record.option.not_now</comment>
        <translation>Lúc này thì chưa</translation>
    </message>
    <message>
        <source>Where could you keep copies of your records and documents, away from the person?</source>
        <comment>s_copies_place.text</comment>
        <translation>Bạn có thể cất bản sao ghi chép và giấy tờ ở đâu, xa người đó?</translation>
    </message>
    <message>
        <source>Copies stay safe even if your phone or papers are taken.</source>
        <comment>s_copies_place.why</comment>
        <translation>Bản sao vẫn an toàn dù điện thoại hoặc giấy tờ của bạn bị lấy mất.</translation>
    </message>
    <message>
        <source>With someone I really trust</source>
        <comment>s_copies_place.option.trusted_person</comment>
        <translation>Ở chỗ một người tôi thật sự tin tưởng</translation>
    </message>
    <message>
        <source>At an organisation</source>
        <comment>s_copies_place.option.organisation</comment>
        <translation>Ở một tổ chức</translation>
    </message>
    <message>
        <source>In an email account only I know</source>
        <comment>s_copies_place.option.private_email</comment>
        <translation>Trong một tài khoản email chỉ mình tôi biết</translation>
    </message>
    <message>
        <source>I do not have a place yet</source>
        <comment>s_copies_place.option.not_yet</comment>
        <translation>Tôi chưa có chỗ nào</translation>
    </message>
    <message>
        <source>Do you have an email account that the person does not know about?</source>
        <comment>s_private_email.text</comment>
        <translation>Bạn có tài khoản email mà người đó không biết không?</translation>
    </message>
    <message>
        <source>You can email scans and notes to yourself and keep them safe there.</source>
        <comment>s_private_email.why</comment>
        <translation>Bạn có thể gửi email bản chụp và ghi chú cho chính mình và giữ an toàn ở đó.</translation>
    </message>
    <message>
        <source>Sign in only at a community organisation or a public library, not on a shared phone.</source>
        <comment>s_private_email.help</comment>
        <translation>Chỉ đăng nhập ở một tổ chức cộng đồng hoặc thư viện công cộng, không đăng nhập trên điện thoại dùng chung.</translation>
    </message>
</context>
</TS>
