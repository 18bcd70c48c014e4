<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About SaferPlan</source>
        <translation>Sobre o SaferPlan</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versão {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. You may use, share and change it.</source>
        <translation>Software livre sob a Licença Pública Geral GNU (GNU General Public License), versão 3 ou posterior. Você pode usar, compartilhar e modificar.</translation>
    </message>
    <message>
        <source>The open plan is kept in this file: {path}</source>
        <translation>O plano aberto está guardado neste arquivo: {path}</translation>
    </message>
    <message>
        <source>New plans are kept in this folder: {path}</source>
        <translation>Os planos novos ficam guardados nesta pasta: {path}</translation>
    </message>
    <message>
        <source>Portable mode is on: settings and plans stay in that folder, and nothing is kept in your home folder.</source>
        <translation>O modo portátil está ligado: as configurações e os planos ficam naquela pasta, e nada fica guardado na sua pasta pessoal.</translation>
    </message>
    <message>
        <source>Portable mode is off.</source>
        <translation>O modo portátil está desligado.</translation>
    </message>
    <message>
        <source>Show the licence</source>
        <translation>Ver a licença</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>The licence text is not in this copy. It is the GNU General Public License, version 3, at gnu.org/licenses.</source>
        <translation>O texto da licença não está nesta cópia. É a Licença Pública Geral GNU (GNU General Public License), versão 3, em gnu.org/licenses.</translation>
    </message>
</context>
<context>
    <name>AnswerAdapter</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Não sei</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sem data</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>See it larger</source>
        <translation>Ver maior</translation>
    </message>
    <message>
        <source>Name of the file</source>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Remover arquivo</translation>
    </message>
    <message>
        <source>A PDF file, kept safely in your plan. SaferPlan cannot show it.</source>
        <translation>Um arquivo PDF, guardado com segurança no seu plano. O SaferPlan não consegue mostrá-lo.</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Abrindo a imagem…</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Não é possível mostrar esta imagem.</translation>
    </message>
</context>
<context>
    <name>BondSheet</name>
    <message>
        <source>If I am detained: for my bond person</source>
        <translation>Se eu for detido/a: para a minha pessoa fiadora</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>The first detention review is within 48 hours, or soon after. Then within 7 days, then at least once every 30 days.</source>
        <translation>A primeira revisão da detenção acontece em até 48 horas, ou logo depois. Depois, em até 7 dias, e então pelo menos uma vez a cada 30 dias.</translation>
    </message>
    <message>
        <source>If you are not ready for the first review, the next chance may be a week or a month later. Call my lawyer as soon as you hear.</source>
        <translation>Se você não estiver pronto/a para a primeira revisão, a próxima chance pode ser uma semana ou um mês depois. Ligue para meu advogado ou minha advogada assim que souber.</translation>
    </message>
    <message>
        <source>What you may be asked at the hearing</source>
        <translation>O que podem perguntar a você na audiência</translation>
    </message>
    <message>
        <source>How you know me, where I will live, and how you will make sure I follow the conditions of my release.</source>
        <translation>Como você me conhece, onde eu vou morar e como você vai garantir que eu cumpra as condições da minha soltura.</translation>
    </message>
    <message>
        <source>Whether you would tell the CBSA if I broke a condition. You must, or you can lose the money.</source>
        <translation>Se você avisaria a CBSA caso eu descumprisse uma condição. Você precisa avisar, ou pode perder o dinheiro.</translation>
    </message>
    <message>
        <source>Where the money comes from. It must be your own money, not mine.</source>
        <translation>De onde vem o dinheiro. Tem que ser dinheiro seu, não meu.</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>O que levar</translation>
    </message>
    <message>
        <source>Photo ID, and proof of your status in Canada: a Canadian passport, citizenship certificate or permanent resident card.</source>
        <translation>Documento com foto e comprovante do seu status no Canadá: passaporte canadense, certificado de cidadania ou cartão de residente permanente.</translation>
    </message>
    <message>
        <source>Proof of your own money and income, and of your address: bank statements, pay slips, a lease or a bill.</source>
        <translation>Comprovante do seu próprio dinheiro e renda, e do seu endereço: extratos bancários, contracheques, contrato de aluguel ou uma conta.</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Para quem ligar</translation>
    </message>
    <message>
        <source>Add my lawyer&apos;s and support worker&apos;s numbers here:</source>
        <translation>Anote aqui os números do/a meu/minha advogado/a e do/a profissional de apoio:</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Bond person</source>
        <translation>Pessoa fiadora</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>Advogado/a de imigração</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>Advogado/a criminalista</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>Advogado/a de família</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>Clínica jurídica</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Profissional de apoio</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>Tem a minha chave</translation>
    </message>
    <message>
        <source>Cares for my children</source>
        <translation>Cuida dos meus filhos</translation>
    </message>
    <message>
        <source>Cares for my pets</source>
        <translation>Cuida dos meus animais</translation>
    </message>
    <message>
        <source>Release address</source>
        <translation>Endereço após a soltura</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contato de emergência</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Procuração</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testemunha</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Lugar seguro</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Outros contatos</translation>
    </message>
    <message>
        <source>In an emergency, please contact</source>
        <translation>Em caso de emergência, favor contatar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Medication and medical needs</source>
        <translation>Remédios e necessidades médicas</translation>
    </message>
    <message>
        <source>Language / interpreter</source>
        <translation>Língua / intérprete</translation>
    </message>
    <message>
        <source>This line is 5 cm long. If it is not, print again at 100 % (actual size).</source>
        <translation>Esta linha tem 5 cm. Se não tiver, imprima de novo em 100 % (tamanho real).</translation>
    </message>
</context>
<context>
    <name>CardRisk</name>
    <message>
        <source>Before you print a card</source>
        <translation>Antes de imprimir um cartão</translation>
    </message>
    <message>
        <source>If you are detained, officers take your things and may read this card. They may call the people on it. You decide what is best. You can also give the card to your bond person to keep, or learn the numbers by heart and carry no card.</source>
        <translation>Em caso de detenção, os agentes ficam com as suas coisas e podem ler este cartão. Eles podem ligar para as pessoas que estão nele. Você decide o que é melhor. Você também pode entregar o cartão para a sua pessoa fiadora guardar, ou saber os números de cor e não levar nenhum cartão.</translation>
    </message>
    <message>
        <source>Print the card as it is</source>
        <translation>Imprimir o cartão assim</translation>
    </message>
    <message>
        <source>Make it discreet: names and numbers only</source>
        <translation>Deixar discreto: só nomes e números</translation>
    </message>
    <message>
        <source>Choose fewer people first</source>
        <translation>Primeiro escolher menos pessoas</translation>
    </message>
    <message>
        <source>Save a sheet for my bond person instead</source>
        <translation>Em vez disso, salvar uma folha para minha pessoa fiadora</translation>
    </message>
    <message>
        <source>Choose fewer people</source>
        <translation>Escolher menos pessoas</translation>
    </message>
    <message>
        <source>Untick the people you want to leave off the card, then print again.</source>
        <translation>Desmarque as pessoas que você quer deixar fora do cartão e imprima de novo.</translation>
    </message>
    <message>
        <source>A sheet for your bond person</source>
        <translation>Uma folha para a sua pessoa fiadora</translation>
    </message>
    <message>
        <source>It says what to do if you are detained: when, what they may be asked, what to bring, and who to call. It is printed in the language chosen for printing, and in English.</source>
        <translation>Ela diz o que fazer em caso de detenção: quando agir, o que podem perguntar para essa pessoa, o que levar e para quem ligar. Ela é impressa no idioma escolhido para a impressão e em inglês.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Não impresso</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. Use Save as PDF to keep a file.</source>
        <translation>O SaferPlan só imprime numa impressora. Para guardar um arquivo, use “Salvar como PDF”.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <source>The sheet for your bond person is saved. Give it to them on paper if you can.</source>
        <translation>A folha para a sua pessoa fiadora foi salva. Se puder, entregue a folha em papel para essa pessoa.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>What SaferPlan keeps</source>
        <translation>O que o SaferPlan guarda</translation>
    </message>
    <message>
        <source>Only what you type: your plans, the people and documents you add, and the numbers you want to learn. Write as little as you need. First names and your own words are fine.</source>
        <translation>Só o que você digita: seus planos, as pessoas e os documentos que você adiciona, e os números que quer aprender. Escreva só o necessário. Primeiros nomes e as suas próprias palavras já bastam.</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Onde fica guardado</translation>
    </message>
    <message>
        <source>In one file on this computer, locked with a passphrase you choose. Without the passphrase, or a recovery code if you make one, nobody can read it. Not us either: if you forget both, the plan cannot be opened again.</source>
        <translation>Num arquivo neste computador, bloqueado com uma frase secreta que você escolhe. Sem a frase secreta, ou um código de recuperação se você criar um, ninguém consegue ler. Nem nós: se você esquecer os dois, o plano não pode mais ser aberto.</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>Nada é enviado para lugar nenhum</translation>
    </message>
    <message>
        <source>SaferPlan never uses the internet. Nothing you write leaves this computer unless you print it or save a copy yourself.</source>
        <translation>O SaferPlan nunca usa a internet. Nada do que você escreve sai deste computador, a não ser que você imprima ou salve uma cópia.</translation>
    </message>
    <message>
        <source>You decide</source>
        <translation>Você decide</translation>
    </message>
    <message>
        <source>Every question can be skipped, left for later, or marked as not for you. You can see everything you wrote, take a copy, and delete everything at any time.</source>
        <translation>Toda pergunta pode ser pulada, deixada para depois ou marcada como não sendo para você. Você pode ver tudo o que escreveu, levar uma cópia e apagar tudo a qualquer momento.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Saída rápida</translation>
    </message>
    <message>
        <source>The Hide button at the top is always there. Pressing Esc twice, or Shift three times, does the same. SaferPlan hides your plan at once, saves it, locks it and minimises or closes. To open it again you need your passphrase. After a few minutes without use it locks by itself.</source>
        <translation>O botão Esconder, no alto, está sempre lá. Apertar Esc duas vezes, ou Shift três vezes, faz o mesmo. O SaferPlan esconde o seu plano na hora, salva, bloqueia e minimiza ou fecha. Para abrir de novo, você precisa da sua frase secreta. Depois de alguns minutos sem uso, ele se bloqueia sozinho.</translation>
    </message>
    <message>
        <source>What SaferPlan cannot protect against</source>
        <translation>Contra o que o SaferPlan não consegue proteger</translation>
    </message>
    <message>
        <source>It cannot keep you safe while the plan is open and someone is watching. It cannot stop spyware, a keylogger, or someone who controls this computer. It cannot hide that SaferPlan or a plan file is here: the file&apos;s size and date can be seen. It cannot help if someone forces you to tell them your passphrase. Deleted files may still be recoverable on some drives and USB sticks. Printouts and saved copies are not protected once they leave SaferPlan: keep them somewhere safe.</source>
        <translation>Ele não consegue proteger você enquanto o plano está aberto e alguém está olhando. Não consegue impedir programas espiões, um registrador de teclas (keylogger) ou alguém que controla este computador. Não consegue esconder que o SaferPlan ou um arquivo de plano está aqui: o tamanho e a data do arquivo podem ser vistos. Não consegue ajudar se alguém obrigar você a dizer a sua frase secreta. Em alguns discos e pen drives, arquivos apagados ainda podem ser recuperados. Impressões e cópias salvas não ficam protegidas depois que saem do SaferPlan: guarde-as num lugar seguro.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de começar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Escolha uma frase secreta</translation>
    </message>
    <message>
        <source>Also make a recovery code</source>
        <translation>Criar também um código de recuperação</translation>
    </message>
    <message>
        <source>A recovery code opens the plan if you forget your passphrase. It is shown once, for you to write down. Anyone who finds it can open your plan too, so keep it somewhere safe, away from this computer. Without a code, a forgotten passphrase means the plan cannot be opened again.</source>
        <translation>Um código de recuperação abre o plano se você esquecer a sua frase secreta. Ele aparece uma única vez, para você anotar. Qualquer pessoa que o encontrar também pode abrir o seu plano, então guarde-o num lugar seguro, longe deste computador. Sem um código, se você esquecer a frase secreta, o plano não pode mais ser aberto.</translation>
    </message>
    <message>
        <source>Locking your new plan. This takes a moment.</source>
        <translation>Bloqueando o seu novo plano. Isso leva um momento.</translation>
    </message>
    <message>
        <source>&amp;Create my plan</source>
        <translation>&amp;Criar meu plano</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>The plan could not be created. Nothing was saved.</source>
        <translation>Não foi possível criar o plano. Nada foi salvo.</translation>
    </message>
</context>
<context>
    <name>DirectoryWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Voltar ao &amp;início</translation>
    </message>
    <message>
        <source>As listed in {date} — check before relying on it.</source>
        <translation>Conforme listado em {date}. Confira antes de contar com isso.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or another category.</source>
        <translation>Nada encontrado. Tente menos letras ou outra categoria.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>Todos os tipos de ajuda</translation>
    </message>
    <message>
        <source>Search by name, number or what they offer</source>
        <translation>Buscar por nome, número ou o que oferecem</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Bu&amp;scar</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>Da lista do guia, {date}. Confira antes de contar com isso.</translation>
    </message>
</context>
<context>
    <name>DocumentAdapter</name>
    <message>
        <source>No documents in your list yet.</source>
        <translation>Ainda não há documentos na sua lista.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Adicionar um documento</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>O que é</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Onde está guardado</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>What it is</source>
        <translation>O que é</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Onde está guardado</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>Quem tem uma cópia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ainda sem nome)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Passport</source>
        <translation>Passaporte</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Documento de identidade</translation>
    </message>
    <message>
        <source>Children&apos;s documents</source>
        <translation>Documentos dos filhos</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <translation>Papéis de imigração</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>Permissão de estudo</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Permissão de trabalho</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Certidão de nascimento</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Cartão do banco</translation>
    </message>
    <message>
        <source>Health card</source>
        <translation>Cartão de saúde</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>Lista de remédios</translation>
    </message>
    <message>
        <source>Lease or rental papers</source>
        <translation>Contrato de aluguel</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>Papéis do tribunal</translation>
    </message>
</context>
<context>
    <name>DocumentsWidget</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Voltar ao &amp;início</translation>
    </message>
    <message>
        <source>Discreet words are fine: “the blue box” works as well as “passport at Lan&apos;s”.</source>
        <translation>Palavras discretas servem: “a caixa azul” funciona tão bem quanto “passaporte na casa da Lan”.</translation>
    </message>
    <message>
        <source>No documents in your list yet</source>
        <translation>Ainda não há documentos na sua lista</translation>
    </message>
    <message>
        <source>Note where your important papers are kept and who has a copy, so they can be found when you need them.</source>
        <translation>Anote onde seus documentos importantes estão guardados e quem tem uma cópia, para encontrá-los quando precisar.</translation>
    </message>
    <message>
        <source>&amp;Add a document</source>
        <translation>&amp;Adicionar um documento</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(ainda sem nome)</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>este documento</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>Remover um documento</translation>
    </message>
    <message>
        <source>Remove {what} from your list?</source>
        <translation>Remover {what} da sua lista?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Where</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>Escreva o quanto quiser, muito ou pouco.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Incluir a hora</translation>
    </message>
    <message>
        <source>Who was there (optional)</source>
        <translation>Quem estava lá (opcional)</translation>
    </message>
    <message>
        <source>People you add under People can be chosen here.</source>
        <translation>As pessoas que você adiciona em Pessoas podem ser escolhidas aqui.</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Quem estava lá</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Fotos e arquivos</translation>
    </message>
    <message>
        <source>Add a photo or screenshot…</source>
        <translation>Adicionar uma foto ou captura de tela…</translation>
    </message>
    <message>
        <source>Add a photo or screenshot</source>
        <translation>Adicionar uma foto ou captura de tela</translation>
    </message>
    <message>
        <source>First written as: {when}. Choosing a date here replaces it.</source>
        <translation>Escrito antes como: {when}. Se você escolher uma data aqui, ela substitui isso.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ainda sem nome)</translation>
    </message>
    <message>
        <source>The file is kept in your plan, and the original was deleted.</source>
        <translation>O arquivo está guardado no seu plano, e o original foi apagado.</translation>
    </message>
    <message>
        <source>The file is kept in your plan. The original is still there.</source>
        <translation>O arquivo está guardado no seu plano. O original continua lá.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Remover arquivo</translation>
    </message>
    <message>
        <source>Remove this file from the entry? It will no longer be kept in your plan.</source>
        <translation>Remover este arquivo da anotação? Ele não vai mais ficar guardado no seu plano.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>Something went wrong inside SaferPlan. Your plan is safe in its locked file; you may want to lock and reopen it.</source>
        <translation>Algo deu errado dentro do SaferPlan. O seu plano está seguro no arquivo bloqueado. Se quiser, você pode bloquear o plano e abrir de novo.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is not enough room on the card. Choose fewer people or leave out the medication line.</source>
        <translation>Não há espaço suficiente no cartão. Escolha menos pessoas ou deixe de fora a linha de remédios.</translation>
    </message>
    <message>
        <source>There is not enough room on the card. Choose fewer people.</source>
        <translation>Não há espaço suficiente no cartão. Escolha menos pessoas.</translation>
    </message>
    <message>
        <source>Some text cannot be printed because no font for {script} is installed. Install a font for {script}, for example the {font} font (on Debian or Ubuntu: the {package} package), then try again.</source>
        <translation>Parte do texto não pode ser impressa porque não há uma fonte instalada para {script}. Instale uma fonte para {script}, por exemplo a fonte {font} (no Debian ou Ubuntu: o pacote {package}), e tente de novo.</translation>
    </message>
    <message>
        <source>Some of the chosen entries are no longer in the plan. Please choose again.</source>
        <translation>Algumas das anotações escolhidas não estão mais no plano. Escolha de novo, por favor.</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of SaferPlan. Please try again.</source>
        <translation>Para imprimir, é preciso a parte gráfica do SaferPlan. Tente de novo, por favor.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is ready, then try again.</source>
        <translation>Não foi possível ligar a impressora. Verifique se ela está pronta e tente de novo.</translation>
    </message>
    <message>
        <source>A picture could not be put in the PDF, so it was not saved. Please try again.</source>
        <translation>Não foi possível colocar uma imagem no PDF, por isso ele não foi salvo. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>FileTextView</name>
    <message>
        <source>Opening the file…</source>
        <translation>Abrindo o arquivo…</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>Não é possível mostrar este arquivo.</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <source>Places</source>
        <translation>Locais</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>Pen drive ou cartão: %1</translation>
    </message>
    <message>
        <source>Home folder, on this computer</source>
        <translation>Pasta pessoal, neste computador</translation>
    </message>
</context>
<context>
    <name>Guest</name>
    <message>
        <source>Finish guest session</source>
        <translation>Encerrar a sessão de visitante</translation>
    </message>
    <message>
        <source>Nothing from this session stays on this computer. What would you like to take with you?</source>
        <translation>Nada desta sessão fica neste computador. O que você gostaria de levar?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Open Print from the home screen first, then finish the session.</source>
        <translation>Primeiro abra “Imprimir ou salvar uma cópia” na tela inicial. Depois encerre a sessão.</translation>
    </message>
    <message>
        <source>Forget everything</source>
        <translation>Esquecer tudo</translation>
    </message>
    <message>
        <source>Forget everything from this session? It cannot be brought back.</source>
        <translation>Esquecer tudo desta sessão? Não vai ser possível recuperar.</translation>
    </message>
    <message>
        <source>Forget it all</source>
        <translation>Esquecer tudo</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>Onde salvar</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick. The file is locked with a passphrase and has a neutral name.</source>
        <translation>Escolha uma pasta, por exemplo no seu próprio pen drive. O arquivo fica bloqueado com uma frase secreta e tem um nome neutro.</translation>
    </message>
    <message>
        <source>Lock the file</source>
        <translation>Bloquear o arquivo</translation>
    </message>
    <message>
        <source>&amp;Save a locked file to a folder or USB stick</source>
        <translation>&amp;Salvar um arquivo bloqueado numa pasta ou pen drive</translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>&amp;Take nothing and forget it all</source>
        <translation>&amp;Não levar nada e esquecer tudo</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the plan again.</source>
        <translation>Escolha uma frase secreta para este arquivo. Você vai precisar dela para abrir o plano de novo.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <source>This folder is on this computer</source>
        <translation>Esta pasta fica neste computador</translation>
    </message>
    <message>
        <source>This folder is on this computer, not on a USB stick. The file will stay here after you leave. It is locked, but other people who use this computer can see that it is there. Save it here anyway?</source>
        <translation>Esta pasta fica neste computador, não num pen drive. O arquivo vai continuar aqui depois que você sair. Ele está bloqueado, mas outras pessoas que usam este computador podem ver que ele está aqui. Salvar aqui mesmo assim?</translation>
    </message>
    <message>
        <source>Save it here</source>
        <translation>Salvar aqui</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>Escolher outro lugar</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Take the USB stick with you.</source>
        <translation>Salvo como %1 em %2. Leve o pen drive com você.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Saved as %1 in %2, on this computer. It stays here, locked with your passphrase.</source>
        <translation>Salvo como %1 em %2, neste computador. Ele fica aqui, bloqueado com a sua frase secreta.</translation>
    </message>
    <message>
        <source>Saving a locked copy. This takes a moment.</source>
        <translation>Salvando uma cópia bloqueada. Isso leva um momento.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was saved there.</source>
        <translation>Não foi possível gravar o arquivo. Nada foi salvo lá.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Safety plan</source>
        <translation>Plano de segurança</translation>
    </message>
    <message>
        <source>Add a &amp;safety plan</source>
        <translation>Adicionar um plano de &amp;segurança</translation>
    </message>
    <message>
        <source>Add a &amp;release plan</source>
        <translation>Adicionar um plano de so&amp;ltura</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Pessoas</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>&amp;Numbers to learn by heart</source>
        <translation>&amp;Números para saber de cor</translation>
    </message>
    <message>
        <source>Pri&amp;vate record</source>
        <translation>&amp;Registro privado</translation>
    </message>
    <message>
        <source>&amp;Print or save a copy</source>
        <translation>&amp;Imprimir ou salvar uma cópia</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>Plano de soltura</translation>
    </message>
    <message>
        <source>Or&amp;ganisations that can help</source>
        <translation>Or&amp;ganizações que podem ajudar</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>1 number to practise</source>
        <translation>1 número para praticar</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers to practise</source>
        <translation>
            <numerusform>%n número para praticar</numerusform>
            <numerusform>%n números para praticar</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Novo plano</translation>
    </message>
    <message>
        <source>Give this plan a name. Choose words that mean something to you, and little to anyone else.</source>
        <translation>Dê um nome a este plano. Escolha palavras que signifiquem algo para você e pouco para os outros.</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>Renomear o plano</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Novo nome</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Apagar o plano</translation>
    </message>
    <message>
        <source>Delete this plan and all its answers? People and documents stay. This cannot be undone.</source>
        <translation>Apagar este plano e todas as respostas? As pessoas e os documentos continuam. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 pessoa</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>People you trust and people to call</source>
        <translation>Pessoas de confiança e pessoas para ligar</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 documento</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Where your papers are</source>
        <translation>Onde estão os seus documentos</translation>
    </message>
    <message>
        <source>Free and confidential help</source>
        <translation>Ajuda gratuita e confidencial</translation>
    </message>
    <message>
        <source>Phone numbers you know without your phone</source>
        <translation>Números que você sabe de cor, sem o celular</translation>
    </message>
    <message>
        <source>Notes, photos and dates, kept private</source>
        <translation>Anotações, fotos e datas, guardadas em segredo</translation>
    </message>
    <message>
        <source>A copy on paper, or a small card</source>
        <translation>Uma cópia em papel ou um cartão pequeno</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Sample plan — nothing is saved.</source>
        <translation>Plano de exemplo: nada é salvo.</translation>
    </message>
    <message>
        <source>Guest session — nothing is saved on this computer. When you finish, you choose what to take with you.</source>
        <translation>Sessão de visitante: nada é salvo neste computador. No final, você escolhe o que levar.</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Con&amp;figurações</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>Seus planos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>&amp;Finish guest session</source>
        <translation>Encerrar a sessão de &amp;visitante</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>Nenhum plano ainda</translation>
    </message>
    <message>
        <source>A safety plan helps if you are at risk of violence. A release plan helps if you could be detained. You can have several.</source>
        <translation>Um plano de segurança ajuda se você corre risco de violência. Um plano de soltura ajuda se você pode ser detido/a. Você pode ter vários.</translation>
    </message>
    <message>
        <source>Start a plan</source>
        <translation>Começar um plano</translation>
    </message>
    <message>
        <source>Shared by all plans</source>
        <translation>Compartilhado por todos os planos</translation>
    </message>
    <message>
        <source>Before you start: privacy and limits</source>
        <translation>Antes de começar: privacidade e limites</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there? Your plan will lock in {seconds} seconds to keep it safe.</source>
        <translation>Ainda está aí? O seu plano vai ser bloqueado em {seconds} segundos, para ficar seguro.</translation>
    </message>
    <message>
        <source>Still there? Your plan will be hidden in {seconds} seconds to keep it safe.</source>
        <translation>Ainda está aí? O seu plano vai ser escondido em {seconds} segundos, para ficar seguro.</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>C&amp;ontinuar usando</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Trocar a frase secreta</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Criar um novo código de recuperação</translation>
    </message>
    <message>
        <source>Remove the recovery code</source>
        <translation>Remover o código de recuperação</translation>
    </message>
    <message>
        <source>After the change, only the new passphrase opens this plan file and its backup. A recovery code stops working; you can make a new one afterwards. Copies of the file made before (for example on a USB stick) still open with the old passphrase.</source>
        <translation>Depois da troca, só a nova frase secreta abre este arquivo do plano e a cópia de segurança dele. O código de recuperação deixa de funcionar; você pode criar um novo depois. Cópias do arquivo feitas antes (por exemplo, num pen drive) ainda abrem com a frase secreta antiga.</translation>
    </message>
    <message>
        <source>The new code is shown once, for you to write down. An older code stops working for this file, but still opens copies of the file made before.</source>
        <translation>O novo código aparece só uma vez, para você anotar. Um código antigo deixa de funcionar para este arquivo, mas ainda abre cópias do arquivo feitas antes.</translation>
    </message>
    <message>
        <source>After this, only your passphrase opens this plan file. If you forget it, the plan cannot be opened again. Copies of the file made before still open with the old code.</source>
        <translation>Depois disso, só a sua frase secreta abre este arquivo do plano. Se você esquecer a frase, o plano não vai mais poder ser aberto. Cópias do arquivo feitas antes ainda abrem com o código antigo.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Seu código de recuperação</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>Sua frase secreta atual</translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation>Sua nova frase secreta</translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation>Primeiro digite o seu código de recuperação.</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>Primeiro digite a sua frase secreta atual.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so nothing was changed. Please try again.</source>
        <translation>Não foi possível salvar as suas últimas alterações, então nada foi mudado. Tente de novo.</translation>
    </message>
    <message>
        <source>That is not the recovery code. Nothing was changed.</source>
        <translation>Esse não é o código de recuperação. Nada foi mudado.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Essa não é a frase secreta atual. Nada foi mudado.</translation>
    </message>
    <message>
        <source>The change could not be made. Nothing was changed.</source>
        <translation>Não foi possível fazer a troca. Nada foi mudado.</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>Frase secreta e código de recuperação</translation>
    </message>
    <message>
        <source>This plan has a recovery code.</source>
        <translation>Este plano tem um código de recuperação.</translation>
    </message>
    <message>
        <source>This plan has no recovery code.</source>
        <translation>Este plano não tem código de recuperação.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase</source>
        <translation>Trocar a &amp;frase secreta</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;code</source>
        <translation>Criar um novo &amp;código de recuperação</translation>
    </message>
    <message>
        <source>&amp;Remove the recovery code</source>
        <translation>&amp;Remover o código de recuperação</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase no longer opens this file.</source>
        <translation>A frase secreta foi trocada. A frase antiga não abre mais este arquivo.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase and the recovery code no longer open this file. You can make a new recovery code here.</source>
        <translation>A frase secreta foi trocada. A frase antiga e o código de recuperação não abrem mais este arquivo. Você pode criar um novo código de recuperação aqui.</translation>
    </message>
    <message>
        <source>The new recovery code works now.</source>
        <translation>O novo código de recuperação já funciona.</translation>
    </message>
    <message>
        <source>The recovery code is removed. Only your passphrase opens this file now.</source>
        <translation>O código de recuperação foi removido. Agora só a sua frase secreta abre este arquivo.</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Who can help you learn more</source>
        <translation>Quem pode ajudar você a saber mais</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>Adicionar às minhas pessoas</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>Adicionar {name} às minhas pessoas</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>Da lista do guia, {date} — confira antes de contar com isso.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>As of January 2020 — general information, not legal advice; check with a legal clinic.</source>
        <translation>Válido em janeiro de 2020 — informação geral, não é orientação jurídica; confirme com uma clínica jurídica.</translation>
    </message>
</context>
<context>
    <name>LegalBox</name>
    <message>
        <source>What to know</source>
        <translation>O que saber</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portable mode: settings and plans stay in the app&apos;s own folder.</source>
        <translation>Modo portátil: as configurações e os planos ficam na própria pasta do aplicativo.</translation>
    </message>
    <message>
        <source>Hides everything at once and locks the plan. Esc twice does the same.</source>
        <translation>Esconde tudo na hora e bloqueia o plano. Apertar Esc duas vezes faz o mesmo.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Esconder</translation>
    </message>
    <message>
        <source>L&amp;ock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Abrir um arquivo de plano</translation>
    </message>
    <message>
        <source>Choose the plan file, for example on your USB stick.</source>
        <translation>Escolha o arquivo do plano, por exemplo no seu pen drive.</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>Cópia de segurança aberta</translation>
    </message>
    <message>
        <source>The backup copy opened. Your changes will be saved to the plan file again.</source>
        <translation>A cópia de segurança foi aberta. As suas alterações serão salvas de novo no arquivo do plano.</translation>
    </message>
    <message>
        <source>Your changes are back</source>
        <translation>As suas alterações voltaram</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked. They are back now. SaferPlan will try to save them again.</source>
        <translation>Não foi possível salvar as suas últimas alterações antes de o plano ser bloqueado. Elas voltaram agora. O SaferPlan vai tentar salvar de novo.</translation>
    </message>
    <message>
        <source>Changes not kept</source>
        <translation>Alterações não mantidas</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked, and they could not be kept. The plan is as it was last saved.</source>
        <translation>Não foi possível salvar as suas últimas alterações antes de o plano ser bloqueado, nem guardar essas alterações. O plano está como foi salvo da última vez.</translation>
    </message>
    <message>
        <source>Saved by a newer version</source>
        <translation>Salvo por uma versão mais nova</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of SaferPlan ({version}). You can read it here, but changes are not saved, so that nothing the newer version added is lost. To change the plan, use the newer version.</source>
        <translation>Este plano foi salvo por uma versão mais nova do SaferPlan ({version}). Você pode ler aqui, mas as alterações não são salvas, para que nada do que a versão mais nova acrescentou se perca. Para mudar o plano, use a versão mais nova.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 It is still here. Please try again in a moment.</source>
        <translation>Não foi possível salvar a sua última alteração: %1 Ela continua aqui. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Not saved for next time</source>
        <translation>Não fica salvo para a próxima vez</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configurações não salvas</translation>
    </message>
    <message>
        <source>Your settings work now but could not be kept for next time.</source>
        <translation>As suas configurações funcionam agora, mas não puderam ser guardadas para a próxima vez.</translation>
    </message>
    <message>
        <source>Your plan was locked.</source>
        <translation>O seu plano foi bloqueado.</translation>
    </message>
    <message>
        <source>Your last changes are not saved</source>
        <translation>As suas últimas alterações não estão salvas</translation>
    </message>
    <message>
        <source>SaferPlan could not save your last changes. If you close now, they are lost. You can stay, check the folder or the USB stick, and try again.</source>
        <translation>O SaferPlan não conseguiu salvar as suas últimas alterações. Se você fechar agora, elas serão perdidas. Você pode ficar, conferir a pasta ou o pen drive e tentar de novo.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Fechar mesmo assim</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Ficar</translation>
    </message>
</context>
<context>
    <name>OlderCopy</name>
    <message>
        <source>This copy of your plan was made before its passphrase was changed on this computer. Someone who knew the old passphrase may have put it back. Your newer plan may be in another file or folder.</source>
        <translation>Esta cópia do seu plano foi feita antes de a frase secreta ser trocada neste computador. Alguém que sabia a frase secreta antiga pode tê-la colocado de volta. Seu plano mais novo pode estar em outro arquivo ou pasta.</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy. The backup beside it is newer (save %3): you can open it instead.</source>
        <translation>Este arquivo do plano é mais antigo que o último salvo neste computador (salvamento nº %1; o mais novo aqui foi o nº %2). Alguém pode ter colocado de volta uma cópia antiga. A cópia de segurança ao lado é mais nova (salvamento nº %3): você pode abri-la no lugar deste.</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy, or it came from a backup. Your newer plan may be in another file or folder.</source>
        <translation>Este arquivo do plano é mais antigo que o último salvo neste computador (salvamento nº %1; o mais novo aqui foi o nº %2). Alguém pode ter colocado de volta uma cópia antiga, ou ele veio de uma cópia de segurança. Seu plano mais novo pode estar em outro arquivo ou pasta.</translation>
    </message>
    <message>
        <source>An older copy of your plan</source>
        <translation>Uma cópia antiga do seu plano</translation>
    </message>
    <message>
        <source>Use this older copy</source>
        <translation>Usar esta cópia antiga</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Open the newer backup</source>
        <translation>Abrir a cópia de segurança mais nova</translation>
    </message>
    <message>
        <source>The backup did not open</source>
        <translation>A cópia de segurança não abriu</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>As duas senhas ainda não são iguais.</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>O que imprimir</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>O plano completo</translation>
    </message>
    <message>
        <source>The wallet card</source>
        <translation>O cartão de bolso</translation>
    </message>
    <message>
        <source>People on the card</source>
        <translation>Pessoas no cartão</translation>
    </message>
    <message>
        <source>No people yet. People you add under People can go on the card.</source>
        <translation>Ainda não há pessoas. As pessoas que você adicionar em Pessoas podem ir no cartão.</translation>
    </message>
    <message>
        <source>Include the medication line</source>
        <translation>Incluir a linha de remédios</translation>
    </message>
    <message>
        <source>Include the language and interpreter line</source>
        <translation>Incluir a linha de língua e intérprete</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>Discreto</translation>
    </message>
    <message>
        <source>Neutral headings, names and numbers only.</source>
        <translation>Títulos neutros, só nomes e números.</translation>
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
        <translation>Carta</translation>
    </message>
    <message>
        <source>Language of the headings</source>
        <translation>Língua dos títulos</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Senha (opcional)</translation>
    </message>
    <message>
        <source>Only for saving a file. Anyone who wants to open the PDF will need it. SaferPlan cannot recover it.</source>
        <translation>Só para salvar um arquivo. Quem quiser abrir o PDF vai precisar dela. O SaferPlan não consegue recuperá-la.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Senha do PDF</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>A mesma senha de novo</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>Senha do PDF de novo</translation>
    </message>
</context>
<context>
    <name>OrganisationCard</name>
    <message>
        <source>Role for {name}</source>
        <translation>Função de {name}</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Sem função</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>Adicionar às minhas pessoas</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>Adicionar {name} às minhas pessoas</translation>
    </message>
    <message>
        <source>Added to your people. You can change it there.</source>
        <translation>Adicionado às suas pessoas. Você pode alterar lá.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Spaces alone cannot be a passphrase.</source>
        <translation>Só espaços não podem ser uma frase secreta.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Curta demais: use pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, so it is easy to guess. Please choose another.</source>
        <translation>Esta é uma das senhas mais comuns, então é fácil de adivinhar. Escolha outra.</translation>
    </message>
    <message>
        <source>This is a keyboard or letter pattern, so it is easy to guess. Please choose another.</source>
        <translation>Esta é uma sequência do teclado ou de letras, então é fácil de adivinhar. Escolha outra.</translation>
    </message>
    <message>
        <source>Numbers alone, such as a date, are easy to guess. Please add some words.</source>
        <translation>Só números, como uma data, são fáceis de adivinhar. Acrescente algumas palavras.</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>Razoável. Mais uma ou duas palavras deixam a frase muito mais forte.</translation>
    </message>
    <message>
        <source>Good. One more word makes it stronger still.</source>
        <translation>Boa. Mais uma palavra deixa a frase ainda mais forte.</translation>
    </message>
    <message>
        <source>Strong: long, with several words.</source>
        <translation>Forte: longa, com várias palavras.</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Esconder a frase secreta</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar a frase secreta</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>A few unrelated words you can remember make a strong passphrase, for example four words from different parts of your life. Do not use a name or a date someone could guess.</source>
        <translation>Algumas palavras sem relação entre si, que você consiga lembrar, formam uma frase secreta forte; por exemplo, quatro palavras de partes diferentes da sua vida. Não use um nome ou uma data que alguém possa adivinhar.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>A mesma frase secreta de novo</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>Primeiro escolha uma frase secreta.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>As duas frases secretas não são iguais. Digite de novo, por favor.</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>This session was hidden after a few minutes without use.</source>
        <translation>Esta sessão foi escondida depois de alguns minutos sem uso.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Voltar ao &amp;início</translation>
    </message>
    <message>
        <source>First names or nicknames are enough. Add only what your plan needs.</source>
        <translation>Primeiros nomes ou apelidos bastam. Adicione só o que o seu plano precisa.</translation>
    </message>
    <message>
        <source>No one in your list yet</source>
        <translation>Ainda não há ninguém na sua lista</translation>
    </message>
    <message>
        <source>Add the people who could help: someone to call, a lawyer, someone who could care for your children.</source>
        <translation>Adicione as pessoas que podem ajudar: alguém para ligar, um/a advogado/a, alguém que possa cuidar dos seus filhos.</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>&amp;Adicionar alguém</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ainda sem nome)</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta pessoa</translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation>Remover alguém</translation>
    </message>
    <message>
        <source>Remove {name} from your plan? They will also be taken out of your answers.</source>
        <translation>Remover {name} do seu plano? Essa pessoa também vai sair das suas respostas.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>PersonAdapter</name>
    <message>
        <source>No one in your list yet.</source>
        <translation>Ainda não há ninguém na sua lista.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Adicionar alguém</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Nome ou apelido</translation>
    </message>
    <message>
        <source>Phone (if you want)</source>
        <translation>Telefone (se quiser)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Address (if you want)</source>
        <translation>Endereço (se quiser)</translation>
    </message>
    <message>
        <source>About the phone number</source>
        <translation>Sobre o número de telefone</translation>
    </message>
    <message>
        <source>Print this address on my wallet card</source>
        <translation>Imprimir este endereço no meu cartão de bolso</translation>
    </message>
    <message>
        <source>Officers may read the card. Leave this off unless you need the address on it.</source>
        <translation>Policiais ou agentes podem ler o cartão. Deixe isto desligado, a não ser que você precise do endereço no cartão.</translation>
    </message>
    <message>
        <source>I want to know this number by heart</source>
        <translation>Quero saber este número de cor</translation>
    </message>
    <message>
        <source>What they could do for me</source>
        <translation>O que essa pessoa poderia fazer por mim</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>A phone number can hold only digits, spaces, a dot and the signs + - ( ). For an extension, type x or ext, then its digits.</source>
        <translation>Um número de telefone só pode ter algarismos, espaços, um ponto e os sinais + - ( ). Para um ramal, digite x ou ext e depois os algarismos.</translation>
    </message>
    <message>
        <source>Hidden characters that can change how text is shown were removed.</source>
        <translation>Foram removidos caracteres ocultos que podem mudar como o texto aparece.</translation>
    </message>
</context>
<context>
    <name>PlanChoiceScreen</name>
    <message>
        <source>What do you want to plan for?</source>
        <translation>Para que você quer fazer um plano?</translation>
    </message>
    <message>
        <source>Choose one to begin. You can add the other one later, and skip any question.</source>
        <translation>Escolha um para começar. Você pode acrescentar o outro depois, e pular qualquer pergunta.</translation>
    </message>
    <message>
        <source>&amp;Safety plan</source>
        <translation>Plano de &amp;segurança</translation>
    </message>
    <message>
        <source>&amp;Release plan</source>
        <translation>Plano de so&amp;ltura</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>&amp;Decidir depois</translation>
    </message>
    <message>
        <source>If you are at risk of violence: people to call, safe places, how to leave.</source>
        <translation>Se você corre risco de violência: pessoas para ligar, lugares seguros, como sair.</translation>
    </message>
    <message>
        <source>If you could be detained: who to call, your papers, getting out.</source>
        <translation>Se você pode ser detido/a: para quem ligar, os seus documentos, como sair.</translation>
    </message>
    <message>
        <source>Your answers stay locked on this computer. Nothing is sent anywhere.</source>
        <translation>As suas respostas ficam bloqueadas neste computador. Nada é enviado para lugar nenhum.</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Não sei</translation>
    </message>
    <message>
        <source>No one added yet.</source>
        <translation>Ninguém foi adicionado ainda.</translation>
    </message>
    <message>
        <source>Everyone else in my plan, by role</source>
        <translation>Todas as outras pessoas do meu plano, por função</translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Nada foi adicionado ainda.</translation>
    </message>
    <message>
        <source>A copy is with {name}.</source>
        <translation>{name} tem uma cópia.</translation>
    </message>
    <message>
        <source>{title}: nothing answered yet.</source>
        <translation>{title}: nada respondido ainda.</translation>
    </message>
    <message>
        <source>Still to think about</source>
        <translation>Para pensar depois</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Meu plano</translation>
    </message>
    <message>
        <source>Bond persons</source>
        <translation>Pessoas fiadoras</translation>
    </message>
    <message>
        <source>Numbers to know by heart</source>
        <translation>Números para saber de cor</translation>
    </message>
    <message>
        <source>Where my documents are</source>
        <translation>Onde estão meus documentos</translation>
    </message>
    <message>
        <source>Lawyers and legal help</source>
        <translation>Advogados/as e ajuda jurídica</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
</context>
<context>
    <name>PlanWalkWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Voltar ao &amp;início</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Pular por enquanto</translation>
    </message>
    <message>
        <source>&amp;Doesn&apos;t apply</source>
        <translation>&amp;Não se aplica</translation>
    </message>
    <message>
        <source>Talk about it &amp;later</source>
        <translation>&amp;Conversar depois</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>&amp;Finish for now</source>
        <translation>Parar por a&amp;qui</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Próxima &amp;seção</translation>
    </message>
    <message>
        <source>Skipped for now. You can come back to it any time.</source>
        <translation>Pulada por enquanto. Você pode voltar a ela quando quiser.</translation>
    </message>
    <message>
        <source>Noted: that one does not apply to you.</source>
        <translation>Anotado: essa não se aplica a você.</translation>
    </message>
    <message>
        <source>Kept for later. You will find it under &quot;To talk about later&quot;.</source>
        <translation>Guardada para depois. Você vai encontrá-la em &quot;Para conversar depois&quot;.</translation>
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
        <translation>Ainda não há números para aprender</translation>
    </message>
    <message>
        <source>Your phone may be taken away from you. Knowing a few numbers by heart helps.

To choose a number to learn, go to People, open someone who has a phone number, and tick “I want to know this number by heart”.</source>
        <translation>O seu celular pode ser tirado de você. Saber alguns números de cor ajuda.

Para escolher um número para aprender, vá em Pessoas, abra alguém que tenha telefone e marque “Quero saber este número de cor”.</translation>
    </message>
    <message>
        <source>Known by heart</source>
        <translation>Sei de cor</translation>
    </message>
    <message>
        <source>Hide roles</source>
        <translation>Esconder funções</translation>
    </message>
    <message>
        <source>Type the number from memory. Spaces and dashes do not matter.</source>
        <translation>Digite o número sem olhar. Espaços e traços não importam.</translation>
    </message>
    <message>
        <source>The number, from memory</source>
        <translation>O número, sem olhar</translation>
    </message>
    <message>
        <source>Type the number</source>
        <translation>Digite o número</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>Mostrar uma dica</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>✓ right   ≠ different digit   ? missing digit   + extra digit</source>
        <translation>✓ certo   ≠ dígito diferente   ? falta um dígito   + dígito a mais</translation>
    </message>
    <message>
        <source>A new number to learn. Read it a few times and say it quietly to yourself. When you are ready, it will be hidden and you can type it from memory.</source>
        <translation>Um número novo para aprender. Leia algumas vezes e repita baixinho para você. Quando estiver pronto/a, ele vai ser escondido e você pode digitá-lo sem olhar.</translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation>Tudo feito por hoje</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Voltar ao &amp;início</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Pular por enquanto</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Feito</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>I am &amp;ready, hide it</source>
        <translation>P&amp;ronto, pode esconder</translation>
    </message>
    <message>
        <source>Practise &amp;all numbers again</source>
        <translation>Praticar &amp;todos os números de novo</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Practised today: {done} of {total}</source>
        <translation>Praticados hoje: {done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>Numbers practised today: %n</source>
        <translation>
            <numerusform>Número praticado hoje: %n</numerusform>
            <numerusform>Números praticados hoje: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Each time you practise, they get easier to remember.</source>
        <translation>Cada vez que você pratica, fica mais fácil lembrar.</translation>
    </message>
    <message numerus="yes">
        <source>Numbers you know by heart: %n</source>
        <translation>
            <numerusform>Números que você sabe de cor: %n</numerusform>
            <numerusform>Números que você sabe de cor: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days until the next practice: %n</source>
        <translation>
            <numerusform>Dias até a próxima prática: %n</numerusform>
            <numerusform>Dias até a próxima prática: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>You can practise again today.</source>
        <translation>Você pode praticar de novo hoje.</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>Dica: {hint}</translation>
    </message>
    <message>
        <source>Right, with a hint. It will come back once more without one.</source>
        <translation>Certo, com uma dica. Ele volta mais uma vez, sem dica.</translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation>Está certo.</translation>
    </message>
    <message>
        <source>Not quite. Here is the number. It will come back later.</source>
        <translation>Quase. Aqui está o número. Ele volta mais tarde.</translation>
    </message>
    <message>
        <source>The number:</source>
        <translation>O número:</translation>
    </message>
    <message>
        <source>To call this number from Canada, you also need its country code, +{code}.</source>
        <translation>Para ligar para este número a partir do Canadá, você também precisa do código do país, +{code}.</translation>
    </message>
    <message numerus="yes">
        <source>Different digits: %n</source>
        <translation>
            <numerusform>Dígitos diferentes: %n</numerusform>
            <numerusform>Dígitos diferentes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing digits: %n</source>
        <translation>
            <numerusform>Dígitos que faltam: %n</numerusform>
            <numerusform>Dígitos que faltam: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra digits: %n</source>
        <translation>
            <numerusform>Dígitos a mais: %n</numerusform>
            <numerusform>Dígitos a mais: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>The preview could not be made. Please try other choices, or try again later.</source>
        <translation>Não foi possível fazer a prévia. Tente outras opções ou tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>Preview, page %1 of %2</source>
        <translation>Prévia, página %1 de %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando a prévia…</translation>
    </message>
    <message>
        <source>Preview: one sheet of cards. Cut along the lines, fold in the middle.</source>
        <translation>Prévia: uma folha de cartões. Corte nas linhas e dobre no meio.</translation>
    </message>
    <message>
        <source>Preview: 1 page</source>
        <translation>Prévia: 1 página</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>Prévia: %n página</numerusform>
            <numerusform>Prévia: %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>O PDF vai pedir esta senha quando for aberto.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>O SaferPlan não bloqueia arquivos PDF. Qualquer pessoa que abrir este computador ou o pen drive pode ler o PDF, a não ser que você coloque uma senha.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Salvo como %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>Print or save a copy</source>
        <translation>Imprimir ou salvar uma cópia</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Voltar ao &amp;início</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Printing: the computer may keep a copy in its print queue for a while.</source>
        <translation>Impressão: o computador pode guardar uma cópia na fila de impressão por algum tempo.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>Name of the PDF file. A name that says little about what is inside is safer.</source>
        <translation>Nome do arquivo PDF. Um nome que diz pouco sobre o conteúdo é mais seguro.</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>Onde salvar o PDF</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick.</source>
        <translation>Escolha uma pasta, por exemplo no seu próprio pen drive.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Substituir o arquivo?</translation>
    </message>
    <message>
        <source>There is already a file called %1 in this folder. Replace it?</source>
        <translation>Já existe um arquivo chamado %1 nesta pasta. Substituir?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Antes de imprimir</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Discreet mode prints less. Print now?</source>
        <translation>Impressoras e filas de impressão podem guardar neste computador, por algum tempo, uma cópia do que você imprime. O modo discreto imprime menos. Imprimir agora?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Não impresso</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. To keep a copy as a file, use Save as PDF: it can protect the file with a password.</source>
        <translation>O SaferPlan só imprime numa impressora. Para guardar uma cópia como arquivo, use “Salvar como PDF”: ele pode proteger o arquivo com uma senha.</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>For example:
{examples}</source>
        <translation>Por exemplo:
{examples}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {section}</source>
        <translation>Pergunta {number} de {count} · {section}</translation>
    </message>
    <message>
        <source>You skipped this for now.</source>
        <translation>Você pulou esta pergunta por enquanto.</translation>
    </message>
    <message>
        <source>You said this does not apply.</source>
        <translation>Você disse que esta pergunta não se aplica.</translation>
    </message>
    <message>
        <source>You wanted to talk about this later.</source>
        <translation>Você quis conversar sobre isso depois.</translation>
    </message>
</context>
<context>
    <name>RecordPdf</name>
    <message>
        <source>My record</source>
        <translation>Meu registro</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Quem estava lá</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>{name} (a file kept in the plan, not shown here)</source>
        <translation>{name} (um arquivo guardado no plano, não mostrado aqui)</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>Imagem: {name}</translation>
    </message>
    <message>
        <source>No date given</source>
        <translation>Sem data informada</translation>
    </message>
    <message>
        <source>{name} (a picture that could not be shown)</source>
        <translation>{name} (uma imagem que não pôde ser mostrada)</translation>
    </message>
</context>
<context>
    <name>RecordPdfDialog</name>
    <message>
        <source>Make a PDF for a lawyer or advocate</source>
        <translation>Fazer um PDF para advogado/a ou pessoa de apoio</translation>
    </message>
    <message>
        <source>Choose the entries to put in the PDF. You decide what to share.</source>
        <translation>Escolha as anotações que vão no PDF. Você decide o que compartilhar.</translation>
    </message>
    <message>
        <source>Entries in the PDF</source>
        <translation>Anotações no PDF</translation>
    </message>
    <message>
        <source>Neutral title: {title}</source>
        <translation>Título neutro: {title}</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Senha (opcional)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>A mesma senha de novo</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>Salvar o PDF…</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>Marcar todas</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>Desmarcar todas</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>As duas senhas ainda não são iguais.</translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>O PDF vai pedir esta senha quando for aberto.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>O SaferPlan não bloqueia arquivos PDF. Qualquer pessoa que abrir este computador ou o pen drive pode ler o PDF, a não ser que você coloque uma senha.</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Salvo como {path}</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>SaferPlan can keep photos and screenshots (PNG, JPEG, GIF or WebP), PDF files and plain text files.</source>
        <translation>O SaferPlan pode guardar fotos e capturas de tela (PNG, JPEG, GIF ou WebP), arquivos PDF e arquivos de texto simples.</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Adicionar um arquivo</translation>
    </message>
    <message>
        <source>This file could not be read. Please check that it is still there, then try again.</source>
        <translation>Não foi possível ler este arquivo. Confira se ele ainda está lá e tente de novo.</translation>
    </message>
    <message>
        <source>The original file</source>
        <translation>O arquivo original</translation>
    </message>
    <message>
        <source>The file is now kept inside your locked plan. SaferPlan can delete the original file. On SSDs, USB sticks and phones, a deleted file can sometimes still be recovered, and copies may exist elsewhere (for example in a photo app or a cloud backup).</source>
        <translation>O arquivo agora está guardado dentro do seu plano bloqueado. O SaferPlan pode apagar o arquivo original. Em SSDs, pen drives e celulares, um arquivo apagado às vezes ainda pode ser recuperado, e podem existir cópias em outros lugares (por exemplo, num app de fotos ou num backup na nuvem).</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation>Apagar o original</translation>
    </message>
    <message>
        <source>Keep the original</source>
        <translation>Manter o original</translation>
    </message>
    <message>
        <source>The original file could not be deleted. You can delete it yourself if you want to.</source>
        <translation>Não foi possível apagar o arquivo original. Se quiser, você pode apagá-lo por conta própria.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
</context>
<context>
    <name>RecordWidget</name>
    <message>
        <source>Private record</source>
        <translation>Registro privado</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. This stays inside your locked plan.</source>
        <translation>Escreva o quanto quiser, muito ou pouco. Tudo fica dentro do seu plano bloqueado.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>Buscar no registro</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Anotações, das mais recentes para as mais antigas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Voltar ao &amp;início</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>&amp;Adicionar uma anotação</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Make a &amp;PDF for a lawyer or advocate…</source>
        <translation>Fazer um &amp;PDF para advogado/a ou pessoa de apoio…</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Nada escrito ainda</translation>
    </message>
    <message>
        <source>A dated note of what happened, in your own words, can help a lawyer or advocate later. Add one when you want to.</source>
        <translation>Uma anotação com data sobre o que aconteceu, com as suas palavras, pode ajudar um/a advogado/a ou pessoa de apoio mais tarde. Adicione uma quando quiser.</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sem data</translation>
    </message>
    <message>
        <source>{when} · {where}</source>
        <translation>{when} · {where}</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 arquivo</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nada encontrado.</translation>
    </message>
    <message>
        <source>Remove this entry and the files kept with it?</source>
        <translation>Remover esta anotação e os arquivos guardados com ela?</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>Remover esta anotação?</translation>
    </message>
    <message>
        <source>Remove an entry</source>
        <translation>Remover uma anotação</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperação</translation>
    </message>
    <message>
        <source>This code opens the plan if the passphrase is forgotten. Anyone who has it can open the plan. Keep it somewhere safe, away from the computer.</source>
        <translation>Este código abre o plano se a frase secreta for esquecida. Qualquer pessoa que tiver o código pode abrir o plano. Guarde o código num lugar seguro, longe do computador.</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Antes de imprimir</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Print the code now?</source>
        <translation>Impressoras e filas de impressão podem guardar neste computador, por algum tempo, uma cópia do que você imprime. Imprimir o código agora?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Não impresso</translation>
    </message>
    <message>
        <source>The code is printed only on a printer, never into a file. Please write it down instead.</source>
        <translation>O código só é impresso numa impressora, nunca num arquivo. Por favor, anote o código à mão.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation>Seu código de recuperação</translation>
    </message>
    <message>
        <source>Write the six groups on paper, in order, and keep it somewhere safe, apart from your computer. It is shown only this once. With it, you or anyone who has it can open your plan.</source>
        <translation>Escreva os seis grupos num papel, na ordem, e guarde num lugar seguro, longe do seu computador. Ele só aparece esta vez. Com ele, você ou qualquer pessoa que o tenha pode abrir o seu plano.</translation>
    </message>
    <message>
        <source>The code has no 0, O, 1 or I, so nothing can be mistaken for something else.</source>
        <translation>O código não tem 0, O, 1 nem I, para que nada seja confundido.</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Já anotei</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Bond person</source>
        <translation>Pessoa fiadora</translation>
    </message>
    <message>
        <source>Could pay or promise money of their own so I can be released.</source>
        <translation>Poderia pagar ou prometer dinheiro próprio para que eu seja solto/a.</translation>
    </message>
    <message>
        <source>Would speak for me at a hearing</source>
        <translation>Falaria por mim numa audiência</translation>
    </message>
    <message>
        <source>Could come to a detention review and say who I am.</source>
        <translation>Poderia ir a uma revisão da detenção e dizer quem eu sou.</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>Advogado/a de imigração</translation>
    </message>
    <message>
        <source>Helps with status, detention and removal.</source>
        <translation>Ajuda com status, detenção e deportação.</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>Advogado/a criminalista</translation>
    </message>
    <message>
        <source>Helps if I am charged with a crime.</source>
        <translation>Ajuda se eu for acusada ou acusado de um crime.</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>Advogado/a de família</translation>
    </message>
    <message>
        <source>Helps with children, custody or separation.</source>
        <translation>Ajuda com filhos, guarda ou separação.</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>Clínica jurídica</translation>
    </message>
    <message>
        <source>Free legal information and help.</source>
        <translation>Informação e ajuda jurídica gratuitas.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Profissional de apoio</translation>
    </message>
    <message>
        <source>Someone from a service I trust, who can contact others.</source>
        <translation>Alguém de um serviço de confiança, que pode entrar em contato com outras pessoas.</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>Tem a minha chave</translation>
    </message>
    <message>
        <source>Could fetch clothes, money, documents or medication.</source>
        <translation>Poderia buscar roupas, dinheiro, documentos ou remédios.</translation>
    </message>
    <message>
        <source>Would care for my children</source>
        <translation>Cuidaria dos meus filhos</translation>
    </message>
    <message>
        <source>Could look after my children if I cannot.</source>
        <translation>Poderia cuidar dos meus filhos se eu não puder.</translation>
    </message>
    <message>
        <source>Would care for my pets</source>
        <translation>Cuidaria dos meus animais</translation>
    </message>
    <message>
        <source>Could feed and look after my animals.</source>
        <translation>Poderia alimentar e cuidar dos meus animais.</translation>
    </message>
    <message>
        <source>I could stay with them if released</source>
        <translation>Eu poderia ficar com essa pessoa após a soltura</translation>
    </message>
    <message>
        <source>An address I can give when I am released.</source>
        <translation>Um endereço que posso informar quando sair da detenção.</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Procuração</translation>
    </message>
    <message>
        <source>Allowed to act for me on money or papers.</source>
        <translation>Pode agir por mim em questões de dinheiro ou papéis.</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contato de emergência</translation>
    </message>
    <message>
        <source>Someone to call first if something happens.</source>
        <translation>Alguém para quem ligar primeiro se algo acontecer.</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Lugar seguro</translation>
    </message>
    <message>
        <source>Somewhere I could go to be safe.</source>
        <translation>Um lugar para onde eu poderia ir para ficar em segurança.</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Salvo ✓</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Guardado só nesta sessão</translation>
    </message>
    <message>
        <source>Not saved: %1 Your change is still here. Please try again in a moment.</source>
        <translation>Não salvo: %1 Sua alteração continua aqui. Tente de novo daqui a pouco.</translation>
    </message>
</context>
<context>
    <name>SectionSummary</name>
    <message>
        <source>Here is what you have so far. You can change anything, now or later.</source>
        <translation>Aqui está o que você tem até agora. Você pode mudar qualquer coisa, agora ou depois.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mudar</translation>
    </message>
    <message>
        <source>Change: {question}</source>
        <translation>Mudar: {question}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Ainda sem resposta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Skipped for now</source>
        <translation>Pulada por enquanto</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>Para conversar depois</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear depois de tantos minutos sem uso</translation>
    </message>
    <message>
        <source>When you press Hide</source>
        <translation>Ao apertar Esconder</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>Título da janela</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>When nobody uses SaferPlan for this long, it saves and locks the plan.</source>
        <translation>Quando ninguém usa o SaferPlan por esse tempo, ele salva e bloqueia o plano.</translation>
    </message>
    <message>
        <source>Save, lock and minimise the window</source>
        <translation>Salvar, bloquear e minimizar a janela</translation>
    </message>
    <message>
        <source>Save, lock and close SaferPlan</source>
        <translation>Salvar, bloquear e fechar o SaferPlan</translation>
    </message>
    <message>
        <source>Shift three times also hides</source>
        <translation>Apertar Shift três vezes também esconde</translation>
    </message>
    <message>
        <source>Turn this off if your screen reader uses Shift. Esc twice and Hide still work.</source>
        <translation>Desligue isto se o seu leitor de tela usa Shift. Esc duas vezes e Esconder continuam funcionando.</translation>
    </message>
    <message>
        <source>The window shows this name. Choose something that draws no attention.</source>
        <translation>A janela mostra este nome. Escolha algo que não chame atenção.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
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
        <translation>Plano %1 · última alteração %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Make a plan for staying safe, kept locked on this computer. Nothing is ever sent over the internet.</source>
        <translation>Faça um plano para ficar em segurança, guardado e bloqueado neste computador. Nada é enviado pela internet, nunca.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>&amp;Language: %1</source>
        <translation>&amp;Língua: %1</translation>
    </message>
    <message>
        <source>Start a &amp;new plan</source>
        <translation>Começar um plano &amp;novo</translation>
    </message>
    <message>
        <source>&amp;Guest session</source>
        <translation>&amp;Sessão de visitante</translation>
    </message>
    <message>
        <source>Look at a &amp;sample plan</source>
        <translation>&amp;Ver um plano de exemplo</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Con&amp;figurações</translation>
    </message>
    <message>
        <source>Your plan on this computer</source>
        <translation>O seu plano neste computador</translation>
    </message>
    <message>
        <source>Plans on this computer</source>
        <translation>Planos neste computador</translation>
    </message>
    <message>
        <source>&amp;Open my plan</source>
        <translation>&amp;Abrir meu plano</translation>
    </message>
    <message>
        <source>Open a file from another folder</source>
        <translation>Abrir um arquivo de outra pasta</translation>
    </message>
    <message>
        <source>Kept on this computer, locked with a passphrase you choose.</source>
        <translation>Fica neste computador, bloqueado com uma frase secreta que você escolhe.</translation>
    </message>
    <message>
        <source>Nothing is saved on this computer. At the end you choose what to take with you: a locked file on your own USB stick, a printout, or nothing.</source>
        <translation>Nada é salvo neste computador. No final, você escolhe o que levar: um arquivo bloqueado no seu próprio pen drive, uma cópia impressa ou nada.</translation>
    </message>
    <message>
        <source>A made-up plan to look around. Nothing is saved.</source>
        <translation>Um plano inventado, para conhecer o programa. Nada é salvo.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de começar</translation>
    </message>
    <message>
        <source>What SaferPlan keeps, where, and what it cannot protect against.</source>
        <translation>O que o SaferPlan guarda, onde, e contra o que não consegue proteger.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The plan file could not be used.</source>
        <translation>Não foi possível usar o arquivo do plano.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is damaged.</source>
        <translation>Frase secreta errada, ou o arquivo está danificado.</translation>
    </message>
    <message>
        <source>Wrong recovery code, or the file is damaged.</source>
        <translation>Código de recuperação errado, ou o arquivo está danificado.</translation>
    </message>
    <message>
        <source>This plan file has no recovery code.</source>
        <translation>Este arquivo do plano não tem código de recuperação.</translation>
    </message>
    <message>
        <source>This is not a plan file, or it was made by a newer version of the app.</source>
        <translation>Este não é um arquivo de plano, ou foi feito por uma versão mais nova do aplicativo.</translation>
    </message>
    <message>
        <source>This file is not a plan file.</source>
        <translation>Este arquivo não é um arquivo de plano.</translation>
    </message>
    <message>
        <source>This plan file uses a method this version does not know.</source>
        <translation>Este arquivo do plano usa um método que esta versão não conhece.</translation>
    </message>
    <message>
        <source>This plan file was made by a newer version of the app. Update the app to open it.</source>
        <translation>Este arquivo do plano foi feito por uma versão mais nova do aplicativo. Atualize o aplicativo para abri-lo.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of the app. It cannot be changed here. Nothing was changed.</source>
        <translation>Este plano foi salvo por uma versão mais nova do aplicativo. Ele não pode ser mudado aqui. Nada foi mudado.</translation>
    </message>
    <message>
        <source>This file asks for more memory or time than is safe on this computer, so it was not opened. It may be damaged.</source>
        <translation>Este arquivo pede mais memória ou tempo do que é seguro neste computador, então não foi aberto. Ele pode estar danificado.</translation>
    </message>
    <message>
        <source>The plan inside this file could not be read. It may come from a newer version of the app.</source>
        <translation>Não foi possível ler o plano dentro deste arquivo. Ele pode ser de uma versão mais nova do aplicativo.</translation>
    </message>
    <message>
        <source>This is a link or a special file, not a plan file.</source>
        <translation>Isto é um atalho (link) ou um arquivo especial, não um arquivo de plano.</translation>
    </message>
    <message>
        <source>This file is too large to be a plan file.</source>
        <translation>Este arquivo é grande demais para ser um arquivo de plano.</translation>
    </message>
    <message>
        <source>The plan file was changed by another program since it was opened. Nothing was saved.</source>
        <translation>O arquivo do plano foi mudado por outro programa depois de ser aberto. Nada foi salvo.</translation>
    </message>
    <message>
        <source>This plan is open in another window. Close it there first.</source>
        <translation>Este plano está aberto em outra janela. Feche-o lá primeiro.</translation>
    </message>
    <message>
        <source>This plan&apos;s lock file is a link or a special file, so the plan was not used. Nothing was changed.</source>
        <translation>O arquivo de bloqueio deste plano é um atalho (link) ou um arquivo especial, então o plano não foi usado. Nada foi mudado.</translation>
    </message>
    <message>
        <source>The file could not be saved. The previous version is unchanged.</source>
        <translation>Não foi possível salvar o arquivo. A versão anterior continua igual.</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. The previous version is unchanged.</source>
        <translation>O disco está cheio, então o arquivo não foi salvo. A versão anterior continua igual.</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. The previous version is unchanged.</source>
        <translation>Não há permissão para gravar nesta pasta. A versão anterior continua igual.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was written.</source>
        <translation>Não foi possível gravar o arquivo. Nada foi gravado.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written.</source>
        <translation>O disco está cheio. Nada foi gravado.</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. Nothing was written.</source>
        <translation>Não há permissão para gravar nesta pasta. Nada foi gravado.</translation>
    </message>
    <message>
        <source>The plan is too large to save. The previous version is unchanged.</source>
        <translation>O plano é grande demais para salvar. A versão anterior continua igual.</translation>
    </message>
    <message>
        <source>The file failed its check before saving, so it was not saved. The previous version is unchanged.</source>
        <translation>O arquivo não passou na verificação antes de salvar, então não foi salvo. A versão anterior continua igual.</translation>
    </message>
    <message>
        <source>The change did not finish. The plan file still opens as before; its backup already has the change.</source>
        <translation>A mudança não terminou. O arquivo do plano ainda abre como antes; a cópia de segurança dele já tem a mudança.</translation>
    </message>
    <message>
        <source>The passphrase or recovery code was changed meanwhile. Nothing was changed.</source>
        <translation>A frase secreta ou o código de recuperação foi trocado enquanto isso. Nada foi mudado.</translation>
    </message>
    <message>
        <source>The backup beside this older copy is newer. Changing the keys now would replace it, so nothing was changed. Open the newer backup first.</source>
        <translation>A cópia de segurança ao lado desta cópia mais antiga é mais nova. Trocar agora a frase secreta ou o código de recuperação substituiria essa cópia, então nada foi mudado. Abra primeiro a cópia de segurança mais nova.</translation>
    </message>
    <message>
        <source>The plan is locked. Open it again to continue.</source>
        <translation>O plano está bloqueado. Abra de novo para continuar.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Nothing was changed.</source>
        <translation>Já existe um arquivo com este nome. Nada foi mudado.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Não foi possível ler o arquivo.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>O arquivo não existe.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open your plan</source>
        <translation>Abra o seu plano</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperação</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>Open the backup copy instead</source>
        <translation>Abrir a cópia de segurança</translation>
    </message>
    <message>
        <source>Opening your plan. This takes a moment.</source>
        <translation>Abrindo o seu plano. Isso leva um momento.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase</source>
        <translation>Usar minha &amp;frase secreta</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
        <translation>Usar um &amp;código de recuperação</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Stop opening</source>
        <translation>&amp;Parar de abrir</translation>
    </message>
    <message>
        <source>Still opening your plan: %1 seconds so far. Some files take longer. You can stop at any time.</source>
        <translation>Ainda abrindo o seu plano: %1 segundos até agora. Alguns arquivos demoram mais. Você pode parar a qualquer momento.</translation>
    </message>
    <message>
        <source>Stopped. The plan was not opened.</source>
        <translation>Parado. O plano não foi aberto.</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>Digite primeiro a sua frase secreta.</translation>
    </message>
    <message>
        <source>That recovery code did not open it — check it and try again.</source>
        <translation>Esse código de recuperação não abriu o plano — confira e tente de novo.</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again. If you are sure it is right, the file may be damaged: the backup copy, kept from the save before, may open.</source>
        <translation>Essa frase secreta não abriu o plano — tente de novo. Se você tem certeza de que está certa, o arquivo pode estar danificado: a cópia de segurança, guardada do salvamento anterior, pode abrir.</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again.</source>
        <translation>Essa frase secreta não abriu o plano — tente de novo.</translation>
    </message>
    <message>
        <source>This plan is already open in another window. Close it there first, then try again.</source>
        <translation>Este plano já está aberto em outra janela. Feche lá primeiro e tente de novo.</translation>
    </message>
    <message>
        <source>This file looks damaged, so it did not open. The backup copy, kept from the save before, may open.</source>
        <translation>Este arquivo parece danificado, então não abriu. A cópia de segurança, guardada do salvamento anterior, pode abrir.</translation>
    </message>
    <message>
        <source>The plan could not be opened. Nothing was changed.</source>
        <translation>Não foi possível abrir o plano. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>WalkSidebar</name>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>Para conversar depois</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} done ({answered} answered, {not_applicable} do not apply)</source>
        <translation>{title}
{done} de {total} prontas ({answered} respondidas, {not_applicable} não se aplicam)</translation>
    </message>
    <message>
        <source>{title}
{answered} of {total} answered</source>
        <translation>{title}
{answered} de {total} respondidas</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <source>As listed in the guide in January 2020 — check before relying on it.</source>
        <comment>note</comment>
        <translation>Conforme a lista do guia, janeiro de 2020. Confira antes de contar com isso.</translation>
    </message>
    <message>
        <source>Sex worker support</source>
        <comment>category.sex_work</comment>
        <translation>Apoio a profissionais do sexo</translation>
    </message>
    <message>
        <source>Crisis and emergency lines</source>
        <comment>category.crisis</comment>
        <translation>Linhas de crise e de emergência</translation>
    </message>
    <message>
        <source>Violence: support and shelters</source>
        <comment>category.violence</comment>
        <translation>Violência: apoio e abrigos</translation>
    </message>
    <message>
        <source>Health and social services</source>
        <comment>category.health</comment>
        <translation>Saúde e serviços sociais</translation>
    </message>
    <message>
        <source>Legal help</source>
        <comment>category.legal</comment>
        <translation>Ajuda jurídica</translation>
    </message>
    <message>
        <source>Community legal clinics</source>
        <comment>category.legal_clinic</comment>
        <translation>Clínicas jurídicas comunitárias</translation>
    </message>
    <message>
        <source>Work and labour rights</source>
        <comment>category.labour</comment>
        <translation>Trabalho e direitos trabalhistas</translation>
    </message>
    <message>
        <source>Immigration, migrant and refugee support</source>
        <comment>category.immigration</comment>
        <translation>Apoio a imigrantes, migrantes e refugiados</translation>
    </message>
    <message>
        <source>Other community services</source>
        <comment>category.community</comment>
        <translation>Outros serviços comunitários</translation>
    </message>
    <message>
        <source>Started by sex workers, social workers, and legal and health workers. 24/7 hotline, outreach, health and legal information, and urgent help if a migrant sex worker is arrested or detained. In Ontario and other cities.</source>
        <comment>butterfly.offers</comment>
        <translation>Criada por profissionais do sexo e por profissionais das áreas social, jurídica e de saúde. Linha telefônica 24/7, trabalho de campo, informações de saúde e jurídicas, e ajuda urgente em caso de prisão ou detenção de profissionais do sexo migrantes. Em Ontário e outras cidades.</translation>
    </message>
    <message>
        <source>24/7 phone line for any woman facing abuse in Ontario: someone to talk to, information and referrals. About 200 languages.</source>
        <comment>assaulted-womens-helpline.offers</comment>
        <translation>Linha telefônica 24/7 para qualquer mulher que enfrenta abuso em Ontário: alguém para conversar, informações e encaminhamentos. Cerca de 200 línguas.</translation>
    </message>
    <message>
        <source>A list of distress and crisis lines across Ontario, for emotional support, including when thinking about suicide.</source>
        <comment>distress-centres-ontario.offers</comment>
        <translation>Uma lista de linhas de apoio emocional e de crise em todo o Ontário, inclusive quando você pensa em suicídio.</translation>
    </message>
    <message>
        <source>Lawyers, counselling and interpreters in many languages for women who have faced violence, in Ontario.</source>
        <comment>barbra-schlifer-clinic.offers</comment>
        <translation>Advogadas, aconselhamento e intérpretes em muitas línguas para mulheres que passaram por violência, em Ontário.</translation>
    </message>
    <message>
        <source>Money for urgent costs after a crime in Ontario, such as counselling or a funeral. After sexual or family violence or trafficking you can report to a community organisation instead of the police; for other crimes a police report is needed.</source>
        <comment>victim-quick-response.offers</comment>
        <translation>Dinheiro para despesas urgentes depois de um crime em Ontário, como aconselhamento ou um funeral. Depois de violência sexual ou familiar ou de tráfico de pessoas, você pode relatar o caso a uma organização comunitária em vez da polícia; para outros crimes, é preciso um boletim de ocorrência.</translation>
    </message>
    <message>
        <source>Ambulance and police. The police may come when you call.</source>
        <comment>emergency-911.offers</comment>
        <translation>Ambulância e polícia. A polícia pode vir quando você liga.</translation>
    </message>
    <message>
        <source>A website to find a shelter for women, and their children, who want to get away from violence or abuse.</source>
        <comment>sheltersafe.offers</comment>
        <translation>Um site para encontrar um abrigo para mulheres, e seus filhos, que querem se afastar da violência ou do abuso.</translation>
    </message>
    <message>
        <source>Finds a shelter bed in Toronto or tells you where there is space.</source>
        <comment>toronto-shelter-intake.offers</comment>
        <translation>Encontra uma vaga em abrigo em Toronto ou diz onde há lugar.</translation>
    </message>
    <message>
        <source>Phone line open 24 hours and a website to find any kind of community or social service in Ontario.</source>
        <comment>211-ontario.offers</comment>
        <translation>Linha telefônica aberta 24 horas e um site para encontrar qualquer tipo de serviço comunitário ou social em Ontário.</translation>
    </message>
    <message>
        <source>Free health advice from a registered nurse.</source>
        <comment>telehealth-ontario.offers</comment>
        <translation>Orientação de saúde gratuita com uma enfermeira ou enfermeiro registrado.</translation>
    </message>
    <message>
        <source>24-hour phone line in French for women in Ontario facing abuse or sexual assault: support, information and referrals.</source>
        <comment>femaide.offers</comment>
        <translation>Linha telefônica 24 horas em francês para mulheres em Ontário que enfrentam abuso ou violência sexual: apoio, informações e encaminhamentos.</translation>
    </message>
    <message>
        <source>Free, confidential information on services for mental health, alcohol and drug use, and gambling in Ontario.</source>
        <comment>connexontario.offers</comment>
        <translation>Informações gratuitas e confidenciais sobre serviços de saúde mental, uso de álcool e drogas, e jogos de azar em Ontário.</translation>
    </message>
    <message>
        <source>Information on mental health services in Ontario, such as crisis lines, online counselling and emergency housing.</source>
        <comment>ementalhealth.offers</comment>
        <translation>Informações sobre serviços de saúde mental em Ontário, como linhas de crise, aconselhamento on-line e moradia de emergência.</translation>
    </message>
    <message>
        <source>A list of mental health crisis services and their phone numbers across Ontario.</source>
        <comment>camh-crisis.offers</comment>
        <translation>Uma lista de serviços de crise em saúde mental e seus telefones em todo o Ontário.</translation>
    </message>
    <message>
        <source>Information on health services and resources in Ontario.</source>
        <comment>central-health-line.offers</comment>
        <translation>Informações sobre serviços e recursos de saúde em Ontário.</translation>
    </message>
    <message>
        <source>Doctors, nurse practitioners, social workers and others for people who often miss out on care, including people without status and people without a home.</source>
        <comment>community-health-centres.offers</comment>
        <translation>Médicos, enfermeiros especializados, assistentes sociais e outros profissionais para pessoas que muitas vezes ficam sem atendimento, incluindo pessoas sem status e pessoas sem moradia.</translation>
    </message>
    <message>
        <source>Legal services for people in Ontario with a low income who qualify.</source>
        <comment>legal-aid-ontario.offers</comment>
        <translation>Serviços jurídicos para pessoas de baixa renda em Ontário que cumprem os requisitos.</translation>
    </message>
    <message>
        <source>Legal help for refugee claimants in Toronto, Hamilton and Ottawa.</source>
        <comment>legal-aid-refugee-law-office.offers</comment>
        <translation>Ajuda jurídica para solicitantes de refúgio em Toronto, Hamilton e Ottawa.</translation>
    </message>
    <message>
        <source>Plain-language legal information in many languages and formats, and a list of community legal clinics in Ontario.</source>
        <comment>cleo.offers</comment>
        <translation>Informação jurídica em linguagem simples, em muitas línguas e formatos, e uma lista de clínicas jurídicas comunitárias em Ontário.</translation>
    </message>
    <message>
        <source>Legal information and referrals for women in Ontario facing violence.</source>
        <comment>owjn.offers</comment>
        <translation>Informação jurídica e encaminhamentos para mulheres em Ontário que enfrentam violência.</translation>
    </message>
    <message>
        <source>Family lawyers in three offices in Ontario for people who qualify for legal aid.</source>
        <comment>family-law-offices.offers</comment>
        <translation>Advogados/as de família em três escritórios em Ontário para pessoas que têm direito à assistência jurídica (legal aid).</translation>
    </message>
    <message>
        <source>Online referral to a lawyer or paralegal in Ontario, with a free first consultation of up to 30 minutes.</source>
        <comment>lsuc-lawyer-referral.offers</comment>
        <translation>Indicação on-line de um/a advogado/a ou paralegal em Ontário, com uma primeira consulta gratuita de até 30 minutos.</translation>
    </message>
    <message>
        <source>Local clinics for people with a low income in their area; some serve a particular culture or language.</source>
        <comment>community-legal-clinics.offers</comment>
        <translation>Clínicas locais para pessoas de baixa renda da sua região; algumas atendem uma cultura ou língua específica.</translation>
    </message>
    <message>
        <source>Free legal help across Ontario for people with a low income who do not speak English, in Chinese, Vietnamese, Cambodian and Laotian communities.</source>
        <comment>csalc.offers</comment>
        <translation>Ajuda jurídica gratuita em todo o Ontário para pessoas de baixa renda que não falam inglês, nas comunidades chinesa, vietnamita, cambojana e laosiana.</translation>
    </message>
    <message>
        <source>Takes test cases to court to change unfair rules in federal and Ontario income support programs.</source>
        <comment>income-security-advocacy-centre.offers</comment>
        <translation>Leva casos-teste à justiça para mudar regras injustas dos programas federais e de Ontário de apoio à renda.</translation>
    </message>
    <message>
        <source>Legal help and information on social assistance, violence, mental health, immigration and refugee matters, work and housing.</source>
        <comment>parkdale-community-legal-services.offers</comment>
        <translation>Ajuda e informação jurídica sobre assistência social, violência, saúde mental, imigração e refúgio, trabalho e moradia.</translation>
    </message>
    <message>
        <source>Legal help and information for people living with HIV in Ontario.</source>
        <comment>halco.offers</comment>
        <translation>Ajuda e informação jurídica para pessoas vivendo com HIV em Ontário.</translation>
    </message>
    <message>
        <source>Legal services for Black people in Ontario with a low income or no income.</source>
        <comment>black-legal-action-centre.offers</comment>
        <translation>Serviços jurídicos para pessoas negras em Ontário com baixa renda ou sem renda.</translation>
    </message>
    <message>
        <source>Legal advice, services and education for South Asian people in Ontario; also works on changing the law.</source>
        <comment>salc.offers</comment>
        <translation>Orientação, serviços e educação jurídica para pessoas do Sul da Ásia em Ontário; também atua para mudar a lei.</translation>
    </message>
    <message>
        <source>Support and lawyers for people with disabilities in Ontario.</source>
        <comment>arch-disability-law-centre.offers</comment>
        <translation>Apoio e advogados/as para pessoas com deficiência em Ontário.</translation>
    </message>
    <message>
        <source>Legal help in Spanish for Spanish-speaking people across Ontario.</source>
        <comment>spanish-speaking-legal-clinic.offers</comment>
        <translation>Ajuda jurídica em espanhol para pessoas que falam espanhol em todo o Ontário.</translation>
    </message>
    <message>
        <source>Legal help for First Nations (with or without status), Métis and Inuit people in Ontario.</source>
        <comment>aboriginal-legal-services.offers</comment>
        <translation>Ajuda jurídica para pessoas das Primeiras Nações (com ou sem status), métis e inuit em Ontário.</translation>
    </message>
    <message>
        <source>Information on workers&apos; rights and support to stand up for them.</source>
        <comment>workers-action-centre.offers</comment>
        <translation>Informações sobre os direitos de quem trabalha e apoio para defendê-los.</translation>
    </message>
    <message>
        <source>The Ontario government office that applies and enforces the Employment Standards Act, 2000.</source>
        <comment>ministry-of-labour.offers</comment>
        <translation>O órgão do governo de Ontário que aplica e fiscaliza a Lei de Normas de Emprego de 2000 (Employment Standards Act).</translation>
    </message>
    <message>
        <source>For sex workers in Toronto: sexual health, safety at work, workshops, legal information, counselling, advocacy and social time.</source>
        <comment>maggies.offers</comment>
        <translation>Para profissionais do sexo em Toronto: saúde sexual, segurança no trabalho, oficinas, informação jurídica, aconselhamento, defesa de direitos e convivência.</translation>
    </message>
    <message>
        <source>Outreach and harm reduction support for sex workers who work on the street, in Hamilton.</source>
        <comment>swap-hamilton.offers</comment>
        <translation>Trabalho de campo e apoio de redução de danos para profissionais do sexo que trabalham na rua, em Hamilton.</translation>
    </message>
    <message>
        <source>Harm reduction and first aid supplies, HIV and STI information, clothing, hygiene products, food, and peer support, in London.</source>
        <comment>safe-space-london.offers</comment>
        <translation>Materiais de redução de danos e de primeiros socorros, informações sobre HIV e ISTs, roupas, produtos de higiene, comida e apoio entre pares, em London.</translation>
    </message>
    <message>
        <source>Peer support, education, advocacy and referrals for safer living and working conditions, in Sudbury.</source>
        <comment>swans-sudbury.offers</comment>
        <translation>Apoio entre pares, educação, defesa de direitos e encaminhamentos para condições de vida e de trabalho mais seguras, em Sudbury.</translation>
    </message>
    <message>
        <source>A network of community agencies that serve immigrants and refugees in Ontario.</source>
        <comment>ocasi.offers</comment>
        <translation>Uma rede de organizações comunitárias que atendem imigrantes e refugiados em Ontário.</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education for newcomers in Ontario, and shelter for women and their children.</source>
        <comment>fcj-refugee-centre.offers</comment>
        <translation>Proteção a refugiados, ajuda para se estabelecer e educação para recém-chegados em Ontário, e abrigo para mulheres e seus filhos.</translation>
    </message>
    <message>
        <source>Health care and community services in Toronto, including for newcomers, immigrants and refugees.</source>
        <comment>access-alliance.offers</comment>
        <translation>Atendimento de saúde e serviços comunitários em Toronto, inclusive para recém-chegados, imigrantes e refugiados.</translation>
    </message>
    <message>
        <source>Speaks up for the rights of migrant workers, in Ontario and across Canada.</source>
        <comment>migrant-workers-alliance.offers</comment>
        <translation>Defende os direitos de trabalhadores migrantes, em Ontário e em todo o Canadá.</translation>
    </message>
    <message>
        <source>Information for newcomers about settling in.</source>
        <comment>settlement-org.offers</comment>
        <translation>Informações para recém-chegados sobre como se estabelecer.</translation>
    </message>
    <message>
        <source>Campaigns for the freedom to move, return and stay in Canada; trains people without status and the people who work at services on their rights.</source>
        <comment>no-one-is-illegal.offers</comment>
        <translation>Faz campanhas pela liberdade de circular, voltar e ficar no Canadá; capacita pessoas sem status e quem trabalha em serviços sobre os seus direitos.</translation>
    </message>
    <message>
        <source>Campaigns for Ontario health insurance (OHIP) for everyone.</source>
        <comment>ohip-for-all.offers</comment>
        <translation>Faz campanhas por seguro de saúde de Ontário (OHIP) para todas as pessoas.</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education in Toronto, and shelter for women and their children.</source>
        <comment>st-stephens-community-house.offers</comment>
        <translation>Proteção a refugiados, ajuda para se estabelecer e educação em Toronto, e abrigo para mulheres e seus filhos.</translation>
    </message>
    <message>
        <source>LGBTQ2 programs and groups, a refugee support group, free short-term and drop-in counselling, and classes, in Toronto.</source>
        <comment>the-519.offers</comment>
        <translation>Programas e grupos LGBTQ2, um grupo de apoio para refugiados, aconselhamento gratuito de curto prazo e sem hora marcada, e aulas, em Toronto.</translation>
    </message>
    <message>
        <source>Counselling and learning programs for children, youth and families with complex mental health or developmental needs.</source>
        <comment>skylark.offers</comment>
        <translation>Aconselhamento e programas de aprendizagem para crianças, jovens e famílias com necessidades complexas de saúde mental ou de desenvolvimento.</translation>
    </message>
    <message>
        <source>Programs, education, harm reduction and case management for people in prison or out of prison who live with HIV or AIDS.</source>
        <comment>pasan.offers</comment>
        <translation>Programas, educação, redução de danos e acompanhamento de casos para pessoas presas ou que saíram da prisão e vivem com HIV ou aids.</translation>
    </message>
    <message>
        <source>Peer-led support around drug and alcohol use for LGBTQQ2SIA youth aged 16 to 29 in Toronto: drop-ins, case management and group counselling.</source>
        <comment>pieces-to-pathways.offers</comment>
        <translation>Apoio entre pares sobre uso de drogas e álcool para jovens LGBTQQ2SIA de 16 a 29 anos em Toronto: atendimento sem hora marcada, acompanhamento de casos e aconselhamento em grupo.</translation>
    </message>
    <message>
        <source>An organisation of Chinese Canadians in Toronto working for equity, social justice and respect for diversity.</source>
        <comment>ccncto.offers</comment>
        <translation>Uma organização de sino-canadenses em Toronto que trabalha por equidade, justiça social e respeito à diversidade.</translation>
    </message>
</context>
<context>
    <name>forms.release_plan</name>
    <message>
        <source>Release plan</source>
        <comment>form.title</comment>
        <translation>Plano de soltura</translation>
    </message>
    <message>
        <source>Support network and your rights</source>
        <comment>network.title</comment>
        <translation>Rede de apoio e os seus direitos</translation>
    </message>
    <message>
        <source>People who know your rights and can speak up for you, found before you need them.</source>
        <comment>network.intro</comment>
        <translation>Pessoas que conhecem os seus direitos e podem falar por você, encontradas antes de você precisar.</translation>
    </message>
    <message>
        <source>Is there a community legal clinic you could contact?</source>
        <comment>r_legal_clinic.text</comment>
        <translation>Existe uma clínica jurídica comunitária que você poderia procurar?</translation>
    </message>
    <message>
        <source>A legal clinic can tell you your rights, and help you find a lawyer.</source>
        <comment>r_legal_clinic.why</comment>
        <translation>Uma clínica jurídica pode explicar os seus direitos e ajudar você a encontrar um/a advogado/a.</translation>
    </message>
    <message>
        <source>A legal clinic gives free legal information and help. Some help people without status.</source>
        <comment>r_legal_clinic.help</comment>
        <translation>Uma clínica jurídica dá informação e ajuda jurídica gratuitas. Algumas ajudam pessoas sem status.</translation>
    </message>
    <message>
        <source>Do you know an immigration lawyer you trust? Or someone who would call one for you?</source>
        <comment>r_lawyer.text</comment>
        <translation>Você conhece um/a advogado/a de imigração de confiança? Ou alguém que poderia chamar um por você?</translation>
    </message>
    <message>
        <source>Help comes much faster if you already know a lawyer before you need one.</source>
        <comment>r_lawyer.why</comment>
        <translation>A ajuda chega muito mais rápido se você já conhece um/a advogado/a antes de precisar.</translation>
    </message>
    <message>
        <source>An immigration lawyer helps with your status, detention and removal from Canada.</source>
        <comment>r_lawyer.help</comment>
        <translation>Um/a advogado/a de imigração ajuda com o seu status, a detenção e a deportação do Canadá.</translation>
    </message>
    <message>
        <source>Do you know a criminal lawyer? Or someone who would call one for you?</source>
        <comment>r_lawyer_criminal.text</comment>
        <translation>Você conhece um/a advogado/a criminalista? Ou alguém que poderia chamar um por você?</translation>
    </message>
    <message>
        <source>If the police charge you, a criminal lawyer protects your rights from the start.</source>
        <comment>r_lawyer_criminal.why</comment>
        <translation>Se a polícia acusar você de um crime, um/a advogado/a criminalista protege os seus direitos desde o início.</translation>
    </message>
    <message>
        <source>A criminal lawyer helps when the police say you broke a law.</source>
        <comment>r_lawyer_criminal.help</comment>
        <translation>Um/a advogado/a criminalista ajuda se você for acusado/a de um crime pela polícia.</translation>
    </message>
    <message>
        <source>If you have children, do you know a family lawyer?</source>
        <comment>r_lawyer_family.text</comment>
        <translation>Se você tem filhos, conhece um/a advogado/a de família?</translation>
    </message>
    <message>
        <source>Detention can affect who looks after your children. A family lawyer can help protect your rights as a parent.</source>
        <comment>r_lawyer_family.why</comment>
        <translation>A detenção pode afetar quem cuida dos seus filhos. Um/a advogado/a de família pode ajudar a proteger os seus direitos como mãe ou pai.</translation>
    </message>
    <message>
        <source>A family lawyer helps with children, custody and separation.</source>
        <comment>r_lawyer_family.help</comment>
        <translation>Um/a advogado/a de família ajuda com filhos, guarda e separação.</translation>
    </message>
    <message>
        <source>How much do you know about your rights with police and immigration officers?</source>
        <comment>r_rights.text</comment>
        <translation>Quanto você sabe sobre os seus direitos diante da polícia e dos agentes de imigração?</translation>
    </message>
    <message>
        <source>Knowing your rights can lower your risk of being detained.</source>
        <comment>r_rights.why</comment>
        <translation>Conhecer os seus direitos pode diminuir o risco de detenção.</translation>
    </message>
    <message>
        <source>Legal clinics and sex worker groups share this information, sometimes in other languages.</source>
        <comment>r_rights.help</comment>
        <translation>Clínicas jurídicas e grupos de profissionais do sexo compartilham essas informações, às vezes em outras línguas.</translation>
    </message>
    <message>
        <source>I know my rights well</source>
        <comment>r_rights.option.well</comment>
        <translation>Conheço bem os meus direitos</translation>
    </message>
    <message>
        <source>I know some things</source>
        <comment>r_rights.option.some</comment>
        <translation>Sei algumas coisas</translation>
    </message>
    <message>
        <source>I would like to learn more</source>
        <comment>r_rights.option.learn_more</comment>
        <translation>Gostaria de saber mais</translation>
    </message>
    <message>
        <source>Is there a community support worker or organisation you trust?</source>
        <comment>r_support_worker.text</comment>
        <translation>Existe uma organização ou um/a profissional de apoio comunitário em quem você confia?</translation>
    </message>
    <message>
        <source>They can help with many needs, contact lawyers for you, and support your release.</source>
        <comment>r_support_worker.why</comment>
        <translation>Podem ajudar com muitas necessidades, chamar advogados por você e apoiar a sua soltura.</translation>
    </message>
    <message>
        <source>Who is a person you really trust, who would speak up for you if you were detained?</source>
        <comment>r_advocate.text</comment>
        <translation>Quem é uma pessoa em quem você confia muito, que falaria por você em caso de detenção?</translation>
    </message>
    <message>
        <source>Someone on the outside can call people and push for your release.</source>
        <comment>r_advocate.why</comment>
        <translation>Alguém do lado de fora pode ligar para as pessoas e pressionar pela sua soltura.</translation>
    </message>
    <message>
        <source>This can be a partner, a friend or a co-worker. A first name is enough.</source>
        <comment>r_advocate.help</comment>
        <translation>Pode ser um parceiro ou parceira, uma amizade ou alguém do trabalho. Só o primeiro nome já basta.</translation>
    </message>
    <message>
        <source>Getting released at a detention review</source>
        <comment>release.title</comment>
        <translation>Conseguir a soltura na revisão da detenção</translation>
    </message>
    <message>
        <source>Once detained, you can talk to very few people. What you set up now helps you later.</source>
        <comment>release.intro</comment>
        <translation>Na detenção, você pode falar com pouquíssimas pessoas. O que você organizar agora ajuda depois.</translation>
    </message>
    <message>
        <source>If you were detained, what would matter most to you?</source>
        <comment>r_wishes.text</comment>
        <translation>Em caso de detenção, o que seria mais importante para você?</translation>
    </message>
    <message>
        <source>Your lawyer and supporters should follow your wishes. Telling them now makes that easier.</source>
        <comment>r_wishes.why</comment>
        <translation>O seu advogado ou advogada e as pessoas que apoiam você devem seguir a sua vontade. Contar agora facilita isso.</translation>
    </message>
    <message>
        <source>Staying in Canada, even if it takes time</source>
        <comment>r_wishes.example1</comment>
        <translation>Ficar no Canadá, mesmo que demore</translation>
    </message>
    <message>
        <source>Getting out quickly, even if it means leaving Canada</source>
        <comment>r_wishes.example2</comment>
        <translation>Sair rápido, mesmo que isso signifique deixar o Canadá</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <comment>r_wishes.example3</comment>
        <translation>Ainda não sei</translation>
    </message>
    <message>
        <source>Have you talked about this plan with someone you trust?</source>
        <comment>r_talked_plan.text</comment>
        <translation>Você já conversou sobre este plano com alguém de confiança?</translation>
    </message>
    <message>
        <source>Once you are detained, your things are taken and you can call very few people.</source>
        <comment>r_talked_plan.why</comment>
        <translation>Na detenção, pegam as suas coisas e você pode ligar para pouquíssimas pessoas.</translation>
    </message>
    <message>
        <source>Who could be your bond person?</source>
        <comment>r_bond_person.text</comment>
        <translation>Quem poderia ser a sua pessoa fiadora?</translation>
    </message>
    <message>
        <source>A bond person is often what makes release possible.</source>
        <comment>r_bond_person.why</comment>
        <translation>Muitas vezes, é uma pessoa fiadora que torna a soltura possível.</translation>
    </message>
    <message>
        <source>Knowing the amount helps you and your lawyer prepare the hearing.</source>
        <comment>r_bond_amount.why</comment>
        <translation>Saber o valor ajuda você e o seu advogado ou advogada a preparar a audiência.</translation>
    </message>
    <message>
        <source>Who could come to the hearing and speak for you?</source>
        <comment>r_hearing_witness.text</comment>
        <translation>Quem poderia ir à audiência e falar por você?</translation>
    </message>
    <message>
        <source>People who know you show that you have ties to the community here.</source>
        <comment>r_hearing_witness.why</comment>
        <translation>Pessoas que conhecem você mostram que você tem laços com a comunidade daqui.</translation>
    </message>
    <message>
        <source>A plan for what happens if immigration officers, or the police for immigration reasons, detain you. If you are charged with a crime, see the question about a criminal lawyer, and legal help in the directory. If you are detained, your phone and your things are taken, and it is hard to reach people. What you set up now makes release more likely, and keeps the things you care about looked after. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>Um plano para o que acontece se agentes de imigração, ou a polícia por motivos de imigração, deterem você. Se você for acusado/a de um crime, veja a pergunta sobre advogado/a criminalista e a ajuda jurídica na lista de organizações. Se você for detido/a, o seu celular e as suas coisas são levados, e é difícil falar com as pessoas. O que você organizar agora aumenta a chance de soltura e garante que as coisas que importam para você sejam cuidadas. Você pode pular qualquer pergunta ou voltar a ela depois.</translation>
    </message>
    <message>
        <source>This plan is mostly about immigration detention. If the police charge you with a crime, a criminal court decides on bail.</source>
        <comment>r_lawyer_criminal.legal1</comment>
        <translation>Este plano trata principalmente da detenção de imigração. Se a polícia acusar você de um crime, um tribunal criminal decide sobre a fiança.</translation>
    </message>
    <message>
        <source>If the police keep you after an arrest, you should see a justice within 24 hours, usually for a bail hearing.</source>
        <comment>r_lawyer_criminal.legal2</comment>
        <translation>Se a polícia não soltar você depois de prender, você deve ser levado/a a um juiz em até 24 horas, normalmente para uma audiência de fiança.</translation>
    </message>
    <message>
        <source>A surety is like a bond person in criminal court: someone who promises money and supervises you.</source>
        <comment>r_lawyer_criminal.legal3</comment>
        <translation>Um fiador no tribunal criminal (surety) é como uma pessoa fiadora: alguém que promete dinheiro e acompanha você.</translation>
    </message>
    <message>
        <source>Duty counsel at the court, a criminal lawyer or Legal Aid Ontario can help. A charge can also affect your immigration status.</source>
        <comment>r_lawyer_criminal.legal4</comment>
        <translation>O/a advogado/a de plantão no tribunal (duty counsel), um/a advogado/a criminalista ou a Legal Aid Ontario podem ajudar. Uma acusação também pode afetar o seu status migratório.</translation>
    </message>
    <message>
        <source>If police or immigration officers arrest or detain you, you have the right to be told why, and to talk to a lawyer without delay.</source>
        <comment>r_rights.legal1</comment>
        <translation>Se a polícia ou agentes de imigração prenderem ou detiverem você, você tem o direito de saber o motivo e de falar com um/a advogado/a sem demora.</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge.</source>
        <comment>r_rights.legal2</comment>
        <translation>Numa audiência de imigração, você tem direito a um/a intérprete, de graça.</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Say only what you are fine with officers hearing.</source>
        <comment>r_rights.legal3</comment>
        <translation>As ligações feitas da detenção podem não ser privadas. Diga só o que você não se importa que os agentes ouçam.</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low.</source>
        <comment>r_rights.legal4</comment>
        <translation>A Legal Aid Ontario pode pagar um/a advogado/a se a sua renda for baixa.</translation>
    </message>
    <message>
        <source>Would you like to find out if Legal Aid Ontario could pay for a lawyer for you?</source>
        <comment>r_legal_aid.text</comment>
        <translation>Você gostaria de saber se a Legal Aid Ontario poderia pagar um/a advogado/a para você?</translation>
    </message>
    <message>
        <source>A lawyer at a detention review can make release more likely. You may not have to pay.</source>
        <comment>r_legal_aid.why</comment>
        <translation>Um/a advogado/a na revisão da detenção pode aumentar a chance de soltura. Talvez você não precise pagar.</translation>
    </message>
    <message>
        <source>A community legal clinic can help you apply.</source>
        <comment>r_legal_aid.help</comment>
        <translation>Uma clínica jurídica comunitária pode ajudar você a fazer o pedido.</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low, including for some immigration and detention cases.</source>
        <comment>r_legal_aid.legal1</comment>
        <translation>A Legal Aid Ontario pode pagar um/a advogado/a se a sua renda for baixa, inclusive em alguns casos de imigração e detenção.</translation>
    </message>
    <message>
        <source>Someone who knows you well, who may pay or promise money of their own so you can be released.</source>
        <comment>r_bond_person.help</comment>
        <translation>Alguém que conhece você bem e que pode pagar ou prometer dinheiro próprio para que você seja solto/a.</translation>
    </message>
    <message>
        <source>A bond person must be 18 or older and live in Canada. They should know you well, and come forward freely.</source>
        <comment>r_bond_person.legal1</comment>
        <translation>A pessoa fiadora precisa ter 18 anos ou mais e morar no Canadá. Ela deve conhecer você bem e se oferecer por vontade própria.</translation>
    </message>
    <message>
        <source>To give a guarantee (a promise to pay), they must be a Canadian citizen or permanent resident.</source>
        <comment>r_bond_person.legal2</comment>
        <translation>Para dar uma garantia (uma promessa de pagar), ela precisa ser cidadã canadense ou residente permanente.</translation>
    </message>
    <message>
        <source>The money must be the bond person&apos;s own money, not yours. No one may be paid to be a bond person.</source>
        <comment>r_bond_person.legal3</comment>
        <translation>O dinheiro tem que ser da própria pessoa fiadora, não seu. Ninguém pode receber pagamento para ser pessoa fiadora.</translation>
    </message>
    <message>
        <source>They may be asked questions at the hearing, for example how well they know you and how they will supervise you.</source>
        <comment>r_bond_person.legal4</comment>
        <translation>Podem fazer perguntas a ela na audiência, por exemplo, o quanto ela conhece você e como vai acompanhar você.</translation>
    </message>
    <message>
        <source>They must tell the CBSA if you break a condition of your release. If they do not, they can lose the money.</source>
        <comment>r_bond_person.legal5</comment>
        <translation>Ela precisa avisar a CBSA se você descumprir uma condição da sua soltura. Se não avisar, pode perder o dinheiro.</translation>
    </message>
    <message>
        <source>If no one can be your bond person, a supervision program may act instead (in Toronto in 2020, the Toronto Bail Program).</source>
        <comment>r_bond_person.legal6</comment>
        <translation>Se ninguém puder ser a sua pessoa fiadora, um programa de supervisão pode ocupar esse lugar (em Toronto, em 2020, o Toronto Bail Program).</translation>
    </message>
    <message>
        <source>How much of their own money could your bond person pay or promise, if needed?</source>
        <comment>r_bond_amount.text</comment>
        <translation>Quanto dinheiro próprio a sua pessoa fiadora poderia pagar ou prometer, se for preciso?</translation>
    </message>
    <message>
        <source>This is called a bond (immigration bail). It is the bond person&apos;s money, not yours.</source>
        <comment>r_bond_amount.help</comment>
        <translation>Isso se chama fiança (de imigração). O dinheiro é da pessoa fiadora, não seu.</translation>
    </message>
    <message>
        <source>A deposit (cash bond) is paid before release. It can be returned at the end if all the conditions were kept.</source>
        <comment>r_bond_amount.legal1</comment>
        <translation>Um depósito (fiança em dinheiro) é pago antes da soltura. Ele pode ser devolvido no final se todas as condições forem cumpridas.</translation>
    </message>
    <message>
        <source>A guarantee (performance bond) is a promise to pay if a condition is broken. The bond person must show they could pay.</source>
        <comment>r_bond_amount.legal2</comment>
        <translation>Uma garantia (performance bond) é uma promessa de pagar se uma condição for descumprida. A pessoa fiadora precisa mostrar que poderia pagar.</translation>
    </message>
    <message>
        <source>The member at the hearing decides the amount, and may ask for both.</source>
        <comment>r_bond_amount.legal3</comment>
        <translation>O membro que conduz a audiência decide o valor, e pode pedir os dois.</translation>
    </message>
    <message>
        <source>Does your bond person know they may need to come to a hearing within two days of your detention?</source>
        <comment>r_bond_ready.text</comment>
        <translation>A sua pessoa fiadora sabe que talvez precise ir a uma audiência até dois dias depois da sua detenção?</translation>
    </message>
    <message>
        <source>If they are not ready for the first review, the next chance may be a week or a month later.</source>
        <comment>r_bond_ready.why</comment>
        <translation>Se ela não estiver pronta para a primeira revisão, a próxima chance pode ser uma semana ou um mês depois.</translation>
    </message>
    <message>
        <source>They can prepare now: ID, proof of their status, and proof of their own money and address.</source>
        <comment>r_bond_ready.help</comment>
        <translation>Ela pode se preparar agora: documento de identidade, comprovante do status dela e comprovante do próprio dinheiro e endereço.</translation>
    </message>
    <message>
        <source>The first detention review is held within 48 hours of detention, or soon after.</source>
        <comment>r_bond_ready.legal1</comment>
        <translation>A primeira revisão da detenção acontece em até 48 horas depois da detenção, ou logo depois.</translation>
    </message>
    <message>
        <source>If you are not released, the next review is within 7 days, then at least once every 30 days.</source>
        <comment>r_bond_ready.legal2</comment>
        <translation>Se você não for solto/a, a próxima revisão é em até 7 dias, e depois pelo menos uma vez a cada 30 dias.</translation>
    </message>
    <message>
        <source>A bond person who is not ready for the first review may have to wait a week or a month for the next one.</source>
        <comment>r_bond_ready.legal3</comment>
        <translation>Uma pessoa fiadora que não estiver pronta para a primeira revisão pode ter que esperar uma semana ou um mês pela próxima.</translation>
    </message>
    <message>
        <source>A lawyer can ask for an earlier review if there are new facts, for example a bond person who is now ready.</source>
        <comment>r_bond_ready.legal4</comment>
        <translation>Um/a advogado/a pode pedir uma revisão mais cedo se houver fatos novos, por exemplo, uma pessoa fiadora que agora está pronta.</translation>
    </message>
    <message>
        <source>A witness says how they know you and how they will support you.</source>
        <comment>r_hearing_witness.help</comment>
        <translation>Uma testemunha diz como conhece você e como vai apoiar você.</translation>
    </message>
    <message>
        <source>At a detention review, a member of the Immigration and Refugee Board decides if you can be released, and on what conditions.</source>
        <comment>r_hearing_witness.legal1</comment>
        <translation>Na revisão da detenção, um membro do Conselho de Imigração e Refúgio (IRB) decide se você pode ser solto/a, e com quais condições.</translation>
    </message>
    <message>
        <source>Where would you stay if you are released? Add the person or the shelter, with the address.</source>
        <comment>r_release_address.text</comment>
        <translation>Onde você ficaria se for solto/a? Adicione a pessoa ou o abrigo, com o endereço.</translation>
    </message>
    <message>
        <source>Talk with them now, because it is hard to reach out once you are detained.</source>
        <comment>r_release_address.why</comment>
        <translation>Converse com eles agora, porque é difícil entrar em contato depois que você é detido/a.</translation>
    </message>
    <message>
        <source>In the list of people, you can add an address to a person or a shelter.</source>
        <comment>r_release_address.help</comment>
        <translation>Na lista de pessoas, você pode adicionar um endereço a uma pessoa ou a um abrigo.</translation>
    </message>
    <message>
        <source>At a detention review you are asked where you will live if you are released.</source>
        <comment>r_release_address.legal1</comment>
        <translation>Na revisão da detenção, perguntam onde você vai morar se for solto/a.</translation>
    </message>
    <message>
        <source>Staying with your bond person often counts for more than a shelter, but a shelter may be accepted.</source>
        <comment>r_release_address.legal2</comment>
        <translation>Ficar com a sua pessoa fiadora muitas vezes conta mais do que um abrigo, mas um abrigo pode ser aceito.</translation>
    </message>
    <message>
        <source>Things to plan in advance</source>
        <comment>advance.title</comment>
        <translation>Coisas para planejar com antecedência</translation>
    </message>
    <message>
        <source>Your phone may be taken from you, so some things need to be ready now.</source>
        <comment>advance.intro</comment>
        <translation>O seu celular pode ser tirado de você, então algumas coisas precisam estar prontas agora.</translation>
    </message>
    <message>
        <source>Do you know by heart the phone numbers of the people you would call?</source>
        <comment>r_numbers_by_heart.text</comment>
        <translation>Você sabe de cor os números de telefone das pessoas para quem ligaria?</translation>
    </message>
    <message>
        <source>Your phone may be taken. Numbers you know by heart stay with you.</source>
        <comment>r_numbers_by_heart.why</comment>
        <translation>O seu celular pode ser tirado. Os números que você sabe de cor ficam com você.</translation>
    </message>
    <message>
        <source>In the list of people, you can mark numbers to learn, and practise them here.</source>
        <comment>r_numbers_by_heart.help</comment>
        <translation>Na lista de pessoas, você pode marcar números para aprender e praticar aqui.</translation>
    </message>
    <message>
        <source>Who would look after your children if you were detained?</source>
        <comment>r_carer_children.text</comment>
        <translation>Quem cuidaria dos seus filhos em caso de detenção?</translation>
    </message>
    <message>
        <source>Knowing who will care for them gives you and them some peace of mind.</source>
        <comment>r_carer_children.why</comment>
        <translation>Saber quem vai cuidar deles traz um pouco de tranquilidade para você e para eles.</translation>
    </message>
    <message>
        <source>Who would look after your pets?</source>
        <comment>r_carer_pets.text</comment>
        <translation>Quem cuidaria dos seus animais de estimação?</translation>
    </message>
    <message>
        <source>Pets need someone to feed them from the first day.</source>
        <comment>r_carer_pets.why</comment>
        <translation>Os animais precisam de alguém para dar comida desde o primeiro dia.</translation>
    </message>
    <message>
        <source>Who has a key to your home and could bring you clothes, money, documents and medication?</source>
        <comment>r_key_holder.text</comment>
        <translation>Quem tem uma chave da sua casa e poderia levar para você roupas, dinheiro, documentos e remédios?</translation>
    </message>
    <message>
        <source>You may need things from home, and you cannot go and get them yourself.</source>
        <comment>r_key_holder.why</comment>
        <translation>Você pode precisar de coisas de casa, e não pode ir buscar pessoalmente.</translation>
    </message>
    <message>
        <source>Which documents would you need, and where are they kept?</source>
        <comment>r_documents.text</comment>
        <translation>De quais documentos você precisaria, e onde eles estão guardados?</translation>
    </message>
    <message>
        <source>Your lawyer or key holder may need your passport or other papers for the hearing.</source>
        <comment>r_documents.why</comment>
        <translation>O seu advogado ou advogada, ou quem tem a sua chave, pode precisar do seu passaporte ou de outros papéis para a audiência.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>r_documents.example1</comment>
        <translation>Passaporte</translation>
    </message>
    <message>
        <source>Study or work permit</source>
        <comment>r_documents.example2</comment>
        <translation>Permissão de estudo ou de trabalho</translation>
    </message>
    <message>
        <source>Lease or letter showing my address</source>
        <comment>r_documents.example3</comment>
        <translation>Contrato de aluguel ou carta que mostra o meu endereço</translation>
    </message>
    <message>
        <source>Which trusted service provider would contact your family or friends if you were detained?</source>
        <comment>r_family_contact.text</comment>
        <translation>Qual prestador de serviços de confiança entraria em contato com a sua família ou amizades em caso de detenção?</translation>
    </message>
    <message>
        <source>You may not be able to call them yourself, or often.</source>
        <comment>r_family_contact.why</comment>
        <translation>Talvez você não consiga ligar para eles, ou não com frequência.</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Agree now on what can be said on the phone.</source>
        <comment>r_family_contact.help</comment>
        <translation>As ligações feitas da detenção podem não ser privadas. Combinem agora o que pode ser dito por telefone.</translation>
    </message>
    <message>
        <source>What would you like them to say for you, and what should they not say?</source>
        <comment>r_family_message.text</comment>
        <translation>O que você gostaria que dissessem por você, e o que não deveriam dizer?</translation>
    </message>
    <message>
        <source>You decide what other people are told about you.</source>
        <comment>r_family_message.why</comment>
        <translation>Você decide o que as outras pessoas ficam sabendo sobre você.</translation>
    </message>
    <message>
        <source>Tell my sister I am safe and ask her to call my lawyer</source>
        <comment>r_family_message.example1</comment>
        <translation>Digam à minha irmã que estou bem e peçam para ela ligar para o meu advogado</translation>
    </message>
    <message>
        <source>Do not talk about my work</source>
        <comment>r_family_message.example2</comment>
        <translation>Não falem sobre o meu trabalho</translation>
    </message>
    <message>
        <source>Health, money and people who count on you</source>
        <comment>needs.title</comment>
        <translation>Saúde, dinheiro e pessoas que contam com você</translation>
    </message>
    <message>
        <source>Things that need care while you are away, and for the hearing.</source>
        <comment>needs.intro</comment>
        <translation>Coisas que precisam de cuidado enquanto você está fora, e para a audiência.</translation>
    </message>
    <message>
        <source>What medication or medical care do you need?</source>
        <comment>r_medication.text</comment>
        <translation>De quais remédios ou cuidados médicos você precisa?</translation>
    </message>
    <message>
        <source>This can go on your wallet card, so staff know what you need.</source>
        <comment>r_medication.why</comment>
        <translation>Isso pode ir no seu cartão de bolso, para que a equipe saiba do que você precisa.</translation>
    </message>
    <message>
        <source>Write only what you want others to see. You can use general words.</source>
        <comment>r_medication.help</comment>
        <translation>Escreva só o que você quer que outras pessoas vejam. Você pode usar palavras gerais.</translation>
    </message>
    <message>
        <source>Insulin, twice a day</source>
        <comment>r_medication.example1</comment>
        <translation>Insulina, duas vezes por dia</translation>
    </message>
    <message>
        <source>One pill for blood pressure each morning</source>
        <comment>r_medication.example2</comment>
        <translation>Um comprimido para pressão toda manhã</translation>
    </message>
    <message>
        <source>Which language do you speak best? Do you need an interpreter?</source>
        <comment>r_interpreter.text</comment>
        <translation>Qual língua você fala melhor? Precisa de intérprete?</translation>
    </message>
    <message>
        <source>This can go on your wallet card. You can ask for an interpreter at a hearing.</source>
        <comment>r_interpreter.why</comment>
        <translation>Isso pode ir no seu cartão de bolso. Você pode pedir um/a intérprete numa audiência.</translation>
    </message>
    <message>
        <source>An interpreter says in your language what others say, and says your words in theirs.</source>
        <comment>r_interpreter.help</comment>
        <translation>Um/a intérprete diz na sua língua o que os outros dizem, e diz as suas palavras na língua deles.</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge. Tell your lawyer your language early.</source>
        <comment>r_interpreter.legal1</comment>
        <translation>Numa audiência de imigração, você tem direito a um/a intérprete, de graça. Diga logo ao/à seu/sua advogado/a qual é a sua língua.</translation>
    </message>
    <message>
        <source>Vietnamese, interpreter needed</source>
        <comment>r_interpreter.example1</comment>
        <translation>Vietnamita, preciso de intérprete</translation>
    </message>
    <message>
        <source>Mandarin and some English</source>
        <comment>r_interpreter.example2</comment>
        <translation>Mandarim e um pouco de inglês</translation>
    </message>
    <message>
        <source>Is there someone you trust to take care of your private matters, like rent or your bank?</source>
        <comment>r_power_of_attorney.text</comment>
        <translation>Existe alguém de confiança que possa cuidar dos seus assuntos pessoais, como aluguel ou banco?</translation>
    </message>
    <message>
        <source>While you are detained, someone can pay bills and deal with offices for you.</source>
        <comment>r_power_of_attorney.why</comment>
        <translation>Enquanto você estiver na detenção, alguém pode pagar contas e resolver coisas em repartições por você.</translation>
    </message>
    <message>
        <source>Power of attorney: a signed paper that lets a person you choose act for you. A lawyer or legal clinic can help.</source>
        <comment>r_power_of_attorney.help</comment>
        <translation>Procuração: um papel assinado que permite que uma pessoa escolhida por você aja em seu nome. Um/a advogado/a ou uma clínica jurídica pode ajudar.</translation>
    </message>
    <message>
        <source>If your bank account were frozen, how would you pay rent and bills? Who could help you talk to the bank?</source>
        <comment>r_frozen_account.text</comment>
        <translation>Se a sua conta bancária fosse congelada, como você pagaria o aluguel e as contas? Quem poderia ajudar você a falar com o banco?</translation>
    </message>
    <message>
        <source>Rent, bills and other costs still need paying while your account is closed to you.</source>
        <comment>r_frozen_account.why</comment>
        <translation>O aluguel, as contas e outros gastos continuam tendo que ser pagos enquanto você não tem acesso à conta.</translation>
    </message>
    <message>
        <source>A frozen account is one the bank has stopped, so no money can come out.</source>
        <comment>r_frozen_account.help</comment>
        <translation>Uma conta bloqueada é uma conta que o banco travou, e nenhum dinheiro pode sair.</translation>
    </message>
    <message>
        <source>Some cash kept with my sister</source>
        <comment>r_frozen_account.example1</comment>
        <translation>Algum dinheiro guardado com a minha irmã</translation>
    </message>
    <message>
        <source>My support worker can call the bank with me</source>
        <comment>r_frozen_account.example2</comment>
        <translation>A minha profissional de apoio pode ligar para o banco comigo</translation>
    </message>
    <message>
        <source>Who should be told if you are away for some time?</source>
        <comment>r_notify.text</comment>
        <translation>Quem deveria ser avisado se você ficar fora por um tempo?</translation>
    </message>
    <message>
        <source>Missing classes or work without notice can cause problems, for example with a study permit.</source>
        <comment>r_notify.why</comment>
        <translation>Faltar às aulas ou ao trabalho sem avisar pode causar problemas, por exemplo com uma permissão de estudo.</translation>
    </message>
    <message>
        <source>My school or college</source>
        <comment>r_notify.option.school</comment>
        <translation>Minha escola ou faculdade</translation>
    </message>
    <message>
        <source>My work</source>
        <comment>r_notify.option.work</comment>
        <translation>Meu trabalho</translation>
    </message>
    <message>
        <source>My landlord</source>
        <comment>r_notify.option.landlord</comment>
        <translation>Quem me aluga a casa</translation>
    </message>
    <message>
        <source>Someone else</source>
        <comment>r_notify.option.someone_else</comment>
        <translation>Outra pessoa</translation>
    </message>
    <message>
        <source>Do you take care of other people, here or in another country, who would need help if you were detained?</source>
        <comment>r_care_others.text</comment>
        <translation>Você cuida de outras pessoas, aqui ou em outro país, que precisariam de ajuda em caso de detenção?</translation>
    </message>
    <message>
        <source>Planning now means they still get help while you are away.</source>
        <comment>r_care_others.why</comment>
        <translation>Planejar agora significa que elas continuam recebendo ajuda enquanto você está fora.</translation>
    </message>
    <message>
        <source>I send money to my mother each month</source>
        <comment>r_care_others.example1</comment>
        <translation>Mando dinheiro para a minha mãe todo mês</translation>
    </message>
    <message>
        <source>I take my neighbour to the doctor</source>
        <comment>r_care_others.example2</comment>
        <translation>Levo a minha vizinha ao médico</translation>
    </message>
    <message>
        <source>Would you like to talk with a lawyer about what to say, and what not to say, at a hearing?</source>
        <comment>r_hearing_talk.text</comment>
        <translation>Você gostaria de conversar com um/a advogado/a sobre o que dizer, e o que não dizer, numa audiência?</translation>
    </message>
    <message>
        <source>What you say at a hearing can change the result. A lawyer can help you prepare.</source>
        <comment>r_hearing_talk.why</comment>
        <translation>O que você diz numa audiência pode mudar o resultado. Um/a advogado/a pode ajudar você a se preparar.</translation>
    </message>
</context>
<context>
    <name>forms.safety_plan</name>
    <message>
        <source>Safety plan</source>
        <comment>form.title</comment>
        <translation>Plano de segurança</translation>
    </message>
    <message>
        <source>A plan to help you stay safe from a person or a situation that puts you at risk. You decide what goes in it, and what you want to do. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>Um plano para ajudar você a ficar em segurança diante de uma pessoa ou situação que coloca você em risco. Você decide o que entra nele e o que quer fazer. Você pode pular qualquer pergunta ou voltar a ela depois.</translation>
    </message>
    <message>
        <source>Plan to leave</source>
        <comment>leave.title</comment>
        <translation>Plano para sair</translation>
    </message>
    <message>
        <source>If you ever decide to leave, or must leave quickly, it helps to have things ready.</source>
        <comment>leave.intro</comment>
        <translation>Se um dia você decidir sair, ou precisar sair rápido, ajuda ter as coisas prontas.</translation>
    </message>
    <message>
        <source>What would you like this plan to help you with?</source>
        <comment>s_goal.text</comment>
        <translation>Em que você gostaria que este plano ajudasse?</translation>
    </message>
    <message>
        <source>This plan follows what you want, not what others expect.</source>
        <comment>s_goal.why</comment>
        <translation>Este plano segue o que você quer, não o que outras pessoas esperam.</translation>
    </message>
    <message>
        <source>Being ready in case things get worse</source>
        <comment>s_goal.example1</comment>
        <translation>Me preparar caso as coisas piorem</translation>
    </message>
    <message>
        <source>Leaving a workplace</source>
        <comment>s_goal.example2</comment>
        <translation>Sair de um local de trabalho</translation>
    </message>
    <message>
        <source>Staying, but with more safety</source>
        <comment>s_goal.example3</comment>
        <translation>Ficar, mas com mais segurança</translation>
    </message>
    <message>
        <source>If you left, do you think the person might try to hurt you or punish you for leaving?</source>
        <comment>s_retaliation.text</comment>
        <translation>Se você saísse, acha que a pessoa poderia tentar machucar ou punir você por sair?</translation>
    </message>
    <message>
        <source>Knowing the risk helps you choose when and how to leave, and who to tell.</source>
        <comment>s_retaliation.why</comment>
        <translation>Conhecer o risco ajuda você a escolher quando e como sair, e para quem contar.</translation>
    </message>
    <message>
        <source>Yes, I think so</source>
        <comment>s_retaliation.option.likely</comment>
        <translation>Sim, acho que sim</translation>
    </message>
    <message>
        <source>Maybe, I am not sure</source>
        <comment>s_retaliation.option.maybe</comment>
        <translation>Talvez, não sei</translation>
    </message>
    <message>
        <source>I do not think so</source>
        <comment>s_retaliation.option.unlikely</comment>
        <translation>Acho que não</translation>
    </message>
    <message>
        <source>What could make leaving safer for you?</source>
        <comment>s_safer_leaving.text</comment>
        <translation>O que poderia deixar a sua saída mais segura?</translation>
    </message>
    <message>
        <source>Small steps can lower the risk when you leave.</source>
        <comment>s_safer_leaving.why</comment>
        <translation>Pequenos passos podem diminuir o risco quando você sair.</translation>
    </message>
    <message>
        <source>Leave when they are not at home</source>
        <comment>s_safer_leaving.example1</comment>
        <translation>Sair quando essa pessoa não estiver em casa</translation>
    </message>
    <message>
        <source>Have a friend with me</source>
        <comment>s_safer_leaving.example2</comment>
        <translation>Ir com uma amizade</translation>
    </message>
    <message>
        <source>Change my phone number after I leave</source>
        <comment>s_safer_leaving.example3</comment>
        <translation>Trocar o número do meu celular depois de sair</translation>
    </message>
    <message>
        <source>Where could you go if you leave? Add the people or places, with their address or phone number.</source>
        <comment>s_safe_place.text</comment>
        <translation>Para onde você poderia ir se sair? Adicione as pessoas ou os lugares, com endereço ou telefone.</translation>
    </message>
    <message>
        <source>When you know where to go, leaving quickly is easier.</source>
        <comment>s_safe_place.why</comment>
        <translation>Quando você sabe para onde ir, fica mais fácil sair rápido.</translation>
    </message>
    <message>
        <source>A friend, someone in your community, an emergency shelter or a motel. A first name is enough.</source>
        <comment>s_safe_place.help</comment>
        <translation>Uma amizade, alguém da sua comunidade, um abrigo de emergência ou um motel. Só o primeiro nome já basta.</translation>
    </message>
    <message>
        <source>A friend&apos;s place</source>
        <comment>s_safe_place.example1</comment>
        <translation>A casa de uma amizade</translation>
    </message>
    <message>
        <source>An emergency shelter</source>
        <comment>s_safe_place.example2</comment>
        <translation>Um abrigo de emergência</translation>
    </message>
    <message>
        <source>A motel near work</source>
        <comment>s_safe_place.example3</comment>
        <translation>Um motel perto do trabalho</translation>
    </message>
    <message>
        <source>If you live or work with the person, do you have a hidden place to keep these addresses?</source>
        <comment>s_hide_addresses.text</comment>
        <translation>Se você mora ou trabalha com a pessoa, tem um lugar escondido para guardar esses endereços?</translation>
    </message>
    <message>
        <source>On a friend&apos;s phone</source>
        <comment>s_hide_addresses.example1</comment>
        <translation>No celular de uma amizade</translation>
    </message>
    <message>
        <source>The person may look through your phone or your things, at home or at work.</source>
        <comment>s_hide_addresses.why</comment>
        <translation>A pessoa pode mexer no seu celular ou nas suas coisas, em casa ou no trabalho.</translation>
    </message>
    <message>
        <source>Written with first names only, kept by a friend</source>
        <comment>s_hide_addresses.example2</comment>
        <translation>Escrito só com o primeiro nome, guardado por um/a amigo/a</translation>
    </message>
    <message>
        <source>How could you get there? Choose any that could work.</source>
        <comment>s_transport.text</comment>
        <translation>Como você poderia chegar lá? Escolha todas as opções que funcionam.</translation>
    </message>
    <message>
        <source>Knowing the way saves time if you must leave suddenly.</source>
        <comment>s_transport.why</comment>
        <translation>Conhecer o caminho economiza tempo se você precisar sair de repente.</translation>
    </message>
    <message>
        <source>Walk</source>
        <comment>s_transport.option.walk</comment>
        <translation>A pé</translation>
    </message>
    <message>
        <source>Bus, subway or train</source>
        <comment>s_transport.option.transit</comment>
        <translation>Ônibus, metrô ou trem</translation>
    </message>
    <message>
        <source>Taxi or ride app</source>
        <comment>s_transport.option.taxi</comment>
        <translation>Táxi ou aplicativo de transporte</translation>
    </message>
    <message>
        <source>Someone drives me</source>
        <comment>s_transport.option.friend_drives</comment>
        <translation>Alguém me leva de carro</translation>
    </message>
    <message>
        <source>Another way</source>
        <comment>s_transport.option.other</comment>
        <translation>De outro jeito</translation>
    </message>
    <message>
        <source>Do you plan to leave soon, or do you want to be ready in case you must leave suddenly?</source>
        <comment>s_timing.text</comment>
        <translation>Você pretende sair logo, ou quer se preparar caso precise sair de repente?</translation>
    </message>
    <message>
        <source>Your answer changes what to prepare first.</source>
        <comment>s_timing.why</comment>
        <translation>A sua resposta muda o que preparar primeiro.</translation>
    </message>
    <message>
        <source>I plan to leave soon</source>
        <comment>s_timing.option.soon</comment>
        <translation>Pretendo sair logo</translation>
    </message>
    <message>
        <source>I want to be ready, in case</source>
        <comment>s_timing.option.be_ready</comment>
        <translation>Quero me preparar, por via das dúvidas</translation>
    </message>
    <message>
        <source>I have not decided</source>
        <comment>s_timing.option.undecided</comment>
        <translation>Ainda não decidi</translation>
    </message>
    <message>
        <source>If you plan to leave soon, is there a day you have in mind?</source>
        <comment>s_leave_date.text</comment>
        <translation>Se você pretende sair logo, tem algum dia em mente?</translation>
    </message>
    <message>
        <source>A date helps you plan the steps that come before it.</source>
        <comment>s_leave_date.why</comment>
        <translation>Uma data ajuda a planejar os passos que vêm antes.</translation>
    </message>
    <message>
        <source>Which small things could you keep in your everyday bag, in case you must leave suddenly?</source>
        <comment>s_bag.text</comment>
        <translation>Quais coisas pequenas você poderia levar na bolsa do dia a dia, caso precise sair de repente?</translation>
    </message>
    <message>
        <source>A few things let you leave at once. Too many things may make someone suspicious.</source>
        <comment>s_bag.why</comment>
        <translation>Poucas coisas permitem sair na hora. Coisas demais podem deixar alguém desconfiado.</translation>
    </message>
    <message>
        <source>Medication</source>
        <comment>s_bag.option.medication</comment>
        <translation>Remédios</translation>
    </message>
    <message>
        <source>A change of clothes</source>
        <comment>s_bag.option.clothes</comment>
        <translation>Uma muda de roupa</translation>
    </message>
    <message>
        <source>A little money, hidden (for example in a lipstick tube)</source>
        <comment>s_bag.option.cash</comment>
        <translation>Um pouco de dinheiro, escondido (por exemplo, num tubo de batom)</translation>
    </message>
    <message>
        <source>A phone charger</source>
        <comment>s_bag.option.charger</comment>
        <translation>Um carregador de celular</translation>
    </message>
    <message>
        <source>Spare keys</source>
        <comment>s_bag.option.keys</comment>
        <translation>Chaves reserva</translation>
    </message>
    <message>
        <source>Important phone numbers on paper</source>
        <comment>s_bag.option.numbers</comment>
        <translation>Números de telefone importantes no papel</translation>
    </message>
    <message>
        <source>Do you need to plan for children, other people you care for, or pets?</source>
        <comment>s_care.text</comment>
        <translation>Você precisa planejar algo para filhos, outras pessoas de quem cuida ou animais de estimação?</translation>
    </message>
    <message>
        <source>Planning ahead means they are looked after if you leave quickly.</source>
        <comment>s_care.why</comment>
        <translation>Planejar antes significa que alguém vai cuidar deles se você sair rápido.</translation>
    </message>
    <message>
        <source>My son: my sister can pick him up from school</source>
        <comment>s_care.example1</comment>
        <translation>Meu filho: minha irmã pode buscá-lo na escola</translation>
    </message>
    <message>
        <source>My cat: a neighbour can feed her</source>
        <comment>s_care.example2</comment>
        <translation>Minha gata: uma vizinha pode dar comida para ela</translation>
    </message>
    <message>
        <source>Supports and resources</source>
        <comment>supports.title</comment>
        <translation>Apoios e recursos</translation>
    </message>
    <message>
        <source>The people and groups who can help you, and the strengths you already have.</source>
        <comment>supports.intro</comment>
        <translation>As pessoas e os grupos que podem ajudar você, e as forças que você já tem.</translation>
    </message>
    <message>
        <source>Who could help you find services and contact them? This can be an organisation, a co-worker, a friend, a client or family.</source>
        <comment>s_helpers.text</comment>
        <translation>Quem poderia ajudar você a encontrar serviços e entrar em contato com eles? Pode ser uma organização, um colega de trabalho, uma amizade, um cliente ou a família.</translation>
    </message>
    <message>
        <source>Someone who knows the services can save you time and worry.</source>
        <comment>s_helpers.why</comment>
        <translation>Alguém que conhece os serviços pode poupar seu tempo e sua preocupação.</translation>
    </message>
    <message>
        <source>Services can be shelters, programs for people facing violence, legal help or food banks.</source>
        <comment>s_helpers.help</comment>
        <translation>Serviços podem ser abrigos, programas para pessoas que enfrentam violência, ajuda jurídica ou bancos de alimentos.</translation>
    </message>
    <message>
        <source>What other support would help you? Who could give it?</source>
        <comment>s_other_support.text</comment>
        <translation>Que outro apoio ajudaria você? Quem poderia dar esse apoio?</translation>
    </message>
    <message>
        <source>Support can be practical, like a ride, or someone to talk to. Both count.</source>
        <comment>s_other_support.why</comment>
        <translation>O apoio pode ser prático, como uma carona, ou alguém para conversar. As duas coisas contam.</translation>
    </message>
    <message>
        <source>A ride to the shelter</source>
        <comment>s_other_support.example1</comment>
        <translation>Uma carona até o abrigo</translation>
    </message>
    <message>
        <source>Someone to talk to in my language</source>
        <comment>s_other_support.example2</comment>
        <translation>Alguém para conversar na minha língua</translation>
    </message>
    <message>
        <source>Help with rent</source>
        <comment>s_other_support.example3</comment>
        <translation>Ajuda com o aluguel</translation>
    </message>
    <message>
        <source>What matters most to you right now?</source>
        <comment>s_priorities.text</comment>
        <translation>O que é mais importante para você agora?</translation>
    </message>
    <message>
        <source>Your priorities decide which steps come first in your plan.</source>
        <comment>s_priorities.why</comment>
        <translation>As suas prioridades decidem quais passos vêm primeiro no seu plano.</translation>
    </message>
    <message>
        <source>Keeping my job</source>
        <comment>s_priorities.example1</comment>
        <translation>Manter meu trabalho</translation>
    </message>
    <message>
        <source>My child&apos;s school</source>
        <comment>s_priorities.example2</comment>
        <translation>A escola do meu filho ou da minha filha</translation>
    </message>
    <message>
        <source>Keeping my immigration status</source>
        <comment>s_priorities.example3</comment>
        <translation>Manter meu status migratório</translation>
    </message>
    <message>
        <source>How have you kept yourself safe before? What are you doing now that helps?</source>
        <comment>s_strengths.text</comment>
        <translation>Como você se manteve em segurança antes? O que você faz agora que ajuda?</translation>
    </message>
    <message>
        <source>You know your life best. Your skills and experience are part of this plan.</source>
        <comment>s_strengths.why</comment>
        <translation>Você conhece a sua vida melhor do que ninguém. As suas habilidades e a sua experiência fazem parte deste plano.</translation>
    </message>
    <message>
        <source>I tell a co-worker where I am</source>
        <comment>s_strengths.example1</comment>
        <translation>Aviso alguém do trabalho onde estou</translation>
    </message>
    <message>
        <source>I screen new clients</source>
        <comment>s_strengths.example2</comment>
        <translation>Faço uma triagem dos clientes novos</translation>
    </message>
    <message>
        <source>I keep my phone charged and with me</source>
        <comment>s_strengths.example3</comment>
        <translation>Mantenho o celular carregado e comigo</translation>
    </message>
    <message>
        <source>If you think about going to the police or immigration, would you talk with a lawyer first?</source>
        <comment>s_lawyer_first.text</comment>
        <translation>Se você pensar em procurar a polícia ou a imigração, conversaria antes com um/a advogado/a?</translation>
    </message>
    <message>
        <source>Without legal advice, it may lead to more abuse or to removal from Canada. With legal help, it may help you stay.</source>
        <comment>s_lawyer_first.why</comment>
        <translation>Sem orientação jurídica, isso pode levar a mais abuso ou à deportação do Canadá. Com ajuda jurídica, pode ajudar você a ficar.</translation>
    </message>
    <message>
        <source>You can ask for another address, or online letters if the person cannot get into your email or phone.</source>
        <comment>s_bank_mail.help</comment>
        <translation>Você pode pedir outro endereço, ou cartas pela internet se a pessoa não consegue entrar no seu e-mail nem no seu celular.</translation>
    </message>
    <message>
        <source>Can you keep the person away from your phone, your accounts and your records?</source>
        <comment>s_phone_security.text</comment>
        <translation>Você consegue manter a pessoa longe do seu celular, das suas contas e dos seus registros?</translation>
    </message>
    <message>
        <source>Someone who can see your phone or accounts may learn about your plans.</source>
        <comment>s_phone_security.why</comment>
        <translation>Quem consegue ver o seu celular ou as suas contas pode descobrir os seus planos.</translation>
    </message>
    <message>
        <source>For example: a new passcode, signing out of shared accounts, turning off location sharing.</source>
        <comment>s_phone_security.help</comment>
        <translation>Por exemplo: uma nova senha de desbloqueio, sair das contas compartilhadas, desligar o compartilhamento de localização.</translation>
    </message>
    <message>
        <source>A lawyer can explain your choices before you decide. Legal clinics give free legal help.</source>
        <comment>s_lawyer_first.help</comment>
        <translation>Um/a advogado/a pode explicar as suas opções antes de você decidir. As clínicas jurídicas dão ajuda jurídica gratuita.</translation>
    </message>
    <message>
        <source>If a partner sponsors your immigration, would you like to learn the rules that protect sponsored spouses facing violence at home?</source>
        <comment>s_sponsorship.text</comment>
        <translation>Se o seu parceiro ou parceira patrocina a sua imigração, você gostaria de conhecer as regras que protegem pessoas patrocinadas que sofrem violência em casa?</translation>
    </message>
    <message>
        <source>There are exceptions that may protect your status. Knowing them helps you decide with less fear.</source>
        <comment>s_sponsorship.why</comment>
        <translation>Existem exceções que podem proteger o seu status. Conhecê-las ajuda você a decidir com menos medo.</translation>
    </message>
    <message>
        <source>Sponsor: the person who signed to support your application to live in Canada.</source>
        <comment>s_sponsorship.help</comment>
        <translation>Patrocinador/a: a pessoa que assinou para apoiar o seu pedido para morar no Canadá.</translation>
    </message>
    <message>
        <source>If you are already a permanent resident, your sponsor cannot take that status away, even if you leave.</source>
        <comment>s_sponsorship.legal1</comment>
        <translation>Se você já é residente permanente, o/a seu/sua patrocinador/a não pode tirar esse status, mesmo que você vá embora.</translation>
    </message>
    <message>
        <source>Since 2017, a sponsored spouse no longer has to live with the sponsor for two years to keep permanent residence.</source>
        <comment>s_sponsorship.legal2</comment>
        <translation>Desde 2017, o/a cônjuge patrocinado/a não precisa mais morar com o/a patrocinador/a por dois anos para manter a residência permanente.</translation>
    </message>
    <message>
        <source>If your status in Canada depends on your partner and you face violence, a special temporary permit may help you stay (since 2019).</source>
        <comment>s_sponsorship.legal3</comment>
        <translation>Se o seu status no Canadá depende do seu/da sua parceiro/a e você sofre violência, uma permissão temporária especial pode ajudar você a ficar (desde 2019).</translation>
    </message>
    <message>
        <source>A lawyer or legal clinic can tell you what applies to you before you decide.</source>
        <comment>s_sponsorship.legal4</comment>
        <translation>Um/a advogado/a ou uma clínica jurídica pode dizer o que vale para o seu caso antes de você decidir.</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>money.title</comment>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <source>Some money of your own gives you more choices.</source>
        <comment>money.intro</comment>
        <translation>Ter algum dinheiro seu dá mais opções para você.</translation>
    </message>
    <message>
        <source>Could you save and hide some money? How much would you need for travel and a room?</source>
        <comment>s_savings.text</comment>
        <translation>Você conseguiria guardar e esconder algum dinheiro? Quanto precisaria para a viagem e um quarto?</translation>
    </message>
    <message>
        <source>With enough for travel and a room, you do not have to stay in a shelter if you do not want to.</source>
        <comment>s_savings.why</comment>
        <translation>Com o suficiente para a viagem e um quarto, você não precisa ficar num abrigo se não quiser.</translation>
    </message>
    <message>
        <source>$40 for a taxi</source>
        <comment>s_savings.example1</comment>
        <translation>$40 para um táxi</translation>
    </message>
    <message>
        <source>$300 for a room for a week</source>
        <comment>s_savings.example2</comment>
        <translation>$300 para um quarto por uma semana</translation>
    </message>
    <message>
        <source>Where could you keep this money, so that the person cannot find it?</source>
        <comment>s_money_place.text</comment>
        <translation>Onde você poderia guardar esse dinheiro, para que a pessoa não encontre?</translation>
    </message>
    <message>
        <source>Money is only useful if it is still there when you need it.</source>
        <comment>s_money_place.why</comment>
        <translation>O dinheiro só é útil se ainda estiver lá quando você precisar.</translation>
    </message>
    <message>
        <source>With a friend I trust</source>
        <comment>s_money_place.example1</comment>
        <translation>Com uma amizade de confiança</translation>
    </message>
    <message>
        <source>In a pocket sewn into my bag</source>
        <comment>s_money_place.example2</comment>
        <translation>Num bolso costurado dentro da minha bolsa</translation>
    </message>
    <message>
        <source>Do you have a bank account that only you can use?</source>
        <comment>s_own_account.text</comment>
        <translation>Você tem uma conta no banco que só você pode usar?</translation>
    </message>
    <message>
        <source>Money in your own account is harder for others to take or control.</source>
        <comment>s_own_account.why</comment>
        <translation>É mais difícil para outras pessoas pegar ou controlar o dinheiro que está na sua própria conta.</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>s_own_account.option.yes</comment>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No, but I could open one</source>
        <comment>s_own_account.option.could_open</comment>
        <translation>Não, mas eu poderia abrir uma</translation>
    </message>
    <message>
        <source>No</source>
        <comment>s_own_account.option.no</comment>
        <translation>Não</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <comment>s_own_account.option.not_sure</comment>
        <translation>Não sei</translation>
    </message>
    <message>
        <source>Does your bank send letters to an address where the person cannot see them?</source>
        <comment>s_bank_mail.text</comment>
        <translation>O seu banco manda as cartas para um endereço onde a pessoa não possa vê-las?</translation>
    </message>
    <message>
        <source>A letter from the bank can tell the person that you have an account.</source>
        <comment>s_bank_mail.why</comment>
        <translation>Uma carta do banco pode mostrar para a pessoa que você tem uma conta.</translation>
    </message>
    <message>
        <source>ID, documents and bank information</source>
        <comment>papers.title</comment>
        <translation>Documentos de identidade, outros documentos e dados bancários</translation>
    </message>
    <message>
        <source>Your papers, ready to take, and copies kept somewhere safe.</source>
        <comment>papers.intro</comment>
        <translation>Os seus papéis, prontos para levar, e cópias guardadas num lugar seguro.</translation>
    </message>
    <message>
        <source>Which important documents would you take with you? Note where each one is kept.</source>
        <comment>s_documents.text</comment>
        <translation>Quais documentos importantes você levaria? Anote onde cada um está guardado.</translation>
    </message>
    <message>
        <source>If they are together in one place, you can take them all quickly.</source>
        <comment>s_documents.why</comment>
        <translation>Se eles estiverem juntos num só lugar, você pode levar todos rápido.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>s_documents.example1</comment>
        <translation>Passaporte</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <comment>s_documents.example2</comment>
        <translation>Papéis de imigração</translation>
    </message>
    <message>
        <source>Bank card</source>
        <comment>s_documents.example3</comment>
        <translation>Cartão do banco</translation>
    </message>
    <message>
        <source>Health card</source>
        <comment>s_documents.example4</comment>
        <translation>Cartão de saúde</translation>
    </message>
    <message>
        <source>My children&apos;s birth certificates</source>
        <comment>s_documents.example5</comment>
        <translation>As certidões de nascimento dos meus filhos</translation>
    </message>
    <message>
        <source>Could an organisation you trust keep a copy of your file or papers for you?</source>
        <comment>s_org_copy.text</comment>
        <translation>Uma organização de confiança poderia guardar uma cópia do seu arquivo ou dos seus papéis para você?</translation>
    </message>
    <message>
        <source>If you leave quickly, a copy waits for you somewhere safe.</source>
        <comment>s_org_copy.why</comment>
        <translation>Se você sair rápido, uma cópia espera por você num lugar seguro.</translation>
    </message>
    <message>
        <source>Would you like to keep a record each time the person contacts you or causes a problem?</source>
        <comment>s_incident_record.text</comment>
        <translation>Você gostaria de anotar cada vez que a pessoa entra em contato com você ou causa um problema?</translation>
    </message>
    <message>
        <source>A record with dates can help later, for example with a lawyer or an immigration application.</source>
        <comment>s_incident_record.why</comment>
        <translation>Um registro com datas pode ajudar depois, por exemplo com um/a advogado/a ou num pedido de imigração.</translation>
    </message>
    <message>
        <source>Write the date, time and place. Keep it where the person cannot reach it, like SaferPlan&apos;s private record.</source>
        <comment>s_incident_record.help</comment>
        <translation>Anote a data, a hora e o local. Guarde num lugar que a pessoa não consiga acessar, como o registro privado do SaferPlan.</translation>
    </message>
    <message>
        <source>I already keep a record</source>
        <comment>s_incident_record.option.already</comment>
        <translation>Já faço um registro</translation>
    </message>
    <message>
        <source>I would like to start</source>
        <comment>s_incident_record.option.start</comment>
        <translation>Gostaria de começar</translation>
    </message>
    <message>
        <source>Not right now</source>
        <comment>s_incident_record.option.not_now</comment>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Where could you keep copies of your records and documents, away from the person?</source>
        <comment>s_copies_place.text</comment>
        <translation>Onde você poderia guardar cópias dos seus registros e documentos, longe da pessoa?</translation>
    </message>
    <message>
        <source>Copies stay safe even if your phone or papers are taken.</source>
        <comment>s_copies_place.why</comment>
        <translation>As cópias ficam seguras mesmo se pegarem o seu celular ou os seus papéis.</translation>
    </message>
    <message>
        <source>With someone I really trust</source>
        <comment>s_copies_place.option.trusted_person</comment>
        <translation>Com alguém em quem confio muito</translation>
    </message>
    <message>
        <source>At an organisation</source>
        <comment>s_copies_place.option.organisation</comment>
        <translation>Numa organização</translation>
    </message>
    <message>
        <source>In an email account only I know</source>
        <comment>s_copies_place.option.private_email</comment>
        <translation>Num e-mail que só eu conheço</translation>
    </message>
    <message>
        <source>I do not have a place yet</source>
        <comment>s_copies_place.option.not_yet</comment>
        <translation>Ainda não tenho um lugar</translation>
    </message>
    <message>
        <source>Do you have an email account that the person does not know about?</source>
        <comment>s_private_email.text</comment>
        <translation>Você tem uma conta de e-mail que a pessoa não conhece?</translation>
    </message>
    <message>
        <source>You can email scans and notes to yourself and keep them safe there.</source>
        <comment>s_private_email.why</comment>
        <translation>Você pode mandar para si por e-mail documentos escaneados e anotações, e guardá-los lá em segurança.</translation>
    </message>
    <message>
        <source>Sign in only at a community organisation or a public library, not on a shared phone.</source>
        <comment>s_private_email.help</comment>
        <translation>Entre no e-mail só numa organização comunitária ou numa biblioteca pública, não num celular compartilhado.</translation>
    </message>
</context>
</TS>
