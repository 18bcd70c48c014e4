<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About SaferPlan</source>
        <translation>À propos de SaferPlan</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. You may use, share and change it.</source>
        <translation>Logiciel libre sous la licence publique générale GNU (GNU General Public License), version 3 ou ultérieure. Vous pouvez l&apos;utiliser, le partager et le modifier.</translation>
    </message>
    <message>
        <source>The open plan is kept in this file: {path}</source>
        <translation>Le plan ouvert est gardé dans ce fichier&#xa0;: {path}</translation>
    </message>
    <message>
        <source>New plans are kept in this folder: {path}</source>
        <translation>Les nouveaux plans sont gardés dans ce dossier&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Portable mode is on: settings and plans stay in that folder, and nothing is kept in your home folder.</source>
        <translation>Le mode portable est activé&#xa0;: les paramètres et les plans restent dans ce dossier, et rien n&apos;est gardé dans votre dossier personnel.</translation>
    </message>
    <message>
        <source>Portable mode is off.</source>
        <translation>Le mode portable est désactivé.</translation>
    </message>
    <message>
        <source>Show the licence</source>
        <translation>Voir la licence</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>The licence text is not in this copy. It is the GNU General Public License, version 3, at gnu.org/licenses.</source>
        <translation>Le texte de la licence n&apos;est pas dans cette copie. C&apos;est la licence publique générale GNU (GNU General Public License), version 3, sur gnu.org/licenses.</translation>
    </message>
</context>
<context>
    <name>AnswerAdapter</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>See it larger</source>
        <translation>Voir en plus grand</translation>
    </message>
    <message>
        <source>Name of the file</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>A PDF file, kept safely in your plan. SaferPlan cannot show it.</source>
        <translation>Un fichier PDF, gardé en sécurité dans votre plan. SaferPlan ne peut pas l&apos;afficher.</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Ouverture de l’image…</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>BondSheet</name>
    <message>
        <source>If I am detained: for my bond person</source>
        <translation>En cas de détention&#xa0;: pour ma personne garante</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>The first detention review is within 48 hours, or soon after. Then within 7 days, then at least once every 30 days.</source>
        <translation>Le premier contrôle des motifs de détention a lieu dans les 48 heures, ou peu après. Puis dans les 7 jours, puis au moins une fois tous les 30 jours.</translation>
    </message>
    <message>
        <source>If you are not ready for the first review, the next chance may be a week or a month later. Call my lawyer as soon as you hear.</source>
        <translation>Si rien n&apos;est prêt pour le premier contrôle, la prochaine occasion peut être une semaine ou un mois plus tard. Appelez mon avocat dès que vous apprenez la nouvelle.</translation>
    </message>
    <message>
        <source>What you may be asked at the hearing</source>
        <translation>Ce qu&apos;on peut vous demander à l&apos;audience</translation>
    </message>
    <message>
        <source>How you know me, where I will live, and how you will make sure I follow the conditions of my release.</source>
        <translation>Comment vous me connaissez, où je vais habiter, et comment vous allez vous assurer que je respecte les conditions de ma mise en liberté.</translation>
    </message>
    <message>
        <source>Whether you would tell the CBSA if I broke a condition. You must, or you can lose the money.</source>
        <translation>Si vous préviendriez la CBSA (ASFC) si je ne respectais pas une condition. Vous devez le faire, sinon vous pouvez perdre l&apos;argent.</translation>
    </message>
    <message>
        <source>Where the money comes from. It must be your own money, not mine.</source>
        <translation>D&apos;où vient l&apos;argent. Ce doit être votre propre argent, pas le mien.</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Quoi apporter</translation>
    </message>
    <message>
        <source>Photo ID, and proof of your status in Canada: a Canadian passport, citizenship certificate or permanent resident card.</source>
        <translation>Une pièce d&apos;identité avec photo, et une preuve de votre statut au Canada&#xa0;: passeport canadien, certificat de citoyenneté ou carte de résident permanent.</translation>
    </message>
    <message>
        <source>Proof of your own money and income, and of your address: bank statements, pay slips, a lease or a bill.</source>
        <translation>Une preuve de votre propre argent et de vos revenus, et de votre adresse&#xa0;: relevés bancaires, talons de paie, bail ou facture.</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Qui appeler</translation>
    </message>
    <message>
        <source>Add my lawyer&apos;s and support worker&apos;s numbers here:</source>
        <translation>Ajoutez ici les numéros de mon avocat et de ma personne intervenante&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Bond person</source>
        <translation>Personne garante</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>Avocat en immigration</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>Avocat en droit criminel</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>Avocat en droit de la famille</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>Clinique juridique</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Personne intervenante</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>A ma clé</translation>
    </message>
    <message>
        <source>Cares for my children</source>
        <translation>S&apos;occupe de mes enfants</translation>
    </message>
    <message>
        <source>Cares for my pets</source>
        <translation>S&apos;occupe de mes animaux</translation>
    </message>
    <message>
        <source>Release address</source>
        <translation>Adresse à ma sortie</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Personne à joindre en urgence</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Procuration</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Lieu sûr</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Autres contacts</translation>
    </message>
    <message>
        <source>In an emergency, please contact</source>
        <translation>En cas d&apos;urgence, veuillez joindre</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Medication and medical needs</source>
        <translation>Médicaments et besoins médicaux</translation>
    </message>
    <message>
        <source>Language / interpreter</source>
        <translation>Langue / interprète</translation>
    </message>
    <message>
        <source>This line is 5 cm long. If it is not, print again at 100 % (actual size).</source>
        <translation>Cette ligne mesure 5 cm. Sinon, imprimez de nouveau à 100&#xa0;% (taille réelle).</translation>
    </message>
</context>
<context>
    <name>CardRisk</name>
    <message>
        <source>Before you print a card</source>
        <translation>Avant d&apos;imprimer une carte</translation>
    </message>
    <message>
        <source>If you are detained, officers take your things and may read this card. They may call the people on it. You decide what is best. You can also give the card to your bond person to keep, or learn the numbers by heart and carry no card.</source>
        <translation>En cas de détention, les agents prennent vos affaires et peuvent lire cette carte. Ils peuvent appeler les personnes qui y figurent. C&apos;est vous qui décidez ce qui est le mieux. Vous pouvez aussi confier la carte à votre personne garante, ou apprendre les numéros par cœur et ne pas avoir de carte sur vous.</translation>
    </message>
    <message>
        <source>Print the card as it is</source>
        <translation>Imprimer la carte telle quelle</translation>
    </message>
    <message>
        <source>Make it discreet: names and numbers only</source>
        <translation>La rendre discrète&#xa0;: noms et numéros seulement</translation>
    </message>
    <message>
        <source>Choose fewer people first</source>
        <translation>D&apos;abord choisir moins de personnes</translation>
    </message>
    <message>
        <source>Save a sheet for my bond person instead</source>
        <translation>Plutôt enregistrer une feuille pour ma personne garante</translation>
    </message>
    <message>
        <source>Choose fewer people</source>
        <translation>Choisir moins de personnes</translation>
    </message>
    <message>
        <source>Untick the people you want to leave off the card, then print again.</source>
        <translation>Décochez les personnes à retirer de la carte, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>A sheet for your bond person</source>
        <translation>Une feuille pour votre personne garante</translation>
    </message>
    <message>
        <source>It says what to do if you are detained: when, what they may be asked, what to bring, and who to call. It is printed in the language chosen for printing, and in English.</source>
        <translation>Elle explique quoi faire en cas de détention&#xa0;: quand agir, quelles questions on peut lui poser, quoi apporter et qui appeler. Elle est imprimée dans la langue choisie pour l&apos;impression, et en anglais.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. Use Save as PDF to keep a file.</source>
        <translation>SaferPlan imprime seulement sur une imprimante. Pour garder un fichier, utilisez «&#xa0;Enregistrer en PDF&#xa0;».</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The sheet for your bond person is saved. Give it to them on paper if you can.</source>
        <translation>La feuille pour votre personne garante est enregistrée. Si possible, remettez-la-lui sur papier.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>What SaferPlan keeps</source>
        <translation>Ce que SaferPlan garde</translation>
    </message>
    <message>
        <source>Only what you type: your plans, the people and documents you add, and the numbers you want to learn. Write as little as you need. First names and your own words are fine.</source>
        <translation>Seulement ce que vous écrivez&#xa0;: vos plans, les personnes et les documents que vous ajoutez, et les numéros que vous voulez apprendre. Écrivez le moins possible. Des prénoms et vos propres mots suffisent.</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Où c&apos;est gardé</translation>
    </message>
    <message>
        <source>In one file on this computer, locked with a passphrase you choose. Without the passphrase, or a recovery code if you make one, nobody can read it. Not us either: if you forget both, the plan cannot be opened again.</source>
        <translation>Dans un seul fichier sur cet ordinateur, verrouillé par une phrase de passe que vous choisissez. Sans la phrase de passe, ou sans un code de récupération si vous en créez un, personne ne peut le lire. Nous non plus&#xa0;: si vous oubliez les deux, le plan ne pourra plus jamais être ouvert.</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>Rien n&apos;est envoyé nulle part</translation>
    </message>
    <message>
        <source>SaferPlan never uses the internet. Nothing you write leaves this computer unless you print it or save a copy yourself.</source>
        <translation>SaferPlan n&apos;utilise jamais Internet. Rien de ce que vous écrivez ne quitte cet ordinateur, sauf si vous l&apos;imprimez ou en enregistrez une copie vous-même.</translation>
    </message>
    <message>
        <source>You decide</source>
        <translation>C&apos;est vous qui décidez</translation>
    </message>
    <message>
        <source>Every question can be skipped, left for later, or marked as not for you. You can see everything you wrote, take a copy, and delete everything at any time.</source>
        <translation>Vous pouvez passer chaque question, la garder pour plus tard ou indiquer qu&apos;elle ne vous concerne pas. Vous pouvez voir tout ce que vous avez écrit, en prendre une copie et tout effacer à tout moment.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>The Hide button at the top is always there. Pressing Esc twice, or Shift three times, does the same. SaferPlan hides your plan at once, saves it, locks it and minimises or closes. To open it again you need your passphrase. After a few minutes without use it locks by itself.</source>
        <translation>Le bouton Cacher, en haut, est toujours là. Appuyer deux fois sur Échap, ou trois fois sur Maj, fait la même chose. SaferPlan cache votre plan tout de suite, l&apos;enregistre, le verrouille, puis se réduit ou se ferme. Pour l&apos;ouvrir de nouveau, il faut votre phrase de passe. Après quelques minutes sans utilisation, il se verrouille tout seul.</translation>
    </message>
    <message>
        <source>What SaferPlan cannot protect against</source>
        <translation>Ce contre quoi SaferPlan ne peut pas vous protéger</translation>
    </message>
    <message>
        <source>It cannot keep you safe while the plan is open and someone is watching. It cannot stop spyware, a keylogger, or someone who controls this computer. It cannot hide that SaferPlan or a plan file is here: the file&apos;s size and date can be seen. It cannot help if someone forces you to tell them your passphrase. Deleted files may still be recoverable on some drives and USB sticks. Printouts and saved copies are not protected once they leave SaferPlan: keep them somewhere safe.</source>
        <translation>Il ne peut pas vous protéger si le plan est ouvert et que quelqu&apos;un regarde. Il ne peut pas bloquer un logiciel espion, un enregistreur de frappe ou une personne qui contrôle cet ordinateur. Il ne peut pas cacher que SaferPlan ou un fichier de plan se trouve ici&#xa0;: on peut voir la taille et la date du fichier. Il ne peut rien faire si quelqu&apos;un vous force à dire votre phrase de passe. Sur certains disques et certaines clés USB, des fichiers effacés peuvent encore être récupérés. Les impressions et les copies enregistrées ne sont plus protégées une fois sorties de SaferPlan&#xa0;: gardez-les en lieu sûr.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Contin&amp;uer</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase de passe</translation>
    </message>
    <message>
        <source>Also make a recovery code</source>
        <translation>Créer aussi un code de récupération</translation>
    </message>
    <message>
        <source>A recovery code opens the plan if you forget your passphrase. It is shown once, for you to write down. Anyone who finds it can open your plan too, so keep it somewhere safe, away from this computer. Without a code, a forgotten passphrase means the plan cannot be opened again.</source>
        <translation>Un code de récupération ouvre le plan si vous oubliez votre phrase de passe. Il s&apos;affiche une seule fois, pour que vous le notiez. Toute personne qui le trouve peut aussi ouvrir votre plan&#xa0;: gardez-le en lieu sûr, loin de cet ordinateur. Sans code, si vous oubliez la phrase de passe, le plan ne pourra plus être ouvert.</translation>
    </message>
    <message>
        <source>Locking your new plan. This takes a moment.</source>
        <translation>Verrouillage de votre nouveau plan. Cela prend un moment.</translation>
    </message>
    <message>
        <source>&amp;Create my plan</source>
        <translation>Créer mon &amp;plan</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <source>The plan could not be created. Nothing was saved.</source>
        <translation>Le plan n&apos;a pas pu être créé. Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>DirectoryWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Retour à l&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>As listed in {date} — check before relying on it.</source>
        <translation>Selon la liste de {date}. Vérifiez avant de compter dessus.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or another category.</source>
        <translation>Aucun résultat. Essayez avec moins de lettres ou une autre catégorie.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>Tous les types d&apos;aide</translation>
    </message>
    <message>
        <source>Search by name, number or what they offer</source>
        <translation>Chercher par nom, numéro ou type d&apos;aide</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>Selon la liste du guide, {date}. Vérifiez avant de compter dessus.</translation>
    </message>
</context>
<context>
    <name>DocumentAdapter</name>
    <message>
        <source>No documents in your list yet.</source>
        <translation>Aucun document dans votre liste pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ce que c&apos;est</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Où il est gardé</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>What it is</source>
        <translation>Ce que c&apos;est</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Où il est gardé</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>Qui en a une copie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Carte d&apos;identité</translation>
    </message>
    <message>
        <source>Children&apos;s documents</source>
        <translation>Documents des enfants</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <translation>Papiers d&apos;immigration</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>Permis d&apos;études</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Permis de travail</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Acte de naissance</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Health card</source>
        <translation>Carte santé</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>Liste de médicaments</translation>
    </message>
    <message>
        <source>Lease or rental papers</source>
        <translation>Bail ou papiers de location</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>Papiers du tribunal</translation>
    </message>
</context>
<context>
    <name>DocumentsWidget</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Retour à l&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>Discreet words are fine: “the blue box” works as well as “passport at Lan&apos;s”.</source>
        <translation>Des mots discrets suffisent&#xa0;: «&#xa0;la boîte bleue&#xa0;» convient aussi bien que «&#xa0;passeport chez Lan&#xa0;».</translation>
    </message>
    <message>
        <source>No documents in your list yet</source>
        <translation>Aucun document dans votre liste pour l&apos;instant</translation>
    </message>
    <message>
        <source>Note where your important papers are kept and who has a copy, so they can be found when you need them.</source>
        <translation>Notez où sont gardés vos papiers importants et qui en a une copie, pour les retrouver quand vous en avez besoin.</translation>
    </message>
    <message>
        <source>&amp;Add a document</source>
        <translation>A&amp;jouter un document</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>ce document</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>Retirer un document</translation>
    </message>
    <message>
        <source>Remove {what} from your list?</source>
        <translation>Retirer {what} de votre liste?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>Écrivez autant ou aussi peu que vous le voulez.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Ajouter une heure</translation>
    </message>
    <message>
        <source>Who was there (optional)</source>
        <translation>Personnes présentes (facultatif)</translation>
    </message>
    <message>
        <source>People you add under People can be chosen here.</source>
        <translation>Les personnes que vous ajoutez dans Personnes peuvent être choisies ici.</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Photos et fichiers</translation>
    </message>
    <message>
        <source>Add a photo or screenshot…</source>
        <translation>Ajouter une photo ou une capture d&apos;écran…</translation>
    </message>
    <message>
        <source>Add a photo or screenshot</source>
        <translation>Ajouter une photo ou une capture d&apos;écran</translation>
    </message>
    <message>
        <source>First written as: {when}. Choosing a date here replaces it.</source>
        <translation>Écrit d&apos;abord ainsi&#xa0;: {when}. Si vous choisissez une date ici, elle le remplace.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>The file is kept in your plan, and the original was deleted.</source>
        <translation>Le fichier est gardé dans votre plan, et l&apos;original a été supprimé.</translation>
    </message>
    <message>
        <source>The file is kept in your plan. The original is still there.</source>
        <translation>Le fichier est gardé dans votre plan. L&apos;original est toujours là.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Remove this file from the entry? It will no longer be kept in your plan.</source>
        <translation>Retirer ce fichier de l&apos;entrée? Il ne sera plus gardé dans votre plan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something went wrong inside SaferPlan. Your plan is safe in its locked file; you may want to lock and reopen it.</source>
        <translation>Un problème est survenu dans SaferPlan. Votre plan est en sécurité dans son fichier verrouillé. Si vous le souhaitez, vous pouvez le verrouiller, puis le rouvrir.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is not enough room on the card. Choose fewer people or leave out the medication line.</source>
        <translation>Il n&apos;y a pas assez de place sur la carte. Choisissez moins de personnes ou retirez la ligne des médicaments.</translation>
    </message>
    <message>
        <source>There is not enough room on the card. Choose fewer people.</source>
        <translation>Il n&apos;y a pas assez de place sur la carte. Choisissez moins de personnes.</translation>
    </message>
    <message>
        <source>Some text cannot be printed because no font for {script} is installed. Install a font for {script}, for example the {font} font (on Debian or Ubuntu: the {package} package), then try again.</source>
        <translation>Une partie du texte ne peut pas être imprimée, car aucune police n&apos;est installée pour {script}. Installez une police pour {script}, par exemple la police {font} (sur Debian ou Ubuntu&#xa0;: le paquet {package}), puis réessayez.</translation>
    </message>
    <message>
        <source>Some of the chosen entries are no longer in the plan. Please choose again.</source>
        <translation>Certaines des entrées choisies ne sont plus dans le plan. Veuillez choisir de nouveau.</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of SaferPlan. Please try again.</source>
        <translation>Pour imprimer, SaferPlan a besoin de sa partie graphique. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is ready, then try again.</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer. Vérifiez qu&apos;elle est prête, puis réessayez.</translation>
    </message>
    <message>
        <source>A picture could not be put in the PDF, so it was not saved. Please try again.</source>
        <translation>Une image n&apos;a pas pu être mise dans le PDF : il n&apos;a donc pas été enregistré. Réessayez.</translation>
    </message>
</context>
<context>
    <name>FileTextView</name>
    <message>
        <source>Opening the file…</source>
        <translation>Ouverture du fichier…</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>Ce fichier ne peut pas être affiché.</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <source>Places</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>Clé USB ou carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Home folder, on this computer</source>
        <translation>Dossier personnel, sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Guest</name>
    <message>
        <source>Finish guest session</source>
        <translation>Terminer la session invitée</translation>
    </message>
    <message>
        <source>Nothing from this session stays on this computer. What would you like to take with you?</source>
        <translation>Rien de cette session ne reste sur cet ordinateur. Que voulez-vous emporter?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Open Print from the home screen first, then finish the session.</source>
        <translation>Ouvrez d&apos;abord «&#xa0;Imprimer ou enregistrer une copie&#xa0;» depuis l&apos;accueil, puis terminez la session.</translation>
    </message>
    <message>
        <source>Forget everything</source>
        <translation>Tout oublier</translation>
    </message>
    <message>
        <source>Forget everything from this session? It cannot be brought back.</source>
        <translation>Oublier tout le contenu de cette session? Il ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>Forget it all</source>
        <translation>Tout oublier</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>Où enregistrer</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick. The file is locked with a passphrase and has a neutral name.</source>
        <translation>Choisissez un dossier, par exemple sur votre propre clé USB. Le fichier est verrouillé par une phrase de passe et porte un nom neutre.</translation>
    </message>
    <message>
        <source>Lock the file</source>
        <translation>Verrouiller le fichier</translation>
    </message>
    <message>
        <source>&amp;Save a locked file to a folder or USB stick</source>
        <translation>&amp;Enregistrer un fichier verrouillé dans un dossier ou sur une clé USB</translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation>&amp;L&apos;imprimer</translation>
    </message>
    <message>
        <source>&amp;Take nothing and forget it all</source>
        <translation>&amp;Ne rien emporter et tout oublier</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the plan again.</source>
        <translation>Choisissez une phrase de passe pour ce fichier. Vous en aurez besoin pour rouvrir le plan.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>This folder is on this computer</source>
        <translation>Ce dossier est sur cet ordinateur</translation>
    </message>
    <message>
        <source>This folder is on this computer, not on a USB stick. The file will stay here after you leave. It is locked, but other people who use this computer can see that it is there. Save it here anyway?</source>
        <translation>Ce dossier est sur cet ordinateur, pas sur une clé USB. Le fichier restera ici après votre départ. Il est verrouillé, mais les autres personnes qui utilisent cet ordinateur peuvent voir qu&apos;il est là. L&apos;enregistrer ici quand même?</translation>
    </message>
    <message>
        <source>Save it here</source>
        <translation>Enregistrer ici</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>Choisir un autre endroit</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Take the USB stick with you.</source>
        <translation>Enregistré sous %1 dans %2. Emportez la clé USB avec vous.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved as %1 in %2, on this computer. It stays here, locked with your passphrase.</source>
        <translation>Enregistré sous %1 dans %2, sur cet ordinateur. Il reste ici, verrouillé par votre phrase de passe.</translation>
    </message>
    <message>
        <source>Saving a locked copy. This takes a moment.</source>
        <translation>Enregistrement d&apos;une copie verrouillée. Cela prend un moment.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was saved there.</source>
        <translation>Le fichier n&apos;a pas pu être écrit. Rien n&apos;a été enregistré à cet endroit.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Add a &amp;safety plan</source>
        <translation>Ajouter un plan de &amp;sécurité</translation>
    </message>
    <message>
        <source>Add a &amp;release plan</source>
        <translation>Ajouter un plan de mise en &amp;liberté</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;ersonnes</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Numbers to learn by heart</source>
        <translation>&amp;Numéros à apprendre par cœur</translation>
    </message>
    <message>
        <source>Pri&amp;vate record</source>
        <translation>&amp;Journal privé</translation>
    </message>
    <message>
        <source>&amp;Print or save a copy</source>
        <translation>&amp;Imprimer ou enregistrer une copie</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>Plan de mise en liberté</translation>
    </message>
    <message>
        <source>Or&amp;ganisations that can help</source>
        <translation>Or&amp;ganismes qui peuvent aider</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>1 number to practise</source>
        <translation>1 numéro à réviser</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers to practise</source>
        <translation>
            <numerusform>%n numéro à réviser</numerusform>
            <numerusform>%n numéros à réviser</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>Give this plan a name. Choose words that mean something to you, and little to anyone else.</source>
        <translation>Donnez un nom à ce plan. Choisissez des mots qui ont un sens pour vous, et peu pour les autres.</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>Renommer le plan</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Supprimer le plan</translation>
    </message>
    <message>
        <source>Delete this plan and all its answers? People and documents stay. This cannot be undone.</source>
        <translation>Supprimer ce plan et toutes ses réponses? Les personnes et les documents restent. C&apos;est définitif.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Réponses&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>People you trust and people to call</source>
        <translation>Personnes de confiance et personnes à appeler</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Where your papers are</source>
        <translation>Où sont vos papiers</translation>
    </message>
    <message>
        <source>Free and confidential help</source>
        <translation>Aide gratuite et confidentielle</translation>
    </message>
    <message>
        <source>Phone numbers you know without your phone</source>
        <translation>Les numéros de téléphone que vous connaissez sans votre téléphone</translation>
    </message>
    <message>
        <source>Notes, photos and dates, kept private</source>
        <translation>Notes, photos et dates, gardées en privé</translation>
    </message>
    <message>
        <source>A copy on paper, or a small card</source>
        <translation>Une copie papier, ou une petite carte</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Sample plan — nothing is saved.</source>
        <translation>Plan d&apos;exemple&#xa0;: rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Guest session — nothing is saved on this computer. When you finish, you choose what to take with you.</source>
        <translation>Session invitée&#xa0;: rien n&apos;est enregistré sur cet ordinateur. À la fin, vous choisissez ce que vous emportez.</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>Vos plans</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>&amp;Finish guest session</source>
        <translation>&amp;Terminer la session invitée</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>Pas encore de plan</translation>
    </message>
    <message>
        <source>A safety plan helps if you are at risk of violence. A release plan helps if you could be detained. You can have several.</source>
        <translation>Un plan de sécurité aide si vous risquez de subir de la violence. Un plan de mise en liberté aide en cas de risque de détention. Vous pouvez en avoir plusieurs.</translation>
    </message>
    <message>
        <source>Start a plan</source>
        <translation>Commencer un plan</translation>
    </message>
    <message>
        <source>Shared by all plans</source>
        <translation>Commun à tous les plans</translation>
    </message>
    <message>
        <source>Before you start: privacy and limits</source>
        <translation>Avant de commencer&#xa0;: vie privée et limites</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there? Your plan will lock in {seconds} seconds to keep it safe.</source>
        <translation>Toujours là? Votre plan sera verrouillé dans {seconds} secondes, pour le protéger.</translation>
    </message>
    <message>
        <source>Still there? Your plan will be hidden in {seconds} seconds to keep it safe.</source>
        <translation>Toujours là? Votre plan sera caché dans {seconds} secondes, pour le protéger.</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>C&amp;ontinuer à travailler</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Créer un nouveau code de récupération</translation>
    </message>
    <message>
        <source>Remove the recovery code</source>
        <translation>Retirer le code de récupération</translation>
    </message>
    <message>
        <source>After the change, only the new passphrase opens this plan file and its backup. A recovery code stops working; you can make a new one afterwards. Copies of the file made before (for example on a USB stick) still open with the old passphrase.</source>
        <translation>Après le changement, seule la nouvelle phrase de passe ouvre ce fichier du plan et sa copie de secours. Un code de récupération ne fonctionne plus; vous pourrez en créer un nouveau ensuite. Les copies du fichier faites avant (par exemple sur une clé USB) s&apos;ouvrent encore avec l&apos;ancienne phrase de passe.</translation>
    </message>
    <message>
        <source>The new code is shown once, for you to write down. An older code stops working for this file, but still opens copies of the file made before.</source>
        <translation>Le nouveau code n&apos;est affiché qu&apos;une fois, pour que vous le notiez. Un ancien code ne fonctionne plus pour ce fichier, mais il ouvre encore les copies du fichier faites avant.</translation>
    </message>
    <message>
        <source>After this, only your passphrase opens this plan file. If you forget it, the plan cannot be opened again. Copies of the file made before still open with the old code.</source>
        <translation>Après cela, seule votre phrase de passe ouvre ce fichier du plan. Si vous l&apos;oubliez, le plan ne pourra plus jamais être ouvert. Les copies du fichier faites avant s&apos;ouvrent encore avec l&apos;ancien code.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>Votre phrase de passe actuelle</translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation>Votre nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation>Veuillez d&apos;abord taper votre code de récupération.</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>Veuillez d&apos;abord taper votre phrase de passe actuelle.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so nothing was changed. Please try again.</source>
        <translation>Vos dernières modifications n&apos;ont pas pu être enregistrées, donc rien n&apos;a été changé. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>That is not the recovery code. Nothing was changed.</source>
        <translation>Ce n&apos;est pas le code de récupération. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Ce n&apos;est pas la phrase de passe actuelle. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>The change could not be made. Nothing was changed.</source>
        <translation>Le changement n&apos;a pas pu être fait. Rien n&apos;a été changé.</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>Phrase de passe et code de récupération</translation>
    </message>
    <message>
        <source>This plan has a recovery code.</source>
        <translation>Ce plan a un code de récupération.</translation>
    </message>
    <message>
        <source>This plan has no recovery code.</source>
        <translation>Ce plan n&apos;a pas de code de récupération.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase</source>
        <translation>Changer la &amp;phrase de passe</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;code</source>
        <translation>Créer un &amp;nouveau code de récupération</translation>
    </message>
    <message>
        <source>&amp;Remove the recovery code</source>
        <translation>&amp;Retirer le code de récupération</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase no longer opens this file.</source>
        <translation>La phrase de passe a été changée. L&apos;ancienne phrase de passe n&apos;ouvre plus ce fichier.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old passphrase and the recovery code no longer open this file. You can make a new recovery code here.</source>
        <translation>La phrase de passe a été changée. L&apos;ancienne phrase de passe et le code de récupération n&apos;ouvrent plus ce fichier. Vous pouvez créer un nouveau code de récupération ici.</translation>
    </message>
    <message>
        <source>The new recovery code works now.</source>
        <translation>Le nouveau code de récupération fonctionne maintenant.</translation>
    </message>
    <message>
        <source>The recovery code is removed. Only your passphrase opens this file now.</source>
        <translation>Le code de récupération a été retiré. Maintenant, seule votre phrase de passe ouvre ce fichier.</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Who can help you learn more</source>
        <translation>Qui peut vous aider à en savoir plus</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>Ajouter à mes personnes</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>Ajouter {name} à mes personnes</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>Tiré de la liste du guide, {date} — à vérifier avant de s&apos;y fier.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>As of January 2020 — general information, not legal advice; check with a legal clinic.</source>
        <translation>En date de janvier 2020 — information générale, pas un avis juridique; vérifiez auprès d&apos;une clinique juridique.</translation>
    </message>
</context>
<context>
    <name>LegalBox</name>
    <message>
        <source>What to know</source>
        <translation>À savoir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portable mode: settings and plans stay in the app&apos;s own folder.</source>
        <translation>Mode portable&#xa0;: les paramètres et les plans restent dans le dossier de l&apos;application.</translation>
    </message>
    <message>
        <source>Hides everything at once and locks the plan. Esc twice does the same.</source>
        <translation>Cache tout d&apos;un coup et verrouille le plan. Appuyer deux fois sur Échap fait la même chose.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Cac&amp;her</translation>
    </message>
    <message>
        <source>L&amp;ock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Ouvrir un fichier de plan</translation>
    </message>
    <message>
        <source>Choose the plan file, for example on your USB stick.</source>
        <translation>Choisissez le fichier du plan, par exemple sur votre clé USB.</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>Copie de secours ouverte</translation>
    </message>
    <message>
        <source>The backup copy opened. Your changes will be saved to the plan file again.</source>
        <translation>La copie de secours est ouverte. Vos modifications seront de nouveau enregistrées dans le fichier du plan.</translation>
    </message>
    <message>
        <source>Your changes are back</source>
        <translation>Vos modifications sont revenues</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked. They are back now. SaferPlan will try to save them again.</source>
        <translation>Vos dernières modifications n&apos;ont pas pu être enregistrées avant le verrouillage du plan. Elles sont revenues. SaferPlan va essayer de les enregistrer de nouveau.</translation>
    </message>
    <message>
        <source>Changes not kept</source>
        <translation>Modifications non conservées</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked, and they could not be kept. The plan is as it was last saved.</source>
        <translation>Vos dernières modifications n&apos;ont pas pu être enregistrées avant le verrouillage du plan, et elles n&apos;ont pas pu être conservées. Le plan est tel qu&apos;il a été enregistré la dernière fois.</translation>
    </message>
    <message>
        <source>Saved by a newer version</source>
        <translation>Enregistré par une version plus récente</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of SaferPlan ({version}). You can read it here, but changes are not saved, so that nothing the newer version added is lost. To change the plan, use the newer version.</source>
        <translation>Ce plan a été enregistré par une version plus récente de SaferPlan ({version}). Vous pouvez le lire ici, mais les modifications ne sont pas enregistrées, pour que rien de ce que la version plus récente a ajouté ne soit perdu. Pour modifier le plan, utilisez la version plus récente.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 It is still here. Please try again in a moment.</source>
        <translation>Votre dernière modification n&apos;a pas pu être enregistrée&#xa0;:&#xa0;%1 Elle est toujours là. Veuillez réessayer dans un moment.</translation>
    </message>
    <message>
        <source>Not saved for next time</source>
        <translation>Non gardé pour la prochaine fois</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Your settings work now but could not be kept for next time.</source>
        <translation>Vos paramètres fonctionnent maintenant, mais n&apos;ont pas pu être gardés pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Your plan was locked.</source>
        <translation>Votre plan a été verrouillé.</translation>
    </message>
    <message>
        <source>Your last changes are not saved</source>
        <translation>Vos dernières modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>SaferPlan could not save your last changes. If you close now, they are lost. You can stay, check the folder or the USB stick, and try again.</source>
        <translation>SaferPlan n&apos;a pas pu enregistrer vos dernières modifications. Si vous fermez maintenant, elles seront perdues. Vous pouvez rester, vérifier le dossier ou la clé USB, puis réessayer.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Fermer quand même</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
</context>
<context>
    <name>OlderCopy</name>
    <message>
        <source>This copy of your plan was made before its passphrase was changed on this computer. Someone who knew the old passphrase may have put it back. Your newer plan may be in another file or folder.</source>
        <translation>Cette copie de votre plan a été faite avant que sa phrase de passe soit changée sur cet ordinateur. Une personne qui connaissait l&apos;ancienne phrase de passe l&apos;a peut-être remise ici. Votre plan plus récent est peut-être dans un autre fichier ou dossier.</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy. The backup beside it is newer (save %3): you can open it instead.</source>
        <translation>Ce fichier du plan est plus ancien que le dernier enregistré sur cet ordinateur (enregistrement n° %1 ; le plus récent ici était le n° %2). Quelqu&apos;un a peut-être remis une ancienne copie. La copie de secours à côté est plus récente (enregistrement n° %3) : vous pouvez l&apos;ouvrir à la place.</translation>
    </message>
    <message>
        <source>This plan file is older than the last one saved on this computer (save %1; the newest here was save %2). Someone may have put back an old copy, or it came from a backup. Your newer plan may be in another file or folder.</source>
        <translation>Ce fichier du plan est plus ancien que le dernier enregistré sur cet ordinateur (enregistrement n° %1 ; le plus récent ici était le n° %2). Quelqu&apos;un a peut-être remis une ancienne copie, ou il vient d&apos;une copie de secours. Votre plan plus récent est peut-être dans un autre fichier ou dossier.</translation>
    </message>
    <message>
        <source>An older copy of your plan</source>
        <translation>Une ancienne copie de votre plan</translation>
    </message>
    <message>
        <source>Use this older copy</source>
        <translation>Utiliser cette ancienne copie</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Open the newer backup</source>
        <translation>Ouvrir la copie de secours plus récente</translation>
    </message>
    <message>
        <source>The backup did not open</source>
        <translation>La copie de secours ne s&apos;est pas ouverte</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Les deux mots de passe ne sont pas encore identiques.</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>À imprimer</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Le plan complet</translation>
    </message>
    <message>
        <source>The wallet card</source>
        <translation>La carte format portefeuille</translation>
    </message>
    <message>
        <source>People on the card</source>
        <translation>Personnes sur la carte</translation>
    </message>
    <message>
        <source>No people yet. People you add under People can go on the card.</source>
        <translation>Aucune personne pour l&apos;instant. Les personnes que vous ajoutez dans Personnes peuvent aller sur la carte.</translation>
    </message>
    <message>
        <source>Include the medication line</source>
        <translation>Inclure la ligne des médicaments</translation>
    </message>
    <message>
        <source>Include the language and interpreter line</source>
        <translation>Inclure la ligne langue et interprète</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>Discret</translation>
    </message>
    <message>
        <source>Neutral headings, names and numbers only.</source>
        <translation>Titres neutres, seulement des noms et des numéros.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Language of the headings</source>
        <translation>Langue des titres</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Mot de passe (facultatif)</translation>
    </message>
    <message>
        <source>Only for saving a file. Anyone who wants to open the PDF will need it. SaferPlan cannot recover it.</source>
        <translation>Seulement pour enregistrer un fichier. Toute personne qui veut ouvrir le PDF en aura besoin. SaferPlan ne peut pas le récupérer.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Mot de passe du PDF</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Le même mot de passe, de nouveau</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>Mot de passe du PDF, de nouveau</translation>
    </message>
</context>
<context>
    <name>OrganisationCard</name>
    <message>
        <source>Role for {name}</source>
        <translation>Rôle de {name}</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>Ajouter à ma liste de personnes</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>Ajouter {name} à ma liste de personnes</translation>
    </message>
    <message>
        <source>Added to your people. You can change it there.</source>
        <translation>Ajouté à votre liste de personnes. Vous pouvez le modifier là-bas.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Spaces alone cannot be a passphrase.</source>
        <translation>Des espaces seules ne peuvent pas former une phrase de passe.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Trop courte&#xa0;: utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, so it is easy to guess. Please choose another.</source>
        <translation>C&apos;est l&apos;un des mots de passe les plus courants, il est donc facile à deviner. Veuillez en choisir un autre.</translation>
    </message>
    <message>
        <source>This is a keyboard or letter pattern, so it is easy to guess. Please choose another.</source>
        <translation>C&apos;est une suite de touches du clavier ou de lettres, elle est donc facile à deviner. Veuillez en choisir une autre.</translation>
    </message>
    <message>
        <source>Numbers alone, such as a date, are easy to guess. Please add some words.</source>
        <translation>Des chiffres seuls, comme une date, sont faciles à deviner. Veuillez ajouter quelques mots.</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>Correcte. Un ou deux mots de plus la rendent beaucoup plus solide.</translation>
    </message>
    <message>
        <source>Good. One more word makes it stronger still.</source>
        <translation>Bonne. Un mot de plus la rend encore plus solide.</translation>
    </message>
    <message>
        <source>Strong: long, with several words.</source>
        <translation>Solide&#xa0;: longue, avec plusieurs mots.</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Cacher la phrase de passe</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>A few unrelated words you can remember make a strong passphrase, for example four words from different parts of your life. Do not use a name or a date someone could guess.</source>
        <translation>Quelques mots sans lien entre eux, faciles à retenir pour vous, font une bonne phrase de passe. Par exemple, quatre mots pris dans différentes parties de votre vie. N&apos;utilisez pas un nom ou une date que quelqu&apos;un pourrait deviner.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La même phrase de passe encore une fois</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>Veuillez d&apos;abord choisir une phrase de passe.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Les deux phrases de passe ne sont pas pareilles. Veuillez les taper de nouveau.</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>This session was hidden after a few minutes without use.</source>
        <translation>Cette session a été cachée après quelques minutes sans utilisation.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Retour à l&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>First names or nicknames are enough. Add only what your plan needs.</source>
        <translation>Des prénoms ou des surnoms suffisent. Ajoutez seulement ce dont votre plan a besoin.</translation>
    </message>
    <message>
        <source>No one in your list yet</source>
        <translation>Personne dans votre liste pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add the people who could help: someone to call, a lawyer, someone who could care for your children.</source>
        <translation>Ajoutez les personnes qui pourraient vous aider&#xa0;: quelqu&apos;un à appeler, un avocat, quelqu&apos;un qui pourrait s&apos;occuper de vos enfants.</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>A&amp;jouter une personne</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation>Retirer une personne</translation>
    </message>
    <message>
        <source>Remove {name} from your plan? They will also be taken out of your answers.</source>
        <translation>Retirer {name} de votre plan? Cette personne sera aussi retirée de vos réponses.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
</context>
<context>
    <name>PersonAdapter</name>
    <message>
        <source>No one in your list yet.</source>
        <translation>Personne dans votre liste pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Nom ou surnom</translation>
    </message>
    <message>
        <source>Phone (if you want)</source>
        <translation>Téléphone (si vous voulez)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address (if you want)</source>
        <translation>Adresse (si vous voulez)</translation>
    </message>
    <message>
        <source>About the phone number</source>
        <translation>À propos du numéro de téléphone</translation>
    </message>
    <message>
        <source>Print this address on my wallet card</source>
        <translation>Imprimer cette adresse sur ma carte format portefeuille</translation>
    </message>
    <message>
        <source>Officers may read the card. Leave this off unless you need the address on it.</source>
        <translation>Des agents peuvent lire la carte. Laissez cette option désactivée, sauf si vous avez besoin de l&apos;adresse sur la carte.</translation>
    </message>
    <message>
        <source>I want to know this number by heart</source>
        <translation>Je veux connaître ce numéro par cœur</translation>
    </message>
    <message>
        <source>What they could do for me</source>
        <translation>Ce que cette personne pourrait faire pour moi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A phone number can hold only digits, spaces, a dot and the signs + - ( ). For an extension, type x or ext, then its digits.</source>
        <translation>Un numéro de téléphone ne peut contenir que des chiffres, des espaces, un point et les signes + - ( ). Pour un poste, tapez x ou ext, puis ses chiffres.</translation>
    </message>
    <message>
        <source>Hidden characters that can change how text is shown were removed.</source>
        <translation>Des caractères cachés qui peuvent changer l&apos;affichage du texte ont été retirés.</translation>
    </message>
</context>
<context>
    <name>PlanChoiceScreen</name>
    <message>
        <source>What do you want to plan for?</source>
        <translation>Pour quoi voulez-vous faire un plan?</translation>
    </message>
    <message>
        <source>Choose one to begin. You can add the other one later, and skip any question.</source>
        <translation>Choisissez-en un pour commencer. Vous pourrez ajouter l&apos;autre plus tard, et passer n&apos;importe quelle question.</translation>
    </message>
    <message>
        <source>&amp;Safety plan</source>
        <translation>Plan de &amp;sécurité</translation>
    </message>
    <message>
        <source>&amp;Release plan</source>
        <translation>Plan de mise en &amp;liberté</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>&amp;Décider plus tard</translation>
    </message>
    <message>
        <source>If you are at risk of violence: people to call, safe places, how to leave.</source>
        <translation>Si vous risquez de subir de la violence&#xa0;: les personnes à appeler, les endroits sûrs, comment partir.</translation>
    </message>
    <message>
        <source>If you could be detained: who to call, your papers, getting out.</source>
        <translation>En cas de risque de détention&#xa0;: qui appeler, vos papiers, comment sortir.</translation>
    </message>
    <message>
        <source>Your answers stay locked on this computer. Nothing is sent anywhere.</source>
        <translation>Vos réponses restent verrouillées sur cet ordinateur. Rien n&apos;est envoyé nulle part.</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>No one added yet.</source>
        <translation>Aucune personne ajoutée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Everyone else in my plan, by role</source>
        <translation>Toutes les autres personnes de mon plan, par rôle</translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Rien n&apos;a été ajouté pour l&apos;instant.</translation>
    </message>
    <message>
        <source>A copy is with {name}.</source>
        <translation>{name} en a une copie.</translation>
    </message>
    <message>
        <source>{title}: nothing answered yet.</source>
        <translation>{title}&#xa0;: aucune réponse pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Still to think about</source>
        <translation>Encore à réfléchir</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mon plan</translation>
    </message>
    <message>
        <source>Bond persons</source>
        <translation>Personnes garantes</translation>
    </message>
    <message>
        <source>Numbers to know by heart</source>
        <translation>Numéros à apprendre par cœur</translation>
    </message>
    <message>
        <source>Where my documents are</source>
        <translation>Où sont mes documents</translation>
    </message>
    <message>
        <source>Lawyers and legal help</source>
        <translation>Avocats et aide juridique</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
</context>
<context>
    <name>PlanWalkWidget</name>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Retour à l&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Passer pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Doesn&apos;t apply</source>
        <translation>&amp;Ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>Talk about it &amp;later</source>
        <translation>En parler plus &amp;tard</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>S&amp;uivant</translation>
    </message>
    <message>
        <source>&amp;Finish for now</source>
        <translation>&amp;Finir pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Section suivante</translation>
    </message>
    <message>
        <source>Skipped for now. You can come back to it any time.</source>
        <translation>Passé pour l&apos;instant. Vous pouvez y revenir à tout moment.</translation>
    </message>
    <message>
        <source>Noted: that one does not apply to you.</source>
        <translation>C&apos;est noté&#xa0;: cette question ne s&apos;applique pas à vous.</translation>
    </message>
    <message>
        <source>Kept for later. You will find it under &quot;To talk about later&quot;.</source>
        <translation>Gardé pour plus tard. Vous le trouverez sous «&#xa0;Pour en parler plus tard&#xa0;».</translation>
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
        <translation>Pas encore de numéro à apprendre</translation>
    </message>
    <message>
        <source>Your phone may be taken away from you. Knowing a few numbers by heart helps.

To choose a number to learn, go to People, open someone who has a phone number, and tick “I want to know this number by heart”.</source>
        <translation>On pourrait vous prendre votre téléphone. Connaître quelques numéros par cœur aide.

Pour choisir un numéro à apprendre, allez dans Personnes, ouvrez une personne qui a un numéro de téléphone et cochez «&#xa0;Je veux connaître ce numéro par cœur&#xa0;».</translation>
    </message>
    <message>
        <source>Known by heart</source>
        <translation>Connu par cœur</translation>
    </message>
    <message>
        <source>Hide roles</source>
        <translation>Cacher les rôles</translation>
    </message>
    <message>
        <source>Type the number from memory. Spaces and dashes do not matter.</source>
        <translation>Tapez le numéro de tête. Les espaces et les tirets ne comptent pas.</translation>
    </message>
    <message>
        <source>The number, from memory</source>
        <translation>Le numéro, de tête</translation>
    </message>
    <message>
        <source>Type the number</source>
        <translation>Tapez le numéro</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>Voir un indice</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>✓ right   ≠ different digit   ? missing digit   + extra digit</source>
        <translation>✓ juste   ≠ chiffre différent   ? chiffre manquant   + chiffre en trop</translation>
    </message>
    <message>
        <source>A new number to learn. Read it a few times and say it quietly to yourself. When you are ready, it will be hidden and you can type it from memory.</source>
        <translation>Un nouveau numéro à apprendre. Lisez-le quelques fois et dites-le tout bas pour vous-même. Ensuite, quand vous le souhaitez, il sera caché et vous pourrez le taper de tête.</translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation>C&apos;est tout pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Retour à l&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Passer pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>S&amp;uivant</translation>
    </message>
    <message>
        <source>I am &amp;ready, hide it</source>
        <translation>C&apos;est bon, le &amp;cacher</translation>
    </message>
    <message>
        <source>Practise &amp;all numbers again</source>
        <translation>&amp;Réviser encore tous les numéros</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Practised today: {done} of {total}</source>
        <translation>Révisés aujourd&apos;hui&#xa0;: {done} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>Numbers practised today: %n</source>
        <translation>
            <numerusform>Numéros révisés aujourd&apos;hui&#xa0;: %n</numerusform>
            <numerusform>Numéros révisés aujourd&apos;hui&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Each time you practise, they get easier to remember.</source>
        <translation>Chaque fois que vous vous exercez, ils deviennent plus faciles à retenir.</translation>
    </message>
    <message numerus="yes">
        <source>Numbers you know by heart: %n</source>
        <translation>
            <numerusform>Numéros que vous connaissez par cœur&#xa0;:&#xa0;%n</numerusform>
            <numerusform>Numéros que vous connaissez par cœur&#xa0;:&#xa0;%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days until the next practice: %n</source>
        <translation>
            <numerusform>Jours avant le prochain exercice&#xa0;:&#xa0;%n</numerusform>
            <numerusform>Jours avant le prochain exercice&#xa0;:&#xa0;%n</numerusform>
        </translation>
    </message>
    <message>
        <source>You can practise again today.</source>
        <translation>Vous pouvez vous exercer de nouveau aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>Indice&#xa0;: {hint}</translation>
    </message>
    <message>
        <source>Right, with a hint. It will come back once more without one.</source>
        <translation>Juste, avec un indice. Il reviendra encore une fois, sans indice.</translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation>C&apos;est juste.</translation>
    </message>
    <message>
        <source>Not quite. Here is the number. It will come back later.</source>
        <translation>Pas tout à fait. Voici le numéro. Il reviendra plus tard.</translation>
    </message>
    <message>
        <source>The number:</source>
        <translation>Le numéro&#xa0;:</translation>
    </message>
    <message>
        <source>To call this number from Canada, you also need its country code, +{code}.</source>
        <translation>Pour appeler ce numéro depuis le Canada, il faut aussi l&apos;indicatif du pays, +{code}.</translation>
    </message>
    <message numerus="yes">
        <source>Different digits: %n</source>
        <translation>
            <numerusform>Chiffres différents&#xa0;:&#xa0;%n</numerusform>
            <numerusform>Chiffres différents&#xa0;:&#xa0;%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing digits: %n</source>
        <translation>
            <numerusform>Chiffres manquants&#xa0;:&#xa0;%n</numerusform>
            <numerusform>Chiffres manquants&#xa0;:&#xa0;%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra digits: %n</source>
        <translation>
            <numerusform>Chiffres en trop&#xa0;:&#xa0;%n</numerusform>
            <numerusform>Chiffres en trop&#xa0;:&#xa0;%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>The preview could not be made. Please try other choices, or try again later.</source>
        <translation>L&apos;aperçu n&apos;a pas pu être créé. Essayez d&apos;autres choix, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>Preview, page %1 of %2</source>
        <translation>Aperçu, page %1 sur %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Preview: one sheet of cards. Cut along the lines, fold in the middle.</source>
        <translation>Aperçu&#xa0;: une feuille de cartes. Coupez le long des lignes, puis pliez au milieu.</translation>
    </message>
    <message>
        <source>Preview: 1 page</source>
        <translation>Aperçu&#xa0;: 1 page</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>Aperçu&#xa0;: %n page</numerusform>
            <numerusform>Aperçu&#xa0;: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>Le PDF demandera ce mot de passe à l&apos;ouverture.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>Un fichier PDF n&apos;est pas verrouillé par SaferPlan. Toute personne qui ouvre cet ordinateur ou la clé USB peut le lire, sauf si vous ajoutez un mot de passe.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Print or save a copy</source>
        <translation>Imprimer ou enregistrer une copie</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Retour à l&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Printing: the computer may keep a copy in its print queue for a while.</source>
        <translation>Impression&#xa0;: l&apos;ordinateur peut garder une copie dans sa file d&apos;impression pendant un certain temps.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Name of the PDF file. A name that says little about what is inside is safer.</source>
        <translation>Nom du fichier PDF. Un nom qui en dit peu sur son contenu est plus sûr.</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>Où enregistrer le PDF</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick.</source>
        <translation>Choisissez un dossier, par exemple sur votre propre clé USB.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier?</translation>
    </message>
    <message>
        <source>There is already a file called %1 in this folder. Replace it?</source>
        <translation>Il y a déjà un fichier nommé %1 dans ce dossier. Le remplacer?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Le remplacer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Avant d&apos;imprimer</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Discreet mode prints less. Print now?</source>
        <translation>Les imprimantes et les files d&apos;impression peuvent garder sur cet ordinateur une copie de ce que vous imprimez pendant un certain temps. Le mode discret imprime moins de choses. Imprimer maintenant?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. To keep a copy as a file, use Save as PDF: it can protect the file with a password.</source>
        <translation>SaferPlan imprime seulement sur une imprimante. Pour garder une copie dans un fichier, utilisez «&#xa0;Enregistrer en PDF&#xa0;»&#xa0;: vous pourrez protéger ce fichier par un mot de passe.</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>For example:
{examples}</source>
        <translation>Par exemple&#xa0;:
{examples}</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {section}</source>
        <translation>Question {number} sur {count} · {section}</translation>
    </message>
    <message>
        <source>You skipped this for now.</source>
        <translation>Vous avez passé cette question pour l&apos;instant.</translation>
    </message>
    <message>
        <source>You said this does not apply.</source>
        <translation>Vous avez indiqué que cela ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>You wanted to talk about this later.</source>
        <translation>Vous vouliez en parler plus tard.</translation>
    </message>
</context>
<context>
    <name>RecordPdf</name>
    <message>
        <source>My record</source>
        <translation>Mon journal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>{name} (a file kept in the plan, not shown here)</source>
        <translation>{name} (un fichier gardé dans le plan, non affiché ici)</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>Image&#xa0;: {name}</translation>
    </message>
    <message>
        <source>No date given</source>
        <translation>Aucune date indiquée</translation>
    </message>
    <message>
        <source>{name} (a picture that could not be shown)</source>
        <translation>{name} (une image qui n&apos;a pas pu être affichée)</translation>
    </message>
</context>
<context>
    <name>RecordPdfDialog</name>
    <message>
        <source>Make a PDF for a lawyer or advocate</source>
        <translation>Faire un PDF pour un avocat ou une personne qui vous soutient</translation>
    </message>
    <message>
        <source>Choose the entries to put in the PDF. You decide what to share.</source>
        <translation>Choisissez les entrées à mettre dans le PDF. Vous décidez de ce que vous partagez.</translation>
    </message>
    <message>
        <source>Entries in the PDF</source>
        <translation>Entrées dans le PDF</translation>
    </message>
    <message>
        <source>Neutral title: {title}</source>
        <translation>Titre neutre&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Mot de passe (facultatif)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Le même mot de passe, de nouveau</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>Tout choisir</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>Ne rien choisir</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Les deux mots de passe ne sont pas encore identiques.</translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>Le PDF demandera ce mot de passe à l&apos;ouverture.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>Un fichier PDF n&apos;est pas verrouillé par SaferPlan. Toute personne qui ouvre cet ordinateur ou la clé USB peut le lire, sauf si vous ajoutez un mot de passe.</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Enregistré sous {path}</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>SaferPlan can keep photos and screenshots (PNG, JPEG, GIF or WebP), PDF files and plain text files.</source>
        <translation>SaferPlan peut garder des photos et des captures d&apos;écran (PNG, JPEG, GIF ou WebP), des fichiers PDF et des fichiers texte simples.</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Ajouter un fichier</translation>
    </message>
    <message>
        <source>This file could not be read. Please check that it is still there, then try again.</source>
        <translation>Ce fichier n&apos;a pas pu être lu. Vérifiez qu&apos;il est toujours là, puis réessayez.</translation>
    </message>
    <message>
        <source>The original file</source>
        <translation>Le fichier d&apos;origine</translation>
    </message>
    <message>
        <source>The file is now kept inside your locked plan. SaferPlan can delete the original file. On SSDs, USB sticks and phones, a deleted file can sometimes still be recovered, and copies may exist elsewhere (for example in a photo app or a cloud backup).</source>
        <translation>Le fichier est maintenant gardé dans votre plan verrouillé. SaferPlan peut supprimer le fichier d&apos;origine. Sur les disques SSD, les clés USB et les téléphones, un fichier supprimé peut parfois encore être récupéré, et des copies peuvent exister ailleurs (par exemple dans une application de photos ou une sauvegarde en ligne).</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation>Supprimer l&apos;original</translation>
    </message>
    <message>
        <source>Keep the original</source>
        <translation>Garder l&apos;original</translation>
    </message>
    <message>
        <source>The original file could not be deleted. You can delete it yourself if you want to.</source>
        <translation>Le fichier d&apos;origine n&apos;a pas pu être supprimé. Vous pouvez le supprimer vous-même si vous le voulez.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>RecordWidget</name>
    <message>
        <source>Private record</source>
        <translation>Journal privé</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. This stays inside your locked plan.</source>
        <translation>Écrivez autant ou aussi peu que vous le voulez. Tout reste dans votre plan verrouillé.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>Chercher dans le journal</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Entrées, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Back to ho&amp;me</source>
        <translation>Retour à l&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>A&amp;jouter une entrée</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Make a &amp;PDF for a lawyer or advocate…</source>
        <translation>Faire un &amp;PDF pour un avocat ou une personne qui vous soutient…</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Rien d&apos;écrit pour l&apos;instant</translation>
    </message>
    <message>
        <source>A dated note of what happened, in your own words, can help a lawyer or advocate later. Add one when you want to.</source>
        <translation>Une note datée de ce qui s&apos;est passé, avec vos propres mots, peut aider plus tard un avocat ou une personne qui vous soutient. Ajoutez-en une quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>{when} · {where}</source>
        <translation>{when} · {where}</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>Remove this entry and the files kept with it?</source>
        <translation>Retirer cette entrée et les fichiers gardés avec elle?</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>Retirer cette entrée?</translation>
    </message>
    <message>
        <source>Remove an entry</source>
        <translation>Retirer une entrée</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>This code opens the plan if the passphrase is forgotten. Anyone who has it can open the plan. Keep it somewhere safe, away from the computer.</source>
        <translation>Ce code ouvre le plan si la phrase de passe est oubliée. Toute personne qui l&apos;a peut ouvrir le plan. Gardez-le dans un endroit sûr, loin de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Avant d&apos;imprimer</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Print the code now?</source>
        <translation>Les imprimantes et les files d&apos;impression peuvent garder sur cet ordinateur une copie de ce que vous imprimez pendant un certain temps. Imprimer le code maintenant?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>The code is printed only on a printer, never into a file. Please write it down instead.</source>
        <translation>Le code est imprimé seulement sur une imprimante, jamais dans un fichier. Veuillez plutôt le noter à la main.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>Write the six groups on paper, in order, and keep it somewhere safe, apart from your computer. It is shown only this once. With it, you or anyone who has it can open your plan.</source>
        <translation>Écrivez les six groupes sur papier, dans l&apos;ordre, et gardez-le en lieu sûr, loin de votre ordinateur. Il n&apos;est affiché que cette fois-ci. Avec ce code, vous ou toute personne qui l&apos;a peut ouvrir votre plan.</translation>
    </message>
    <message>
        <source>The code has no 0, O, 1 or I, so nothing can be mistaken for something else.</source>
        <translation>Le code n&apos;a ni 0, ni O, ni 1, ni I, pour qu&apos;aucun signe ne soit confondu avec un autre.</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>L&apos;imprimer</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Je l&apos;ai noté</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Bond person</source>
        <translation>Personne garante</translation>
    </message>
    <message>
        <source>Could pay or promise money of their own so I can be released.</source>
        <translation>Pourrait payer ou promettre son propre argent pour ma mise en liberté.</translation>
    </message>
    <message>
        <source>Would speak for me at a hearing</source>
        <translation>Parlerait pour moi à une audience</translation>
    </message>
    <message>
        <source>Could come to a detention review and say who I am.</source>
        <translation>Pourrait venir au contrôle des motifs de détention et dire qui je suis.</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>Avocat en immigration</translation>
    </message>
    <message>
        <source>Helps with status, detention and removal.</source>
        <translation>Aide pour le statut, la détention et le renvoi.</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>Avocat en droit criminel</translation>
    </message>
    <message>
        <source>Helps if I am charged with a crime.</source>
        <translation>Aide en cas d&apos;accusation criminelle.</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>Avocat en droit de la famille</translation>
    </message>
    <message>
        <source>Helps with children, custody or separation.</source>
        <translation>Aide pour les enfants, la garde ou la séparation.</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>Clinique juridique</translation>
    </message>
    <message>
        <source>Free legal information and help.</source>
        <translation>Information et aide juridiques gratuites.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Personne intervenante</translation>
    </message>
    <message>
        <source>Someone from a service I trust, who can contact others.</source>
        <translation>Une personne d&apos;un service en qui j&apos;ai confiance, qui peut contacter d&apos;autres personnes.</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>A ma clé</translation>
    </message>
    <message>
        <source>Could fetch clothes, money, documents or medication.</source>
        <translation>Pourrait aller chercher des vêtements, de l&apos;argent, des documents ou des médicaments.</translation>
    </message>
    <message>
        <source>Would care for my children</source>
        <translation>S&apos;occuperait de mes enfants</translation>
    </message>
    <message>
        <source>Could look after my children if I cannot.</source>
        <translation>Pourrait s&apos;occuper de mes enfants si je ne peux pas.</translation>
    </message>
    <message>
        <source>Would care for my pets</source>
        <translation>S&apos;occuperait de mes animaux</translation>
    </message>
    <message>
        <source>Could feed and look after my animals.</source>
        <translation>Pourrait nourrir mes animaux et s&apos;en occuper.</translation>
    </message>
    <message>
        <source>I could stay with them if released</source>
        <translation>Je pourrais habiter chez cette personne à ma sortie</translation>
    </message>
    <message>
        <source>An address I can give when I am released.</source>
        <translation>Une adresse que je peux donner quand je sors.</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Procuration</translation>
    </message>
    <message>
        <source>Allowed to act for me on money or papers.</source>
        <translation>A le droit d&apos;agir pour moi pour l&apos;argent ou les papiers.</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Personne à joindre en urgence</translation>
    </message>
    <message>
        <source>Someone to call first if something happens.</source>
        <translation>La première personne à appeler s&apos;il arrive quelque chose.</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Lieu sûr</translation>
    </message>
    <message>
        <source>Somewhere I could go to be safe.</source>
        <translation>Un endroit où je pourrais aller pour être en sécurité.</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Enregistré ✓</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Gardé pour cette session seulement</translation>
    </message>
    <message>
        <source>Not saved: %1 Your change is still here. Please try again in a moment.</source>
        <translation>Non enregistré : %1 Votre modification est toujours là. Réessayez dans un moment.</translation>
    </message>
</context>
<context>
    <name>SectionSummary</name>
    <message>
        <source>Here is what you have so far. You can change anything, now or later.</source>
        <translation>Voici ce que vous avez jusqu&apos;ici. Vous pouvez tout changer, maintenant ou plus tard.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Change: {question}</source>
        <translation>Changer&#xa0;: {question}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Skipped for now</source>
        <translation>Passé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>Pour en parler plus tard</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes sans utilisation</translation>
    </message>
    <message>
        <source>When you press Hide</source>
        <translation>Quand vous appuyez sur Cacher</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>Titre de la fenêtre</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>When nobody uses SaferPlan for this long, it saves and locks the plan.</source>
        <translation>Quand personne n&apos;utilise SaferPlan pendant ce temps, il enregistre et verrouille le plan.</translation>
    </message>
    <message>
        <source>Save, lock and minimise the window</source>
        <translation>Enregistrer, verrouiller et réduire la fenêtre</translation>
    </message>
    <message>
        <source>Save, lock and close SaferPlan</source>
        <translation>Enregistrer, verrouiller et fermer SaferPlan</translation>
    </message>
    <message>
        <source>Shift three times also hides</source>
        <translation>Appuyer trois fois sur Maj cache aussi</translation>
    </message>
    <message>
        <source>Turn this off if your screen reader uses Shift. Esc twice and Hide still work.</source>
        <translation>Désactivez cette option si votre lecteur d&apos;écran utilise Maj. Appuyer deux fois sur Échap et le bouton Cacher fonctionnent toujours.</translation>
    </message>
    <message>
        <source>The window shows this name. Choose something that draws no attention.</source>
        <translation>La fenêtre affiche ce nom. Choisissez un nom qui n&apos;attire pas l&apos;attention.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Pré&amp;cédent</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Plan %1</source>
        <translation>Plan&#xa0;%1</translation>
    </message>
    <message>
        <source>Plan %1 · last changed %2</source>
        <translation>Plan&#xa0;%1 · dernière modification&#xa0;%2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Make a plan for staying safe, kept locked on this computer. Nothing is ever sent over the internet.</source>
        <translation>Faites un plan pour votre sécurité, gardé sous clé sur cet ordinateur. Rien n&apos;est jamais envoyé par Internet.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language: %1</source>
        <translation>&amp;Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start a &amp;new plan</source>
        <translation>Commencer un &amp;nouveau plan</translation>
    </message>
    <message>
        <source>&amp;Guest session</source>
        <translation>&amp;Session invitée</translation>
    </message>
    <message>
        <source>Look at a &amp;sample plan</source>
        <translation>Voir un plan d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Your plan on this computer</source>
        <translation>Votre plan sur cet ordinateur</translation>
    </message>
    <message>
        <source>Plans on this computer</source>
        <translation>Plans sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Open my plan</source>
        <translation>&amp;Ouvrir mon plan</translation>
    </message>
    <message>
        <source>Open a file from another folder</source>
        <translation>Ouvrir un fichier d&apos;un autre dossier</translation>
    </message>
    <message>
        <source>Kept on this computer, locked with a passphrase you choose.</source>
        <translation>Gardé sur cet ordinateur, verrouillé par une phrase de passe que vous choisissez.</translation>
    </message>
    <message>
        <source>Nothing is saved on this computer. At the end you choose what to take with you: a locked file on your own USB stick, a printout, or nothing.</source>
        <translation>Rien n&apos;est enregistré sur cet ordinateur. À la fin, vous choisissez ce que vous emportez&#xa0;: un fichier verrouillé sur votre propre clé USB, une version imprimée, ou rien.</translation>
    </message>
    <message>
        <source>A made-up plan to look around. Nothing is saved.</source>
        <translation>Un plan inventé, pour faire le tour. Rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>What SaferPlan keeps, where, and what it cannot protect against.</source>
        <translation>Ce que SaferPlan garde, où, et ce contre quoi il ne peut pas protéger.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The plan file could not be used.</source>
        <translation>Le fichier du plan n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is damaged.</source>
        <translation>Mauvaise phrase de passe, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <source>Wrong recovery code, or the file is damaged.</source>
        <translation>Mauvais code de récupération, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <source>This plan file has no recovery code.</source>
        <translation>Ce fichier de plan n&apos;a pas de code de récupération.</translation>
    </message>
    <message>
        <source>This is not a plan file, or it was made by a newer version of the app.</source>
        <translation>Ce n&apos;est pas un fichier de plan, ou il a été créé par une version plus récente de l&apos;application.</translation>
    </message>
    <message>
        <source>This file is not a plan file.</source>
        <translation>Ce fichier n&apos;est pas un fichier de plan.</translation>
    </message>
    <message>
        <source>This plan file uses a method this version does not know.</source>
        <translation>Ce fichier de plan utilise une méthode que cette version ne connaît pas.</translation>
    </message>
    <message>
        <source>This plan file was made by a newer version of the app. Update the app to open it.</source>
        <translation>Ce fichier de plan a été créé par une version plus récente de l&apos;application. Mettez l&apos;application à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of the app. It cannot be changed here. Nothing was changed.</source>
        <translation>Ce plan a été enregistré par une version plus récente de l&apos;application. Il ne peut pas être modifié ici. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>This file asks for more memory or time than is safe on this computer, so it was not opened. It may be damaged.</source>
        <translation>Ce fichier demande plus de mémoire ou de temps qu&apos;il n&apos;est sûr sur cet ordinateur, il n&apos;a donc pas été ouvert. Il est peut-être endommagé.</translation>
    </message>
    <message>
        <source>The plan inside this file could not be read. It may come from a newer version of the app.</source>
        <translation>Le plan contenu dans ce fichier n&apos;a pas pu être lu. Il vient peut-être d&apos;une version plus récente de l&apos;application.</translation>
    </message>
    <message>
        <source>This is a link or a special file, not a plan file.</source>
        <translation>C&apos;est un lien ou un fichier spécial, pas un fichier de plan.</translation>
    </message>
    <message>
        <source>This file is too large to be a plan file.</source>
        <translation>Ce fichier est trop gros pour être un fichier de plan.</translation>
    </message>
    <message>
        <source>The plan file was changed by another program since it was opened. Nothing was saved.</source>
        <translation>Le fichier du plan a été modifié par un autre programme depuis son ouverture. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This plan is open in another window. Close it there first.</source>
        <translation>Ce plan est ouvert dans une autre fenêtre. Fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>This plan&apos;s lock file is a link or a special file, so the plan was not used. Nothing was changed.</source>
        <translation>Le fichier de verrouillage de ce plan est un lien ou un fichier spécial, le plan n&apos;a donc pas été utilisé. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>The file could not be saved. The previous version is unchanged.</source>
        <translation>Le fichier n&apos;a pas pu être enregistré. La version précédente n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. The previous version is unchanged.</source>
        <translation>Le disque est plein, le fichier n&apos;a donc pas été enregistré. La version précédente n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. The previous version is unchanged.</source>
        <translation>Vous n&apos;avez pas la permission d&apos;écrire dans ce dossier. La version précédente n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was written.</source>
        <translation>Le fichier n&apos;a pas pu être écrit. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written.</source>
        <translation>Le disque est plein. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>There is no permission to write in this folder. Nothing was written.</source>
        <translation>Vous n&apos;avez pas la permission d&apos;écrire dans ce dossier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The plan is too large to save. The previous version is unchanged.</source>
        <translation>Le plan est trop gros pour être enregistré. La version précédente n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>The file failed its check before saving, so it was not saved. The previous version is unchanged.</source>
        <translation>Le fichier n&apos;a pas passé sa vérification avant l&apos;enregistrement, il n&apos;a donc pas été enregistré. La version précédente n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>The change did not finish. The plan file still opens as before; its backup already has the change.</source>
        <translation>Le changement n&apos;a pas été terminé. Le fichier du plan s&apos;ouvre encore comme avant; sa copie de secours contient déjà le changement.</translation>
    </message>
    <message>
        <source>The passphrase or recovery code was changed meanwhile. Nothing was changed.</source>
        <translation>La phrase de passe ou le code de récupération a été changé entre-temps. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>The backup beside this older copy is newer. Changing the keys now would replace it, so nothing was changed. Open the newer backup first.</source>
        <translation>La copie de secours à côté de cette ancienne copie est plus récente. Changer maintenant la phrase de passe ou le code de récupération la remplacerait, donc rien n&apos;a été changé. Ouvrez d&apos;abord la copie de secours plus récente.</translation>
    </message>
    <message>
        <source>The plan is locked. Open it again to continue.</source>
        <translation>Le plan est verrouillé. Rouvrez-le pour continuer.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Nothing was changed.</source>
        <translation>Un fichier portant ce nom existe déjà. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open your plan</source>
        <translation>Ouvrir votre plan</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Open the backup copy instead</source>
        <translation>Ouvrir plutôt la copie de secours</translation>
    </message>
    <message>
        <source>Opening your plan. This takes a moment.</source>
        <translation>Ouverture de votre plan. Cela prend un moment.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase</source>
        <translation>Utiliser ma &amp;phrase de passe</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
        <translation>Utiliser le code de &amp;récupération</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Stop opening</source>
        <translation>&amp;Arrêter l&apos;ouverture</translation>
    </message>
    <message>
        <source>Still opening your plan: %1 seconds so far. Some files take longer. You can stop at any time.</source>
        <translation>Ouverture de votre plan en cours&#xa0;: %1 secondes jusqu&apos;ici. Certains fichiers prennent plus de temps. Vous pouvez arrêter à tout moment.</translation>
    </message>
    <message>
        <source>Stopped. The plan was not opened.</source>
        <translation>Arrêté. Le plan n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>Veuillez d&apos;abord taper votre phrase de passe.</translation>
    </message>
    <message>
        <source>That recovery code did not open it — check it and try again.</source>
        <translation>Ce code de récupération n&apos;a pas ouvert le plan — vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again. If you are sure it is right, the file may be damaged: the backup copy, kept from the save before, may open.</source>
        <translation>Cette phrase de passe n&apos;a pas ouvert le plan — réessayez. Si vous en avez la certitude, le fichier est peut-être endommagé&#xa0;: la copie de secours, gardée de l&apos;enregistrement précédent, s&apos;ouvrira peut-être.</translation>
    </message>
    <message>
        <source>That passphrase did not open it — try again.</source>
        <translation>Cette phrase de passe n&apos;a pas ouvert le plan — réessayez.</translation>
    </message>
    <message>
        <source>This plan is already open in another window. Close it there first, then try again.</source>
        <translation>Ce plan est déjà ouvert dans une autre fenêtre. Fermez-le là-bas d&apos;abord, puis réessayez.</translation>
    </message>
    <message>
        <source>This file looks damaged, so it did not open. The backup copy, kept from the save before, may open.</source>
        <translation>Ce fichier semble endommagé, il ne s&apos;est donc pas ouvert. La copie de secours, gardée de l&apos;enregistrement précédent, s&apos;ouvrira peut-être.</translation>
    </message>
    <message>
        <source>The plan could not be opened. Nothing was changed.</source>
        <translation>Le plan n&apos;a pas pu être ouvert. Rien n&apos;a été changé.</translation>
    </message>
</context>
<context>
    <name>WalkSidebar</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>Pour en parler plus tard</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} done ({answered} answered, {not_applicable} do not apply)</source>
        <translation>{title}
{done} sur {total} terminées ({answered} réponses, {not_applicable} ne s&apos;appliquent pas)</translation>
    </message>
    <message>
        <source>{title}
{answered} of {total} answered</source>
        <translation>{title}
Réponses&#xa0;: {answered} sur {total}</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <source>As listed in the guide in January 2020 — check before relying on it.</source>
        <comment>note</comment>
        <translation>Selon la liste du guide en janvier 2020. Vérifiez avant de compter dessus.</translation>
    </message>
    <message>
        <source>Sex worker support</source>
        <comment>category.sex_work</comment>
        <translation>Soutien aux travailleuses et travailleurs du sexe</translation>
    </message>
    <message>
        <source>Crisis and emergency lines</source>
        <comment>category.crisis</comment>
        <translation>Lignes de crise et d&apos;urgence</translation>
    </message>
    <message>
        <source>Violence: support and shelters</source>
        <comment>category.violence</comment>
        <translation>Violence&#xa0;: soutien et refuges</translation>
    </message>
    <message>
        <source>Health and social services</source>
        <comment>category.health</comment>
        <translation>Santé et services sociaux</translation>
    </message>
    <message>
        <source>Legal help</source>
        <comment>category.legal</comment>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Community legal clinics</source>
        <comment>category.legal_clinic</comment>
        <translation>Cliniques juridiques communautaires</translation>
    </message>
    <message>
        <source>Work and labour rights</source>
        <comment>category.labour</comment>
        <translation>Travail et droits des travailleurs</translation>
    </message>
    <message>
        <source>Immigration, migrant and refugee support</source>
        <comment>category.immigration</comment>
        <translation>Soutien en immigration, aux personnes migrantes et réfugiées</translation>
    </message>
    <message>
        <source>Other community services</source>
        <comment>category.community</comment>
        <translation>Autres services communautaires</translation>
    </message>
    <message>
        <source>Started by sex workers, social workers, and legal and health workers. 24/7 hotline, outreach, health and legal information, and urgent help if a migrant sex worker is arrested or detained. In Ontario and other cities.</source>
        <comment>butterfly.offers</comment>
        <translation>Créé par des travailleuses et travailleurs du sexe, des travailleurs sociaux et des personnes du milieu juridique et de la santé. Ligne d&apos;aide 24 h sur 24, 7 jours sur 7, travail de proximité, information sur la santé et le droit, et aide urgente si une travailleuse ou un travailleur du sexe migrant est arrêté ou détenu. En Ontario et dans d&apos;autres villes.</translation>
    </message>
    <message>
        <source>24/7 phone line for any woman facing abuse in Ontario: someone to talk to, information and referrals. About 200 languages.</source>
        <comment>assaulted-womens-helpline.offers</comment>
        <translation>Ligne téléphonique 24 h sur 24, 7 jours sur 7, pour toute femme qui vit de la violence en Ontario&#xa0;: une personne à qui parler, de l&apos;information et de l&apos;aiguillage. Environ 200 langues.</translation>
    </message>
    <message>
        <source>A list of distress and crisis lines across Ontario, for emotional support, including when thinking about suicide.</source>
        <comment>distress-centres-ontario.offers</comment>
        <translation>Une liste des lignes d&apos;écoute et de crise en Ontario, pour un soutien émotionnel, y compris quand on pense au suicide.</translation>
    </message>
    <message>
        <source>Lawyers, counselling and interpreters in many languages for women who have faced violence, in Ontario.</source>
        <comment>barbra-schlifer-clinic.offers</comment>
        <translation>Avocats, counseling et interprètes dans de nombreuses langues pour les femmes qui ont vécu de la violence, en Ontario.</translation>
    </message>
    <message>
        <source>Money for urgent costs after a crime in Ontario, such as counselling or a funeral. After sexual or family violence or trafficking you can report to a community organisation instead of the police; for other crimes a police report is needed.</source>
        <comment>victim-quick-response.offers</comment>
        <translation>De l&apos;argent pour des frais urgents après un crime en Ontario, par exemple du counseling ou des funérailles. Après de la violence sexuelle ou familiale ou de la traite de personnes, vous pouvez faire la déclaration à un organisme communautaire plutôt qu&apos;à la police; pour les autres crimes, il faut un rapport de police.</translation>
    </message>
    <message>
        <source>Ambulance and police. The police may come when you call.</source>
        <comment>emergency-911.offers</comment>
        <translation>Ambulance et police. La police peut venir quand vous appelez.</translation>
    </message>
    <message>
        <source>A website to find a shelter for women, and their children, who want to get away from violence or abuse.</source>
        <comment>sheltersafe.offers</comment>
        <translation>Un site Web pour trouver un refuge pour les femmes, et leurs enfants, qui veulent s&apos;éloigner de la violence.</translation>
    </message>
    <message>
        <source>Finds a shelter bed in Toronto or tells you where there is space.</source>
        <comment>toronto-shelter-intake.offers</comment>
        <translation>Trouve un lit dans un refuge à Toronto ou vous dit où il y a de la place.</translation>
    </message>
    <message>
        <source>Phone line open 24 hours and a website to find any kind of community or social service in Ontario.</source>
        <comment>211-ontario.offers</comment>
        <translation>Ligne téléphonique ouverte 24 heures sur 24 et site Web pour trouver tout type de service communautaire ou social en Ontario.</translation>
    </message>
    <message>
        <source>Free health advice from a registered nurse.</source>
        <comment>telehealth-ontario.offers</comment>
        <translation>Conseils santé gratuits d&apos;une infirmière ou d&apos;un infirmier autorisé.</translation>
    </message>
    <message>
        <source>24-hour phone line in French for women in Ontario facing abuse or sexual assault: support, information and referrals.</source>
        <comment>femaide.offers</comment>
        <translation>Ligne téléphonique 24 heures sur 24, en français, pour les femmes de l&apos;Ontario qui vivent de la violence ou une agression sexuelle&#xa0;: soutien, information et aiguillage.</translation>
    </message>
    <message>
        <source>Free, confidential information on services for mental health, alcohol and drug use, and gambling in Ontario.</source>
        <comment>connexontario.offers</comment>
        <translation>Information gratuite et confidentielle sur les services en santé mentale, en consommation d&apos;alcool et de drogues, et en jeu en Ontario.</translation>
    </message>
    <message>
        <source>Information on mental health services in Ontario, such as crisis lines, online counselling and emergency housing.</source>
        <comment>ementalhealth.offers</comment>
        <translation>Information sur les services en santé mentale en Ontario, comme les lignes de crise, le counseling en ligne et le logement d&apos;urgence.</translation>
    </message>
    <message>
        <source>A list of mental health crisis services and their phone numbers across Ontario.</source>
        <comment>camh-crisis.offers</comment>
        <translation>Une liste des services de crise en santé mentale et de leurs numéros de téléphone en Ontario.</translation>
    </message>
    <message>
        <source>Information on health services and resources in Ontario.</source>
        <comment>central-health-line.offers</comment>
        <translation>Information sur les services et les ressources de santé en Ontario.</translation>
    </message>
    <message>
        <source>Doctors, nurse practitioners, social workers and others for people who often miss out on care, including people without status and people without a home.</source>
        <comment>community-health-centres.offers</comment>
        <translation>Médecins, infirmières praticiennes, travailleurs sociaux et d&apos;autres pour les personnes qui ont souvent du mal à recevoir des soins, y compris les personnes sans statut et les personnes sans logement.</translation>
    </message>
    <message>
        <source>Legal services for people in Ontario with a low income who qualify.</source>
        <comment>legal-aid-ontario.offers</comment>
        <translation>Services juridiques pour les personnes à faible revenu en Ontario qui y ont droit.</translation>
    </message>
    <message>
        <source>Legal help for refugee claimants in Toronto, Hamilton and Ottawa.</source>
        <comment>legal-aid-refugee-law-office.offers</comment>
        <translation>Aide juridique pour les demandeurs d&apos;asile à Toronto, Hamilton et Ottawa.</translation>
    </message>
    <message>
        <source>Plain-language legal information in many languages and formats, and a list of community legal clinics in Ontario.</source>
        <comment>cleo.offers</comment>
        <translation>Information juridique en langage simple, dans de nombreuses langues et formats, et une liste des cliniques juridiques communautaires de l&apos;Ontario.</translation>
    </message>
    <message>
        <source>Legal information and referrals for women in Ontario facing violence.</source>
        <comment>owjn.offers</comment>
        <translation>Information juridique et aiguillage pour les femmes de l&apos;Ontario qui vivent de la violence.</translation>
    </message>
    <message>
        <source>Family lawyers in three offices in Ontario for people who qualify for legal aid.</source>
        <comment>family-law-offices.offers</comment>
        <translation>Avocats en droit de la famille dans trois bureaux en Ontario, pour les personnes admissibles à l&apos;aide juridique.</translation>
    </message>
    <message>
        <source>Online referral to a lawyer or paralegal in Ontario, with a free first consultation of up to 30 minutes.</source>
        <comment>lsuc-lawyer-referral.offers</comment>
        <translation>Aiguillage en ligne vers un avocat ou un parajuriste en Ontario, avec une première consultation gratuite d&apos;au plus 30 minutes.</translation>
    </message>
    <message>
        <source>Local clinics for people with a low income in their area; some serve a particular culture or language.</source>
        <comment>community-legal-clinics.offers</comment>
        <translation>Cliniques locales pour les personnes à faible revenu de leur secteur; certaines servent une culture ou une langue en particulier.</translation>
    </message>
    <message>
        <source>Free legal help across Ontario for people with a low income who do not speak English, in Chinese, Vietnamese, Cambodian and Laotian communities.</source>
        <comment>csalc.offers</comment>
        <translation>Aide juridique gratuite partout en Ontario pour les personnes à faible revenu qui ne parlent pas anglais, dans les communautés chinoise, vietnamienne, cambodgienne et laotienne.</translation>
    </message>
    <message>
        <source>Takes test cases to court to change unfair rules in federal and Ontario income support programs.</source>
        <comment>income-security-advocacy-centre.offers</comment>
        <translation>Porte des causes types devant les tribunaux pour changer des règles injustes dans les programmes de soutien du revenu fédéraux et de l&apos;Ontario.</translation>
    </message>
    <message>
        <source>Legal help and information on social assistance, violence, mental health, immigration and refugee matters, work and housing.</source>
        <comment>parkdale-community-legal-services.offers</comment>
        <translation>Aide et information juridiques sur l&apos;aide sociale, la violence, la santé mentale, l&apos;immigration et les réfugiés, le travail et le logement.</translation>
    </message>
    <message>
        <source>Legal help and information for people living with HIV in Ontario.</source>
        <comment>halco.offers</comment>
        <translation>Aide et information juridiques pour les personnes vivant avec le VIH en Ontario.</translation>
    </message>
    <message>
        <source>Legal services for Black people in Ontario with a low income or no income.</source>
        <comment>black-legal-action-centre.offers</comment>
        <translation>Services juridiques pour les personnes noires en Ontario à faible revenu ou sans revenu.</translation>
    </message>
    <message>
        <source>Legal advice, services and education for South Asian people in Ontario; also works on changing the law.</source>
        <comment>salc.offers</comment>
        <translation>Conseils juridiques, services et éducation pour les personnes sud-asiatiques en Ontario; travaille aussi à changer les lois.</translation>
    </message>
    <message>
        <source>Support and lawyers for people with disabilities in Ontario.</source>
        <comment>arch-disability-law-centre.offers</comment>
        <translation>Soutien et avocats pour les personnes handicapées en Ontario.</translation>
    </message>
    <message>
        <source>Legal help in Spanish for Spanish-speaking people across Ontario.</source>
        <comment>spanish-speaking-legal-clinic.offers</comment>
        <translation>Aide juridique en espagnol pour les personnes hispanophones partout en Ontario.</translation>
    </message>
    <message>
        <source>Legal help for First Nations (with or without status), Métis and Inuit people in Ontario.</source>
        <comment>aboriginal-legal-services.offers</comment>
        <translation>Aide juridique pour les membres des Premières Nations (avec ou sans statut), les Métis et les Inuits en Ontario.</translation>
    </message>
    <message>
        <source>Information on workers&apos; rights and support to stand up for them.</source>
        <comment>workers-action-centre.offers</comment>
        <translation>Information sur les droits des travailleurs et soutien pour les faire respecter.</translation>
    </message>
    <message>
        <source>The Ontario government office that applies and enforces the Employment Standards Act, 2000.</source>
        <comment>ministry-of-labour.offers</comment>
        <translation>Le bureau du gouvernement de l&apos;Ontario qui applique et fait respecter la Loi de 2000 sur les normes d&apos;emploi.</translation>
    </message>
    <message>
        <source>For sex workers in Toronto: sexual health, safety at work, workshops, legal information, counselling, advocacy and social time.</source>
        <comment>maggies.offers</comment>
        <translation>Pour les travailleuses et travailleurs du sexe à Toronto&#xa0;: santé sexuelle, sécurité au travail, ateliers, information juridique, counseling, défense des droits et moments de rencontre.</translation>
    </message>
    <message>
        <source>Outreach and harm reduction support for sex workers who work on the street, in Hamilton.</source>
        <comment>swap-hamilton.offers</comment>
        <translation>Travail de proximité et soutien en réduction des méfaits pour les travailleuses et travailleurs du sexe qui travaillent dans la rue, à Hamilton.</translation>
    </message>
    <message>
        <source>Harm reduction and first aid supplies, HIV and STI information, clothing, hygiene products, food, and peer support, in London.</source>
        <comment>safe-space-london.offers</comment>
        <translation>Matériel de réduction des méfaits et de premiers soins, information sur le VIH et les ITS, vêtements, produits d&apos;hygiène, nourriture et soutien par les pairs, à London.</translation>
    </message>
    <message>
        <source>Peer support, education, advocacy and referrals for safer living and working conditions, in Sudbury.</source>
        <comment>swans-sudbury.offers</comment>
        <translation>Soutien par les pairs, éducation, défense des droits et aiguillage pour des conditions de vie et de travail plus sûres, à Sudbury.</translation>
    </message>
    <message>
        <source>A network of community agencies that serve immigrants and refugees in Ontario.</source>
        <comment>ocasi.offers</comment>
        <translation>Un réseau d&apos;organismes communautaires qui servent les personnes immigrantes et réfugiées en Ontario.</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education for newcomers in Ontario, and shelter for women and their children.</source>
        <comment>fcj-refugee-centre.offers</comment>
        <translation>Protection des réfugiés, aide à l&apos;établissement et éducation pour les nouveaux arrivants en Ontario, et hébergement pour les femmes et leurs enfants.</translation>
    </message>
    <message>
        <source>Health care and community services in Toronto, including for newcomers, immigrants and refugees.</source>
        <comment>access-alliance.offers</comment>
        <translation>Soins de santé et services communautaires à Toronto, y compris pour les nouveaux arrivants, les personnes immigrantes et réfugiées.</translation>
    </message>
    <message>
        <source>Speaks up for the rights of migrant workers, in Ontario and across Canada.</source>
        <comment>migrant-workers-alliance.offers</comment>
        <translation>Défend les droits des travailleuses et travailleurs migrants, en Ontario et partout au Canada.</translation>
    </message>
    <message>
        <source>Information for newcomers about settling in.</source>
        <comment>settlement-org.offers</comment>
        <translation>Information pour les nouveaux arrivants sur l&apos;établissement au Canada.</translation>
    </message>
    <message>
        <source>Campaigns for the freedom to move, return and stay in Canada; trains people without status and the people who work at services on their rights.</source>
        <comment>no-one-is-illegal.offers</comment>
        <translation>Milite pour la liberté de circuler, de revenir et de rester au Canada; forme les personnes sans statut et les personnes qui travaillent dans les services sur leurs droits.</translation>
    </message>
    <message>
        <source>Campaigns for Ontario health insurance (OHIP) for everyone.</source>
        <comment>ohip-for-all.offers</comment>
        <translation>Milite pour l&apos;assurance-santé de l&apos;Ontario (OHIP) pour tout le monde.</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education in Toronto, and shelter for women and their children.</source>
        <comment>st-stephens-community-house.offers</comment>
        <translation>Protection des réfugiés, aide à l&apos;établissement et éducation à Toronto, et hébergement pour les femmes et leurs enfants.</translation>
    </message>
    <message>
        <source>LGBTQ2 programs and groups, a refugee support group, free short-term and drop-in counselling, and classes, in Toronto.</source>
        <comment>the-519.offers</comment>
        <translation>Programmes et groupes LGBTQ2, groupe de soutien pour personnes réfugiées, counseling gratuit à court terme et sans rendez-vous, et cours, à Toronto.</translation>
    </message>
    <message>
        <source>Counselling and learning programs for children, youth and families with complex mental health or developmental needs.</source>
        <comment>skylark.offers</comment>
        <translation>Counseling et programmes d&apos;apprentissage pour les enfants, les jeunes et les familles ayant des besoins complexes en santé mentale ou en développement.</translation>
    </message>
    <message>
        <source>Programs, education, harm reduction and case management for people in prison or out of prison who live with HIV or AIDS.</source>
        <comment>pasan.offers</comment>
        <translation>Programmes, éducation, réduction des méfaits et gestion de cas pour les personnes en prison ou sorties de prison qui vivent avec le VIH ou le sida.</translation>
    </message>
    <message>
        <source>Peer-led support around drug and alcohol use for LGBTQQ2SIA youth aged 16 to 29 in Toronto: drop-ins, case management and group counselling.</source>
        <comment>pieces-to-pathways.offers</comment>
        <translation>Soutien par les pairs en lien avec la consommation de drogues et d&apos;alcool, pour les jeunes LGBTQQ2SIA de 16 à 29 ans à Toronto&#xa0;: haltes-accueil, gestion de cas et counseling de groupe.</translation>
    </message>
    <message>
        <source>An organisation of Chinese Canadians in Toronto working for equity, social justice and respect for diversity.</source>
        <comment>ccncto.offers</comment>
        <translation>Un organisme de Canadiens d&apos;origine chinoise à Toronto qui travaille pour l&apos;équité, la justice sociale et le respect de la diversité.</translation>
    </message>
</context>
<context>
    <name>forms.release_plan</name>
    <message>
        <source>Release plan</source>
        <comment>form.title</comment>
        <translation>Plan de mise en liberté</translation>
    </message>
    <message>
        <source>Support network and your rights</source>
        <comment>network.title</comment>
        <translation>Réseau de soutien et vos droits</translation>
    </message>
    <message>
        <source>People who know your rights and can speak up for you, found before you need them.</source>
        <comment>network.intro</comment>
        <translation>Des personnes qui connaissent vos droits et peuvent parler pour vous, trouvées avant d&apos;en avoir besoin.</translation>
    </message>
    <message>
        <source>Is there a community legal clinic you could contact?</source>
        <comment>r_legal_clinic.text</comment>
        <translation>Y a-t-il une clinique juridique communautaire que vous pourriez contacter?</translation>
    </message>
    <message>
        <source>A legal clinic can tell you your rights, and help you find a lawyer.</source>
        <comment>r_legal_clinic.why</comment>
        <translation>Une clinique juridique peut vous expliquer vos droits et vous aider à trouver un avocat.</translation>
    </message>
    <message>
        <source>A legal clinic gives free legal information and help. Some help people without status.</source>
        <comment>r_legal_clinic.help</comment>
        <translation>Une clinique juridique donne de l&apos;information et de l&apos;aide juridiques gratuites. Certaines aident les personnes sans statut.</translation>
    </message>
    <message>
        <source>Do you know an immigration lawyer you trust? Or someone who would call one for you?</source>
        <comment>r_lawyer.text</comment>
        <translation>Connaissez-vous un avocat en immigration en qui vous avez confiance? Ou une personne qui en appellerait un pour vous?</translation>
    </message>
    <message>
        <source>Help comes much faster if you already know a lawyer before you need one.</source>
        <comment>r_lawyer.why</comment>
        <translation>L&apos;aide arrive beaucoup plus vite si vous connaissez déjà un avocat avant d&apos;en avoir besoin.</translation>
    </message>
    <message>
        <source>An immigration lawyer helps with your status, detention and removal from Canada.</source>
        <comment>r_lawyer.help</comment>
        <translation>Un avocat en immigration aide pour votre statut, la détention et le renvoi du Canada.</translation>
    </message>
    <message>
        <source>Do you know a criminal lawyer? Or someone who would call one for you?</source>
        <comment>r_lawyer_criminal.text</comment>
        <translation>Connaissez-vous un avocat en droit criminel? Ou une personne qui en appellerait un pour vous?</translation>
    </message>
    <message>
        <source>If the police charge you, a criminal lawyer protects your rights from the start.</source>
        <comment>r_lawyer_criminal.why</comment>
        <translation>Si la police porte des accusations contre vous, un avocat en droit criminel protège vos droits dès le début.</translation>
    </message>
    <message>
        <source>A criminal lawyer helps when the police say you broke a law.</source>
        <comment>r_lawyer_criminal.help</comment>
        <translation>Un avocat en droit criminel aide quand la police dit que vous avez enfreint une loi.</translation>
    </message>
    <message>
        <source>If you have children, do you know a family lawyer?</source>
        <comment>r_lawyer_family.text</comment>
        <translation>Si vous avez des enfants, connaissez-vous un avocat en droit de la famille?</translation>
    </message>
    <message>
        <source>Detention can affect who looks after your children. A family lawyer can help protect your rights as a parent.</source>
        <comment>r_lawyer_family.why</comment>
        <translation>La détention peut changer qui s&apos;occupe de vos enfants. Un avocat en droit de la famille peut aider à protéger vos droits de parent.</translation>
    </message>
    <message>
        <source>A family lawyer helps with children, custody and separation.</source>
        <comment>r_lawyer_family.help</comment>
        <translation>Un avocat en droit de la famille aide pour les enfants, la garde et la séparation.</translation>
    </message>
    <message>
        <source>How much do you know about your rights with police and immigration officers?</source>
        <comment>r_rights.text</comment>
        <translation>Que savez-vous de vos droits face à la police et aux agents d&apos;immigration?</translation>
    </message>
    <message>
        <source>Knowing your rights can lower your risk of being detained.</source>
        <comment>r_rights.why</comment>
        <translation>Connaître vos droits peut réduire le risque de détention.</translation>
    </message>
    <message>
        <source>Legal clinics and sex worker groups share this information, sometimes in other languages.</source>
        <comment>r_rights.help</comment>
        <translation>Les cliniques juridiques et les groupes de travailleuses et travailleurs du sexe donnent cette information, parfois dans d&apos;autres langues.</translation>
    </message>
    <message>
        <source>I know my rights well</source>
        <comment>r_rights.option.well</comment>
        <translation>Je connais bien mes droits</translation>
    </message>
    <message>
        <source>I know some things</source>
        <comment>r_rights.option.some</comment>
        <translation>Je connais certaines choses</translation>
    </message>
    <message>
        <source>I would like to learn more</source>
        <comment>r_rights.option.learn_more</comment>
        <translation>J&apos;aimerais en savoir plus</translation>
    </message>
    <message>
        <source>Is there a community support worker or organisation you trust?</source>
        <comment>r_support_worker.text</comment>
        <translation>Y a-t-il une personne intervenante ou un organisme communautaire en qui vous avez confiance?</translation>
    </message>
    <message>
        <source>They can help with many needs, contact lawyers for you, and support your release.</source>
        <comment>r_support_worker.why</comment>
        <translation>Ils peuvent aider pour beaucoup de besoins, contacter des avocats pour vous et appuyer votre mise en liberté.</translation>
    </message>
    <message>
        <source>Who is a person you really trust, who would speak up for you if you were detained?</source>
        <comment>r_advocate.text</comment>
        <translation>Quelle personne de grande confiance parlerait pour vous en cas de détention?</translation>
    </message>
    <message>
        <source>Someone on the outside can call people and push for your release.</source>
        <comment>r_advocate.why</comment>
        <translation>Une personne à l&apos;extérieur peut appeler des gens et pousser pour votre mise en liberté.</translation>
    </message>
    <message>
        <source>This can be a partner, a friend or a co-worker. A first name is enough.</source>
        <comment>r_advocate.help</comment>
        <translation>Ce peut être un ou une partenaire, une amie, un ami ou une personne avec qui vous travaillez. Un prénom suffit.</translation>
    </message>
    <message>
        <source>Getting released at a detention review</source>
        <comment>release.title</comment>
        <translation>Obtenir la mise en liberté au contrôle des motifs de détention</translation>
    </message>
    <message>
        <source>Once detained, you can talk to very few people. What you set up now helps you later.</source>
        <comment>release.intro</comment>
        <translation>En détention, vous pouvez parler à très peu de personnes. Ce que vous préparez maintenant vous aide plus tard.</translation>
    </message>
    <message>
        <source>If you were detained, what would matter most to you?</source>
        <comment>r_wishes.text</comment>
        <translation>En cas de détention, qu&apos;est-ce qui compterait le plus pour vous?</translation>
    </message>
    <message>
        <source>Your lawyer and supporters should follow your wishes. Telling them now makes that easier.</source>
        <comment>r_wishes.why</comment>
        <translation>Votre avocat et les personnes qui vous soutiennent doivent suivre vos souhaits. Leur en parler maintenant rend cela plus facile.</translation>
    </message>
    <message>
        <source>Staying in Canada, even if it takes time</source>
        <comment>r_wishes.example1</comment>
        <translation>Rester au Canada, même si cela prend du temps</translation>
    </message>
    <message>
        <source>Getting out quickly, even if it means leaving Canada</source>
        <comment>r_wishes.example2</comment>
        <translation>Sortir vite, même s&apos;il faut quitter le Canada</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <comment>r_wishes.example3</comment>
        <translation>Je ne sais pas encore</translation>
    </message>
    <message>
        <source>Have you talked about this plan with someone you trust?</source>
        <comment>r_talked_plan.text</comment>
        <translation>Avez-vous parlé de ce plan avec une personne de confiance?</translation>
    </message>
    <message>
        <source>Once you are detained, your things are taken and you can call very few people.</source>
        <comment>r_talked_plan.why</comment>
        <translation>En détention, on vous prend vos affaires et vous pouvez appeler très peu de personnes.</translation>
    </message>
    <message>
        <source>Who could be your bond person?</source>
        <comment>r_bond_person.text</comment>
        <translation>Qui pourrait être votre personne garante?</translation>
    </message>
    <message>
        <source>A bond person is often what makes release possible.</source>
        <comment>r_bond_person.why</comment>
        <translation>Souvent, c&apos;est la personne garante qui rend la mise en liberté possible.</translation>
    </message>
    <message>
        <source>Knowing the amount helps you and your lawyer prepare the hearing.</source>
        <comment>r_bond_amount.why</comment>
        <translation>Connaître le montant vous aide, vous et votre avocat, à préparer l&apos;audience.</translation>
    </message>
    <message>
        <source>Who could come to the hearing and speak for you?</source>
        <comment>r_hearing_witness.text</comment>
        <translation>Qui pourrait venir à l&apos;audience et parler pour vous?</translation>
    </message>
    <message>
        <source>People who know you show that you have ties to the community here.</source>
        <comment>r_hearing_witness.why</comment>
        <translation>Des personnes qui vous connaissent montrent que vous avez des liens avec la communauté ici.</translation>
    </message>
    <message>
        <source>A plan for what happens if immigration officers, or the police for immigration reasons, detain you. If you are charged with a crime, see the question about a criminal lawyer, and legal help in the directory. If you are detained, your phone and your things are taken, and it is hard to reach people. What you set up now makes release more likely, and keeps the things you care about looked after. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>Un plan pour ce qui se passe si des agents d&apos;immigration, ou la police pour des raisons d&apos;immigration, vous mettent en détention. En cas d&apos;accusation criminelle, voyez la question sur l&apos;avocat en droit criminel, et l&apos;aide juridique dans le répertoire. En cas de détention, on vous prend votre téléphone et vos affaires, et il est difficile de joindre des gens. Ce que vous préparez maintenant rend la mise en liberté plus probable, et permet de prendre soin de ce qui compte pour vous. Vous pouvez passer n&apos;importe quelle question, ou y revenir plus tard.</translation>
    </message>
    <message>
        <source>This plan is mostly about immigration detention. If the police charge you with a crime, a criminal court decides on bail.</source>
        <comment>r_lawyer_criminal.legal1</comment>
        <translation>Ce plan porte surtout sur la détention liée à l&apos;immigration. Si la police porte une accusation criminelle contre vous, c&apos;est un tribunal criminel qui décide de la mise en liberté sous caution.</translation>
    </message>
    <message>
        <source>If the police keep you after an arrest, you should see a justice within 24 hours, usually for a bail hearing.</source>
        <comment>r_lawyer_criminal.legal2</comment>
        <translation>Si la police vous garde après une arrestation, vous devriez comparaître devant un juge de paix dans les 24 heures, en général pour une enquête sur le cautionnement.</translation>
    </message>
    <message>
        <source>A surety is like a bond person in criminal court: someone who promises money and supervises you.</source>
        <comment>r_lawyer_criminal.legal3</comment>
        <translation>Au tribunal criminel, la «&#xa0;caution&#xa0;» joue un rôle semblable à la personne garante&#xa0;: quelqu&apos;un qui promet de l&apos;argent et vous surveille.</translation>
    </message>
    <message>
        <source>Duty counsel at the court, a criminal lawyer or Legal Aid Ontario can help. A charge can also affect your immigration status.</source>
        <comment>r_lawyer_criminal.legal4</comment>
        <translation>L&apos;avocat de service du tribunal, un avocat en droit criminel ou Legal Aid Ontario peuvent vous aider. Une accusation peut aussi avoir un effet sur votre statut d&apos;immigration.</translation>
    </message>
    <message>
        <source>If police or immigration officers arrest or detain you, you have the right to be told why, and to talk to a lawyer without delay.</source>
        <comment>r_rights.legal1</comment>
        <translation>Si la police ou des agents d&apos;immigration vous arrêtent ou vous mettent en détention, vous avez le droit de savoir pourquoi, et de parler à un avocat sans délai.</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge.</source>
        <comment>r_rights.legal2</comment>
        <translation>À une audience d&apos;immigration, vous avez droit à un interprète, gratuitement.</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Say only what you are fine with officers hearing.</source>
        <comment>r_rights.legal3</comment>
        <translation>Les appels faits depuis la détention ne sont peut-être pas privés. Dites seulement ce que les agents peuvent entendre sans que cela vous dérange.</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low.</source>
        <comment>r_rights.legal4</comment>
        <translation>Legal Aid Ontario peut payer un avocat si votre revenu est faible.</translation>
    </message>
    <message>
        <source>Would you like to find out if Legal Aid Ontario could pay for a lawyer for you?</source>
        <comment>r_legal_aid.text</comment>
        <translation>Voulez-vous savoir si Legal Aid Ontario pourrait vous payer un avocat?</translation>
    </message>
    <message>
        <source>A lawyer at a detention review can make release more likely. You may not have to pay.</source>
        <comment>r_legal_aid.why</comment>
        <translation>Un avocat au contrôle des motifs de détention peut rendre la mise en liberté plus probable. Vous n&apos;aurez peut-être rien à payer.</translation>
    </message>
    <message>
        <source>A community legal clinic can help you apply.</source>
        <comment>r_legal_aid.help</comment>
        <translation>Une clinique juridique communautaire peut vous aider à faire la demande.</translation>
    </message>
    <message>
        <source>Legal Aid Ontario may pay for a lawyer if your income is low, including for some immigration and detention cases.</source>
        <comment>r_legal_aid.legal1</comment>
        <translation>Legal Aid Ontario peut payer un avocat si votre revenu est faible, y compris pour certains dossiers d&apos;immigration et de détention.</translation>
    </message>
    <message>
        <source>Someone who knows you well, who may pay or promise money of their own so you can be released.</source>
        <comment>r_bond_person.help</comment>
        <translation>Une personne qui vous connaît bien, et qui pourrait payer ou promettre son propre argent pour votre mise en liberté.</translation>
    </message>
    <message>
        <source>A bond person must be 18 or older and live in Canada. They should know you well, and come forward freely.</source>
        <comment>r_bond_person.legal1</comment>
        <translation>La personne garante doit avoir 18 ans ou plus et vivre au Canada. Elle doit bien vous connaître, et se présenter de son plein gré.</translation>
    </message>
    <message>
        <source>To give a guarantee (a promise to pay), they must be a Canadian citizen or permanent resident.</source>
        <comment>r_bond_person.legal2</comment>
        <translation>Pour donner une garantie d&apos;exécution (une promesse de payer), elle doit avoir la citoyenneté canadienne ou la résidence permanente.</translation>
    </message>
    <message>
        <source>The money must be the bond person&apos;s own money, not yours. No one may be paid to be a bond person.</source>
        <comment>r_bond_person.legal3</comment>
        <translation>L&apos;argent doit appartenir à la personne garante, pas à vous. Personne ne peut être payé pour être personne garante.</translation>
    </message>
    <message>
        <source>They may be asked questions at the hearing, for example how well they know you and how they will supervise you.</source>
        <comment>r_bond_person.legal4</comment>
        <translation>On peut lui poser des questions à l&apos;audience, par exemple à quel point elle vous connaît et comment elle va vous surveiller.</translation>
    </message>
    <message>
        <source>They must tell the CBSA if you break a condition of your release. If they do not, they can lose the money.</source>
        <comment>r_bond_person.legal5</comment>
        <translation>Elle doit prévenir la CBSA (ASFC) si vous ne respectez pas une condition de votre mise en liberté. Sinon, elle peut perdre l&apos;argent.</translation>
    </message>
    <message>
        <source>If no one can be your bond person, a supervision program may act instead (in Toronto in 2020, the Toronto Bail Program).</source>
        <comment>r_bond_person.legal6</comment>
        <translation>Si personne ne peut être votre personne garante, un programme de surveillance peut jouer ce rôle (à Toronto en 2020, le Toronto Bail Program).</translation>
    </message>
    <message>
        <source>How much of their own money could your bond person pay or promise, if needed?</source>
        <comment>r_bond_amount.text</comment>
        <translation>Combien de son propre argent votre personne garante pourrait-elle payer ou promettre, au besoin?</translation>
    </message>
    <message>
        <source>This is called a bond (immigration bail). It is the bond person&apos;s money, not yours.</source>
        <comment>r_bond_amount.help</comment>
        <translation>C&apos;est ce qu&apos;on appelle une garantie (mise en liberté sous garantie). C&apos;est l&apos;argent de la personne garante, pas le vôtre.</translation>
    </message>
    <message>
        <source>A deposit (cash bond) is paid before release. It can be returned at the end if all the conditions were kept.</source>
        <comment>r_bond_amount.legal1</comment>
        <translation>Un dépôt (garantie en argent) est payé avant la mise en liberté. Il peut être rendu à la fin si toutes les conditions ont été respectées.</translation>
    </message>
    <message>
        <source>A guarantee (performance bond) is a promise to pay if a condition is broken. The bond person must show they could pay.</source>
        <comment>r_bond_amount.legal2</comment>
        <translation>Une garantie d&apos;exécution est une promesse de payer si une condition n&apos;est pas respectée. La personne garante doit montrer qu&apos;elle pourrait payer.</translation>
    </message>
    <message>
        <source>The member at the hearing decides the amount, and may ask for both.</source>
        <comment>r_bond_amount.legal3</comment>
        <translation>Le commissaire, à l&apos;audience, décide du montant, et peut demander les deux.</translation>
    </message>
    <message>
        <source>Does your bond person know they may need to come to a hearing within two days of your detention?</source>
        <comment>r_bond_ready.text</comment>
        <translation>Votre personne garante sait-elle qu&apos;elle devra peut-être venir à une audience dans les deux jours suivant votre mise en détention?</translation>
    </message>
    <message>
        <source>If they are not ready for the first review, the next chance may be a week or a month later.</source>
        <comment>r_bond_ready.why</comment>
        <translation>Si elle n&apos;est pas prête pour le premier contrôle, la prochaine occasion peut être une semaine ou un mois plus tard.</translation>
    </message>
    <message>
        <source>They can prepare now: ID, proof of their status, and proof of their own money and address.</source>
        <comment>r_bond_ready.help</comment>
        <translation>Elle peut se préparer dès maintenant&#xa0;: pièce d&apos;identité, preuve de son statut, et preuve de son propre argent et de son adresse.</translation>
    </message>
    <message>
        <source>The first detention review is held within 48 hours of detention, or soon after.</source>
        <comment>r_bond_ready.legal1</comment>
        <translation>Le premier contrôle des motifs de détention a lieu dans les 48 heures suivant la mise en détention, ou peu après.</translation>
    </message>
    <message>
        <source>If you are not released, the next review is within 7 days, then at least once every 30 days.</source>
        <comment>r_bond_ready.legal2</comment>
        <translation>S&apos;il n&apos;y a pas de mise en liberté, le contrôle suivant a lieu dans les 7 jours, puis au moins une fois tous les 30 jours.</translation>
    </message>
    <message>
        <source>A bond person who is not ready for the first review may have to wait a week or a month for the next one.</source>
        <comment>r_bond_ready.legal3</comment>
        <translation>Une personne garante qui n&apos;est pas prête pour le premier contrôle devra peut-être attendre une semaine ou un mois pour le suivant.</translation>
    </message>
    <message>
        <source>A lawyer can ask for an earlier review if there are new facts, for example a bond person who is now ready.</source>
        <comment>r_bond_ready.legal4</comment>
        <translation>Un avocat peut demander un contrôle plus tôt s&apos;il y a des faits nouveaux, par exemple une personne garante qui est maintenant prête.</translation>
    </message>
    <message>
        <source>A witness says how they know you and how they will support you.</source>
        <comment>r_hearing_witness.help</comment>
        <translation>Un témoin dit comment il vous connaît et comment il va vous soutenir.</translation>
    </message>
    <message>
        <source>At a detention review, a member of the Immigration and Refugee Board decides if you can be released, and on what conditions.</source>
        <comment>r_hearing_witness.legal1</comment>
        <translation>Au contrôle des motifs de détention, un commissaire de l&apos;IRB (CISR) décide si vous pouvez sortir, et à quelles conditions.</translation>
    </message>
    <message>
        <source>Where would you stay if you are released? Add the person or the shelter, with the address.</source>
        <comment>r_release_address.text</comment>
        <translation>Où habiteriez-vous après votre sortie? Ajoutez la personne ou le refuge, avec l&apos;adresse.</translation>
    </message>
    <message>
        <source>Talk with them now, because it is hard to reach out once you are detained.</source>
        <comment>r_release_address.why</comment>
        <translation>Parlez-en avec eux dès maintenant, car il est difficile de joindre des gens une fois en détention.</translation>
    </message>
    <message>
        <source>In the list of people, you can add an address to a person or a shelter.</source>
        <comment>r_release_address.help</comment>
        <translation>Dans la liste des personnes, vous pouvez ajouter une adresse à une personne ou à un refuge.</translation>
    </message>
    <message>
        <source>At a detention review you are asked where you will live if you are released.</source>
        <comment>r_release_address.legal1</comment>
        <translation>Au contrôle des motifs de détention, on vous demande où vous allez habiter après votre sortie.</translation>
    </message>
    <message>
        <source>Staying with your bond person often counts for more than a shelter, but a shelter may be accepted.</source>
        <comment>r_release_address.legal2</comment>
        <translation>Habiter chez votre personne garante compte souvent plus qu&apos;un refuge, mais un refuge peut être accepté.</translation>
    </message>
    <message>
        <source>Things to plan in advance</source>
        <comment>advance.title</comment>
        <translation>Les choses à préparer à l&apos;avance</translation>
    </message>
    <message>
        <source>Your phone may be taken from you, so some things need to be ready now.</source>
        <comment>advance.intro</comment>
        <translation>On pourrait vous prendre votre téléphone&#xa0;: certaines choses doivent donc être prêtes maintenant.</translation>
    </message>
    <message>
        <source>Do you know by heart the phone numbers of the people you would call?</source>
        <comment>r_numbers_by_heart.text</comment>
        <translation>Connaissez-vous par cœur les numéros de téléphone des personnes que vous appelleriez?</translation>
    </message>
    <message>
        <source>Your phone may be taken. Numbers you know by heart stay with you.</source>
        <comment>r_numbers_by_heart.why</comment>
        <translation>On pourrait vous prendre votre téléphone. Les numéros que vous connaissez par cœur restent avec vous.</translation>
    </message>
    <message>
        <source>In the list of people, you can mark numbers to learn, and practise them here.</source>
        <comment>r_numbers_by_heart.help</comment>
        <translation>Dans la liste des personnes, vous pouvez marquer les numéros à apprendre, puis vous exercer ici.</translation>
    </message>
    <message>
        <source>Who would look after your children if you were detained?</source>
        <comment>r_carer_children.text</comment>
        <translation>Qui s&apos;occuperait de vos enfants en cas de détention?</translation>
    </message>
    <message>
        <source>Knowing who will care for them gives you and them some peace of mind.</source>
        <comment>r_carer_children.why</comment>
        <translation>Savoir qui s&apos;occupera d&apos;eux vous rassure, vous et vos enfants.</translation>
    </message>
    <message>
        <source>Who would look after your pets?</source>
        <comment>r_carer_pets.text</comment>
        <translation>Qui s&apos;occuperait de vos animaux?</translation>
    </message>
    <message>
        <source>Pets need someone to feed them from the first day.</source>
        <comment>r_carer_pets.why</comment>
        <translation>Les animaux ont besoin que quelqu&apos;un les nourrisse dès le premier jour.</translation>
    </message>
    <message>
        <source>Who has a key to your home and could bring you clothes, money, documents and medication?</source>
        <comment>r_key_holder.text</comment>
        <translation>Qui a une clé de chez vous et pourrait vous apporter des vêtements, de l&apos;argent, des documents et des médicaments?</translation>
    </message>
    <message>
        <source>You may need things from home, and you cannot go and get them yourself.</source>
        <comment>r_key_holder.why</comment>
        <translation>Vous pourriez avoir besoin de choses de chez vous, sans pouvoir aller les chercher vous-même.</translation>
    </message>
    <message>
        <source>Which documents would you need, and where are they kept?</source>
        <comment>r_documents.text</comment>
        <translation>De quels documents auriez-vous besoin, et où sont-ils gardés?</translation>
    </message>
    <message>
        <source>Your lawyer or key holder may need your passport or other papers for the hearing.</source>
        <comment>r_documents.why</comment>
        <translation>Votre avocat ou la personne qui a votre clé pourrait avoir besoin de votre passeport ou d&apos;autres papiers pour l&apos;audience.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>r_documents.example1</comment>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Study or work permit</source>
        <comment>r_documents.example2</comment>
        <translation>Permis d&apos;études ou de travail</translation>
    </message>
    <message>
        <source>Lease or letter showing my address</source>
        <comment>r_documents.example3</comment>
        <translation>Bail ou lettre qui montre mon adresse</translation>
    </message>
    <message>
        <source>Which trusted service provider would contact your family or friends if you were detained?</source>
        <comment>r_family_contact.text</comment>
        <translation>Quel service de confiance contacterait votre famille ou vos amis en cas de détention?</translation>
    </message>
    <message>
        <source>You may not be able to call them yourself, or often.</source>
        <comment>r_family_contact.why</comment>
        <translation>Vous ne pourrez peut-être pas les appeler vous-même, ou pas souvent.</translation>
    </message>
    <message>
        <source>Calls from detention may not be private. Agree now on what can be said on the phone.</source>
        <comment>r_family_contact.help</comment>
        <translation>Les appels faits depuis la détention ne sont peut-être pas privés. Mettez-vous d&apos;accord dès maintenant sur ce qu&apos;on peut dire au téléphone.</translation>
    </message>
    <message>
        <source>What would you like them to say for you, and what should they not say?</source>
        <comment>r_family_message.text</comment>
        <translation>Que voulez-vous qu&apos;on dise de votre part, et qu&apos;est-ce qu&apos;il ne faut pas dire?</translation>
    </message>
    <message>
        <source>You decide what other people are told about you.</source>
        <comment>r_family_message.why</comment>
        <translation>C&apos;est vous qui décidez de ce qu&apos;on dit aux autres à votre sujet.</translation>
    </message>
    <message>
        <source>Tell my sister I am safe and ask her to call my lawyer</source>
        <comment>r_family_message.example1</comment>
        <translation>Dire à ma sœur que je suis en sécurité et lui demander d&apos;appeler mon avocat</translation>
    </message>
    <message>
        <source>Do not talk about my work</source>
        <comment>r_family_message.example2</comment>
        <translation>Ne pas parler de mon travail</translation>
    </message>
    <message>
        <source>Health, money and people who count on you</source>
        <comment>needs.title</comment>
        <translation>Santé, argent et personnes qui comptent sur vous</translation>
    </message>
    <message>
        <source>Things that need care while you are away, and for the hearing.</source>
        <comment>needs.intro</comment>
        <translation>Les choses dont il faut prendre soin pendant votre absence, et pour l&apos;audience.</translation>
    </message>
    <message>
        <source>What medication or medical care do you need?</source>
        <comment>r_medication.text</comment>
        <translation>De quels médicaments ou soins médicaux avez-vous besoin?</translation>
    </message>
    <message>
        <source>This can go on your wallet card, so staff know what you need.</source>
        <comment>r_medication.why</comment>
        <translation>Cela peut aller sur votre carte format portefeuille, pour que le personnel sache ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Write only what you want others to see. You can use general words.</source>
        <comment>r_medication.help</comment>
        <translation>Écrivez seulement ce que vous voulez que les autres voient. Vous pouvez utiliser des mots généraux.</translation>
    </message>
    <message>
        <source>Insulin, twice a day</source>
        <comment>r_medication.example1</comment>
        <translation>Insuline, deux fois par jour</translation>
    </message>
    <message>
        <source>One pill for blood pressure each morning</source>
        <comment>r_medication.example2</comment>
        <translation>Une pilule pour la pression chaque matin</translation>
    </message>
    <message>
        <source>Which language do you speak best? Do you need an interpreter?</source>
        <comment>r_interpreter.text</comment>
        <translation>Quelle langue parlez-vous le mieux? Avez-vous besoin d&apos;un ou d&apos;une interprète?</translation>
    </message>
    <message>
        <source>This can go on your wallet card. You can ask for an interpreter at a hearing.</source>
        <comment>r_interpreter.why</comment>
        <translation>Cela peut aller sur votre carte format portefeuille. Vous pouvez demander un ou une interprète à une audience.</translation>
    </message>
    <message>
        <source>An interpreter says in your language what others say, and says your words in theirs.</source>
        <comment>r_interpreter.help</comment>
        <translation>Un ou une interprète dit dans votre langue ce que les autres disent, et dit vos paroles dans leur langue.</translation>
    </message>
    <message>
        <source>At an immigration hearing you have the right to an interpreter, free of charge. Tell your lawyer your language early.</source>
        <comment>r_interpreter.legal1</comment>
        <translation>À une audience d&apos;immigration, vous avez droit à un interprète, gratuitement. Dites tôt à votre avocat quelle est votre langue.</translation>
    </message>
    <message>
        <source>Vietnamese, interpreter needed</source>
        <comment>r_interpreter.example1</comment>
        <translation>Vietnamien, besoin d&apos;un ou d&apos;une interprète</translation>
    </message>
    <message>
        <source>Mandarin and some English</source>
        <comment>r_interpreter.example2</comment>
        <translation>Mandarin et un peu d&apos;anglais</translation>
    </message>
    <message>
        <source>Is there someone you trust to take care of your private matters, like rent or your bank?</source>
        <comment>r_power_of_attorney.text</comment>
        <translation>Y a-t-il une personne de confiance qui pourrait s&apos;occuper de vos affaires personnelles, comme le loyer ou la banque?</translation>
    </message>
    <message>
        <source>While you are detained, someone can pay bills and deal with offices for you.</source>
        <comment>r_power_of_attorney.why</comment>
        <translation>Pendant votre détention, quelqu&apos;un peut payer vos factures et s&apos;occuper des démarches pour vous.</translation>
    </message>
    <message>
        <source>Power of attorney: a signed paper that lets a person you choose act for you. A lawyer or legal clinic can help.</source>
        <comment>r_power_of_attorney.help</comment>
        <translation>Procuration&#xa0;: un papier signé qui permet à une personne de votre choix d&apos;agir pour vous. Un avocat ou une clinique juridique peut aider.</translation>
    </message>
    <message>
        <source>If your bank account were frozen, how would you pay rent and bills? Who could help you talk to the bank?</source>
        <comment>r_frozen_account.text</comment>
        <translation>Si votre compte bancaire était gelé, comment paieriez-vous le loyer et les factures? Qui pourrait vous aider à parler à la banque?</translation>
    </message>
    <message>
        <source>Rent, bills and other costs still need paying while your account is closed to you.</source>
        <comment>r_frozen_account.why</comment>
        <translation>Le loyer, les factures et les autres frais doivent quand même être payés pendant que vous n&apos;avez pas accès à votre compte.</translation>
    </message>
    <message>
        <source>A frozen account is one the bank has stopped, so no money can come out.</source>
        <comment>r_frozen_account.help</comment>
        <translation>Un compte gelé est un compte que la banque a bloqué&#xa0;: on ne peut plus en retirer d&apos;argent.</translation>
    </message>
    <message>
        <source>Some cash kept with my sister</source>
        <comment>r_frozen_account.example1</comment>
        <translation>Un peu d&apos;argent comptant gardé chez ma sœur</translation>
    </message>
    <message>
        <source>My support worker can call the bank with me</source>
        <comment>r_frozen_account.example2</comment>
        <translation>Ma personne intervenante peut appeler la banque avec moi</translation>
    </message>
    <message>
        <source>Who should be told if you are away for some time?</source>
        <comment>r_notify.text</comment>
        <translation>Qui faut-il prévenir en cas d&apos;absence pendant un certain temps?</translation>
    </message>
    <message>
        <source>Missing classes or work without notice can cause problems, for example with a study permit.</source>
        <comment>r_notify.why</comment>
        <translation>Manquer des cours ou le travail sans prévenir peut causer des problèmes, par exemple avec un permis d&apos;études.</translation>
    </message>
    <message>
        <source>My school or college</source>
        <comment>r_notify.option.school</comment>
        <translation>Mon école ou mon collège</translation>
    </message>
    <message>
        <source>My work</source>
        <comment>r_notify.option.work</comment>
        <translation>Mon travail</translation>
    </message>
    <message>
        <source>My landlord</source>
        <comment>r_notify.option.landlord</comment>
        <translation>Mon propriétaire</translation>
    </message>
    <message>
        <source>Someone else</source>
        <comment>r_notify.option.someone_else</comment>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Do you take care of other people, here or in another country, who would need help if you were detained?</source>
        <comment>r_care_others.text</comment>
        <translation>Vous occupez-vous d&apos;autres personnes, ici ou dans un autre pays, qui auraient besoin d&apos;aide en cas de détention?</translation>
    </message>
    <message>
        <source>Planning now means they still get help while you are away.</source>
        <comment>r_care_others.why</comment>
        <translation>Préparer maintenant permet qu&apos;elles reçoivent encore de l&apos;aide pendant votre absence.</translation>
    </message>
    <message>
        <source>I send money to my mother each month</source>
        <comment>r_care_others.example1</comment>
        <translation>J&apos;envoie de l&apos;argent à ma mère chaque mois</translation>
    </message>
    <message>
        <source>I take my neighbour to the doctor</source>
        <comment>r_care_others.example2</comment>
        <translation>J&apos;accompagne ma voisine chez le médecin</translation>
    </message>
    <message>
        <source>Would you like to talk with a lawyer about what to say, and what not to say, at a hearing?</source>
        <comment>r_hearing_talk.text</comment>
        <translation>Aimeriez-vous parler avec un avocat de ce qu&apos;il faut dire, et ne pas dire, à une audience?</translation>
    </message>
    <message>
        <source>What you say at a hearing can change the result. A lawyer can help you prepare.</source>
        <comment>r_hearing_talk.why</comment>
        <translation>Ce que vous dites à une audience peut changer le résultat. Un avocat peut vous aider à vous préparer.</translation>
    </message>
</context>
<context>
    <name>forms.safety_plan</name>
    <message>
        <source>Safety plan</source>
        <comment>form.title</comment>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>A plan to help you stay safe from a person or a situation that puts you at risk. You decide what goes in it, and what you want to do. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>Un plan pour vous aider à rester en sécurité face à une personne ou une situation qui vous met en danger. C&apos;est vous qui décidez ce qu&apos;il contient et ce que vous voulez faire. Vous pouvez passer n&apos;importe quelle question ou y revenir plus tard.</translation>
    </message>
    <message>
        <source>Plan to leave</source>
        <comment>leave.title</comment>
        <translation>Plan pour partir</translation>
    </message>
    <message>
        <source>If you ever decide to leave, or must leave quickly, it helps to have things ready.</source>
        <comment>leave.intro</comment>
        <translation>Si un jour vous décidez de partir, ou devez partir vite, il est utile d&apos;avoir des choses prêtes.</translation>
    </message>
    <message>
        <source>What would you like this plan to help you with?</source>
        <comment>s_goal.text</comment>
        <translation>En quoi aimeriez-vous que ce plan vous aide?</translation>
    </message>
    <message>
        <source>This plan follows what you want, not what others expect.</source>
        <comment>s_goal.why</comment>
        <translation>Ce plan suit ce que vous voulez, pas ce que les autres attendent.</translation>
    </message>
    <message>
        <source>Being ready in case things get worse</source>
        <comment>s_goal.example1</comment>
        <translation>Me préparer au cas où les choses empirent</translation>
    </message>
    <message>
        <source>Leaving a workplace</source>
        <comment>s_goal.example2</comment>
        <translation>Quitter un lieu de travail</translation>
    </message>
    <message>
        <source>Staying, but with more safety</source>
        <comment>s_goal.example3</comment>
        <translation>Rester, mais avec plus de sécurité</translation>
    </message>
    <message>
        <source>If you left, do you think the person might try to hurt you or punish you for leaving?</source>
        <comment>s_retaliation.text</comment>
        <translation>Si vous partiez, pensez-vous que la personne pourrait essayer de vous faire du mal ou de vous punir pour votre départ?</translation>
    </message>
    <message>
        <source>Knowing the risk helps you choose when and how to leave, and who to tell.</source>
        <comment>s_retaliation.why</comment>
        <translation>Connaître le risque vous aide à choisir quand et comment partir, et à qui le dire.</translation>
    </message>
    <message>
        <source>Yes, I think so</source>
        <comment>s_retaliation.option.likely</comment>
        <translation>Oui, je pense</translation>
    </message>
    <message>
        <source>Maybe, I am not sure</source>
        <comment>s_retaliation.option.maybe</comment>
        <translation>Peut-être, je ne sais pas trop</translation>
    </message>
    <message>
        <source>I do not think so</source>
        <comment>s_retaliation.option.unlikely</comment>
        <translation>Je ne pense pas</translation>
    </message>
    <message>
        <source>What could make leaving safer for you?</source>
        <comment>s_safer_leaving.text</comment>
        <translation>Qu&apos;est-ce qui pourrait rendre votre départ plus sûr?</translation>
    </message>
    <message>
        <source>Small steps can lower the risk when you leave.</source>
        <comment>s_safer_leaving.why</comment>
        <translation>De petites étapes peuvent réduire le risque quand vous partez.</translation>
    </message>
    <message>
        <source>Leave when they are not at home</source>
        <comment>s_safer_leaving.example1</comment>
        <translation>Partir quand la personne n&apos;est pas à la maison</translation>
    </message>
    <message>
        <source>Have a friend with me</source>
        <comment>s_safer_leaving.example2</comment>
        <translation>Avoir une amie ou un ami avec moi</translation>
    </message>
    <message>
        <source>Change my phone number after I leave</source>
        <comment>s_safer_leaving.example3</comment>
        <translation>Changer de numéro de téléphone après mon départ</translation>
    </message>
    <message>
        <source>Where could you go if you leave? Add the people or places, with their address or phone number.</source>
        <comment>s_safe_place.text</comment>
        <translation>Où pourriez-vous aller si vous partez? Ajoutez les personnes ou les lieux, avec leur adresse ou leur numéro de téléphone.</translation>
    </message>
    <message>
        <source>When you know where to go, leaving quickly is easier.</source>
        <comment>s_safe_place.why</comment>
        <translation>Quand vous savez où aller, il est plus facile de partir vite.</translation>
    </message>
    <message>
        <source>A friend, someone in your community, an emergency shelter or a motel. A first name is enough.</source>
        <comment>s_safe_place.help</comment>
        <translation>Une amie ou un ami, une personne de votre communauté, un refuge d&apos;urgence ou un motel. Un prénom suffit.</translation>
    </message>
    <message>
        <source>A friend&apos;s place</source>
        <comment>s_safe_place.example1</comment>
        <translation>Chez une amie ou un ami</translation>
    </message>
    <message>
        <source>An emergency shelter</source>
        <comment>s_safe_place.example2</comment>
        <translation>Un refuge d&apos;urgence</translation>
    </message>
    <message>
        <source>A motel near work</source>
        <comment>s_safe_place.example3</comment>
        <translation>Un motel près du travail</translation>
    </message>
    <message>
        <source>If you live or work with the person, do you have a hidden place to keep these addresses?</source>
        <comment>s_hide_addresses.text</comment>
        <translation>Si vous vivez ou travaillez avec la personne, avez-vous un endroit caché pour garder ces adresses?</translation>
    </message>
    <message>
        <source>On a friend&apos;s phone</source>
        <comment>s_hide_addresses.example1</comment>
        <translation>Dans le téléphone d&apos;une amie ou d&apos;un ami</translation>
    </message>
    <message>
        <source>The person may look through your phone or your things, at home or at work.</source>
        <comment>s_hide_addresses.why</comment>
        <translation>Cette personne pourrait fouiller votre téléphone ou vos affaires, à la maison ou au travail.</translation>
    </message>
    <message>
        <source>Written with first names only, kept by a friend</source>
        <comment>s_hide_addresses.example2</comment>
        <translation>Avec les prénoms seulement, chez une amie ou un ami</translation>
    </message>
    <message>
        <source>How could you get there? Choose any that could work.</source>
        <comment>s_transport.text</comment>
        <translation>Comment pourriez-vous vous y rendre? Choisissez tout ce qui pourrait fonctionner.</translation>
    </message>
    <message>
        <source>Knowing the way saves time if you must leave suddenly.</source>
        <comment>s_transport.why</comment>
        <translation>Connaître le chemin fait gagner du temps si vous devez partir soudainement.</translation>
    </message>
    <message>
        <source>Walk</source>
        <comment>s_transport.option.walk</comment>
        <translation>À pied</translation>
    </message>
    <message>
        <source>Bus, subway or train</source>
        <comment>s_transport.option.transit</comment>
        <translation>Autobus, métro ou train</translation>
    </message>
    <message>
        <source>Taxi or ride app</source>
        <comment>s_transport.option.taxi</comment>
        <translation>Taxi ou application de transport</translation>
    </message>
    <message>
        <source>Someone drives me</source>
        <comment>s_transport.option.friend_drives</comment>
        <translation>Quelqu&apos;un me conduit</translation>
    </message>
    <message>
        <source>Another way</source>
        <comment>s_transport.option.other</comment>
        <translation>Un autre moyen</translation>
    </message>
    <message>
        <source>Do you plan to leave soon, or do you want to be ready in case you must leave suddenly?</source>
        <comment>s_timing.text</comment>
        <translation>Prévoyez-vous de partir bientôt, ou voulez-vous vous préparer au cas où vous devriez partir soudainement?</translation>
    </message>
    <message>
        <source>Your answer changes what to prepare first.</source>
        <comment>s_timing.why</comment>
        <translation>Votre réponse change ce qu&apos;il faut préparer en premier.</translation>
    </message>
    <message>
        <source>I plan to leave soon</source>
        <comment>s_timing.option.soon</comment>
        <translation>Je prévois de partir bientôt</translation>
    </message>
    <message>
        <source>I want to be ready, in case</source>
        <comment>s_timing.option.be_ready</comment>
        <translation>Je veux me préparer, au cas où</translation>
    </message>
    <message>
        <source>I have not decided</source>
        <comment>s_timing.option.undecided</comment>
        <translation>Je n&apos;ai pas encore décidé</translation>
    </message>
    <message>
        <source>If you plan to leave soon, is there a day you have in mind?</source>
        <comment>s_leave_date.text</comment>
        <translation>Si vous prévoyez de partir bientôt, avez-vous une date en tête?</translation>
    </message>
    <message>
        <source>A date helps you plan the steps that come before it.</source>
        <comment>s_leave_date.why</comment>
        <translation>Une date vous aide à planifier les étapes qui viennent avant.</translation>
    </message>
    <message>
        <source>Which small things could you keep in your everyday bag, in case you must leave suddenly?</source>
        <comment>s_bag.text</comment>
        <translation>Quelles petites choses pourriez-vous garder dans votre sac de tous les jours, au cas où vous devriez partir soudainement?</translation>
    </message>
    <message>
        <source>A few things let you leave at once. Too many things may make someone suspicious.</source>
        <comment>s_bag.why</comment>
        <translation>Quelques objets permettent de partir tout de suite. Trop d&apos;objets pourraient éveiller les soupçons.</translation>
    </message>
    <message>
        <source>Medication</source>
        <comment>s_bag.option.medication</comment>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>A change of clothes</source>
        <comment>s_bag.option.clothes</comment>
        <translation>Des vêtements de rechange</translation>
    </message>
    <message>
        <source>A little money, hidden (for example in a lipstick tube)</source>
        <comment>s_bag.option.cash</comment>
        <translation>Un peu d&apos;argent, caché (par exemple dans un tube de rouge à lèvres)</translation>
    </message>
    <message>
        <source>A phone charger</source>
        <comment>s_bag.option.charger</comment>
        <translation>Un chargeur de téléphone</translation>
    </message>
    <message>
        <source>Spare keys</source>
        <comment>s_bag.option.keys</comment>
        <translation>Des clés de rechange</translation>
    </message>
    <message>
        <source>Important phone numbers on paper</source>
        <comment>s_bag.option.numbers</comment>
        <translation>Les numéros de téléphone importants sur papier</translation>
    </message>
    <message>
        <source>Do you need to plan for children, other people you care for, or pets?</source>
        <comment>s_care.text</comment>
        <translation>Avez-vous besoin de prévoir quelque chose pour des enfants, d&apos;autres personnes dont vous prenez soin, ou des animaux?</translation>
    </message>
    <message>
        <source>Planning ahead means they are looked after if you leave quickly.</source>
        <comment>s_care.why</comment>
        <translation>Prévoir à l&apos;avance permet qu&apos;on s&apos;occupe d&apos;eux si vous partez vite.</translation>
    </message>
    <message>
        <source>My son: my sister can pick him up from school</source>
        <comment>s_care.example1</comment>
        <translation>Mon fils&#xa0;: ma sœur peut aller le chercher à l&apos;école</translation>
    </message>
    <message>
        <source>My cat: a neighbour can feed her</source>
        <comment>s_care.example2</comment>
        <translation>Mon chat&#xa0;: une voisine peut le nourrir</translation>
    </message>
    <message>
        <source>Supports and resources</source>
        <comment>supports.title</comment>
        <translation>Soutiens et ressources</translation>
    </message>
    <message>
        <source>The people and groups who can help you, and the strengths you already have.</source>
        <comment>supports.intro</comment>
        <translation>Les personnes et les groupes qui peuvent vous aider, et les forces que vous avez déjà.</translation>
    </message>
    <message>
        <source>Who could help you find services and contact them? This can be an organisation, a co-worker, a friend, a client or family.</source>
        <comment>s_helpers.text</comment>
        <translation>Qui pourrait vous aider à trouver des services et à les contacter? Ce peut être un organisme, une personne avec qui vous travaillez, un ami, un client ou de la famille.</translation>
    </message>
    <message>
        <source>Someone who knows the services can save you time and worry.</source>
        <comment>s_helpers.why</comment>
        <translation>Une personne qui connaît les services peut vous faire gagner du temps et vous éviter des soucis.</translation>
    </message>
    <message>
        <source>Services can be shelters, programs for people facing violence, legal help or food banks.</source>
        <comment>s_helpers.help</comment>
        <translation>Les services peuvent être des refuges, des programmes pour les personnes qui vivent de la violence, de l&apos;aide juridique ou des banques alimentaires.</translation>
    </message>
    <message>
        <source>What other support would help you? Who could give it?</source>
        <comment>s_other_support.text</comment>
        <translation>Quel autre soutien vous aiderait? Qui pourrait vous l&apos;offrir?</translation>
    </message>
    <message>
        <source>Support can be practical, like a ride, or someone to talk to. Both count.</source>
        <comment>s_other_support.why</comment>
        <translation>Le soutien peut être pratique, comme un transport, ou une personne à qui parler. Les deux comptent.</translation>
    </message>
    <message>
        <source>A ride to the shelter</source>
        <comment>s_other_support.example1</comment>
        <translation>Un transport jusqu&apos;au refuge</translation>
    </message>
    <message>
        <source>Someone to talk to in my language</source>
        <comment>s_other_support.example2</comment>
        <translation>Une personne à qui parler dans ma langue</translation>
    </message>
    <message>
        <source>Help with rent</source>
        <comment>s_other_support.example3</comment>
        <translation>De l&apos;aide pour le loyer</translation>
    </message>
    <message>
        <source>What matters most to you right now?</source>
        <comment>s_priorities.text</comment>
        <translation>Qu&apos;est-ce qui compte le plus pour vous en ce moment?</translation>
    </message>
    <message>
        <source>Your priorities decide which steps come first in your plan.</source>
        <comment>s_priorities.why</comment>
        <translation>Vos priorités décident des étapes qui passent en premier dans votre plan.</translation>
    </message>
    <message>
        <source>Keeping my job</source>
        <comment>s_priorities.example1</comment>
        <translation>Garder mon emploi</translation>
    </message>
    <message>
        <source>My child&apos;s school</source>
        <comment>s_priorities.example2</comment>
        <translation>L&apos;école de mon enfant</translation>
    </message>
    <message>
        <source>Keeping my immigration status</source>
        <comment>s_priorities.example3</comment>
        <translation>Garder mon statut d&apos;immigration</translation>
    </message>
    <message>
        <source>How have you kept yourself safe before? What are you doing now that helps?</source>
        <comment>s_strengths.text</comment>
        <translation>Comment avez-vous assuré votre sécurité jusqu&apos;ici? Que faites-vous maintenant qui vous aide?</translation>
    </message>
    <message>
        <source>You know your life best. Your skills and experience are part of this plan.</source>
        <comment>s_strengths.why</comment>
        <translation>C&apos;est vous qui connaissez le mieux votre vie. Vos compétences et votre expérience font partie de ce plan.</translation>
    </message>
    <message>
        <source>I tell a co-worker where I am</source>
        <comment>s_strengths.example1</comment>
        <translation>Je dis à une personne avec qui je travaille où je suis</translation>
    </message>
    <message>
        <source>I screen new clients</source>
        <comment>s_strengths.example2</comment>
        <translation>Je filtre les nouveaux clients</translation>
    </message>
    <message>
        <source>I keep my phone charged and with me</source>
        <comment>s_strengths.example3</comment>
        <translation>Je garde mon téléphone chargé et sur moi</translation>
    </message>
    <message>
        <source>If you think about going to the police or immigration, would you talk with a lawyer first?</source>
        <comment>s_lawyer_first.text</comment>
        <translation>Si vous pensez aller voir la police ou l&apos;immigration, parleriez-vous d&apos;abord à un avocat?</translation>
    </message>
    <message>
        <source>Without legal advice, it may lead to more abuse or to removal from Canada. With legal help, it may help you stay.</source>
        <comment>s_lawyer_first.why</comment>
        <translation>Sans avis juridique, cela peut mener à plus de violence ou à un renvoi du Canada. Avec de l&apos;aide juridique, cela peut vous aider à rester.</translation>
    </message>
    <message>
        <source>You can ask for another address, or online letters if the person cannot get into your email or phone.</source>
        <comment>s_bank_mail.help</comment>
        <translation>Vous pouvez demander une autre adresse, ou des lettres en ligne si cette personne n&apos;a pas accès à votre courriel ni à votre téléphone.</translation>
    </message>
    <message>
        <source>Can you keep the person away from your phone, your accounts and your records?</source>
        <comment>s_phone_security.text</comment>
        <translation>Pouvez-vous tenir cette personne loin de votre téléphone, de vos comptes et de vos dossiers?</translation>
    </message>
    <message>
        <source>Someone who can see your phone or accounts may learn about your plans.</source>
        <comment>s_phone_security.why</comment>
        <translation>Une personne qui peut voir votre téléphone ou vos comptes peut apprendre vos projets.</translation>
    </message>
    <message>
        <source>For example: a new passcode, signing out of shared accounts, turning off location sharing.</source>
        <comment>s_phone_security.help</comment>
        <translation>Par exemple&#xa0;: un nouveau code de déverrouillage, se déconnecter des comptes partagés, désactiver le partage de position.</translation>
    </message>
    <message>
        <source>A lawyer can explain your choices before you decide. Legal clinics give free legal help.</source>
        <comment>s_lawyer_first.help</comment>
        <translation>Un avocat peut vous expliquer vos choix avant que vous décidiez. Les cliniques juridiques offrent de l&apos;aide juridique gratuite.</translation>
    </message>
    <message>
        <source>If a partner sponsors your immigration, would you like to learn the rules that protect sponsored spouses facing violence at home?</source>
        <comment>s_sponsorship.text</comment>
        <translation>Si votre partenaire vous parraine pour l&apos;immigration, aimeriez-vous connaître les règles qui protègent les époux et conjoints parrainés qui vivent de la violence à la maison?</translation>
    </message>
    <message>
        <source>There are exceptions that may protect your status. Knowing them helps you decide with less fear.</source>
        <comment>s_sponsorship.why</comment>
        <translation>Il existe des exceptions qui peuvent protéger votre statut. Les connaître vous aide à décider avec moins de peur.</translation>
    </message>
    <message>
        <source>Sponsor: the person who signed to support your application to live in Canada.</source>
        <comment>s_sponsorship.help</comment>
        <translation>Répondant&#xa0;: la personne qui a signé pour appuyer votre demande pour vivre au Canada.</translation>
    </message>
    <message>
        <source>If you are already a permanent resident, your sponsor cannot take that status away, even if you leave.</source>
        <comment>s_sponsorship.legal1</comment>
        <translation>Si vous avez déjà la résidence permanente, votre répondant ne peut pas vous retirer ce statut, même si vous partez.</translation>
    </message>
    <message>
        <source>Since 2017, a sponsored spouse no longer has to live with the sponsor for two years to keep permanent residence.</source>
        <comment>s_sponsorship.legal2</comment>
        <translation>Depuis 2017, un époux ou conjoint parrainé n&apos;est plus obligé de vivre deux ans avec son répondant pour garder la résidence permanente.</translation>
    </message>
    <message>
        <source>If your status in Canada depends on your partner and you face violence, a special temporary permit may help you stay (since 2019).</source>
        <comment>s_sponsorship.legal3</comment>
        <translation>Si votre statut au Canada dépend de votre partenaire et que vous subissez de la violence, un permis de séjour temporaire spécial peut vous aider à rester (depuis 2019).</translation>
    </message>
    <message>
        <source>A lawyer or legal clinic can tell you what applies to you before you decide.</source>
        <comment>s_sponsorship.legal4</comment>
        <translation>Un avocat ou une clinique juridique peut vous dire ce qui s&apos;applique à vous avant que vous décidiez.</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>money.title</comment>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Some money of your own gives you more choices.</source>
        <comment>money.intro</comment>
        <translation>Avoir un peu d&apos;argent à vous vous donne plus de choix.</translation>
    </message>
    <message>
        <source>Could you save and hide some money? How much would you need for travel and a room?</source>
        <comment>s_savings.text</comment>
        <translation>Pourriez-vous mettre de côté et cacher un peu d&apos;argent? Combien vous faudrait-il pour le transport et une chambre?</translation>
    </message>
    <message>
        <source>With enough for travel and a room, you do not have to stay in a shelter if you do not want to.</source>
        <comment>s_savings.why</comment>
        <translation>Avec assez d&apos;argent pour le transport et une chambre, vous n&apos;avez pas à rester dans un refuge si vous ne le voulez pas.</translation>
    </message>
    <message>
        <source>$40 for a taxi</source>
        <comment>s_savings.example1</comment>
        <translation>40&#xa0;$ pour un taxi</translation>
    </message>
    <message>
        <source>$300 for a room for a week</source>
        <comment>s_savings.example2</comment>
        <translation>300&#xa0;$ pour une chambre pendant une semaine</translation>
    </message>
    <message>
        <source>Where could you keep this money, so that the person cannot find it?</source>
        <comment>s_money_place.text</comment>
        <translation>Où pourriez-vous garder cet argent, pour que la personne ne le trouve pas?</translation>
    </message>
    <message>
        <source>Money is only useful if it is still there when you need it.</source>
        <comment>s_money_place.why</comment>
        <translation>L&apos;argent n&apos;est utile que s&apos;il est encore là quand vous en avez besoin.</translation>
    </message>
    <message>
        <source>With a friend I trust</source>
        <comment>s_money_place.example1</comment>
        <translation>Chez une amie ou un ami de confiance</translation>
    </message>
    <message>
        <source>In a pocket sewn into my bag</source>
        <comment>s_money_place.example2</comment>
        <translation>Dans une poche cousue dans mon sac</translation>
    </message>
    <message>
        <source>Do you have a bank account that only you can use?</source>
        <comment>s_own_account.text</comment>
        <translation>Avez-vous un compte bancaire que personne d&apos;autre que vous ne peut utiliser?</translation>
    </message>
    <message>
        <source>Money in your own account is harder for others to take or control.</source>
        <comment>s_own_account.why</comment>
        <translation>Il est plus difficile pour les autres de prendre ou de contrôler l&apos;argent de votre propre compte.</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>s_own_account.option.yes</comment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No, but I could open one</source>
        <comment>s_own_account.option.could_open</comment>
        <translation>Non, mais je pourrais en ouvrir un</translation>
    </message>
    <message>
        <source>No</source>
        <comment>s_own_account.option.no</comment>
        <translation>Non</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <comment>s_own_account.option.not_sure</comment>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Does your bank send letters to an address where the person cannot see them?</source>
        <comment>s_bank_mail.text</comment>
        <translation>Votre banque envoie-t-elle les lettres à une adresse où la personne ne peut pas les voir?</translation>
    </message>
    <message>
        <source>A letter from the bank can tell the person that you have an account.</source>
        <comment>s_bank_mail.why</comment>
        <translation>Une lettre de la banque peut apprendre à la personne que vous avez un compte.</translation>
    </message>
    <message>
        <source>ID, documents and bank information</source>
        <comment>papers.title</comment>
        <translation>Pièces d&apos;identité, documents et renseignements bancaires</translation>
    </message>
    <message>
        <source>Your papers, ready to take, and copies kept somewhere safe.</source>
        <comment>papers.intro</comment>
        <translation>Vos papiers, prêts à emporter, et des copies gardées en lieu sûr.</translation>
    </message>
    <message>
        <source>Which important documents would you take with you? Note where each one is kept.</source>
        <comment>s_documents.text</comment>
        <translation>Quels documents importants prendriez-vous avec vous? Notez où chacun est gardé.</translation>
    </message>
    <message>
        <source>If they are together in one place, you can take them all quickly.</source>
        <comment>s_documents.why</comment>
        <translation>S&apos;ils sont ensemble au même endroit, vous pouvez tous les prendre vite.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>s_documents.example1</comment>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <comment>s_documents.example2</comment>
        <translation>Papiers d&apos;immigration</translation>
    </message>
    <message>
        <source>Bank card</source>
        <comment>s_documents.example3</comment>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Health card</source>
        <comment>s_documents.example4</comment>
        <translation>Carte santé</translation>
    </message>
    <message>
        <source>My children&apos;s birth certificates</source>
        <comment>s_documents.example5</comment>
        <translation>Les actes de naissance de mes enfants</translation>
    </message>
    <message>
        <source>Could an organisation you trust keep a copy of your file or papers for you?</source>
        <comment>s_org_copy.text</comment>
        <translation>Un organisme de confiance pourrait-il garder pour vous une copie de votre dossier ou de vos papiers?</translation>
    </message>
    <message>
        <source>If you leave quickly, a copy waits for you somewhere safe.</source>
        <comment>s_org_copy.why</comment>
        <translation>Si vous partez vite, une copie vous attend en lieu sûr.</translation>
    </message>
    <message>
        <source>Would you like to keep a record each time the person contacts you or causes a problem?</source>
        <comment>s_incident_record.text</comment>
        <translation>Aimeriez-vous noter chaque fois que la personne vous contacte ou cause un problème?</translation>
    </message>
    <message>
        <source>A record with dates can help later, for example with a lawyer or an immigration application.</source>
        <comment>s_incident_record.why</comment>
        <translation>Des notes avec les dates peuvent aider plus tard, par exemple avec un avocat ou pour une demande d&apos;immigration.</translation>
    </message>
    <message>
        <source>Write the date, time and place. Keep it where the person cannot reach it, like SaferPlan&apos;s private record.</source>
        <comment>s_incident_record.help</comment>
        <translation>Notez la date, l&apos;heure et le lieu. Gardez ces notes là où la personne ne peut pas y accéder, par exemple dans le journal privé de SaferPlan.</translation>
    </message>
    <message>
        <source>I already keep a record</source>
        <comment>s_incident_record.option.already</comment>
        <translation>Je prends déjà des notes</translation>
    </message>
    <message>
        <source>I would like to start</source>
        <comment>s_incident_record.option.start</comment>
        <translation>J&apos;aimerais commencer</translation>
    </message>
    <message>
        <source>Not right now</source>
        <comment>s_incident_record.option.not_now</comment>
        <translation>Pas pour l&apos;instant</translation>
    </message>
    <message>
        <source>Where could you keep copies of your records and documents, away from the person?</source>
        <comment>s_copies_place.text</comment>
        <translation>Où pourriez-vous garder des copies de vos notes et de vos documents, loin de la personne?</translation>
    </message>
    <message>
        <source>Copies stay safe even if your phone or papers are taken.</source>
        <comment>s_copies_place.why</comment>
        <translation>Les copies restent en sécurité même si on vous prend votre téléphone ou vos papiers.</translation>
    </message>
    <message>
        <source>With someone I really trust</source>
        <comment>s_copies_place.option.trusted_person</comment>
        <translation>Chez une personne en qui j&apos;ai vraiment confiance</translation>
    </message>
    <message>
        <source>At an organisation</source>
        <comment>s_copies_place.option.organisation</comment>
        <translation>Dans un organisme</translation>
    </message>
    <message>
        <source>In an email account only I know</source>
        <comment>s_copies_place.option.private_email</comment>
        <translation>Dans un compte courriel que personne d&apos;autre ne connaît</translation>
    </message>
    <message>
        <source>I do not have a place yet</source>
        <comment>s_copies_place.option.not_yet</comment>
        <translation>Je n&apos;ai pas encore d&apos;endroit</translation>
    </message>
    <message>
        <source>Do you have an email account that the person does not know about?</source>
        <comment>s_private_email.text</comment>
        <translation>Avez-vous un compte courriel que la personne ne connaît pas?</translation>
    </message>
    <message>
        <source>You can email scans and notes to yourself and keep them safe there.</source>
        <comment>s_private_email.why</comment>
        <translation>Vous pouvez vous envoyer par courriel des documents numérisés et des notes, et les garder en sécurité là.</translation>
    </message>
    <message>
        <source>Sign in only at a community organisation or a public library, not on a shared phone.</source>
        <comment>s_private_email.help</comment>
        <translation>Connectez-vous seulement dans un organisme communautaire ou une bibliothèque publique, pas sur un téléphone partagé.</translation>
    </message>
</context>
</TS>
