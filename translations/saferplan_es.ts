<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About SaferPlan</source>
        <translation>Acerca de SaferPlan</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. You may use, share and change it.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU (GNU General Public License), versión 3 o posterior. Puedes usarlo, compartirlo y modificarlo.</translation>
    </message>
    <message>
        <source>The open plan is kept in this file: {path}</source>
        <translation>El plan abierto se guarda en este archivo: {path}</translation>
    </message>
    <message>
        <source>New plans are kept in this folder: {path}</source>
        <translation>Los planes nuevos se guardan en esta carpeta: {path}</translation>
    </message>
    <message>
        <source>Portable mode is on: settings and plans stay in that folder, and nothing is kept in your home folder.</source>
        <translation>El modo portátil está activado: la configuración y los planes se quedan en esa carpeta, y no se guarda nada en tu carpeta personal.</translation>
    </message>
    <message>
        <source>Portable mode is off.</source>
        <translation>El modo portátil está desactivado.</translation>
    </message>
    <message>
        <source>Show the licence</source>
        <translation>Ver la licencia</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>The licence text is not in this copy. It is the GNU General Public License, version 3, at gnu.org/licenses.</source>
        <translation>El texto de la licencia no está en esta copia. Es la Licencia Pública General de GNU (GNU General Public License), versión 3, en gnu.org/licenses.</translation>
    </message>
</context>
<context>
    <name>AnswerAdapter</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>See it larger</source>
        <translation>Ver en grande</translation>
    </message>
    <message>
        <source>Name of the file</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Quitar el archivo</translation>
    </message>
    <message>
        <source>A PDF file, kept safely in your plan. SaferPlan cannot show it.</source>
        <translation>Un archivo PDF, guardado de forma segura en tu plan. SaferPlan no puede mostrarlo.</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Abriendo la imagen…</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Esta imagen no se puede mostrar.</translation>
    </message>
</context>
<context>
    <name>BondSheet</name>
    <message>
        <source>If I am detained: for my bond person</source>
        <translation>Si me detienen: para mi persona fiadora</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>The first detention review is within 48 hours, or soon after. Then within 7 days, then at least once every 30 days.</source>
        <translation>La primera revisión de la detención es dentro de las 48 horas, o poco después. Luego dentro de 7 días, y después al menos una vez cada 30 días.</translation>
    </message>
    <message>
        <source>If you are not ready for the first review, the next chance may be a week or a month later. Call my lawyer as soon as you hear.</source>
        <translation>Si no tienes todo listo para la primera revisión, la siguiente oportunidad puede ser una semana o un mes después. Llama a mi abogado/a en cuanto te enteres.</translation>
    </message>
    <message>
        <source>What you may be asked at the hearing</source>
        <translation>Lo que te pueden preguntar en la audiencia</translation>
    </message>
    <message>
        <source>How you know me, where I will live, and how you will make sure I follow the conditions of my release.</source>
        <translation>Cómo me conoces, dónde voy a vivir y cómo vas a asegurarte de que cumpla las condiciones de mi liberación.</translation>
    </message>
    <message>
        <source>Whether you would tell the CBSA if I broke a condition. You must, or you can lose the money.</source>
        <translation>Si le avisarías a la CBSA en caso de que yo infrinja una condición. Debes hacerlo, o puedes perder el dinero.</translation>
    </message>
    <message>
        <source>Where the money comes from. It must be your own money, not mine.</source>
        <translation>De dónde viene el dinero. Tiene que ser tu propio dinero, no el mío.</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Qué llevar</translation>
    </message>
    <message>
        <source>Photo ID, and proof of your status in Canada: a Canadian passport, citizenship certificate or permanent resident card.</source>
        <translation>Identificación con foto y prueba de tu estatus en Canadá: pasaporte canadiense, certificado de ciudadanía o tarjeta de residente permanente.</translation>
    </message>
    <message>
        <source>Proof of your own money and income, and of your address: bank statements, pay slips, a lease or a bill.</source>
        <translation>Prueba de tu propio dinero e ingresos, y de tu dirección: estados de cuenta del banco, recibos de pago, un contrato de alquiler o una factura.</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <source>Add my lawyer&apos;s and support worker&apos;s numbers here:</source>
        <translation>Agrega aquí los números de mi abogado/a y de mi trabajador/a de apoyo:</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Bond person</source>
        <translation>Persona fiadora</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>Abogado/a de inmigración</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>Abogado/a penal</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>Abogado/a de familia</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>Clínica legal</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Trabajador/a de apoyo</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>Tiene mi llave</translation>
    </message>
    <message>
        <source>Cares for my children</source>
        <translation>Cuida a mis hijos</translation>
    </message>
    <message>
        <source>Cares for my pets</source>
        <translation>Cuida a mis mascotas</translation>
    </message>
    <message>
        <source>Release address</source>
        <translation>Dirección si me liberan</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Poder legal</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Lugar seguro</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Otros contactos</translation>
    </message>
    <message>
        <source>In an emergency, please contact</source>
        <translation>En caso de emergencia, por favor contacte a</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Medication and medical needs</source>
        <translation>Medicamentos y necesidades médicas</translation>
    </message>
    <message>
        <source>Language / interpreter</source>
        <translation>Idioma / intérprete</translation>
    </message>
    <message>
        <source>This line is 5 cm long. If it is not, print again at 100 % (actual size).</source>
        <translation>Esta línea mide 5 cm. Si no es así, imprime de nuevo al 100 % (tamaño real).</translation>
    </message>
</context>
<context>
    <name>CardRisk</name>
    <message>
        <source>Before you print a card</source>
        <translation>Antes de imprimir una tarjeta</translation>
    </message>
    <message>
        <source>If you are detained, officers take your things and may read this card. They may call the people on it. You decide what is best. You can also give the card to your bond person to keep, or learn the numbers by heart and carry no card.</source>
        <translation>Si te detienen, los agentes te quitan tus cosas y pueden leer esta tarjeta. Pueden llamar a las personas que aparecen en ella. Tú decides qué es lo mejor. También puedes darle la tarjeta a tu persona fiadora para que la guarde, o aprenderte los números de memoria y no llevar ninguna tarjeta.</translation>
    </message>
    <message>
        <source>Print the card as it is</source>
        <translation>Imprimir la tarjeta así</translation>
    </message>
    <message>
        <source>Make it discreet: names and numbers only</source>
        <translation>Hacerla discreta: solo nombres y números</translation>
    </message>
    <message>
        <source>Choose fewer people first</source>
        <translation>Primero elegir menos personas</translation>
    </message>
    <message>
        <source>Save a sheet for my bond person instead</source>
        <translation>Mejor guardar una hoja para mi persona fiadora</translation>
    </message>
    <message>
        <source>Choose fewer people</source>
        <translation>Elegir menos personas</translation>
    </message>
    <message>
        <source>Untick the people you want to leave off the card, then print again.</source>
        <translation>Desmarca a las personas que no quieras en la tarjeta y vuelve a imprimir.</translation>
    </message>
    <message>
        <source>A sheet for your bond person</source>
        <translation>Una hoja para tu persona fiadora</translation>
    </message>
    <message>
        <source>It says what to do if you are detained: when, what they may be asked, what to bring, and who to call. It is printed in the language chosen for printing, and in English.</source>
        <translation>Dice qué hacer si te detienen: cuándo actuar, qué le pueden preguntar, qué llevar y a quién llamar. Se imprime en el idioma elegido para imprimir y en inglés.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. Use Save as PDF to keep a file.</source>
        <translation>SaferPlan solo imprime en una impresora. Para guardar un archivo, usa «Guardar como PDF».</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>The sheet for your bond person is saved. Give it to them on paper if you can.</source>
        <translation>La hoja para tu persona fiadora está guardada. Si puedes, dásela en papel.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>What SaferPlan keeps</source>
        <translation>Qué guarda SaferPlan</translation>
    </message>
    <message>
        <source>Only what you type: your plans, the people and documents you add, and the numbers you want to learn. Write as little as you need. First names and your own words are fine.</source>
        <translation>Solo lo que escribes: tus planes, las personas y los documentos que agregas, y los números que quieres aprender. Escribe solo lo que necesites. Los nombres de pila y tus propias palabras están bien.</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Dónde se guarda</translation>
    </message>
    <message>
        <source>In one file on this computer, locked with a passphrase you choose. Without the passphrase, or a recovery code if you make one, nobody can read it. Not us either: if you forget both, the plan cannot be opened again.</source>
        <translation>En un archivo en esta computadora, bloqueado con una frase secreta que tú eliges. Sin la frase secreta, o un código de recuperación si creas uno, nadie puede leerlo. Tampoco nosotros: si olvidas las dos cosas, el plan ya no se puede abrir.</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>No se envía nada a ningún lugar</translation>
    </message>
    <message>
        <source>SaferPlan never uses the internet. Nothing you write leaves this computer unless you print it or save a copy yourself.</source>
        <translation>SaferPlan nunca usa internet. Nada de lo que escribes sale de esta computadora, a menos que lo imprimas o guardes una copia tú.</translation>
    </message>
    <message>
        <source>You decide</source>
        <translation>Tú decides</translation>
    </message>
    <message>
        <source>Every question can be skipped, left for later, or marked as not for you. You can see everything you wrote, take a copy, and delete everything at any time.</source>
        <translation>Puedes saltar cualquier pregunta, dejarla para más tarde o marcar que no es para ti. Puedes ver todo lo que escribiste, llevarte una copia y borrarlo todo en cualquier momento.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>The Hide button at the top is always there. Pressing Esc twice, or Shift three times, does the same. SaferPlan hides your plan at once, saves it, locks it and minimises or closes. To open it again you need your passphrase. After a few minutes without use it locks by itself.</source>
        <translation>El botón Ocultar, arriba, siempre está ahí. Presionar Esc dos veces, o Shift tres veces, hace lo mismo. SaferPlan oculta tu plan de inmediato, lo guarda, lo bloquea y minimiza o cierra la ventana. Para abrirlo otra vez necesitas tu frase secreta. Después de unos minutos sin uso, se bloquea solo.</translation>
    </message>
    <message>
        <source>What SaferPlan cannot protect against</source>
        <translation>Contra qué no puede protegerte SaferPlan</translation>
    </message>
    <message>
        <source>It cannot keep you safe while the plan is open and someone is watching. It cannot stop spyware, a keylogger, or someone who controls this computer. It cannot hide that SaferPlan or a plan file is here: the file&apos;s size and date can be seen. It cannot help if someone forces you to tell them your passphrase. Deleted files may still be recoverable on some drives and USB sticks. Printouts and saved copies are not protected once they leave SaferPlan: keep them somewhere safe.</source>
        <translation>No puede protegerte mientras el plan está abierto y alguien está mirando. No puede detener programas espía, un registrador de teclas (keylogger) ni a alguien que controla esta computadora. No puede ocultar que SaferPlan o un archivo de plan están aquí: se pueden ver el tamaño y la fecha del archivo. No puede ayudar si alguien te obliga a decirle tu frase secreta. En algunos discos y memorias USB, los archivos borrados todavía se pueden recuperar. Las copias impresas y guardadas no están protegidas una vez que salen de SaferPlan: guárdalas en un lugar seguro.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
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
        <translation>Elige una frase secreta</translation>
    </message>
    <message>
        <source>Also make a recovery code</source>
        <translation>Crear también un código de recuperación</translation>
    </message>
    <message>
        <source>A recovery code opens the plan if you forget your passphrase. It is shown once, for you to write down. Anyone who finds it can open your plan too, so keep it somewhere safe, away from this computer. Without a code, a forgotten passphrase means the plan cannot be opened again.</source>
        <translation>Un código de recuperación abre el plan si olvidas tu frase secreta. Se muestra una sola vez, para que lo anotes. Cualquier persona que lo encuentre también puede abrir tu plan, así que guárdalo en un lugar seguro, lejos de esta computadora. Sin un código, si olvidas la frase secreta, el plan ya no se puede abrir.</translation>
    </message>
    <message>
        <source>Locking your new plan. This takes a moment.</source>
        <translation>Bloqueando tu nuevo plan. Esto tarda un momento.</translation>
    </message>
    <message>
        <source>&amp;Create my plan</source>
        <translation>&amp;Crear mi plan</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>The plan could not be created. Nothing was saved.</source>
        <translation>No se pudo crear el plan. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>DirectoryWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Volver al &amp;inicio</translation>
    </message>
    <message>
        <source>As listed in {date} — check before relying on it.</source>
        <translation>Como aparece en {date}. Verifícalo antes de confiar en esta información.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or another category.</source>
        <translation>No hay resultados. Prueba con menos letras u otra categoría.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>Todo tipo de ayuda</translation>
    </message>
    <message>
        <source>Search by name, number or what they offer</source>
        <translation>Buscar por nombre, número o lo que ofrecen</translation>
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
        <translation>De la lista de la guía, {date}. Verifícalo antes de confiar en esta información.</translation>
    </message>
</context>
<context>
    <name>DocumentAdapter</name>
    <message>
        <source>No documents in your list yet.</source>
        <translation>Todavía no hay documentos en tu lista.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Agregar un documento</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Dónde se guarda</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Dónde se guarda</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>Quién tiene una copia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
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
        <translation>Tarjeta de identidad</translation>
    </message>
    <message>
        <source>Children&apos;s documents</source>
        <translation>Documentos de mis hijos</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <translation>Papeles de inmigración</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>Permiso de estudio</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Permiso de trabajo</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Certificado de nacimiento</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Tarjeta del banco</translation>
    </message>
    <message>
        <source>Health card</source>
        <translation>Tarjeta de salud</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>Lista de medicamentos</translation>
    </message>
    <message>
        <source>Lease or rental papers</source>
        <translation>Contrato de alquiler</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>Papeles del tribunal</translation>
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
        <translation>Volver al &amp;inicio</translation>
    </message>
    <message>
        <source>Discreet words are fine: “the blue box” works as well as “passport at Lan&apos;s”.</source>
        <translation>Puedes usar palabras discretas: «la caja azul» sirve igual que «pasaporte en casa de Lan».</translation>
    </message>
    <message>
        <source>No documents in your list yet</source>
        <translation>Todavía no hay documentos en tu lista</translation>
    </message>
    <message>
        <source>Note where your important papers are kept and who has a copy, so they can be found when you need them.</source>
        <translation>Anota dónde guardas tus papeles importantes y quién tiene una copia, para encontrarlos cuando los necesites.</translation>
    </message>
    <message>
        <source>&amp;Add a document</source>
        <translation>&amp;Agregar un documento</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>este documento</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>Quitar un documento</translation>
    </message>
    <message>
        <source>Remove {what} from your list?</source>
        <translation>¿Quitar {what} de tu lista?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>Escribe tanto o tan poco como quieras.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Agregar una hora</translation>
    </message>
    <message>
        <source>Who was there (optional)</source>
        <translation>Quién estaba (opcional)</translation>
    </message>
    <message>
        <source>People you add under People can be chosen here.</source>
        <translation>Aquí puedes elegir a las personas que agregues en Personas.</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Quién estaba</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Fotos y archivos</translation>
    </message>
    <message>
        <source>Add a photo or screenshot…</source>
        <translation>Agregar una foto o captura de pantalla…</translation>
    </message>
    <message>
        <source>Add a photo or screenshot</source>
        <translation>Agregar una foto o captura de pantalla</translation>
    </message>
    <message>
        <source>First written as: {when}. Choosing a date here replaces it.</source>
        <translation>Escrito al principio como: {when}. Si eliges una fecha aquí, la reemplaza.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source>The file is kept in your plan, and the original was deleted.</source>
        <translation>El archivo se guarda en tu plan, y el original se borró.</translation>
    </message>
    <message>
        <source>The file is kept in your plan. The original is still there.</source>
        <translation>El archivo se guarda en tu plan. El original sigue ahí.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Quitar el archivo</translation>
    </message>
    <message>
        <source>Remove this file from the entry? It will no longer be kept in your plan.</source>
        <translation>¿Quitar este archivo de la anotación? Ya no se guardará en tu plan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something went wrong inside SaferPlan. Your plan is safe in its locked file; you may want to lock and reopen it.</source>
        <translation>Algo salió mal dentro de SaferPlan. Tu plan está a salvo en su archivo bloqueado. Si quieres, puedes bloquearlo y volver a abrirlo.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is not enough room on the card. Choose fewer people or leave out the medication line.</source>
        <translation>No hay suficiente espacio en la tarjeta. Elige menos personas o quita la línea de medicamentos.</translation>
    </message>
    <message>
        <source>There is not enough room on the card. Choose fewer people.</source>
        <translation>No hay suficiente espacio en la tarjeta. Elige menos personas.</translation>
    </message>
    <message>
        <source>Some text cannot be printed because no font for {script} is installed. Install a font for {script}, for example the {font} font (on Debian or Ubuntu: the {package} package), then try again.</source>
        <translation>Parte del texto no se puede imprimir porque no hay una fuente instalada para {script}. Instala una fuente para {script}, por ejemplo la fuente {font} (en Debian o Ubuntu: el paquete {package}), y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Some of the chosen entries are no longer in the plan. Please choose again.</source>
        <translation>Algunas de las anotaciones elegidas ya no están en el plan. Por favor, elige otra vez.</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of SaferPlan. Please try again.</source>
        <translation>Para imprimir se necesita la parte gráfica de SaferPlan. Por favor, inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is ready, then try again.</source>
        <translation>No se pudo iniciar la impresora. Revisa que esté lista y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>A picture could not be put in the PDF, so it was not saved. Please try again.</source>
        <translation>No se pudo poner una imagen en el PDF, así que no se guardó. Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>FileTextView</name>
    <message>
        <source>Opening the file…</source>
        <translation>Abriendo el archivo…</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>Este archivo no se puede mostrar.</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>Memoria USB o tarjeta: %1</translation>
    </message>
    <message>
        <source>Home folder, on this computer</source>
        <translation>Carpeta personal, en esta computadora</translation>
    </message>
</context>
<context>
    <name>Guest</name>
    <message>
        <source>Finish guest session</source>
        <translation>Terminar la sesión de invitado</translation>
    </message>
    <message>
        <source>Nothing from this session stays on this computer. What would you like to take with you?</source>
        <translation>Nada de esta sesión se queda en esta computadora. ¿Qué te gustaría llevarte?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Open Print from the home screen first, then finish the session.</source>
        <translation>Primero abre «Imprimir o guardar una copia» en la pantalla de inicio y después termina la sesión.</translation>
    </message>
    <message>
        <source>Forget everything</source>
        <translation>Olvidar todo</translation>
    </message>
    <message>
        <source>Forget everything from this session? It cannot be brought back.</source>
        <translation>¿Olvidar todo lo de esta sesión? No se podrá recuperar.</translation>
    </message>
    <message>
        <source>Forget it all</source>
        <translation>Olvidarlo todo</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>Dónde guardar</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick. The file is locked with a passphrase and has a neutral name.</source>
        <translation>Elige una carpeta, por ejemplo en tu propia memoria USB. El archivo queda bloqueado con una frase secreta y tiene un nombre neutro.</translation>
    </message>
    <message>
        <source>Lock the file</source>
        <translation>Bloquear el archivo</translation>
    </message>
    <message>
        <source>&amp;Save a locked file to a folder or USB stick</source>
        <translation>&amp;Guardar un archivo bloqueado en una carpeta o memoria USB</translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation>&amp;Imprimirlo</translation>
    </message>
    <message>
        <source>&amp;Take nothing and forget it all</source>
        <translation>&amp;No llevar nada y olvidarlo todo</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the plan again.</source>
        <translation>Elige una frase secreta para este archivo. La necesitarás para volver a abrir el plan.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>This folder is on this computer</source>
        <translation>Esta carpeta está en esta computadora</translation>
    </message>
    <message>
        <source>This folder is on this computer, not on a USB stick. The file will stay here after you leave. It is locked, but other people who use this computer can see that it is there. Save it here anyway?</source>
        <translation>Esta carpeta está en esta computadora, no en una memoria USB. El archivo se quedará aquí cuando te vayas. Está bloqueado, pero otras personas que usan esta computadora pueden ver que está ahí. ¿Guardarlo aquí de todos modos?</translation>
    </message>
    <message>
        <source>Save it here</source>
        <translation>Guardar aquí</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>Elegir otro lugar</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Take the USB stick with you.</source>
        <translation>Guardado como %1 en %2. Llévate la memoria USB.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Saved as %1 in %2, on this computer. It stays here, locked with your passphrase.</source>
        <translation>Guardado como %1 en %2, en esta computadora. Se queda aquí, bloqueado con tu frase secreta.</translation>
    </message>
    <message>
        <source>Saving a locked copy. This takes a moment.</source>
        <translation>Guardando una copia bloqueada. Esto tarda un momento.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was saved there.</source>
        <translation>No se pudo escribir el archivo. No se guardó nada ahí.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Add a &amp;safety plan</source>
        <translation>Agregar un plan de &amp;seguridad</translation>
    </message>
    <message>
        <source>Add a &amp;release plan</source>
        <translation>Agregar un plan de &amp;liberación</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>&amp;Numbers to learn by heart</source>
        <translation>&amp;Números para saber de memoria</translation>
    </message>
    <message>
        <source>Pri&amp;vate record</source>
        <translation>&amp;Registro privado</translation>
    </message>
    <message>
        <source>&amp;Print or save a copy</source>
        <translation>&amp;Imprimir o guardar una copia</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>Plan de liberación</translation>
    </message>
    <message>
        <source>Or&amp;ganisations that can help</source>
        <translation>Or&amp;ganizaciones que pueden ayudar</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>1 number to practise</source>
        <translation>1 número para practicar</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers to practise</source>
        <translation>
            <numerusform>%n número para practicar</numerusform>
            <numerusform>%n números para practicar</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <source>Give this plan a name. Choose words that mean something to you, and little to anyone else.</source>
        <translation>Ponle un nombre a este plan. Elige palabras que signifiquen algo para ti y poco para otras personas.</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>Cambiar el nombre del plan</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nuevo nombre</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Borrar el plan</translation>
    </message>
    <message>
        <source>Delete this plan and all its answers? People and documents stay. This cannot be undone.</source>
        <translation>¿Borrar este plan y todas sus respuestas? Las personas y los documentos se quedan. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
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
        <translation>1 persona</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>People you trust and people to call</source>
        <translation>Personas de confianza y personas a quienes llamar</translation>
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
        <translation>Dónde están tus papeles</translation>
    </message>
    <message>
        <source>Free and confidential help</source>
        <translation>Ayuda gratuita y confidencial</translation>
    </message>
    <message>
        <source>Phone numbers you know without your phone</source>
        <translation>Números de teléfono que sabes sin tu teléfono</translation>
    </message>
    <message>
        <source>Notes, photos and dates, kept private</source>
        <translation>Notas, fotos y fechas, en privado</translation>
    </message>
    <message>
        <source>A copy on paper, or a small card</source>
        <translation>Una copia en papel o una tarjeta pequeña</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Sample plan — nothing is saved.</source>
        <translation>Plan de ejemplo: no se guarda nada.</translation>
    </message>
    <message>
        <source>Guest session — nothing is saved on this computer. When you finish, you choose what to take with you.</source>
        <translation>Sesión de invitado: no se guarda nada en esta computadora. Al terminar, tú eliges qué llevarte.</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>Tus planes</translation>
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
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>&amp;Finish guest session</source>
        <translation>&amp;Terminar la sesión de invitado</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>Todavía no hay planes</translation>
    </message>
    <message>
        <source>A safety plan helps if you are at risk of violence. A release plan helps if you could be detained. You can have several.</source>
        <translation>Un plan de seguridad ayuda si corres riesgo de violencia. Un plan de liberación ayuda si te podrían detener. Puedes tener varios.</translation>
    </message>
    <message>
        <source>Start a plan</source>
        <translation>Empezar un plan</translation>
    </message>
    <message>
        <source>Shared by all plans</source>
        <translation>Compartido por todos los planes</translation>
    </message>
    <message>
        <source>Before you start: privacy and limits</source>
        <translation>Antes de empezar: privacidad y límites</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there? Your plan will lock in {seconds} seconds to keep it safe.</source>
        <translation>¿Sigues ahí? Tu plan se bloqueará en {seconds} segundos para protegerlo.</translation>
    </message>
    <message>
        <source>Still there? Your plan will be hidden in {seconds} seconds to keep it safe.</source>
        <translation>¿Sigues ahí? Tu plan se ocultará en {seconds} segundos para protegerlo.</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>S&amp;eguir trabajando</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase secreta</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Crear un nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Remove the recovery code</source>
        <translation>Quitar el código de recuperación</translation>
    </message>
    <message>
        <source>After the change, only the new passphrase opens this plan file and its backup. A recovery code stops working; you can make a new one afterwards. Copies of the file made before (for example on a USB stick) still open with the old passphrase.</source>
        <translation>Después del cambio, solo la nueva frase secreta abre este archivo del plan y su copia de seguridad. El código de recuperación deja de funcionar; puedes crear uno nuevo después. Las copias del archivo hechas antes (por ejemplo, en una memoria USB) todavía se abren con la frase secreta anterior.</translation>
    </message>
    <message>
        <source>The new code is shown once, for you to write down. An older code stops working for this file, but still opens copies of the file made before.</source>
        <translation>El código nuevo se muestra una sola vez, para que lo anotes. Un código anterior deja de funcionar para este archivo, pero todavía abre las copias del archivo hechas antes.</translation>
    </message>
    <message>
        <source>After this, only your passphrase opens this plan file. If you forget it, the plan cannot be opened again. Copies of the file made before still open with the old code.</source>
        <translation>Después de esto, solo tu frase secreta abre este archivo del plan. Si la olvidas, el plan ya no se podrá abrir. Las copias del archivo hechas antes todavía se abren con el código anterior.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>Tu frase secreta actual</translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation>Tu nueva frase secreta</translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation>Por favor, escribe primero tu código de recuperación.</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>Por favor, escribe primero tu frase secreta actual.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so nothing was changed. Please try again.</source>
        <translation>No se pudieron guardar tus últimos cambios, así que no se cambió nada. Por favor, inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That is not the recovery code. Nothing was changed.</source>
        <translation>Ese no es el código de recuperación. No se cambió nada.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Esa no es la frase secreta actual. No se cambió nada.</translation>
    </message>
    <message>
        <source>The change could not be made. Nothing was changed.</source>
        <translation>No se pudo hacer el cambio. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>Frase secreta y código de recuperación</translation>
    </message>
    <message>
        <source>This plan has a recovery code.</source>
        <translation>Este plan tiene un código de recuperación.</translation>
    </message>
    <message>
        <source>This plan has no recovery code.</source>
        <translation>Este plan no tiene código de recuperación.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase</source>
        <translation>Cambiar la &amp;frase secreta</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;code</source>
        <translation>Crear un nuevo &amp;código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Remove the recovery code</source>
        <translation>&amp;Quitar el código de recuperación</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase no longer opens this file.</source>
        <translation>La frase secreta cambió. La frase secreta anterior ya no abre este archivo.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase and the recovery code no longer open this file. You can make a new recovery code here.</source>
        <translation>La frase secreta cambió. La frase secreta anterior y el código de recuperación ya no abren este archivo. Aquí puedes crear un nuevo código de recuperación.</translation>
    </message>
    <message>
        <source>The new recovery code works now.</source>
        <translation>El nuevo código de recuperación ya funciona.</translation>
    </message>
    <message>
        <source>The recovery code is removed. Only your passphrase opens this file now.</source>
        <translation>Se quitó el código de recuperación. Ahora solo tu frase secreta abre este archivo.</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Who can help you learn more</source>
        <translation>Quién puede ayudarte a saber más</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>Agregar a mis personas</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>Agregar a {name} a mis personas</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>De la lista de la guía, {date}: verifica antes de confiar en esta información.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>As of January 2020 — general information, not legal advice; check with a legal clinic.</source>
        <translation>Vigente a enero de 2020 — información general, no asesoría legal; consulta con una clínica legal.</translation>
    </message>
</context>
<context>
    <name>LegalBox</name>
    <message>
        <source>What to know</source>
        <translation>Lo que hay que saber</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portable mode: settings and plans stay in the app&apos;s own folder.</source>
        <translation>Modo portátil: la configuración y los planes se quedan en la carpeta de la propia aplicación.</translation>
    </message>
    <message>
        <source>Hides everything at once and locks the plan. Esc twice does the same.</source>
        <translation>Oculta todo de inmediato y bloquea el plan. Presionar Esc dos veces hace lo mismo.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>L&amp;ock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Abrir un archivo de plan</translation>
    </message>
    <message>
        <source>Choose the plan file, for example on your USB stick.</source>
        <translation>Elige el archivo del plan, por ejemplo en tu memoria USB.</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>Copia de seguridad abierta</translation>
    </message>
    <message>
        <source>The backup copy opened. Your changes will be saved to the plan file again.</source>
        <translation>Se abrió la copia de seguridad. Tus cambios se guardarán otra vez en el archivo del plan.</translation>
    </message>
    <message>
        <source>Your changes are back</source>
        <translation>Tus cambios están de vuelta</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked. They are back now. SaferPlan will try to save them again.</source>
        <translation>Tus últimos cambios no se pudieron guardar antes de que el plan se bloqueara. Ya están de vuelta. SaferPlan intentará guardarlos otra vez.</translation>
    </message>
    <message>
        <source>Changes not kept</source>
        <translation>No se conservaron los cambios</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked, and they could not be kept. The plan is as it was last saved.</source>
        <translation>Tus últimos cambios no se pudieron guardar antes de que el plan se bloqueara, y no se pudieron conservar. El plan está como se guardó la última vez.</translation>
    </message>
    <message>
        <source>Saved by a newer version</source>
        <translation>Guardado con una versión más nueva</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of SaferPlan ({version}). You can read it here, but changes are not saved, so that nothing the newer version added is lost. To change the plan, use the newer version.</source>
        <translation>Este plan se guardó con una versión más nueva de SaferPlan ({version}). Puedes leerlo aquí, pero los cambios no se guardan, para no perder nada de lo que agregó la versión más nueva. Para cambiar el plan, usa la versión más nueva.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 It is still here. Please try again in a moment.</source>
        <translation>Tu último cambio no se pudo guardar: %1 Sigue aquí. Por favor, inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Not saved for next time</source>
        <translation>No se guardó para la próxima vez</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
    <message>
        <source>Your settings work now but could not be kept for next time.</source>
        <translation>Tu configuración funciona ahora, pero no se pudo guardar para la próxima vez.</translation>
    </message>
    <message>
        <source>Your plan was locked.</source>
        <translation>Tu plan se bloqueó.</translation>
    </message>
    <message>
        <source>Your last changes are not saved</source>
        <translation>Tus últimos cambios no están guardados</translation>
    </message>
    <message>
        <source>SaferPlan could not save your last changes. If you close now, they are lost. You can stay, check the folder or the USB stick, and try again.</source>
        <translation>SaferPlan no pudo guardar tus últimos cambios. Si cierras ahora, se pierden. Puedes quedarte, revisar la carpeta o la memoria USB y volver a intentarlo.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Seguir aquí</translation>
    </message>
</context>
<context>
    <name>OlderCopy</name>
    <message>
        <source>This copy of your plan was made before its passphrase was changed on this computer. Someone who knew the old passphrase may have put it back. Your newer plan may be in another file or folder.</source>
        <translation>Esta copia de tu plan se hizo antes de que se cambiara su frase secreta en esta computadora. Alguien que conocía la frase secreta anterior pudo haberla vuelto a poner aquí. Tu plan más nuevo puede estar en otro archivo o carpeta.</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy. The backup beside it is newer (save %3): you can open it instead.</source>
        <translation>Este archivo del plan es más antiguo que el último que se guardó en esta computadora (guardado n.º %1; el más nuevo aquí fue el guardado n.º %2). Tal vez alguien volvió a poner una copia antigua. La copia de seguridad que está al lado es más nueva (guardado n.º %3): puedes abrirla en su lugar.</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy, or it came from a backup. Your newer plan may be in another file or folder.</source>
        <translation>Este archivo del plan es más antiguo que el último que se guardó en esta computadora (guardado n.º %1; el más nuevo aquí fue el guardado n.º %2). Tal vez alguien volvió a poner una copia antigua, o viene de una copia de seguridad. Tu plan más nuevo puede estar en otro archivo o carpeta.</translation>
    </message>
    <message>
        <source>An older copy of your plan</source>
        <translation>Una copia antigua de tu plan</translation>
    </message>
    <message>
        <source>Use this older copy</source>
        <translation>Usar esta copia antigua</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Open the newer backup</source>
        <translation>Abrir la copia de seguridad más nueva</translation>
    </message>
    <message>
        <source>The backup did not open</source>
        <translation>La copia de seguridad no se abrió</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Las dos contraseñas todavía no son iguales.</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Qué imprimir</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Todo el plan</translation>
    </message>
    <message>
        <source>The wallet card</source>
        <translation>La tarjeta de bolsillo</translation>
    </message>
    <message>
        <source>People on the card</source>
        <translation>Personas en la tarjeta</translation>
    </message>
    <message>
        <source>No people yet. People you add under People can go on the card.</source>
        <translation>Todavía no hay personas. Las personas que agregues en «Personas» pueden ir en la tarjeta.</translation>
    </message>
    <message>
        <source>Include the medication line</source>
        <translation>Incluir la línea de medicamentos</translation>
    </message>
    <message>
        <source>Include the language and interpreter line</source>
        <translation>Incluir la línea de idioma e intérprete</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>Discreto</translation>
    </message>
    <message>
        <source>Neutral headings, names and numbers only.</source>
        <translation>Títulos neutros, solo nombres y números.</translation>
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
        <translation>Idioma de los títulos</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Contraseña (opcional)</translation>
    </message>
    <message>
        <source>Only for saving a file. Anyone who wants to open the PDF will need it. SaferPlan cannot recover it.</source>
        <translation>Solo para guardar un archivo. Quien quiera abrir el PDF la va a necesitar. SaferPlan no puede recuperarla.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>La misma contraseña otra vez</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>Contraseña del PDF otra vez</translation>
    </message>
</context>
<context>
    <name>OrganisationCard</name>
    <message>
        <source>Role for {name}</source>
        <translation>Rol de {name}</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Sin rol</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>Agregar a mis personas</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>Agregar {name} a mis personas</translation>
    </message>
    <message>
        <source>Added to your people. You can change it there.</source>
        <translation>Se agregó a tus personas. Puedes cambiarlo allí.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Spaces alone cannot be a passphrase.</source>
        <translation>Una frase secreta no puede ser solo espacios.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Demasiado corta: usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, so it is easy to guess. Please choose another.</source>
        <translation>Esta es una de las contraseñas más comunes, así que es fácil de adivinar. Por favor, elige otra.</translation>
    </message>
    <message>
        <source>This is a keyboard or letter pattern, so it is easy to guess. Please choose another.</source>
        <translation>Esta es una secuencia del teclado o de letras, así que es fácil de adivinar. Por favor, elige otra.</translation>
    </message>
    <message>
        <source>Numbers alone, such as a date, are easy to guess. Please add some words.</source>
        <translation>Los números solos, como una fecha, son fáciles de adivinar. Por favor, agrega algunas palabras.</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>Aceptable. Agregar una o dos palabras más la hace mucho más fuerte.</translation>
    </message>
    <message>
        <source>Good. One more word makes it stronger still.</source>
        <translation>Buena. Una palabra más la hace todavía más fuerte.</translation>
    </message>
    <message>
        <source>Strong: long, with several words.</source>
        <translation>Fuerte: larga, con varias palabras.</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Ocultar la frase secreta</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase secreta</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>A few unrelated words you can remember make a strong passphrase, for example four words from different parts of your life. Do not use a name or a date someone could guess.</source>
        <translation>Unas cuantas palabras sin relación entre sí, que puedas recordar, forman una frase secreta fuerte; por ejemplo, cuatro palabras de partes distintas de tu vida. No uses un nombre ni una fecha que alguien pueda adivinar.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase secreta otra vez</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>Por favor, elige primero una frase secreta.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Las dos frases secretas no son iguales. Por favor, escríbelas otra vez.</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>This session was hidden after a few minutes without use.</source>
        <translation>Esta sesión se ocultó después de unos minutos sin uso.</translation>
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
        <translation>Personas</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Volver al &amp;inicio</translation>
    </message>
    <message>
        <source>First names or nicknames are enough. Add only what your plan needs.</source>
        <translation>Basta con nombres de pila o apodos. Agrega solo lo que tu plan necesita.</translation>
    </message>
    <message>
        <source>No one in your list yet</source>
        <translation>Todavía no hay nadie en tu lista</translation>
    </message>
    <message>
        <source>Add the people who could help: someone to call, a lawyer, someone who could care for your children.</source>
        <translation>Agrega a las personas que podrían ayudarte: alguien a quien llamar, un/a abogado/a, alguien que podría cuidar a tus hijos.</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>&amp;Agregar a alguien</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation>Quitar a alguien</translation>
    </message>
    <message>
        <source>Remove {name} from your plan? They will also be taken out of your answers.</source>
        <translation>¿Quitar a {name} de tu plan? También se quitará de tus respuestas.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>PersonAdapter</name>
    <message>
        <source>No one in your list yet.</source>
        <translation>Todavía no hay nadie en tu lista.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Agregar a alguien</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <source>Phone (if you want)</source>
        <translation>Teléfono (si quieres)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address (if you want)</source>
        <translation>Dirección (si quieres)</translation>
    </message>
    <message>
        <source>About the phone number</source>
        <translation>Sobre el número de teléfono</translation>
    </message>
    <message>
        <source>Print this address on my wallet card</source>
        <translation>Imprimir esta dirección en mi tarjeta de bolsillo</translation>
    </message>
    <message>
        <source>Officers may read the card. Leave this off unless you need the address on it.</source>
        <translation>Los agentes pueden leer la tarjeta. Deja esto desactivado, a menos que necesites la dirección en ella.</translation>
    </message>
    <message>
        <source>I want to know this number by heart</source>
        <translation>Quiero saber este número de memoria</translation>
    </message>
    <message>
        <source>What they could do for me</source>
        <translation>Lo que podría hacer por mí</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>A phone number can hold only digits, spaces, a dot and the signs + - ( ). For an extension, type x or ext, then its digits.</source>
        <translation>Un número de teléfono solo puede tener dígitos, espacios, un punto y los signos + - ( ). Para una extensión, escribe x o ext y luego sus dígitos.</translation>
    </message>
    <message>
        <source>Hidden characters that can change how text is shown were removed.</source>
        <translation>Se quitaron caracteres ocultos que pueden cambiar cómo se muestra el texto.</translation>
    </message>
</context>
<context>
    <name>PlanChoiceScreen</name>
    <message>
        <source>What do you want to plan for?</source>
        <translation>¿Para qué quieres hacer un plan?</translation>
    </message>
    <message>
        <source>Choose one to begin. You can add the other one later, and skip any question.</source>
        <translation>Elige uno para empezar. Puedes agregar el otro más tarde y saltar cualquier pregunta.</translation>
    </message>
    <message>
        <source>&amp;Safety plan</source>
        <translation>Plan de &amp;seguridad</translation>
    </message>
    <message>
        <source>&amp;Release plan</source>
        <translation>Plan de &amp;liberación</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>&amp;Decidir más tarde</translation>
    </message>
    <message>
        <source>If you are at risk of violence: people to call, safe places, how to leave.</source>
        <translation>Si corres riesgo de violencia: personas a quienes llamar, lugares seguros, cómo irte.</translation>
    </message>
    <message>
        <source>If you could be detained: who to call, your papers, getting out.</source>
        <translation>Si te podrían detener: a quién llamar, tus papeles, cómo salir.</translation>
    </message>
    <message>
        <source>Your answers stay locked on this computer. Nothing is sent anywhere.</source>
        <translation>Tus respuestas se quedan bloqueadas en esta computadora. No se envía nada a ningún lugar.</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>No one added yet.</source>
        <translation>Todavía no se agregó a nadie.</translation>
    </message>
    <message>
        <source>Everyone else in my plan, by role</source>
        <translation>Todas las demás personas de mi plan, por rol</translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Todavía no se agregó nada.</translation>
    </message>
    <message>
        <source>A copy is with {name}.</source>
        <translation>{name} tiene una copia.</translation>
    </message>
    <message>
        <source>{title}: nothing answered yet.</source>
        <translation>{title}: todavía no hay respuestas.</translation>
    </message>
    <message>
        <source>Still to think about</source>
        <translation>Todavía por pensar</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>Bond persons</source>
        <translation>Personas fiadoras</translation>
    </message>
    <message>
        <source>Numbers to know by heart</source>
        <translation>Números para saber de memoria</translation>
    </message>
    <message>
        <source>Where my documents are</source>
        <translation>Dónde están mis documentos</translation>
    </message>
    <message>
        <source>Lawyers and legal help</source>
        <translation>Abogados/as y ayuda legal</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <translation>Volver al &amp;inicio</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Saltar por ahora</translation>
    </message>
    <message>
        <source>&amp;Doesn&apos;t apply</source>
        <translation>&amp;No aplica</translation>
    </message>
    <message>
        <source>Talk about it &amp;later</source>
        <translation>&amp;Hablarlo más tarde</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <source>&amp;Finish for now</source>
        <translation>&amp;Terminar por ahora</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Siguiente se&amp;cción</translation>
    </message>
    <message>
        <source>Skipped for now. You can come back to it any time.</source>
        <translation>Saltada por ahora. Puedes volver a ella cuando quieras.</translation>
    </message>
    <message>
        <source>Noted: that one does not apply to you.</source>
        <translation>Anotado: esa pregunta no aplica en tu caso.</translation>
    </message>
    <message>
        <source>Kept for later. You will find it under &quot;To talk about later&quot;.</source>
        <translation>Guardada para más tarde. La encontrarás en «Para hablar más tarde».</translation>
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
        <translation>Todavía no hay números para aprender</translation>
    </message>
    <message>
        <source>Your phone may be taken away from you. Knowing a few numbers by heart helps.

To choose a number to learn, go to People, open someone who has a phone number, and tick “I want to know this number by heart”.</source>
        <translation>Te pueden quitar el teléfono. Saber algunos números de memoria ayuda.

Para elegir un número para aprender, ve a Personas, abre a alguien que tenga número de teléfono y marca «Quiero saber este número de memoria».</translation>
    </message>
    <message>
        <source>Known by heart</source>
        <translation>Lo sé de memoria</translation>
    </message>
    <message>
        <source>Hide roles</source>
        <translation>Ocultar roles</translation>
    </message>
    <message>
        <source>Type the number from memory. Spaces and dashes do not matter.</source>
        <translation>Escribe el número de memoria. Los espacios y guiones no importan.</translation>
    </message>
    <message>
        <source>The number, from memory</source>
        <translation>El número, de memoria</translation>
    </message>
    <message>
        <source>Type the number</source>
        <translation>Escribe el número</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>Mostrar una pista</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>✓ right   ≠ different digit   ? missing digit   + extra digit</source>
        <translation>✓ correcto   ≠ dígito distinto   ? falta un dígito   + dígito de más</translation>
    </message>
    <message>
        <source>A new number to learn. Read it a few times and say it quietly to yourself. When you are ready, it will be hidden and you can type it from memory.</source>
        <translation>Un número nuevo para aprender. Léelo varias veces y dilo en voz baja para ti. Cuando quieras, se ocultará y podrás escribirlo de memoria.</translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation>Todo listo por hoy</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Volver al &amp;inicio</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Saltar por ahora</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <source>I am &amp;ready, hide it</source>
        <translation>&amp;Listo, ocúltalo</translation>
    </message>
    <message>
        <source>Practise &amp;all numbers again</source>
        <translation>Practicar &amp;todos los números otra vez</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Practised today: {done} of {total}</source>
        <translation>Practicados hoy: {done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>Numbers practised today: %n</source>
        <translation>
            <numerusform>Números practicados hoy: %n</numerusform>
            <numerusform>Números practicados hoy: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Each time you practise, they get easier to remember.</source>
        <translation>Cada vez que practicas, se vuelven más fáciles de recordar.</translation>
    </message>
    <message numerus="yes">
        <source>Numbers you know by heart: %n</source>
        <translation>
            <numerusform>Números que sabes de memoria: %n</numerusform>
            <numerusform>Números que sabes de memoria: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days until the next practice: %n</source>
        <translation>
            <numerusform>Días hasta la próxima práctica: %n</numerusform>
            <numerusform>Días hasta la próxima práctica: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>You can practise again today.</source>
        <translation>Puedes practicar otra vez hoy.</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>Pista: {hint}</translation>
    </message>
    <message>
        <source>Right, with a hint. It will come back once more without one.</source>
        <translation>Correcto, con una pista. Volverá una vez más, sin pista.</translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite. Here is the number. It will come back later.</source>
        <translation>Casi. Este es el número. Volverá más tarde.</translation>
    </message>
    <message>
        <source>The number:</source>
        <translation>El número:</translation>
    </message>
    <message>
        <source>To call this number from Canada, you also need its country code, +{code}.</source>
        <translation>Para llamar a este número desde Canadá, también necesitas su código de país, +{code}.</translation>
    </message>
    <message numerus="yes">
        <source>Different digits: %n</source>
        <translation>
            <numerusform>Dígitos distintos: %n</numerusform>
            <numerusform>Dígitos distintos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing digits: %n</source>
        <translation>
            <numerusform>Dígitos que faltan: %n</numerusform>
            <numerusform>Dígitos que faltan: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra digits: %n</source>
        <translation>
            <numerusform>Dígitos de más: %n</numerusform>
            <numerusform>Dígitos de más: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>The preview could not be made. Please try other choices, or try again later.</source>
        <translation>No se pudo hacer la vista previa. Prueba con otras opciones o inténtalo más tarde.</translation>
    </message>
    <message>
        <source>Preview, page %1 of %2</source>
        <translation>Vista previa, página %1 de %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Preview: one sheet of cards. Cut along the lines, fold in the middle.</source>
        <translation>Vista previa: una hoja de tarjetas. Corta por las líneas y dobla por la mitad.</translation>
    </message>
    <message>
        <source>Preview: 1 page</source>
        <translation>Vista previa: 1 página</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>Vista previa: %n página</numerusform>
            <numerusform>Vista previa: %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>El PDF va a pedir esta contraseña al abrirlo.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>SaferPlan no bloquea los archivos PDF. Cualquier persona que use esta computadora o la memoria USB puede leerlo, a menos que le pongas una contraseña.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Print or save a copy</source>
        <translation>Imprimir o guardar una copia</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Volver al &amp;inicio</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Printing: the computer may keep a copy in its print queue for a while.</source>
        <translation>Al imprimir, la computadora puede guardar una copia en su cola de impresión por un tiempo.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Name of the PDF file. A name that says little about what is inside is safer.</source>
        <translation>Nombre del archivo PDF. Es más seguro un nombre que diga poco sobre lo que contiene.</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>Dónde guardar el PDF</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick.</source>
        <translation>Elige una carpeta, por ejemplo en tu propia memoria USB.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>There is already a file called %1 in this folder. Replace it?</source>
        <translation>Ya hay un archivo llamado %1 en esta carpeta. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Reemplazarlo</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Antes de imprimir</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Discreet mode prints less. Print now?</source>
        <translation>Las impresoras y las colas de impresión pueden guardar por un tiempo una copia de lo que imprimes en esta computadora. El modo discreto imprime menos. ¿Imprimir ahora?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. To keep a copy as a file, use Save as PDF: it can protect the file with a password.</source>
        <translation>SaferPlan solo imprime en una impresora. Para guardar una copia como archivo, usa «Guardar como PDF»: puede proteger el archivo con una contraseña.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
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
        <translation>Por ejemplo:
{examples}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {section}</source>
        <translation>Pregunta {number} de {count} · {section}</translation>
    </message>
    <message>
        <source>You skipped this for now.</source>
        <translation>Saltaste esto por ahora.</translation>
    </message>
    <message>
        <source>You said this does not apply.</source>
        <translation>Dijiste que esto no aplica.</translation>
    </message>
    <message>
        <source>You wanted to talk about this later.</source>
        <translation>Querías hablar de esto más tarde.</translation>
    </message>
</context>
<context>
    <name>RecordPdf</name>
    <message>
        <source>My record</source>
        <translation>Mi registro</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Quién estaba</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>{name} (a file kept in the plan, not shown here)</source>
        <translation>{name} (un archivo guardado en el plan, no se muestra aquí)</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>Imagen: {name}</translation>
    </message>
    <message>
        <source>No date given</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>{name} (a picture that could not be shown)</source>
        <translation>{name} (una imagen que no se pudo mostrar)</translation>
    </message>
</context>
<context>
    <name>RecordPdfDialog</name>
    <message>
        <source>Make a PDF for a lawyer or advocate</source>
        <translation>Hacer un PDF para un/a abogado/a o defensor/a</translation>
    </message>
    <message>
        <source>Choose the entries to put in the PDF. You decide what to share.</source>
        <translation>Elige las anotaciones que van en el PDF. Tú decides qué compartir.</translation>
    </message>
    <message>
        <source>Entries in the PDF</source>
        <translation>Anotaciones en el PDF</translation>
    </message>
    <message>
        <source>Neutral title: {title}</source>
        <translation>Título neutro: {title}</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Contraseña (opcional)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>La misma contraseña otra vez</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>Guardar el PDF…</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>Elegir todas</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>No elegir ninguna</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Las dos contraseñas todavía no son iguales.</translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>El PDF va a pedir esta contraseña al abrirlo.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>SaferPlan no bloquea los archivos PDF. Cualquier persona que use esta computadora o la memoria USB puede leerlo, a menos que le pongas una contraseña.</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Guardado como {path}</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>SaferPlan can keep photos and screenshots (PNG, JPEG, GIF or WebP), PDF files and plain text files.</source>
        <translation>SaferPlan puede guardar fotos y capturas de pantalla (PNG, JPEG, GIF o WebP), archivos PDF y archivos de texto simple.</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Agregar un archivo</translation>
    </message>
    <message>
        <source>This file could not be read. Please check that it is still there, then try again.</source>
        <translation>No se pudo leer este archivo. Revisa que todavía esté ahí y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The original file</source>
        <translation>El archivo original</translation>
    </message>
    <message>
        <source>The file is now kept inside your locked plan. SaferPlan can delete the original file. On SSDs, USB sticks and phones, a deleted file can sometimes still be recovered, and copies may exist elsewhere (for example in a photo app or a cloud backup).</source>
        <translation>Ahora el archivo se guarda dentro de tu plan bloqueado. SaferPlan puede borrar el archivo original. En discos SSD, memorias USB y teléfonos, a veces un archivo borrado todavía se puede recuperar, y puede haber copias en otros lugares (por ejemplo, en una aplicación de fotos o en una copia de seguridad en la nube).</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation>Borrar el original</translation>
    </message>
    <message>
        <source>Keep the original</source>
        <translation>Conservar el original</translation>
    </message>
    <message>
        <source>The original file could not be deleted. You can delete it yourself if you want to.</source>
        <translation>No se pudo borrar el archivo original. Puedes borrarlo tú si quieres.</translation>
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
        <translation>Imagen</translation>
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
        <translation>Escribe tanto o tan poco como quieras. Esto se queda dentro de tu plan bloqueado.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Anotaciones, primero las más recientes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Volver al &amp;inicio</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>&amp;Agregar una anotación</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Make a &amp;PDF for a lawyer or advocate…</source>
        <translation>Hacer un &amp;PDF para un/a abogado/a o defensor/a…</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Todavía no has escrito nada</translation>
    </message>
    <message>
        <source>A dated note of what happened, in your own words, can help a lawyer or advocate later. Add one when you want to.</source>
        <translation>Una nota con fecha sobre lo que pasó, con tus propias palabras, puede ayudar más adelante a un/a abogado/a o defensor/a. Agrega una cuando quieras.</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>{when} · {where}</source>
        <translation>{when} · {where}</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>Remove this entry and the files kept with it?</source>
        <translation>¿Quitar esta anotación y los archivos guardados con ella?</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>¿Quitar esta anotación?</translation>
    </message>
    <message>
        <source>Remove an entry</source>
        <translation>Quitar una anotación</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>This code opens the plan if the passphrase is forgotten. Anyone who has it can open the plan. Keep it somewhere safe, away from the computer.</source>
        <translation>Este código abre el plan si se olvida la frase secreta. Cualquier persona que lo tenga puede abrir el plan. Guárdalo en un lugar seguro, lejos de la computadora.</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Antes de imprimir</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Print the code now?</source>
        <translation>Las impresoras y las colas de impresión pueden guardar por un tiempo una copia de lo que imprimes en esta computadora. ¿Imprimir el código ahora?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <source>The code is printed only on a printer, never into a file. Please write it down instead.</source>
        <translation>El código solo se imprime en una impresora, nunca en un archivo. Por favor, anótalo a mano.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>Write the six groups on paper, in order, and keep it somewhere safe, apart from your computer. It is shown only this once. With it, you or anyone who has it can open your plan.</source>
        <translation>Escribe los seis grupos en papel, en orden, y guárdalo en un lugar seguro, lejos de tu computadora. Se muestra solo esta vez. Con él, tú o cualquier persona que lo tenga puede abrir tu plan.</translation>
    </message>
    <message>
        <source>The code has no 0, O, 1 or I, so nothing can be mistaken for something else.</source>
        <translation>El código no tiene 0, O, 1 ni I, para que nada se confunda con otra cosa.</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>Imprimirlo</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ya lo anoté</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Bond person</source>
        <translation>Persona fiadora</translation>
    </message>
    <message>
        <source>Could pay or promise money of their own so I can be released.</source>
        <translation>Podría pagar o prometer dinero propio para que me liberen.</translation>
    </message>
    <message>
        <source>Would speak for me at a hearing</source>
        <translation>Hablaría por mí en una audiencia</translation>
    </message>
    <message>
        <source>Could come to a detention review and say who I am.</source>
        <translation>Podría ir a una revisión de la detención y decir quién soy.</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>Abogado/a de inmigración</translation>
    </message>
    <message>
        <source>Helps with status, detention and removal.</source>
        <translation>Ayuda con el estatus, la detención y la expulsión.</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>Abogado/a penal</translation>
    </message>
    <message>
        <source>Helps if I am charged with a crime.</source>
        <translation>Ayuda si me acusan de un delito.</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>Abogado/a de familia</translation>
    </message>
    <message>
        <source>Helps with children, custody or separation.</source>
        <translation>Ayuda con hijos, custodia o separación.</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>Clínica legal</translation>
    </message>
    <message>
        <source>Free legal information and help.</source>
        <translation>Información y ayuda legal gratuita.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Trabajador/a de apoyo</translation>
    </message>
    <message>
        <source>Someone from a service I trust, who can contact others.</source>
        <translation>Alguien de un servicio de confianza, que puede contactar a otras personas.</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>Tiene mi llave</translation>
    </message>
    <message>
        <source>Could fetch clothes, money, documents or medication.</source>
        <translation>Podría buscar ropa, dinero, documentos o medicamentos.</translation>
    </message>
    <message>
        <source>Would care for my children</source>
        <translation>Cuidaría a mis hijos</translation>
    </message>
    <message>
        <source>Could look after my children if I cannot.</source>
        <translation>Podría cuidar a mis hijos si yo no puedo.</translation>
    </message>
    <message>
        <source>Would care for my pets</source>
        <translation>Cuidaría a mis mascotas</translation>
    </message>
    <message>
        <source>Could feed and look after my animals.</source>
        <translation>Podría alimentar y cuidar a mis animales.</translation>
    </message>
    <message>
        <source>I could stay with them if released</source>
        <translation>Podría quedarme en su casa si me liberan</translation>
    </message>
    <message>
        <source>An address I can give when I am released.</source>
        <translation>Una dirección que puedo dar cuando me liberen.</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Poder legal</translation>
    </message>
    <message>
        <source>Allowed to act for me on money or papers.</source>
        <translation>Puede actuar por mí en asuntos de dinero o papeles.</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Someone to call first if something happens.</source>
        <translation>Alguien a quien llamar primero si pasa algo.</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Lugar seguro</translation>
    </message>
    <message>
        <source>Somewhere I could go to be safe.</source>
        <translation>Un lugar adonde podría ir para estar a salvo.</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Guardado ✓</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Se guarda solo durante esta sesión</translation>
    </message>
    <message>
        <source>Not saved: %1 Your change is still here. Please try again in a moment.</source>
        <translation>No se guardó: %1 Tu cambio sigue aquí. Vuelve a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>SectionSummary</name>
    <message>
        <source>Here is what you have so far. You can change anything, now or later.</source>
        <translation>Esto es lo que tienes hasta ahora. Puedes cambiar cualquier cosa, ahora o más tarde.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change: {question}</source>
        <translation>Cambiar: {question}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Sin responder todavía</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Skipped for now</source>
        <translation>Saltada por ahora</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>Para hablar más tarde</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear después de estos minutos sin uso</translation>
    </message>
    <message>
        <source>When you press Hide</source>
        <translation>Al presionar Ocultar</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>Título de la ventana</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>When nobody uses SaferPlan for this long, it saves and locks the plan.</source>
        <translation>Cuando nadie usa SaferPlan durante este tiempo, guarda y bloquea el plan.</translation>
    </message>
    <message>
        <source>Save, lock and minimise the window</source>
        <translation>Guardar, bloquear y minimizar la ventana</translation>
    </message>
    <message>
        <source>Save, lock and close SaferPlan</source>
        <translation>Guardar, bloquear y cerrar SaferPlan</translation>
    </message>
    <message>
        <source>Shift three times also hides</source>
        <translation>Presionar Shift tres veces también oculta</translation>
    </message>
    <message>
        <source>Turn this off if your screen reader uses Shift. Esc twice and Hide still work.</source>
        <translation>Desactiva esto si tu lector de pantalla usa Shift. Presionar Esc dos veces y Ocultar siguen funcionando.</translation>
    </message>
    <message>
        <source>The window shows this name. Choose something that draws no attention.</source>
        <translation>La ventana muestra este nombre. Elige algo que no llame la atención.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Plan %1 · last changed %2</source>
        <translation>Plan %1 · último cambio %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Te damos la bienvenida</translation>
    </message>
    <message>
        <source>Make a plan for staying safe, kept locked on this computer. Nothing is ever sent over the internet.</source>
        <translation>Haz un plan para estar a salvo, guardado bajo llave en esta computadora. Nunca se envía nada por internet.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language: %1</source>
        <translation>&amp;Idioma: %1</translation>
    </message>
    <message>
        <source>Start a &amp;new plan</source>
        <translation>Empezar un plan &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Guest session</source>
        <translation>&amp;Sesión de invitado</translation>
    </message>
    <message>
        <source>Look at a &amp;sample plan</source>
        <translation>&amp;Ver un plan de ejemplo</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>Your plan on this computer</source>
        <translation>Tu plan en esta computadora</translation>
    </message>
    <message>
        <source>Plans on this computer</source>
        <translation>Planes en esta computadora</translation>
    </message>
    <message>
        <source>&amp;Open my plan</source>
        <translation>&amp;Abrir mi plan</translation>
    </message>
    <message>
        <source>Open a file from another folder</source>
        <translation>Abrir un archivo de otra carpeta</translation>
    </message>
    <message>
        <source>Kept on this computer, locked with a passphrase you choose.</source>
        <translation>Se guarda en esta computadora, bloqueado con una frase secreta que tú eliges.</translation>
    </message>
    <message>
        <source>Nothing is saved on this computer. At the end you choose what to take with you: a locked file on your own USB stick, a printout, or nothing.</source>
        <translation>No se guarda nada en esta computadora. Al final, tú eliges qué llevarte: un archivo bloqueado en tu propia memoria USB, una copia impresa o nada.</translation>
    </message>
    <message>
        <source>A made-up plan to look around. Nothing is saved.</source>
        <translation>Un plan inventado para explorar. No se guarda nada.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>What SaferPlan keeps, where, and what it cannot protect against.</source>
        <translation>Qué guarda SaferPlan, dónde, y contra qué no puede protegerte.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The plan file could not be used.</source>
        <translation>No se pudo usar el archivo del plan.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is damaged.</source>
        <translation>Frase secreta incorrecta, o el archivo está dañado.</translation>
    </message>
    <message>
        <source>Wrong recovery code, or the file is damaged.</source>
        <translation>Código de recuperación incorrecto, o el archivo está dañado.</translation>
    </message>
    <message>
        <source>This plan file has no recovery code.</source>
        <translation>Este archivo del plan no tiene código de recuperación.</translation>
    </message>
    <message>
        <source>This is not a plan file, or it was made by a newer version of the app.</source>
        <translation>Este no es un archivo de plan, o lo hizo una versión más nueva de la aplicación.</translation>
    </message>
    <message>
        <source>This file is not a plan file.</source>
        <translation>Este archivo no es un archivo de plan.</translation>
    </message>
    <message>
        <source>This plan file uses a method this version does not know.</source>
        <translation>Este archivo del plan usa un método que esta versión no conoce.</translation>
    </message>
    <message>
        <source>This plan file was made by a newer version of the app. Update the app to open it.</source>
        <translation>Este archivo del plan lo hizo una versión más nueva de la aplicación. Actualiza la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of the app. It cannot be changed here. Nothing was changed.</source>
        <translation>Este plan se guardó con una versión más nueva de la aplicación. No se puede cambiar aquí. No se cambió nada.</translation>
    </message>
    <message>
        <source>This file asks for more memory or time than is safe on this computer, so it was not opened. It may be damaged.</source>
        <translation>Este archivo pide más memoria o tiempo de lo que es seguro en esta computadora, así que no se abrió. Puede estar dañado.</translation>
    </message>
    <message>
        <source>The plan inside this file could not be read. It may come from a newer version of the app.</source>
        <translation>No se pudo leer el plan dentro de este archivo. Puede venir de una versión más nueva de la aplicación.</translation>
    </message>
    <message>
        <source>This is a link or a special file, not a plan file.</source>
        <translation>Esto es un enlace o un archivo especial, no un archivo de plan.</translation>
    </message>
    <message>
        <source>This file is too large to be a plan file.</source>
        <translation>Este archivo es demasiado grande para ser un archivo de plan.</translation>
    </message>
    <message>
        <source>The plan file was changed by another program since it was opened. Nothing was saved.</source>
        <translation>Otro programa cambió el archivo del plan después de que se abrió. No se guardó nada.</translation>
    </message>
    <message>
        <source>This plan is open in another window. Close it there first.</source>
        <translation>Este plan está abierto en otra ventana. Ciérralo allí primero.</translation>
    </message>
    <message>
        <source>This plan&apos;s lock file is a link or a special file, so the plan was not used. Nothing was changed.</source>
        <translation>El archivo de bloqueo de este plan es un enlace o un archivo especial, así que no se usó el plan. No se cambió nada.</translation>
    </message>
    <message>
        <source>The file could not be saved. The previous version is unchanged.</source>
        <translation>No se pudo guardar el archivo. La versión anterior no cambió.</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. The previous version is unchanged.</source>
        <translation>El disco está lleno, así que no se guardó el archivo. La versión anterior no cambió.</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. The previous version is unchanged.</source>
        <translation>No hay permiso para escribir en esta carpeta. La versión anterior no cambió.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was written.</source>
        <translation>No se pudo escribir el archivo. No se escribió nada.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written.</source>
        <translation>El disco está lleno. No se escribió nada.</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. Nothing was written.</source>
        <translation>No hay permiso para escribir en esta carpeta. No se escribió nada.</translation>
    </message>
    <message>
        <source>The plan is too large to save. The previous version is unchanged.</source>
        <translation>El plan es demasiado grande para guardarlo. La versión anterior no cambió.</translation>
    </message>
    <message>
        <source>The file failed its check before saving, so it was not saved. The previous version is unchanged.</source>
        <translation>El archivo no pasó la revisión antes de guardarse, así que no se guardó. La versión anterior no cambió.</translation>
    </message>
    <message>
        <source>The change did not finish. The plan file still opens as before; its backup already has the change.</source>
        <translation>El cambio no terminó. El archivo del plan todavía se abre como antes; su copia de seguridad ya tiene el cambio.</translation>
    </message>
    <message>
        <source>The passphrase or recovery code was changed meanwhile. Nothing was changed.</source>
        <translation>La frase secreta o el código de recuperación cambió mientras tanto. No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup beside this older copy is newer. Changing the keys now would replace it, so nothing was changed. Open the newer backup first.</source>
        <translation>La copia de seguridad que está junto a esta copia más antigua es más nueva. Cambiar ahora la frase secreta o el código de recuperación la reemplazaría, así que no se cambió nada. Abre primero la copia de seguridad más nueva.</translation>
    </message>
    <message>
        <source>The plan is locked. Open it again to continue.</source>
        <translation>El plan está bloqueado. Vuelve a abrirlo para continuar.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Nothing was changed.</source>
        <translation>Ya existe un archivo con este nombre. No se cambió nada.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open your plan</source>
        <translation>Abre tu plan</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>Open the backup copy instead</source>
        <translation>Abrir la copia de seguridad</translation>
    </message>
    <message>
        <source>Opening your plan. This takes a moment.</source>
        <translation>Abriendo tu plan. Esto tarda un momento.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ab&amp;rir</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase</source>
        <translation>Usar mi &amp;frase secreta</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
        <translation>Usar un &amp;código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Stop opening</source>
        <translation>&amp;Dejar de abrir</translation>
    </message>
    <message>
        <source>Still opening your plan: %1 seconds so far. Some files take longer. You can stop at any time.</source>
        <translation>Todavía se está abriendo tu plan: %1 segundos hasta ahora. Algunos archivos tardan más. Puedes detenerlo en cualquier momento.</translation>
    </message>
    <message>
        <source>Stopped. The plan was not opened.</source>
        <translation>Detenido. No se abrió el plan.</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>Por favor, escribe primero tu frase secreta.</translation>
    </message>
    <message>
        <source>That recovery code did not open it — check it and try again.</source>
        <translation>Ese código de recuperación no lo abrió. Revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again. If you are sure it is right, the file may be damaged: the backup copy, kept from the save before, may open.</source>
        <translation>Esa frase secreta no lo abrió. Vuelve a intentarlo. Si sabes con seguridad que es correcta, el archivo puede estar dañado: tal vez se abra la copia de seguridad, guardada la vez anterior.</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again.</source>
        <translation>Esa frase secreta no lo abrió. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This plan is already open in another window. Close it there first, then try again.</source>
        <translation>Este plan ya está abierto en otra ventana. Ciérralo allí primero y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This file looks damaged, so it did not open. The backup copy, kept from the save before, may open.</source>
        <translation>Este archivo parece dañado, así que no se abrió. Tal vez se abra la copia de seguridad, guardada la vez anterior.</translation>
    </message>
    <message>
        <source>The plan could not be opened. Nothing was changed.</source>
        <translation>No se pudo abrir el plan. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>WalkSidebar</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>Para hablar más tarde</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} done ({answered} answered, {not_applicable} do not apply)</source>
        <translation>{title}
{done} de {total} listas ({answered} respondidas, {not_applicable} no aplican)</translation>
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
        <translation>Como aparece en la guía, enero de 2020. Verifícalo antes de confiar en esta información.</translation>
    </message>
    <message>
        <source>Sex worker support</source>
        <comment>category.sex_work</comment>
        <translation>Apoyo para personas trabajadoras sexuales</translation>
    </message>
    <message>
        <source>Crisis and emergency lines</source>
        <comment>category.crisis</comment>
        <translation>Líneas de crisis y de emergencia</translation>
    </message>
    <message>
        <source>Violence: support and shelters</source>
        <comment>category.violence</comment>
        <translation>Violencia: apoyo y albergues</translation>
    </message>
    <message>
        <source>Health and social services</source>
        <comment>category.health</comment>
        <translation>Salud y servicios sociales</translation>
    </message>
    <message>
        <source>Legal help</source>
        <comment>category.legal</comment>
        <translation>Ayuda legal</translation>
    </message>
    <message>
        <source>Community legal clinics</source>
        <comment>category.legal_clinic</comment>
        <translation>Clínicas legales comunitarias</translation>
    </message>
    <message>
        <source>Work and labour rights</source>
        <comment>category.labour</comment>
        <translation>Trabajo y derechos laborales</translation>
    </message>
    <message>
        <source>Immigration, migrant and refugee support</source>
        <comment>category.immigration</comment>
        <translation>Apoyo a personas inmigrantes, migrantes y refugiadas</translation>
    </message>
    <message>
        <source>Other community services</source>
        <comment>category.community</comment>
        <translation>Otros servicios comunitarios</translation>
    </message>
    <message>
        <source>Started by sex workers, social workers, and legal and health workers. 24/7 hotline, outreach, health and legal information, and urgent help if a migrant sex worker is arrested or detained. In Ontario and other cities.</source>
        <comment>butterfly.offers</comment>
        <translation>Creada por personas trabajadoras sexuales y por profesionales del trabajo social, legal y de salud. Línea telefónica 24/7, trabajo de calle, información de salud y legal, y ayuda urgente si arrestan o detienen a una persona trabajadora sexual migrante. En Ontario y otras ciudades.</translation>
    </message>
    <message>
        <source>24/7 phone line for any woman facing abuse in Ontario: someone to talk to, information and referrals. About 200 languages.</source>
        <comment>assaulted-womens-helpline.offers</comment>
        <translation>Línea telefónica 24/7 para cualquier mujer que vive abuso en Ontario: alguien con quien hablar, información y referencias. Unos 200 idiomas.</translation>
    </message>
    <message>
        <source>A list of distress and crisis lines across Ontario, for emotional support, including when thinking about suicide.</source>
        <comment>distress-centres-ontario.offers</comment>
        <translation>Una lista de líneas de ayuda y de crisis en todo Ontario, para apoyo emocional, también cuando piensas en el suicidio.</translation>
    </message>
    <message>
        <source>Lawyers, counselling and interpreters in many languages for women who have faced violence, in Ontario.</source>
        <comment>barbra-schlifer-clinic.offers</comment>
        <translation>Abogadas, consejería e intérpretes en muchos idiomas para mujeres que han vivido violencia, en Ontario.</translation>
    </message>
    <message>
        <source>Money for urgent costs after a crime in Ontario, such as counselling or a funeral. After sexual or family violence or trafficking you can report to a community organisation instead of the police; for other crimes a police report is needed.</source>
        <comment>victim-quick-response.offers</comment>
        <translation>Dinero para gastos urgentes después de un delito en Ontario, como consejería o un funeral. Después de violencia sexual o familiar o de trata de personas, puedes informar a una organización comunitaria en lugar de la policía; para otros delitos hace falta una denuncia policial.</translation>
    </message>
    <message>
        <source>Ambulance and police. The police may come when you call.</source>
        <comment>emergency-911.offers</comment>
        <translation>Ambulancia y policía. La policía puede venir cuando llamas.</translation>
    </message>
    <message>
        <source>A website to find a shelter for women, and their children, who want to get away from violence or abuse.</source>
        <comment>sheltersafe.offers</comment>
        <translation>Un sitio web para encontrar un albergue para mujeres, y sus hijos, que quieren alejarse de la violencia o el abuso.</translation>
    </message>
    <message>
        <source>Finds a shelter bed in Toronto or tells you where there is space.</source>
        <comment>toronto-shelter-intake.offers</comment>
        <translation>Encuentra una cama en un albergue de Toronto o te dice dónde hay lugar.</translation>
    </message>
    <message>
        <source>Phone line open 24 hours and a website to find any kind of community or social service in Ontario.</source>
        <comment>211-ontario.offers</comment>
        <translation>Línea telefónica abierta las 24 horas y sitio web para encontrar cualquier tipo de servicio comunitario o social en Ontario.</translation>
    </message>
    <message>
        <source>Free health advice from a registered nurse.</source>
        <comment>telehealth-ontario.offers</comment>
        <translation>Consejos de salud gratuitos de una enfermera o enfermero registrado.</translation>
    </message>
    <message>
        <source>24-hour phone line in French for women in Ontario facing abuse or sexual assault: support, information and referrals.</source>
        <comment>femaide.offers</comment>
        <translation>Línea telefónica 24 horas en francés para mujeres en Ontario que viven abuso o agresión sexual: apoyo, información y referencias.</translation>
    </message>
    <message>
        <source>Free, confidential information on services for mental health, alcohol and drug use, and gambling in Ontario.</source>
        <comment>connexontario.offers</comment>
        <translation>Información gratuita y confidencial sobre servicios de salud mental, consumo de alcohol y drogas, y juego en Ontario.</translation>
    </message>
    <message>
        <source>Information on mental health services in Ontario, such as crisis lines, online counselling and emergency housing.</source>
        <comment>ementalhealth.offers</comment>
        <translation>Información sobre servicios de salud mental en Ontario, como líneas de crisis, consejería en línea y vivienda de emergencia.</translation>
    </message>
    <message>
        <source>A list of mental health crisis services and their phone numbers across Ontario.</source>
        <comment>camh-crisis.offers</comment>
        <translation>Una lista de servicios de crisis de salud mental y sus números de teléfono en todo Ontario.</translation>
    </message>
    <message>
        <source>Information on health services and resources in Ontario.</source>
        <comment>central-health-line.offers</comment>
        <translation>Información sobre servicios y recursos de salud en Ontario.</translation>
    </message>
    <message>
        <source>Doctors, nurse practitioners, social workers and others for people who often miss out on care, including people without status and people without a home.</source>
        <comment>community-health-centres.offers</comment>
        <translation>Médicos, enfermeras practicantes, trabajadores sociales y otras personas para quienes a menudo se quedan sin atención, incluidas personas sin estatus y personas sin hogar.</translation>
    </message>
    <message>
        <source>Legal services for people in Ontario with a low income who qualify.</source>
        <comment>legal-aid-ontario.offers</comment>
        <translation>Servicios legales para personas de bajos ingresos en Ontario que cumplen los requisitos.</translation>
    </message>
    <message>
        <source>Legal help for refugee claimants in Toronto, Hamilton and Ottawa.</source>
        <comment>legal-aid-refugee-law-office.offers</comment>
        <translation>Ayuda legal para solicitantes de refugio en Toronto, Hamilton y Ottawa.</translation>
    </message>
    <message>
        <source>Plain-language legal information in many languages and formats, and a list of community legal clinics in Ontario.</source>
        <comment>cleo.offers</comment>
        <translation>Información legal en lenguaje sencillo, en muchos idiomas y formatos, y una lista de clínicas legales comunitarias en Ontario.</translation>
    </message>
    <message>
        <source>Legal information and referrals for women in Ontario facing violence.</source>
        <comment>owjn.offers</comment>
        <translation>Información legal y referencias para mujeres en Ontario que viven violencia.</translation>
    </message>
    <message>
        <source>Family lawyers in three offices in Ontario for people who qualify for legal aid.</source>
        <comment>family-law-offices.offers</comment>
        <translation>Abogados/as de familia en tres oficinas de Ontario para personas que cumplen los requisitos de la ayuda legal (legal aid).</translation>
    </message>
    <message>
        <source>Online referral to a lawyer or paralegal in Ontario, with a free first consultation of up to 30 minutes.</source>
        <comment>lsuc-lawyer-referral.offers</comment>
        <translation>Referencia en línea a un/a abogado/a o paralegal en Ontario, con una primera consulta gratuita de hasta 30 minutos.</translation>
    </message>
    <message>
        <source>Local clinics for people with a low income in their area; some serve a particular culture or language.</source>
        <comment>community-legal-clinics.offers</comment>
        <translation>Clínicas locales para personas de bajos ingresos de su zona; algunas atienden a una cultura o un idioma en particular.</translation>
    </message>
    <message>
        <source>Free legal help across Ontario for people with a low income who do not speak English, in Chinese, Vietnamese, Cambodian and Laotian communities.</source>
        <comment>csalc.offers</comment>
        <translation>Ayuda legal gratuita en todo Ontario para personas de bajos ingresos que no hablan inglés, en las comunidades china, vietnamita, camboyana y laosiana.</translation>
    </message>
    <message>
        <source>Takes test cases to court to change unfair rules in federal and Ontario income support programs.</source>
        <comment>income-security-advocacy-centre.offers</comment>
        <translation>Lleva casos de prueba a los tribunales para cambiar reglas injustas de los programas federales y de Ontario de apoyo a los ingresos.</translation>
    </message>
    <message>
        <source>Legal help and information on social assistance, violence, mental health, immigration and refugee matters, work and housing.</source>
        <comment>parkdale-community-legal-services.offers</comment>
        <translation>Ayuda e información legal sobre asistencia social, violencia, salud mental, inmigración y refugio, trabajo y vivienda.</translation>
    </message>
    <message>
        <source>Legal help and information for people living with HIV in Ontario.</source>
        <comment>halco.offers</comment>
        <translation>Ayuda e información legal para personas que viven con VIH en Ontario.</translation>
    </message>
    <message>
        <source>Legal services for Black people in Ontario with a low income or no income.</source>
        <comment>black-legal-action-centre.offers</comment>
        <translation>Servicios legales para personas negras en Ontario con bajos ingresos o sin ingresos.</translation>
    </message>
    <message>
        <source>Legal advice, services and education for South Asian people in Ontario; also works on changing the law.</source>
        <comment>salc.offers</comment>
        <translation>Asesoría, servicios y educación legal para personas del sur de Asia en Ontario; también trabaja para cambiar la ley.</translation>
    </message>
    <message>
        <source>Support and lawyers for people with disabilities in Ontario.</source>
        <comment>arch-disability-law-centre.offers</comment>
        <translation>Apoyo y abogados/as para personas con discapacidad en Ontario.</translation>
    </message>
    <message>
        <source>Legal help in Spanish for Spanish-speaking people across Ontario.</source>
        <comment>spanish-speaking-legal-clinic.offers</comment>
        <translation>Ayuda legal en español para personas hispanohablantes en todo Ontario.</translation>
    </message>
    <message>
        <source>Legal help for First Nations (with or without status), Métis and Inuit people in Ontario.</source>
        <comment>aboriginal-legal-services.offers</comment>
        <translation>Ayuda legal para personas de las Primeras Naciones (con o sin estatus), métis e inuit en Ontario.</translation>
    </message>
    <message>
        <source>Information on workers&apos; rights and support to stand up for them.</source>
        <comment>workers-action-centre.offers</comment>
        <translation>Información sobre los derechos de las personas trabajadoras y apoyo para defenderlos.</translation>
    </message>
    <message>
        <source>The Ontario government office that applies and enforces the Employment Standards Act, 2000.</source>
        <comment>ministry-of-labour.offers</comment>
        <translation>La oficina del gobierno de Ontario que aplica y hace cumplir la Ley de Normas de Empleo de 2000 (Employment Standards Act).</translation>
    </message>
    <message>
        <source>For sex workers in Toronto: sexual health, safety at work, workshops, legal information, counselling, advocacy and social time.</source>
        <comment>maggies.offers</comment>
        <translation>Para personas trabajadoras sexuales en Toronto: salud sexual, seguridad en el trabajo, talleres, información legal, consejería, defensa de derechos y espacios sociales.</translation>
    </message>
    <message>
        <source>Outreach and harm reduction support for sex workers who work on the street, in Hamilton.</source>
        <comment>swap-hamilton.offers</comment>
        <translation>Trabajo de calle y apoyo de reducción de daños para personas trabajadoras sexuales que trabajan en la calle, en Hamilton.</translation>
    </message>
    <message>
        <source>Harm reduction and first aid supplies, HIV and STI information, clothing, hygiene products, food, and peer support, in London.</source>
        <comment>safe-space-london.offers</comment>
        <translation>Materiales de reducción de daños y primeros auxilios, información sobre VIH e ITS, ropa, productos de higiene, comida y apoyo entre pares, en London.</translation>
    </message>
    <message>
        <source>Peer support, education, advocacy and referrals for safer living and working conditions, in Sudbury.</source>
        <comment>swans-sudbury.offers</comment>
        <translation>Apoyo entre pares, educación, defensa de derechos y referencias para condiciones de vida y de trabajo más seguras, en Sudbury.</translation>
    </message>
    <message>
        <source>A network of community agencies that serve immigrants and refugees in Ontario.</source>
        <comment>ocasi.offers</comment>
        <translation>Una red de agencias comunitarias que atienden a personas inmigrantes y refugiadas en Ontario.</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education for newcomers in Ontario, and shelter for women and their children.</source>
        <comment>fcj-refugee-centre.offers</comment>
        <translation>Protección de personas refugiadas, ayuda para establecerse y educación para recién llegados en Ontario, y albergue para mujeres y sus hijos.</translation>
    </message>
    <message>
        <source>Health care and community services in Toronto, including for newcomers, immigrants and refugees.</source>
        <comment>access-alliance.offers</comment>
        <translation>Atención de salud y servicios comunitarios en Toronto, también para recién llegados, inmigrantes y refugiados.</translation>
    </message>
    <message>
        <source>Speaks up for the rights of migrant workers, in Ontario and across Canada.</source>
        <comment>migrant-workers-alliance.offers</comment>
        <translation>Defiende los derechos de las personas trabajadoras migrantes, en Ontario y en todo Canadá.</translation>
    </message>
    <message>
        <source>Information for newcomers about settling in.</source>
        <comment>settlement-org.offers</comment>
        <translation>Información para recién llegados sobre cómo establecerse.</translation>
    </message>
    <message>
        <source>Campaigns for the freedom to move, return and stay in Canada; trains people without status and the people who work at services on their rights.</source>
        <comment>no-one-is-illegal.offers</comment>
        <translation>Campañas por la libertad de moverse, regresar y quedarse en Canadá; capacitación sobre derechos para personas sin estatus y para quienes trabajan en servicios.</translation>
    </message>
    <message>
        <source>Campaigns for Ontario health insurance (OHIP) for everyone.</source>
        <comment>ohip-for-all.offers</comment>
        <translation>Hace campañas para que todas las personas tengan el seguro de salud de Ontario (OHIP).</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education in Toronto, and shelter for women and their children.</source>
        <comment>st-stephens-community-house.offers</comment>
        <translation>Protección de personas refugiadas, ayuda para establecerse y educación en Toronto, y albergue para mujeres y sus hijos.</translation>
    </message>
    <message>
        <source>LGBTQ2 programs and groups, a refugee support group, free short-term and drop-in counselling, and classes, in Toronto.</source>
        <comment>the-519.offers</comment>
        <translation>Programas y grupos LGBTQ2, un grupo de apoyo para personas refugiadas, consejería gratuita de corto plazo y sin cita, y clases, en Toronto.</translation>
    </message>
    <message>
        <source>Counselling and learning programs for children, youth and families with complex mental health or developmental needs.</source>
        <comment>skylark.offers</comment>
        <translation>Consejería y programas de aprendizaje para niños, jóvenes y familias con necesidades complejas de salud mental o de desarrollo.</translation>
    </message>
    <message>
        <source>Programs, education, harm reduction and case management for people in prison or out of prison who live with HIV or AIDS.</source>
        <comment>pasan.offers</comment>
        <translation>Programas, educación, reducción de daños y gestión de casos para personas en prisión o que salieron de prisión y viven con VIH o sida.</translation>
    </message>
    <message>
        <source>Peer-led support around drug and alcohol use for LGBTQQ2SIA youth aged 16 to 29 in Toronto: drop-ins, case management and group counselling.</source>
        <comment>pieces-to-pathways.offers</comment>
        <translation>Apoyo entre pares sobre el consumo de drogas y alcohol para jóvenes LGBTQQ2SIA de 16 a 29 años en Toronto: espacios sin cita, gestión de casos y consejería en grupo.</translation>
    </message>
    <message>
        <source>An organisation of Chinese Canadians in Toronto working for equity, social justice and respect for diversity.</source>
        <comment>ccncto.offers</comment>
        <translation>Una organización de personas chino-canadienses en Toronto que trabaja por la equidad, la justicia social y el respeto a la diversidad.</translation>
    </message>
</context>
<context>
    <name>forms.release_plan</name>
    <message>
        <source>Release plan</source>
        <comment>form.title</comment>
        <translation>Plan de liberación</translation>
    </message>
    <message>
        <source>Support network and your rights</source>
        <comment>network.title</comment>
        <translation>Red de apoyo y tus derechos</translation>
    </message>
    <message>
        <source>People who know your rights and can speak up for you, found before you need them.</source>
        <comment>network.intro</comment>
        <translation>Personas que conocen tus derechos y pueden hablar por ti, encontradas antes de que las necesites.</translation>
    </message>
    <message>
        <source>Is there a community legal clinic you could contact?</source>
        <comment>r_legal_clinic.text</comment>
        <translation>¿Hay alguna clínica legal comunitaria con la que podrías comunicarte?</translation>
    </message>
    <message>
        <source>A legal clinic can tell you your rights, and help you find a lawyer.</source>
        <comment>r_legal_clinic.why</comment>
        <translation>Una clínica legal puede explicarte tus derechos y ayudarte a encontrar un/a abogado/a.</translation>
    </message>
    <message>
        <source>A legal clinic gives free legal information and help. Some help people without status.</source>
        <comment>r_legal_clinic.help</comment>
        <translation>Una clínica legal da información y ayuda legal gratuita. Algunas ayudan a personas sin estatus.</translation>
    </message>
    <message>
        <source>Do you know an immigration lawyer you trust? Or someone who would call one for you?</source>
        <comment>r_lawyer.text</comment>
        <translation>¿Conoces a un/a abogado/a de inmigración de confianza? ¿O a alguien que podría llamar a uno por ti?</translation>
    </message>
    <message>
        <source>Help comes much faster if you already know a lawyer before you need one.</source>
        <comment>r_lawyer.why</comment>
        <translation>La ayuda llega mucho más rápido si ya conoces a un/a abogado/a antes de que haga falta.</translation>
    </message>
    <message>
        <source>An immigration lawyer helps with your status, detention and removal from Canada.</source>
        <comment>r_lawyer.help</comment>
        <translation>Un/a abogado/a de inmigración ayuda con tu estatus, la detención y la expulsión de Canadá.</translation>
    </message>
    <message>
        <source>Do you know a criminal lawyer? Or someone who would call one for you?</source>
        <comment>r_lawyer_criminal.text</comment>
        <translation>¿Conoces a un/a abogado/a penal? ¿O a alguien que podría llamar a uno por ti?</translation>
    </message>
    <message>
        <source>If the police charge you, a criminal lawyer protects your rights from the start.</source>
        <comment>r_lawyer_criminal.why</comment>
        <translation>Si la policía te acusa de un delito, un/a abogado/a penal protege tus derechos desde el principio.</translation>
    </message>
    <message>
        <source>A criminal lawyer helps when the police say you broke a law.</source>
        <comment>r_lawyer_criminal.help</comment>
        <translation>Un/a abogado/a penal te ayuda si la policía te acusa de un delito.</translation>
    </message>
    <message>
        <source>If you have children, do you know a family lawyer?</source>
        <comment>r_lawyer_family.text</comment>
        <translation>Si tienes hijos, ¿conoces a un/a abogado/a de familia?</translation>
    </message>
    <message>
        <source>Detention can affect who looks after your children. A family lawyer can help protect your rights as a parent.</source>
        <comment>r_lawyer_family.why</comment>
        <translation>La detención puede afectar quién cuida a tus hijos. Un/a abogado/a de familia puede ayudarte a proteger tus derechos como madre o padre.</translation>
    </message>
    <message>
        <source>A family lawyer helps with children, custody and separation.</source>
        <comment>r_lawyer_family.help</comment>
        <translation>Un/a abogado/a de familia ayuda con hijos, custodia y separación.</translation>
    </message>
    <message>
        <source>How much do you know about your rights with police and immigration officers?</source>
        <comment>r_rights.text</comment>
        <translation>¿Cuánto sabes sobre tus derechos ante la policía y los agentes de inmigración?</translation>
    </message>
    <message>
        <source>Knowing your rights can lower your risk of being detained.</source>
        <comment>r_rights.why</comment>
        <translation>Conocer tus derechos puede bajar el riesgo de que te detengan.</translation>
    </message>
    <message>
        <source>Legal clinics and sex worker groups share this information, sometimes in other languages.</source>
        <comment>r_rights.help</comment>
        <translation>Las clínicas legales y los grupos de personas trabajadoras sexuales comparten esta información, a veces en otros idiomas.</translation>
    </message>
    <message>
        <source>I know my rights well</source>
        <comment>r_rights.option.well</comment>
        <translation>Conozco bien mis derechos</translation>
    </message>
    <message>
        <source>I know some things</source>
        <comment>r_rights.option.some</comment>
        <translation>Sé algunas cosas</translation>
    </message>
    <message>
        <source>I would like to learn more</source>
        <comment>r_rights.option.learn_more</comment>
        <translation>Me gustaría saber más</translation>
    </message>
    <message>
        <source>Is there a community support worker or organisation you trust?</source>
        <comment>r_support_worker.text</comment>
        <translation>¿Hay una organización o un/a trabajador/a de apoyo comunitario en quien confíes?</translation>
    </message>
    <message>
        <source>They can help with many needs, contact lawyers for you, and support your release.</source>
        <comment>r_support_worker.why</comment>
        <translation>Pueden ayudar con muchas necesidades, contactar abogados por ti y apoyar tu liberación.</translation>
    </message>
    <message>
        <source>Who is a person you really trust, who would speak up for you if you were detained?</source>
        <comment>r_advocate.text</comment>
        <translation>¿Quién es una persona de mucha confianza que hablaría por ti si te detuvieran?</translation>
    </message>
    <message>
        <source>Someone on the outside can call people and push for your release.</source>
        <comment>r_advocate.why</comment>
        <translation>Alguien de afuera puede llamar a otras personas e insistir en tu liberación.</translation>
    </message>
    <message>
        <source>This can be a partner, a friend or a co-worker. A first name is enough.</source>
        <comment>r_advocate.help</comment>
        <translation>Puede ser tu pareja, una amistad o alguien del trabajo. Basta con un nombre de pila.</translation>
    </message>
    <message>
        <source>Getting released at a detention review</source>
        <comment>release.title</comment>
        <translation>Salir en libertad en la revisión de la detención</translation>
    </message>
    <message>
        <source>Once detained, you can talk to very few people. What you set up now helps you later.</source>
        <comment>release.intro</comment>
        <translation>Una vez que te detienen, puedes hablar con muy pocas personas. Lo que prepares ahora te ayuda después.</translation>
    </message>
    <message>
        <source>If you were detained, what would matter most to you?</source>
        <comment>r_wishes.text</comment>
        <translation>Si te detuvieran, ¿qué sería lo más importante para ti?</translation>
    </message>
    <message>
        <source>Your lawyer and supporters should follow your wishes. Telling them now makes that easier.</source>
        <comment>r_wishes.why</comment>
        <translation>Tu abogado/a y las personas que te apoyan deben seguir tus deseos. Decírselo ahora lo hace más fácil.</translation>
    </message>
    <message>
        <source>Staying in Canada, even if it takes time</source>
        <comment>r_wishes.example1</comment>
        <translation>Quedarme en Canadá, aunque tome tiempo</translation>
    </message>
    <message>
        <source>Getting out quickly, even if it means leaving Canada</source>
        <comment>r_wishes.example2</comment>
        <translation>Salir rápido, aunque signifique irme de Canadá</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <comment>r_wishes.example3</comment>
        <translation>Todavía no lo sé</translation>
    </message>
    <message>
        <source>Have you talked about this plan with someone you trust?</source>
        <comment>r_talked_plan.text</comment>
        <translation>¿Has hablado de este plan con alguien de confianza?</translation>
    </message>
    <message>
        <source>Once you are detained, your things are taken and you can call very few people.</source>
        <comment>r_talked_plan.why</comment>
        <translation>Una vez que te detienen, te quitan tus cosas y puedes llamar a muy pocas personas.</translation>
    </message>
    <message>
        <source>Who could be your bond person?</source>
        <comment>r_bond_person.text</comment>
        <translation>¿Quién podría ser tu persona fiadora?</translation>
    </message>
    <message>
        <source>A bond person is often what makes release possible.</source>
        <comment>r_bond_person.why</comment>
        <translation>Muchas veces, una persona fiadora es lo que hace posible la liberación.</translation>
    </message>
    <message>
        <source>Knowing the amount helps you and your lawyer prepare the hearing.</source>
        <comment>r_bond_amount.why</comment>
        <translation>Saber la cantidad te ayuda a ti y a tu abogado/a a preparar la audiencia.</translation>
    </message>
    <message>
        <source>Who could come to the hearing and speak for you?</source>
        <comment>r_hearing_witness.text</comment>
        <translation>¿Quién podría ir a la audiencia y hablar por ti?</translation>
    </message>
    <message>
        <source>People who know you show that you have ties to the community here.</source>
        <comment>r_hearing_witness.why</comment>
        <translation>Las personas que te conocen muestran que tienes lazos con la comunidad de aquí.</translation>
    </message>
    <message>
        <source>A plan for what happens if immigration officers, or the police for immigration reasons, detain you. If you are charged with a crime, see the question about a criminal lawyer, and legal help in the directory. If you are detained, your phone and your things are taken, and it is hard to reach people. What you set up now makes release more likely, and keeps the things you care about looked after. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>Un plan para lo que pasa si agentes de inmigración, o la policía por motivos de inmigración, te detienen. Si te acusan de un delito, mira la pregunta sobre un/a abogado/a penal y la ayuda legal en el directorio. Si te detienen, te quitan el teléfono y tus cosas, y es difícil comunicarte con otras personas. Lo que prepares ahora hace más probable tu liberación y ayuda a que las cosas que te importan queden en buenas manos. Puedes saltar cualquier pregunta o volver a ella más tarde.</translation>
    </message>
    <message>
        <source>This plan is mostly about immigration detention. If the police charge you with a crime, a criminal court decides on bail.</source>
        <comment>r_lawyer_criminal.legal1</comment>
        <translation>Este plan trata sobre todo de la detención por inmigración. Si la policía te acusa de un delito, un tribunal penal decide sobre la libertad bajo fianza.</translation>
    </message>
    <message>
        <source>If the police keep you after an arrest, you should see a justice within 24 hours, usually for a bail hearing.</source>
        <comment>r_lawyer_criminal.legal2</comment>
        <translation>Si la policía te retiene después de un arresto, deben llevarte ante un juez o jueza de paz dentro de 24 horas, normalmente para una audiencia de fianza.</translation>
    </message>
    <message>
        <source>A surety is like a bond person in criminal court: someone who promises money and supervises you.</source>
        <comment>r_lawyer_criminal.legal3</comment>
        <translation>En un tribunal penal, el fiador o fiadora (surety) es como la persona fiadora: alguien que promete dinero y te supervisa.</translation>
    </message>
    <message>
        <source>Duty counsel at the court, a criminal lawyer or Legal Aid Ontario can help. A charge can also affect your immigration status.</source>
        <comment>r_lawyer_criminal.legal4</comment>
        <translation>Pueden ayudarte el abogado/a de guardia del tribunal (duty counsel), un/a abogado/a penal o Legal Aid Ontario. Una acusación también puede afectar tu estatus migratorio.</translation>
    </message>
    <message>
        <source>If police or immigration officers arrest or detain you, you have the right to be told why, and to talk to a lawyer without delay.</source>
        <comment>r_rights.legal1</comment>
        <translation>Si la policía o agentes de inmigración te arrestan o te detienen, tienes derecho a saber por qué y a hablar con un/a abogado/a sin demora.</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge.</source>
        <comment>r_rights.legal2</comment>
        <translation>En una audiencia de inmigración tienes derecho a un/a intérprete, sin costo.</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Say only what you are fine with officers hearing.</source>
        <comment>r_rights.legal3</comment>
        <translation>Las llamadas desde la detención pueden no ser privadas. Di solo lo que no te moleste que escuchen los agentes.</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low.</source>
        <comment>r_rights.legal4</comment>
        <translation>Legal Aid Ontario puede pagar un/a abogado/a si tus ingresos son bajos.</translation>
    </message>
    <message>
        <source>Would you like to find out if Legal Aid Ontario could pay for a lawyer for you?</source>
        <comment>r_legal_aid.text</comment>
        <translation>¿Te gustaría averiguar si Legal Aid Ontario podría pagarte un/a abogado/a?</translation>
    </message>
    <message>
        <source>A lawyer at a detention review can make release more likely. You may not have to pay.</source>
        <comment>r_legal_aid.why</comment>
        <translation>Tener un/a abogado/a en una revisión de la detención puede hacer más probable tu liberación. Puede que no tengas que pagar.</translation>
    </message>
    <message>
        <source>A community legal clinic can help you apply.</source>
        <comment>r_legal_aid.help</comment>
        <translation>Una clínica legal comunitaria puede ayudarte a hacer la solicitud.</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low, including for some immigration and detention cases.</source>
        <comment>r_legal_aid.legal1</comment>
        <translation>Legal Aid Ontario puede pagar un/a abogado/a si tus ingresos son bajos, también en algunos casos de inmigración y de detención.</translation>
    </message>
    <message>
        <source>Someone who knows you well, who may pay or promise money of their own so you can be released.</source>
        <comment>r_bond_person.help</comment>
        <translation>Alguien que te conoce bien y que podría pagar o prometer dinero propio para que te liberen.</translation>
    </message>
    <message>
        <source>A bond person must be 18 or older and live in Canada. They should know you well, and come forward freely.</source>
        <comment>r_bond_person.legal1</comment>
        <translation>La persona fiadora debe tener 18 años o más y vivir en Canadá. Debe conocerte bien y ofrecerse por su propia voluntad.</translation>
    </message>
    <message>
        <source>To give a guarantee (a promise to pay), they must be a Canadian citizen or permanent resident.</source>
        <comment>r_bond_person.legal2</comment>
        <translation>Para dar una garantía (una promesa de pago), la persona fiadora debe tener la ciudadanía canadiense o la residencia permanente.</translation>
    </message>
    <message>
        <source>The money must be the bond person&apos;s own money, not yours. No one may be paid to be a bond person.</source>
        <comment>r_bond_person.legal3</comment>
        <translation>El dinero debe ser de la persona fiadora, no tuyo. Nadie puede recibir pago por ser persona fiadora.</translation>
    </message>
    <message>
        <source>They may be asked questions at the hearing, for example how well they know you and how they will supervise you.</source>
        <comment>r_bond_person.legal4</comment>
        <translation>Le pueden hacer preguntas en la audiencia, por ejemplo qué tan bien te conoce y cómo te va a supervisar.</translation>
    </message>
    <message>
        <source>They must tell the CBSA if you break a condition of your release. If they do not, they can lose the money.</source>
        <comment>r_bond_person.legal5</comment>
        <translation>Debe avisar a la CBSA si infringes una condición de tu liberación. Si no lo hace, puede perder el dinero.</translation>
    </message>
    <message>
        <source>If no one can be your bond person, a supervision program may act instead (in Toronto in 2020, the Toronto Bail Program).</source>
        <comment>r_bond_person.legal6</comment>
        <translation>Si nadie puede ser tu persona fiadora, un programa de supervisión puede hacer ese papel (en Toronto en 2020, el Toronto Bail Program).</translation>
    </message>
    <message>
        <source>How much of their own money could your bond person pay or promise, if needed?</source>
        <comment>r_bond_amount.text</comment>
        <translation>¿Cuánto de su propio dinero podría pagar o prometer tu persona fiadora, si hiciera falta?</translation>
    </message>
    <message>
        <source>This is called a bond (immigration bail). It is the bond person&apos;s money, not yours.</source>
        <comment>r_bond_amount.help</comment>
        <translation>Esto se llama fianza (de inmigración). Es dinero de la persona fiadora, no tuyo.</translation>
    </message>
    <message>
        <source>A deposit (cash bond) is paid before release. It can be returned at the end if all the conditions were kept.</source>
        <comment>r_bond_amount.legal1</comment>
        <translation>Un depósito (fianza en efectivo) se paga antes de la liberación. Se puede devolver al final si se cumplieron todas las condiciones.</translation>
    </message>
    <message>
        <source>A guarantee (performance bond) is a promise to pay if a condition is broken. The bond person must show they could pay.</source>
        <comment>r_bond_amount.legal2</comment>
        <translation>Una garantía (fianza de cumplimiento) es una promesa de pagar si se infringe una condición. La persona fiadora debe demostrar que podría pagar.</translation>
    </message>
    <message>
        <source>The member at the hearing decides the amount, and may ask for both.</source>
        <comment>r_bond_amount.legal3</comment>
        <translation>El miembro que dirige la audiencia decide la cantidad, y puede pedir las dos cosas.</translation>
    </message>
    <message>
        <source>Does your bond person know they may need to come to a hearing within two days of your detention?</source>
        <comment>r_bond_ready.text</comment>
        <translation>¿Sabe tu persona fiadora que quizás tenga que ir a una audiencia dentro de los dos días siguientes a tu detención?</translation>
    </message>
    <message>
        <source>If they are not ready for the first review, the next chance may be a week or a month later.</source>
        <comment>r_bond_ready.why</comment>
        <translation>Si no tiene todo listo para la primera revisión, la siguiente oportunidad puede ser una semana o un mes después.</translation>
    </message>
    <message>
        <source>They can prepare now: ID, proof of their status, and proof of their own money and address.</source>
        <comment>r_bond_ready.help</comment>
        <translation>Puede prepararse desde ahora: identificación, prueba de su estatus y prueba de su propio dinero y de su dirección.</translation>
    </message>
    <message>
        <source>The first detention review is held within 48 hours of detention, or soon after.</source>
        <comment>r_bond_ready.legal1</comment>
        <translation>La primera revisión de la detención se hace dentro de las 48 horas siguientes a la detención, o poco después.</translation>
    </message>
    <message>
        <source>If you are not released, the next review is within 7 days, then at least once every 30 days.</source>
        <comment>r_bond_ready.legal2</comment>
        <translation>Si no te liberan, la siguiente revisión es dentro de 7 días, y después al menos una vez cada 30 días.</translation>
    </message>
    <message>
        <source>A bond person who is not ready for the first review may have to wait a week or a month for the next one.</source>
        <comment>r_bond_ready.legal3</comment>
        <translation>Una persona fiadora que no está lista para la primera revisión puede tener que esperar una semana o un mes hasta la siguiente.</translation>
    </message>
    <message>
        <source>A lawyer can ask for an earlier review if there are new facts, for example a bond person who is now ready.</source>
        <comment>r_bond_ready.legal4</comment>
        <translation>Un/a abogado/a puede pedir una revisión antes si hay hechos nuevos, por ejemplo una persona fiadora que ahora sí está lista.</translation>
    </message>
    <message>
        <source>A witness says how they know you and how they will support you.</source>
        <comment>r_hearing_witness.help</comment>
        <translation>Un/a testigo dice cómo te conoce y cómo te va a apoyar.</translation>
    </message>
    <message>
        <source>At a detention review, a member of the Immigration and Refugee Board decides if you can be released, and on what conditions.</source>
        <comment>r_hearing_witness.legal1</comment>
        <translation>En una revisión de la detención, un miembro de la IRB (el tribunal de inmigración y refugio) decide si te pueden liberar y con qué condiciones.</translation>
    </message>
    <message>
        <source>Where would you stay if you are released? Add the person or the shelter, with the address.</source>
        <comment>r_release_address.text</comment>
        <translation>¿Dónde te quedarías si te liberan? Agrega a la persona o el albergue, con la dirección.</translation>
    </message>
    <message>
        <source>Talk with them now, because it is hard to reach out once you are detained.</source>
        <comment>r_release_address.why</comment>
        <translation>Habla con esas personas ahora, porque es difícil comunicarte una vez que te detienen.</translation>
    </message>
    <message>
        <source>In the list of people, you can add an address to a person or a shelter.</source>
        <comment>r_release_address.help</comment>
        <translation>En la lista de personas, puedes agregar una dirección a una persona o a un albergue.</translation>
    </message>
    <message>
        <source>At a detention review you are asked where you will live if you are released.</source>
        <comment>r_release_address.legal1</comment>
        <translation>En una revisión de la detención te preguntan dónde vas a vivir si te liberan.</translation>
    </message>
    <message>
        <source>Staying with your bond person often counts for more than a shelter, but a shelter may be accepted.</source>
        <comment>r_release_address.legal2</comment>
        <translation>Quedarte con tu persona fiadora muchas veces cuenta más que un albergue, pero un albergue puede ser aceptado.</translation>
    </message>
    <message>
        <source>Things to plan in advance</source>
        <comment>advance.title</comment>
        <translation>Cosas para planear con tiempo</translation>
    </message>
    <message>
        <source>Your phone may be taken from you, so some things need to be ready now.</source>
        <comment>advance.intro</comment>
        <translation>Te pueden quitar el teléfono, así que algunas cosas tienen que estar listas ahora.</translation>
    </message>
    <message>
        <source>Do you know by heart the phone numbers of the people you would call?</source>
        <comment>r_numbers_by_heart.text</comment>
        <translation>¿Sabes de memoria los números de teléfono de las personas a las que llamarías?</translation>
    </message>
    <message>
        <source>Your phone may be taken. Numbers you know by heart stay with you.</source>
        <comment>r_numbers_by_heart.why</comment>
        <translation>Te pueden quitar el teléfono. Los números que sabes de memoria se quedan contigo.</translation>
    </message>
    <message>
        <source>In the list of people, you can mark numbers to learn, and practise them here.</source>
        <comment>r_numbers_by_heart.help</comment>
        <translation>En la lista de personas puedes marcar números para aprender, y practicarlos aquí.</translation>
    </message>
    <message>
        <source>Who would look after your children if you were detained?</source>
        <comment>r_carer_children.text</comment>
        <translation>¿Quién cuidaría a tus hijos si te detuvieran?</translation>
    </message>
    <message>
        <source>Knowing who will care for them gives you and them some peace of mind.</source>
        <comment>r_carer_children.why</comment>
        <translation>Saber quién les cuidará les da a ti y a ellos algo de tranquilidad.</translation>
    </message>
    <message>
        <source>Who would look after your pets?</source>
        <comment>r_carer_pets.text</comment>
        <translation>¿Quién cuidaría a tus mascotas?</translation>
    </message>
    <message>
        <source>Pets need someone to feed them from the first day.</source>
        <comment>r_carer_pets.why</comment>
        <translation>Las mascotas necesitan que alguien les dé de comer desde el primer día.</translation>
    </message>
    <message>
        <source>Who has a key to your home and could bring you clothes, money, documents and medication?</source>
        <comment>r_key_holder.text</comment>
        <translation>¿Quién tiene una llave de tu casa y podría llevarte ropa, dinero, documentos y medicamentos?</translation>
    </message>
    <message>
        <source>You may need things from home, and you cannot go and get them yourself.</source>
        <comment>r_key_holder.why</comment>
        <translation>Puedes necesitar cosas de tu casa, y no puedes ir a buscarlas tú.</translation>
    </message>
    <message>
        <source>Which documents would you need, and where are they kept?</source>
        <comment>r_documents.text</comment>
        <translation>¿Qué documentos necesitarías y dónde están guardados?</translation>
    </message>
    <message>
        <source>Your lawyer or key holder may need your passport or other papers for the hearing.</source>
        <comment>r_documents.why</comment>
        <translation>Tu abogado/a o la persona que tiene tu llave pueden necesitar tu pasaporte u otros papeles para la audiencia.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>r_documents.example1</comment>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Study or work permit</source>
        <comment>r_documents.example2</comment>
        <translation>Permiso de estudio o de trabajo</translation>
    </message>
    <message>
        <source>Lease or letter showing my address</source>
        <comment>r_documents.example3</comment>
        <translation>Contrato de alquiler o carta que muestra mi dirección</translation>
    </message>
    <message>
        <source>Which trusted service provider would contact your family or friends if you were detained?</source>
        <comment>r_family_contact.text</comment>
        <translation>¿Qué proveedor de servicios de confianza contactaría a tu familia o amistades si te detuvieran?</translation>
    </message>
    <message>
        <source>You may not be able to call them yourself, or often.</source>
        <comment>r_family_contact.why</comment>
        <translation>Puede que no puedas llamarles tú, o no muy seguido.</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Agree now on what can be said on the phone.</source>
        <comment>r_family_contact.help</comment>
        <translation>Las llamadas desde la detención pueden no ser privadas. Pónganse de acuerdo desde ahora sobre lo que se puede decir por teléfono.</translation>
    </message>
    <message>
        <source>What would you like them to say for you, and what should they not say?</source>
        <comment>r_family_message.text</comment>
        <translation>¿Qué te gustaría que digan por ti, y qué no deben decir?</translation>
    </message>
    <message>
        <source>You decide what other people are told about you.</source>
        <comment>r_family_message.why</comment>
        <translation>Tú decides qué se les dice a otras personas sobre ti.</translation>
    </message>
    <message>
        <source>Tell my sister I am safe and ask her to call my lawyer</source>
        <comment>r_family_message.example1</comment>
        <translation>Díganle a mi hermana que estoy bien y pídanle que llame a mi abogado/a</translation>
    </message>
    <message>
        <source>Do not talk about my work</source>
        <comment>r_family_message.example2</comment>
        <translation>No hablen de mi trabajo</translation>
    </message>
    <message>
        <source>Health, money and people who count on you</source>
        <comment>needs.title</comment>
        <translation>Salud, dinero y personas que cuentan contigo</translation>
    </message>
    <message>
        <source>Things that need care while you are away, and for the hearing.</source>
        <comment>needs.intro</comment>
        <translation>Cosas que necesitan atención mientras no estás, y para la audiencia.</translation>
    </message>
    <message>
        <source>What medication or medical care do you need?</source>
        <comment>r_medication.text</comment>
        <translation>¿Qué medicamentos o atención médica necesitas?</translation>
    </message>
    <message>
        <source>This can go on your wallet card, so staff know what you need.</source>
        <comment>r_medication.why</comment>
        <translation>Esto puede ir en tu tarjeta de bolsillo, para que el personal sepa lo que necesitas.</translation>
    </message>
    <message>
        <source>Write only what you want others to see. You can use general words.</source>
        <comment>r_medication.help</comment>
        <translation>Escribe solo lo que quieres que otras personas vean. Puedes usar palabras generales.</translation>
    </message>
    <message>
        <source>Insulin, twice a day</source>
        <comment>r_medication.example1</comment>
        <translation>Insulina, dos veces al día</translation>
    </message>
    <message>
        <source>One pill for blood pressure each morning</source>
        <comment>r_medication.example2</comment>
        <translation>Una pastilla para la presión cada mañana</translation>
    </message>
    <message>
        <source>Which language do you speak best? Do you need an interpreter?</source>
        <comment>r_interpreter.text</comment>
        <translation>¿Qué idioma hablas mejor? ¿Necesitas intérprete?</translation>
    </message>
    <message>
        <source>This can go on your wallet card. You can ask for an interpreter at a hearing.</source>
        <comment>r_interpreter.why</comment>
        <translation>Esto puede ir en tu tarjeta de bolsillo. Puedes pedir intérprete en una audiencia.</translation>
    </message>
    <message>
        <source>An interpreter says in your language what others say, and says your words in theirs.</source>
        <comment>r_interpreter.help</comment>
        <translation>Un/a intérprete dice en tu idioma lo que dicen los demás, y dice tus palabras en su idioma.</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge. Tell your lawyer your language early.</source>
        <comment>r_interpreter.legal1</comment>
        <translation>En una audiencia de inmigración tienes derecho a un/a intérprete, sin costo. Dile pronto a tu abogado/a cuál es tu idioma.</translation>
    </message>
    <message>
        <source>Vietnamese, interpreter needed</source>
        <comment>r_interpreter.example1</comment>
        <translation>Vietnamita, necesito intérprete</translation>
    </message>
    <message>
        <source>Mandarin and some English</source>
        <comment>r_interpreter.example2</comment>
        <translation>Mandarín y un poco de inglés</translation>
    </message>
    <message>
        <source>Is there someone you trust to take care of your private matters, like rent or your bank?</source>
        <comment>r_power_of_attorney.text</comment>
        <translation>¿Hay alguien de confianza que pueda encargarse de tus asuntos privados, como el alquiler o el banco?</translation>
    </message>
    <message>
        <source>While you are detained, someone can pay bills and deal with offices for you.</source>
        <comment>r_power_of_attorney.why</comment>
        <translation>Mientras estás en detención, alguien puede pagar cuentas y hacer trámites por ti.</translation>
    </message>
    <message>
        <source>Power of attorney: a signed paper that lets a person you choose act for you. A lawyer or legal clinic can help.</source>
        <comment>r_power_of_attorney.help</comment>
        <translation>Poder legal: un papel firmado que permite que una persona que eliges actúe por ti. Un/a abogado/a o una clínica legal puede ayudar.</translation>
    </message>
    <message>
        <source>If your bank account were frozen, how would you pay rent and bills? Who could help you talk to the bank?</source>
        <comment>r_frozen_account.text</comment>
        <translation>Si congelaran tu cuenta bancaria, ¿cómo pagarías el alquiler y las cuentas? ¿Quién podría ayudarte a hablar con el banco?</translation>
    </message>
    <message>
        <source>Rent, bills and other costs still need paying while your account is closed to you.</source>
        <comment>r_frozen_account.why</comment>
        <translation>El alquiler, las cuentas y otros gastos hay que seguir pagándolos aunque no puedas usar tu cuenta.</translation>
    </message>
    <message>
        <source>A frozen account is one the bank has stopped, so no money can come out.</source>
        <comment>r_frozen_account.help</comment>
        <translation>Una cuenta congelada es una cuenta que el banco ha bloqueado: no se puede sacar dinero.</translation>
    </message>
    <message>
        <source>Some cash kept with my sister</source>
        <comment>r_frozen_account.example1</comment>
        <translation>Algo de efectivo guardado con mi hermana</translation>
    </message>
    <message>
        <source>My support worker can call the bank with me</source>
        <comment>r_frozen_account.example2</comment>
        <translation>Mi trabajador/a de apoyo puede llamar al banco conmigo</translation>
    </message>
    <message>
        <source>Who should be told if you are away for some time?</source>
        <comment>r_notify.text</comment>
        <translation>¿A quién habría que avisar si no estás por un tiempo?</translation>
    </message>
    <message>
        <source>Missing classes or work without notice can cause problems, for example with a study permit.</source>
        <comment>r_notify.why</comment>
        <translation>Faltar a clases o al trabajo sin avisar puede causar problemas, por ejemplo con un permiso de estudio.</translation>
    </message>
    <message>
        <source>My school or college</source>
        <comment>r_notify.option.school</comment>
        <translation>Mi escuela o centro de estudios</translation>
    </message>
    <message>
        <source>My work</source>
        <comment>r_notify.option.work</comment>
        <translation>Mi trabajo</translation>
    </message>
    <message>
        <source>My landlord</source>
        <comment>r_notify.option.landlord</comment>
        <translation>Mi casero/a</translation>
    </message>
    <message>
        <source>Someone else</source>
        <comment>r_notify.option.someone_else</comment>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Do you take care of other people, here or in another country, who would need help if you were detained?</source>
        <comment>r_care_others.text</comment>
        <translation>¿Cuidas a otras personas, aquí o en otro país, que necesitarían ayuda si te detuvieran?</translation>
    </message>
    <message>
        <source>Planning now means they still get help while you are away.</source>
        <comment>r_care_others.why</comment>
        <translation>Planear ahora significa que siguen recibiendo ayuda mientras no estás.</translation>
    </message>
    <message>
        <source>I send money to my mother each month</source>
        <comment>r_care_others.example1</comment>
        <translation>Le mando dinero a mi madre cada mes</translation>
    </message>
    <message>
        <source>I take my neighbour to the doctor</source>
        <comment>r_care_others.example2</comment>
        <translation>Llevo a mi vecina al médico</translation>
    </message>
    <message>
        <source>Would you like to talk with a lawyer about what to say, and what not to say, at a hearing?</source>
        <comment>r_hearing_talk.text</comment>
        <translation>¿Te gustaría hablar con un/a abogado/a sobre qué decir, y qué no decir, en una audiencia?</translation>
    </message>
    <message>
        <source>What you say at a hearing can change the result. A lawyer can help you prepare.</source>
        <comment>r_hearing_talk.why</comment>
        <translation>Lo que dices en una audiencia puede cambiar el resultado. Un/a abogado/a puede ayudarte a prepararte.</translation>
    </message>
</context>
<context>
    <name>forms.safety_plan</name>
    <message>
        <source>Safety plan</source>
        <comment>form.title</comment>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>A plan to help you stay safe from a person or a situation that puts you at risk. You decide what goes in it, and what you want to do. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>Un plan para ayudarte a estar a salvo de una persona o una situación que te pone en riesgo. Tú decides qué incluye y qué quieres hacer. Puedes saltar cualquier pregunta o volver a ella más tarde.</translation>
    </message>
    <message>
        <source>Plan to leave</source>
        <comment>leave.title</comment>
        <translation>Plan para irte</translation>
    </message>
    <message>
        <source>If you ever decide to leave, or must leave quickly, it helps to have things ready.</source>
        <comment>leave.intro</comment>
        <translation>Si algún día decides irte, o tienes que irte rápido, ayuda tener las cosas listas.</translation>
    </message>
    <message>
        <source>What would you like this plan to help you with?</source>
        <comment>s_goal.text</comment>
        <translation>¿En qué te gustaría que te ayude este plan?</translation>
    </message>
    <message>
        <source>This plan follows what you want, not what others expect.</source>
        <comment>s_goal.why</comment>
        <translation>Este plan sigue lo que tú quieres, no lo que otras personas esperan.</translation>
    </message>
    <message>
        <source>Being ready in case things get worse</source>
        <comment>s_goal.example1</comment>
        <translation>Prepararme por si las cosas empeoran</translation>
    </message>
    <message>
        <source>Leaving a workplace</source>
        <comment>s_goal.example2</comment>
        <translation>Dejar un lugar de trabajo</translation>
    </message>
    <message>
        <source>Staying, but with more safety</source>
        <comment>s_goal.example3</comment>
        <translation>Quedarme, pero con más seguridad</translation>
    </message>
    <message>
        <source>If you left, do you think the person might try to hurt you or punish you for leaving?</source>
        <comment>s_retaliation.text</comment>
        <translation>Si te fueras, ¿crees que la persona podría intentar hacerte daño o castigarte por irte?</translation>
    </message>
    <message>
        <source>Knowing the risk helps you choose when and how to leave, and who to tell.</source>
        <comment>s_retaliation.why</comment>
        <translation>Conocer el riesgo te ayuda a elegir cuándo y cómo irte, y a quién contárselo.</translation>
    </message>
    <message>
        <source>Yes, I think so</source>
        <comment>s_retaliation.option.likely</comment>
        <translation>Sí, creo que sí</translation>
    </message>
    <message>
        <source>Maybe, I am not sure</source>
        <comment>s_retaliation.option.maybe</comment>
        <translation>Tal vez, no lo sé</translation>
    </message>
    <message>
        <source>I do not think so</source>
        <comment>s_retaliation.option.unlikely</comment>
        <translation>Creo que no</translation>
    </message>
    <message>
        <source>What could make leaving safer for you?</source>
        <comment>s_safer_leaving.text</comment>
        <translation>¿Qué podría hacer más seguro irte?</translation>
    </message>
    <message>
        <source>Small steps can lower the risk when you leave.</source>
        <comment>s_safer_leaving.why</comment>
        <translation>Pasos pequeños pueden bajar el riesgo cuando te vas.</translation>
    </message>
    <message>
        <source>Leave when they are not at home</source>
        <comment>s_safer_leaving.example1</comment>
        <translation>Irme cuando esa persona no esté en casa</translation>
    </message>
    <message>
        <source>Have a friend with me</source>
        <comment>s_safer_leaving.example2</comment>
        <translation>Que me acompañe una amistad</translation>
    </message>
    <message>
        <source>Change my phone number after I leave</source>
        <comment>s_safer_leaving.example3</comment>
        <translation>Cambiar mi número de teléfono después de irme</translation>
    </message>
    <message>
        <source>Where could you go if you leave? Add the people or places, with their address or phone number.</source>
        <comment>s_safe_place.text</comment>
        <translation>¿Adónde podrías ir si te vas? Agrega las personas o los lugares, con su dirección o teléfono.</translation>
    </message>
    <message>
        <source>When you know where to go, leaving quickly is easier.</source>
        <comment>s_safe_place.why</comment>
        <translation>Cuando sabes adónde ir, es más fácil irte rápido.</translation>
    </message>
    <message>
        <source>A friend, someone in your community, an emergency shelter or a motel. A first name is enough.</source>
        <comment>s_safe_place.help</comment>
        <translation>Una amistad, alguien de tu comunidad, un albergue de emergencia o un motel. Basta con un nombre de pila.</translation>
    </message>
    <message>
        <source>A friend&apos;s place</source>
        <comment>s_safe_place.example1</comment>
        <translation>La casa de una amistad</translation>
    </message>
    <message>
        <source>An emergency shelter</source>
        <comment>s_safe_place.example2</comment>
        <translation>Un albergue de emergencia</translation>
    </message>
    <message>
        <source>A motel near work</source>
        <comment>s_safe_place.example3</comment>
        <translation>Un motel cerca del trabajo</translation>
    </message>
    <message>
        <source>If you live or work with the person, do you have a hidden place to keep these addresses?</source>
        <comment>s_hide_addresses.text</comment>
        <translation>Si vives o trabajas con la persona, ¿tienes un lugar escondido para guardar estas direcciones?</translation>
    </message>
    <message>
        <source>On a friend&apos;s phone</source>
        <comment>s_hide_addresses.example1</comment>
        <translation>En el teléfono de una amistad</translation>
    </message>
    <message>
        <source>The person may look through your phone or your things, at home or at work.</source>
        <comment>s_hide_addresses.why</comment>
        <translation>Esa persona puede revisar tu teléfono o tus cosas, en casa o en el trabajo.</translation>
    </message>
    <message>
        <source>Written with first names only, kept by a friend</source>
        <comment>s_hide_addresses.example2</comment>
        <translation>Solo con nombres de pila, en manos de una amiga o un amigo</translation>
    </message>
    <message>
        <source>How could you get there? Choose any that could work.</source>
        <comment>s_transport.text</comment>
        <translation>¿Cómo podrías llegar? Elige todas las opciones que te sirvan.</translation>
    </message>
    <message>
        <source>Knowing the way saves time if you must leave suddenly.</source>
        <comment>s_transport.why</comment>
        <translation>Conocer el camino ahorra tiempo si tienes que irte de repente.</translation>
    </message>
    <message>
        <source>Walk</source>
        <comment>s_transport.option.walk</comment>
        <translation>A pie</translation>
    </message>
    <message>
        <source>Bus, subway or train</source>
        <comment>s_transport.option.transit</comment>
        <translation>Autobús, metro o tren</translation>
    </message>
    <message>
        <source>Taxi or ride app</source>
        <comment>s_transport.option.taxi</comment>
        <translation>Taxi o aplicación de viajes</translation>
    </message>
    <message>
        <source>Someone drives me</source>
        <comment>s_transport.option.friend_drives</comment>
        <translation>Alguien me lleva en auto</translation>
    </message>
    <message>
        <source>Another way</source>
        <comment>s_transport.option.other</comment>
        <translation>De otra forma</translation>
    </message>
    <message>
        <source>Do you plan to leave soon, or do you want to be ready in case you must leave suddenly?</source>
        <comment>s_timing.text</comment>
        <translation>¿Piensas irte pronto, o quieres prepararte por si tienes que irte de repente?</translation>
    </message>
    <message>
        <source>Your answer changes what to prepare first.</source>
        <comment>s_timing.why</comment>
        <translation>Tu respuesta cambia qué preparar primero.</translation>
    </message>
    <message>
        <source>I plan to leave soon</source>
        <comment>s_timing.option.soon</comment>
        <translation>Pienso irme pronto</translation>
    </message>
    <message>
        <source>I want to be ready, in case</source>
        <comment>s_timing.option.be_ready</comment>
        <translation>Quiero prepararme, por si acaso</translation>
    </message>
    <message>
        <source>I have not decided</source>
        <comment>s_timing.option.undecided</comment>
        <translation>Todavía no lo he decidido</translation>
    </message>
    <message>
        <source>If you plan to leave soon, is there a day you have in mind?</source>
        <comment>s_leave_date.text</comment>
        <translation>Si piensas irte pronto, ¿tienes un día en mente?</translation>
    </message>
    <message>
        <source>A date helps you plan the steps that come before it.</source>
        <comment>s_leave_date.why</comment>
        <translation>Una fecha te ayuda a planear los pasos que vienen antes.</translation>
    </message>
    <message>
        <source>Which small things could you keep in your everyday bag, in case you must leave suddenly?</source>
        <comment>s_bag.text</comment>
        <translation>¿Qué cosas pequeñas podrías llevar en tu bolso de todos los días, por si tienes que irte de repente?</translation>
    </message>
    <message>
        <source>A few things let you leave at once. Too many things may make someone suspicious.</source>
        <comment>s_bag.why</comment>
        <translation>Pocas cosas te permiten irte en el momento. Demasiadas cosas pueden hacer sospechar a alguien.</translation>
    </message>
    <message>
        <source>Medication</source>
        <comment>s_bag.option.medication</comment>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>A change of clothes</source>
        <comment>s_bag.option.clothes</comment>
        <translation>Una muda de ropa</translation>
    </message>
    <message>
        <source>A little money, hidden (for example in a lipstick tube)</source>
        <comment>s_bag.option.cash</comment>
        <translation>Un poco de dinero, escondido (por ejemplo, en un tubo de lápiz labial)</translation>
    </message>
    <message>
        <source>A phone charger</source>
        <comment>s_bag.option.charger</comment>
        <translation>Un cargador de teléfono</translation>
    </message>
    <message>
        <source>Spare keys</source>
        <comment>s_bag.option.keys</comment>
        <translation>Llaves de repuesto</translation>
    </message>
    <message>
        <source>Important phone numbers on paper</source>
        <comment>s_bag.option.numbers</comment>
        <translation>Números de teléfono importantes en papel</translation>
    </message>
    <message>
        <source>Do you need to plan for children, other people you care for, or pets?</source>
        <comment>s_care.text</comment>
        <translation>¿Necesitas planear algo para tus hijos, otras personas que cuidas o tus mascotas?</translation>
    </message>
    <message>
        <source>Planning ahead means they are looked after if you leave quickly.</source>
        <comment>s_care.why</comment>
        <translation>Planear con tiempo significa que alguien les cuida si te vas rápido.</translation>
    </message>
    <message>
        <source>My son: my sister can pick him up from school</source>
        <comment>s_care.example1</comment>
        <translation>Mi hijo: mi hermana puede recogerlo en la escuela</translation>
    </message>
    <message>
        <source>My cat: a neighbour can feed her</source>
        <comment>s_care.example2</comment>
        <translation>Mi gata: una vecina puede darle de comer</translation>
    </message>
    <message>
        <source>Supports and resources</source>
        <comment>supports.title</comment>
        <translation>Apoyos y recursos</translation>
    </message>
    <message>
        <source>The people and groups who can help you, and the strengths you already have.</source>
        <comment>supports.intro</comment>
        <translation>Las personas y los grupos que pueden ayudarte, y las fortalezas que ya tienes.</translation>
    </message>
    <message>
        <source>Who could help you find services and contact them? This can be an organisation, a co-worker, a friend, a client or family.</source>
        <comment>s_helpers.text</comment>
        <translation>¿Quién podría ayudarte a encontrar servicios y contactarlos? Puede ser una organización, alguien del trabajo, una amistad, un cliente o tu familia.</translation>
    </message>
    <message>
        <source>Someone who knows the services can save you time and worry.</source>
        <comment>s_helpers.why</comment>
        <translation>Alguien que conoce los servicios puede ahorrarte tiempo y preocupaciones.</translation>
    </message>
    <message>
        <source>Services can be shelters, programs for people facing violence, legal help or food banks.</source>
        <comment>s_helpers.help</comment>
        <translation>Los servicios pueden ser albergues, programas para personas que viven violencia, ayuda legal o bancos de comida.</translation>
    </message>
    <message>
        <source>What other support would help you? Who could give it?</source>
        <comment>s_other_support.text</comment>
        <translation>¿Qué otro apoyo te ayudaría? ¿Quién podría dártelo?</translation>
    </message>
    <message>
        <source>Support can be practical, like a ride, or someone to talk to. Both count.</source>
        <comment>s_other_support.why</comment>
        <translation>El apoyo puede ser práctico, como llevarte a algún lugar, o alguien con quien hablar. Las dos cosas cuentan.</translation>
    </message>
    <message>
        <source>A ride to the shelter</source>
        <comment>s_other_support.example1</comment>
        <translation>Que me lleven al albergue</translation>
    </message>
    <message>
        <source>Someone to talk to in my language</source>
        <comment>s_other_support.example2</comment>
        <translation>Alguien con quien hablar en mi idioma</translation>
    </message>
    <message>
        <source>Help with rent</source>
        <comment>s_other_support.example3</comment>
        <translation>Ayuda con el alquiler</translation>
    </message>
    <message>
        <source>What matters most to you right now?</source>
        <comment>s_priorities.text</comment>
        <translation>¿Qué es lo más importante para ti ahora?</translation>
    </message>
    <message>
        <source>Your priorities decide which steps come first in your plan.</source>
        <comment>s_priorities.why</comment>
        <translation>Tus prioridades deciden qué pasos van primero en tu plan.</translation>
    </message>
    <message>
        <source>Keeping my job</source>
        <comment>s_priorities.example1</comment>
        <translation>Conservar mi trabajo</translation>
    </message>
    <message>
        <source>My child&apos;s school</source>
        <comment>s_priorities.example2</comment>
        <translation>La escuela de mi hijo o hija</translation>
    </message>
    <message>
        <source>Keeping my immigration status</source>
        <comment>s_priorities.example3</comment>
        <translation>Conservar mi estatus migratorio</translation>
    </message>
    <message>
        <source>How have you kept yourself safe before? What are you doing now that helps?</source>
        <comment>s_strengths.text</comment>
        <translation>¿Cómo te has mantenido a salvo antes? ¿Qué haces ahora que te ayuda?</translation>
    </message>
    <message>
        <source>You know your life best. Your skills and experience are part of this plan.</source>
        <comment>s_strengths.why</comment>
        <translation>Tú conoces tu vida mejor que nadie. Tus habilidades y tu experiencia son parte de este plan.</translation>
    </message>
    <message>
        <source>I tell a co-worker where I am</source>
        <comment>s_strengths.example1</comment>
        <translation>Le digo a alguien del trabajo dónde estoy</translation>
    </message>
    <message>
        <source>I screen new clients</source>
        <comment>s_strengths.example2</comment>
        <translation>Verifico a los clientes nuevos</translation>
    </message>
    <message>
        <source>I keep my phone charged and with me</source>
        <comment>s_strengths.example3</comment>
        <translation>Llevo mi teléfono cargado y conmigo</translation>
    </message>
    <message>
        <source>If you think about going to the police or immigration, would you talk with a lawyer first?</source>
        <comment>s_lawyer_first.text</comment>
        <translation>Si piensas acudir a la policía o a inmigración, ¿hablarías antes con un/a abogado/a?</translation>
    </message>
    <message>
        <source>Without legal advice, it may lead to more abuse or to removal from Canada. With legal help, it may help you stay.</source>
        <comment>s_lawyer_first.why</comment>
        <translation>Sin asesoría legal, puede llevar a más abuso o a la expulsión de Canadá. Con ayuda legal, puede ayudarte a quedarte.</translation>
    </message>
    <message>
        <source>You can ask for another address, or online letters if the person cannot get into your email or phone.</source>
        <comment>s_bank_mail.help</comment>
        <translation>Puedes pedir otra dirección, o recibir las cartas en línea si esa persona no puede entrar a tu correo electrónico ni a tu teléfono.</translation>
    </message>
    <message>
        <source>Can you keep the person away from your phone, your accounts and your records?</source>
        <comment>s_phone_security.text</comment>
        <translation>¿Puedes mantener a esa persona lejos de tu teléfono, tus cuentas y tus registros?</translation>
    </message>
    <message>
        <source>Someone who can see your phone or accounts may learn about your plans.</source>
        <comment>s_phone_security.why</comment>
        <translation>Alguien que puede ver tu teléfono o tus cuentas puede enterarse de tus planes.</translation>
    </message>
    <message>
        <source>For example: a new passcode, signing out of shared accounts, turning off location sharing.</source>
        <comment>s_phone_security.help</comment>
        <translation>Por ejemplo: un nuevo código de desbloqueo, cerrar sesión en cuentas compartidas, desactivar la ubicación compartida.</translation>
    </message>
    <message>
        <source>A lawyer can explain your choices before you decide. Legal clinics give free legal help.</source>
        <comment>s_lawyer_first.help</comment>
        <translation>Un/a abogado/a puede explicarte tus opciones antes de que decidas. Las clínicas legales dan ayuda legal gratuita.</translation>
    </message>
    <message>
        <source>If a partner sponsors your immigration, would you like to learn the rules that protect sponsored spouses facing violence at home?</source>
        <comment>s_sponsorship.text</comment>
        <translation>Si tu pareja patrocina tu inmigración, ¿te gustaría conocer las reglas que protegen a las personas patrocinadas que viven violencia en casa?</translation>
    </message>
    <message>
        <source>There are exceptions that may protect your status. Knowing them helps you decide with less fear.</source>
        <comment>s_sponsorship.why</comment>
        <translation>Hay excepciones que pueden proteger tu estatus. Conocerlas te ayuda a decidir con menos miedo.</translation>
    </message>
    <message>
        <source>Sponsor: the person who signed to support your application to live in Canada.</source>
        <comment>s_sponsorship.help</comment>
        <translation>Patrocinador/a: la persona que firmó para apoyar tu solicitud para vivir en Canadá.</translation>
    </message>
    <message>
        <source>If you are already a permanent resident, your sponsor cannot take that status away, even if you leave.</source>
        <comment>s_sponsorship.legal1</comment>
        <translation>Si ya eres residente permanente, tu patrocinador/a no puede quitarte ese estatus, aunque te vayas.</translation>
    </message>
    <message>
        <source>Since 2017, a sponsored spouse no longer has to live with the sponsor for two years to keep permanent residence.</source>
        <comment>s_sponsorship.legal2</comment>
        <translation>Desde 2017, un/a cónyuge patrocinado/a ya no tiene que vivir dos años con su patrocinador/a para conservar la residencia permanente.</translation>
    </message>
    <message>
        <source>If your status in Canada depends on your partner and you face violence, a special temporary permit may help you stay (since 2019).</source>
        <comment>s_sponsorship.legal3</comment>
        <translation>Si tu estatus en Canadá depende de tu pareja y vives violencia, un permiso temporal especial puede ayudarte a quedarte (desde 2019).</translation>
    </message>
    <message>
        <source>A lawyer or legal clinic can tell you what applies to you before you decide.</source>
        <comment>s_sponsorship.legal4</comment>
        <translation>Un/a abogado/a o una clínica legal puede decirte qué se aplica en tu caso antes de que decidas.</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>money.title</comment>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Some money of your own gives you more choices.</source>
        <comment>money.intro</comment>
        <translation>Tener algo de dinero propio te da más opciones.</translation>
    </message>
    <message>
        <source>Could you save and hide some money? How much would you need for travel and a room?</source>
        <comment>s_savings.text</comment>
        <translation>¿Podrías ahorrar y esconder algo de dinero? ¿Cuánto necesitarías para el viaje y una habitación?</translation>
    </message>
    <message>
        <source>With enough for travel and a room, you do not have to stay in a shelter if you do not want to.</source>
        <comment>s_savings.why</comment>
        <translation>Con lo suficiente para el viaje y una habitación, no tienes que quedarte en un albergue si no quieres.</translation>
    </message>
    <message>
        <source>$40 for a taxi</source>
        <comment>s_savings.example1</comment>
        <translation>$40 para un taxi</translation>
    </message>
    <message>
        <source>$300 for a room for a week</source>
        <comment>s_savings.example2</comment>
        <translation>$300 para una habitación por una semana</translation>
    </message>
    <message>
        <source>Where could you keep this money, so that the person cannot find it?</source>
        <comment>s_money_place.text</comment>
        <translation>¿Dónde podrías guardar este dinero para que la persona no lo encuentre?</translation>
    </message>
    <message>
        <source>Money is only useful if it is still there when you need it.</source>
        <comment>s_money_place.why</comment>
        <translation>El dinero solo sirve si sigue ahí cuando lo necesitas.</translation>
    </message>
    <message>
        <source>With a friend I trust</source>
        <comment>s_money_place.example1</comment>
        <translation>Con una amistad de confianza</translation>
    </message>
    <message>
        <source>In a pocket sewn into my bag</source>
        <comment>s_money_place.example2</comment>
        <translation>En un bolsillo cosido dentro de mi bolso</translation>
    </message>
    <message>
        <source>Do you have a bank account that only you can use?</source>
        <comment>s_own_account.text</comment>
        <translation>¿Tienes una cuenta de banco que solo tú puedes usar?</translation>
    </message>
    <message>
        <source>Money in your own account is harder for others to take or control.</source>
        <comment>s_own_account.why</comment>
        <translation>El dinero en tu propia cuenta es más difícil de quitar o controlar para otras personas.</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>s_own_account.option.yes</comment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No, but I could open one</source>
        <comment>s_own_account.option.could_open</comment>
        <translation>No, pero podría abrir una</translation>
    </message>
    <message>
        <source>No</source>
        <comment>s_own_account.option.no</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <comment>s_own_account.option.not_sure</comment>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Does your bank send letters to an address where the person cannot see them?</source>
        <comment>s_bank_mail.text</comment>
        <translation>¿Tu banco envía las cartas a una dirección donde la persona no pueda verlas?</translation>
    </message>
    <message>
        <source>A letter from the bank can tell the person that you have an account.</source>
        <comment>s_bank_mail.why</comment>
        <translation>Una carta del banco puede hacer que la persona sepa que tienes una cuenta.</translation>
    </message>
    <message>
        <source>ID, documents and bank information</source>
        <comment>papers.title</comment>
        <translation>Identificación, documentos e información bancaria</translation>
    </message>
    <message>
        <source>Your papers, ready to take, and copies kept somewhere safe.</source>
        <comment>papers.intro</comment>
        <translation>Tus papeles, listos para llevar, y copias guardadas en un lugar seguro.</translation>
    </message>
    <message>
        <source>Which important documents would you take with you? Note where each one is kept.</source>
        <comment>s_documents.text</comment>
        <translation>¿Qué documentos importantes llevarías contigo? Anota dónde está guardado cada uno.</translation>
    </message>
    <message>
        <source>If they are together in one place, you can take them all quickly.</source>
        <comment>s_documents.why</comment>
        <translation>Si están juntos en un solo lugar, puedes llevarlos todos rápido.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>s_documents.example1</comment>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <comment>s_documents.example2</comment>
        <translation>Papeles de inmigración</translation>
    </message>
    <message>
        <source>Bank card</source>
        <comment>s_documents.example3</comment>
        <translation>Tarjeta del banco</translation>
    </message>
    <message>
        <source>Health card</source>
        <comment>s_documents.example4</comment>
        <translation>Tarjeta de salud</translation>
    </message>
    <message>
        <source>My children&apos;s birth certificates</source>
        <comment>s_documents.example5</comment>
        <translation>Los certificados de nacimiento de mis hijos</translation>
    </message>
    <message>
        <source>Could an organisation you trust keep a copy of your file or papers for you?</source>
        <comment>s_org_copy.text</comment>
        <translation>¿Una organización de confianza podría guardar una copia de tu expediente o tus papeles?</translation>
    </message>
    <message>
        <source>If you leave quickly, a copy waits for you somewhere safe.</source>
        <comment>s_org_copy.why</comment>
        <translation>Si te vas rápido, una copia te espera en un lugar seguro.</translation>
    </message>
    <message>
        <source>Would you like to keep a record each time the person contacts you or causes a problem?</source>
        <comment>s_incident_record.text</comment>
        <translation>¿Te gustaría anotar cada vez que la persona te contacta o causa un problema?</translation>
    </message>
    <message>
        <source>A record with dates can help later, for example with a lawyer or an immigration application.</source>
        <comment>s_incident_record.why</comment>
        <translation>Un registro con fechas puede ayudar más adelante, por ejemplo con un/a abogado/a o una solicitud de inmigración.</translation>
    </message>
    <message>
        <source>Write the date, time and place. Keep it where the person cannot reach it, like SaferPlan&apos;s private record.</source>
        <comment>s_incident_record.help</comment>
        <translation>Escribe la fecha, la hora y el lugar. Guárdalo donde la persona no pueda llegar, como en el registro privado de SaferPlan.</translation>
    </message>
    <message>
        <source>I already keep a record</source>
        <comment>s_incident_record.option.already</comment>
        <translation>Ya llevo un registro</translation>
    </message>
    <message>
        <source>I would like to start</source>
        <comment>s_incident_record.option.start</comment>
        <translation>Me gustaría empezar</translation>
    </message>
    <message>
        <source>Not right now</source>
        <comment>s_incident_record.option.not_now</comment>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Where could you keep copies of your records and documents, away from the person?</source>
        <comment>s_copies_place.text</comment>
        <translation>¿Dónde podrías guardar copias de tus registros y documentos, lejos de la persona?</translation>
    </message>
    <message>
        <source>Copies stay safe even if your phone or papers are taken.</source>
        <comment>s_copies_place.why</comment>
        <translation>Las copias siguen seguras aunque te quiten el teléfono o los papeles.</translation>
    </message>
    <message>
        <source>With someone I really trust</source>
        <comment>s_copies_place.option.trusted_person</comment>
        <translation>Con alguien de mucha confianza</translation>
    </message>
    <message>
        <source>At an organisation</source>
        <comment>s_copies_place.option.organisation</comment>
        <translation>En una organización</translation>
    </message>
    <message>
        <source>In an email account only I know</source>
        <comment>s_copies_place.option.private_email</comment>
        <translation>En un correo electrónico que solo yo conozco</translation>
    </message>
    <message>
        <source>I do not have a place yet</source>
        <comment>s_copies_place.option.not_yet</comment>
        <translation>Todavía no tengo un lugar</translation>
    </message>
    <message>
        <source>Do you have an email account that the person does not know about?</source>
        <comment>s_private_email.text</comment>
        <translation>¿Tienes una cuenta de correo electrónico que la persona no conozca?</translation>
    </message>
    <message>
        <source>You can email scans and notes to yourself and keep them safe there.</source>
        <comment>s_private_email.why</comment>
        <translation>Puedes enviarte por correo escaneos y notas, y guardarlos ahí de forma segura.</translation>
    </message>
    <message>
        <source>Sign in only at a community organisation or a public library, not on a shared phone.</source>
        <comment>s_private_email.help</comment>
        <translation>Entra solo en una organización comunitaria o en una biblioteca pública, no en un teléfono compartido.</translation>
    </message>
</context>
</TS>
