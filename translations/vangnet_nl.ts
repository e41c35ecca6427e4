<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccessReport</name>
    <message>
        <source>The data of this case is kept until %1 and then erased.</source>
        <translation>De gegevens van dit dossier worden bewaard tot %1 en daarna gewist.</translation>
    </message>
    <message>
        <source>No retention date is set while the case is open.</source>
        <translation>Er is geen bewaartermijn vastgesteld zolang het dossier open is.</translation>
    </message>
    <message>
        <source>consent of %1, signed by: %2</source>
        <translation>toestemming van %1, getekend door: %2</translation>
    </message>
</context>
<context>
    <name>AccessReportDocument</name>
    <message>
        <source>Vangnet access report</source>
        <translation>Vangnet inzageverslag</translation>
    </message>
    <message>
        <source>What we hold about you</source>
        <translation>Wat wij over u bewaren</translation>
    </message>
    <message>
        <source>File %1. Made on %2 in answer to your request to see your data (General Data Protection Regulation, article 15).</source>
        <translation>Dossier %1. Gemaakt op %2 als antwoord op uw verzoek om uw gegevens in te zien (Algemene verordening gegevensbescherming, artikel 15).</translation>
    </message>
    <message>
        <source>The data in your file</source>
        <translation>De gegevens in uw dossier</translation>
    </message>
    <message>
        <source>Nothing is recorded.</source>
        <translation>Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>There are no notes.</source>
        <translation>Er zijn geen aantekeningen.</translation>
    </message>
    <message>
        <source>Documents and scans</source>
        <translation>Documenten en scans</translation>
    </message>
    <message>
        <source>There are no documents or scans.</source>
        <translation>Er zijn geen documenten of scans.</translation>
    </message>
    <message>
        <source>Where the data came from</source>
        <translation>Waar de gegevens vandaan komen</translation>
    </message>
    <message>
        <source>a sender who is no longer in the address book</source>
        <translation>een afzender die niet meer in het adresboek staat</translation>
    </message>
    <message>
        <source>%1: received from %2 (%3); the file was started from it.</source>
        <translation>%1: ontvangen van %2 (%3); het dossier is daarmee begonnen.</translation>
    </message>
    <message>
        <source>%1: received from %2 (%3) and added to the file.</source>
        <translation>%1: ontvangen van %2 (%3) en aan het dossier toegevoegd.</translation>
    </message>
    <message>
        <source>Everything was recorded by your care coordinator; nothing was received from others.</source>
        <translation>Alles is vastgelegd door uw zorgcoördinator; er is niets van anderen ontvangen.</translation>
    </message>
    <message>
        <source>To whom your data was given</source>
        <translation>Aan wie uw gegevens zijn gegeven</translation>
    </message>
    <message>
        <source>Your data was not given to anyone outside your care coordinator&apos;s team.</source>
        <translation>Uw gegevens zijn aan niemand buiten het team van uw zorgcoördinator gegeven.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>op papier</translation>
    </message>
    <message>
        <source>as an encrypted file</source>
        <translation>als versleuteld bestand</translation>
    </message>
    <message>
        <source>To: %1
Purpose: %2
What: %3
How: %4
On the basis of: %5</source>
        <translation>Aan: %1
Doel: %2
Wat: %3
Hoe: %4
Op grond van: %5</translation>
    </message>
    <message>
        <source>your consent</source>
        <translation>uw toestemming</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Uw toestemmingen</translation>
    </message>
    <message>
        <source>You have not given consent to share your data.</source>
        <translation>U hebt geen toestemming gegeven om uw gegevens te delen.</translation>
    </message>
    <message>
        <source>For: %1
Purpose: %2
What: %3
From %4 up to and including %5
Signed by: %6 (%7)</source>
        <translation>Voor: %1
Doel: %2
Wat: %3
Van %4 tot en met %5
Getekend door: %6 (%7)</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Ingetrokken op %1</translation>
    </message>
    <message>
        <source>The signed paper form is kept.</source>
        <translation>Het getekende papieren formulier wordt bewaard.</translation>
    </message>
    <message>
        <source>How long your data is kept</source>
        <translation>Hoe lang uw gegevens worden bewaard</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Uw rechten</translation>
    </message>
    <message>
        <source>You may ask us to correct data that is wrong, to erase data we no longer need, or to stop using it for a while. You may withdraw a consent at any time. If you think we handle your data wrongly, you may complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).</source>
        <translation>U mag ons vragen om onjuiste gegevens te verbeteren, gegevens die wij niet meer nodig hebben te wissen, of ze een tijd niet te gebruiken. U mag een toestemming altijd intrekken. Vindt u dat wij niet goed met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>The file cannot be written: the disk is full. Nothing was changed.</source>
        <translation>Het bestand kan niet worden geschreven: de schijf is vol. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The file cannot be written: the folder is read-only or you may not write there. Nothing was changed.</source>
        <translation>Het bestand kan niet worden geschreven: de map is alleen-lezen of u mag er niet schrijven. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The file cannot be written (input/output error). Nothing was changed.</source>
        <translation>Het bestand kan niet worden geschreven (invoer-/uitvoerfout). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The file was written, but the folder could not be flushed to disk.</source>
        <translation>Het bestand is geschreven, maar de map kon niet naar de schijf worden weggeschreven.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>The file is larger than the limit of 20 MiB.</source>
        <translation>Het bestand is groter dan de limiet van 20 MiB.</translation>
    </message>
    <message>
        <source>This type of file cannot be attached. Allowed types: PDF, PNG, JPEG and TIFF.</source>
        <translation>Dit bestandstype kan niet worden bijgevoegd. Toegestane typen: PDF, PNG, JPEG en TIFF.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Het bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>There is no attachment with this id.</source>
        <translation>Er is geen bijlage met deze id.</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Vault created</source>
        <translation>Kluis aangemaakt</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Kluis ontgrendeld</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <source>Vault opened with the recovery key</source>
        <translation>Kluis geopend met de herstelsleutel</translation>
    </message>
    <message>
        <source>New recovery key made</source>
        <translation>Nieuwe herstelsleutel gemaakt</translation>
    </message>
    <message>
        <source>Master key shown</source>
        <translation>Hoofdsleutel getoond</translation>
    </message>
    <message>
        <source>Vault restored from a backup</source>
        <translation>Kluis teruggezet uit een back-up</translation>
    </message>
    <message>
        <source>Vault checked</source>
        <translation>Kluis gecontroleerd</translation>
    </message>
    <message>
        <source>Events could not be recorded for a while (disk full)</source>
        <translation>Gebeurtenissen konden een tijd niet worden vastgelegd (schijf vol)</translation>
    </message>
    <message>
        <source>Vault setting changed</source>
        <translation>Kluisinstelling gewijzigd</translation>
    </message>
    <message>
        <source>Vault setting set back to its default</source>
        <translation>Kluisinstelling terug naar de standaardwaarde</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Old backups removed</source>
        <translation>Oude back-ups verwijderd</translation>
    </message>
    <message>
        <source>Backup checked</source>
        <translation>Back-up gecontroleerd</translation>
    </message>
    <message>
        <source>Sharing keys made</source>
        <translation>Sleutels voor delen gemaakt</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Casus aangemaakt</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Casus afgesloten</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Casus heropend</translation>
    </message>
    <message>
        <source>Case moved to another phase</source>
        <translation>Casus naar een andere fase</translation>
    </message>
    <message>
        <source>Scan added to a case</source>
        <translation>Scan toegevoegd aan een casus</translation>
    </message>
    <message>
        <source>Case received from a colleague</source>
        <translation>Casus ontvangen van een collega</translation>
    </message>
    <message>
        <source>Case updated from a colleague</source>
        <translation>Casus bijgewerkt door een collega</translation>
    </message>
    <message>
        <source>Conflicting change settled</source>
        <translation>Tegenstrijdige wijziging opgelost</translation>
    </message>
    <message>
        <source>Required security level set by hand</source>
        <translation>Vereist beveiligingsniveau met de hand ingesteld</translation>
    </message>
    <message>
        <source>Hand-set security level removed</source>
        <translation>Met de hand ingesteld beveiligingsniveau verwijderd</translation>
    </message>
    <message>
        <source>Placement proposed</source>
        <translation>Plaatsing voorgesteld</translation>
    </message>
    <message>
        <source>Placement changed</source>
        <translation>Plaatsing gewijzigd</translation>
    </message>
    <message>
        <source>Placement made against the placement rules</source>
        <translation>Plaatsing gedaan tegen de plaatsingsregels in</translation>
    </message>
    <message>
        <source>Case erased</source>
        <translation>Casus gewist</translation>
    </message>
    <message>
        <source>Legal hold set</source>
        <translation>Bewaarblokkade ingesteld</translation>
    </message>
    <message>
        <source>Legal hold lifted</source>
        <translation>Bewaarblokkade opgeheven</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Toestemming vastgelegd</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <source>Data sent in a bundle</source>
        <translation>Gegevens verstuurd in een bundel</translation>
    </message>
    <message>
        <source>Bundle received</source>
        <translation>Bundel ontvangen</translation>
    </message>
    <message>
        <source>Bundle delivered</source>
        <translation>Bundel afgeleverd</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Contact toegevoegd</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>Contact verwijderd</translation>
    </message>
    <message>
        <source>Contact verified</source>
        <translation>Contact geverifieerd</translation>
    </message>
    <message>
        <source>Secret shelter address shown</source>
        <translation>Geheim adres van een opvanglocatie getoond</translation>
    </message>
    <message>
        <source>Shelters imported</source>
        <translation>Opvanglocaties geïmporteerd</translation>
    </message>
    <message>
        <source>Shelters exported</source>
        <translation>Opvanglocaties geëxporteerd</translation>
    </message>
    <message>
        <source>Shelters exported with their addresses</source>
        <translation>Opvanglocaties geëxporteerd met hun adressen</translation>
    </message>
    <message>
        <source>Shelter removed</source>
        <translation>Opvanglocatie verwijderd</translation>
    </message>
    <message>
        <source>Incident against staff recorded</source>
        <translation>Incident tegen medewerkers vastgelegd</translation>
    </message>
    <message>
        <source>Incident against staff updated</source>
        <translation>Incident tegen medewerkers bijgewerkt</translation>
    </message>
    <message>
        <source>Visit rules set</source>
        <translation>Bezoekafspraken vastgelegd</translation>
    </message>
    <message>
        <source>Visit rules removed</source>
        <translation>Bezoekafspraken verwijderd</translation>
    </message>
    <message>
        <source>Other event: %1</source>
        <translation>Andere gebeurtenis: %1</translation>
    </message>
    <message>
        <source>Vault and backups</source>
        <translation>Kluis en back-ups</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Privacy and consent</source>
        <translation>Privacy en toestemming</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Delen</translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation>Opvanglocaties</translation>
    </message>
    <message>
        <source>Staff safety</source>
        <translation>Veiligheid medewerkers</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log was altered: entry %1 does not follow from the one before it.</source>
        <translation>Het auditlog is gewijzigd: vermelding %1 volgt niet uit de voorgaande.</translation>
    </message>
</context>
<context>
    <name>AvailabilityFreshness</name>
    <message>
        <source>never confirmed</source>
        <translation>nooit bevestigd</translation>
    </message>
    <message>
        <source>Free beds confirmed in the last 7 days.</source>
        <translation>Vrije bedden bevestigd in de afgelopen 7 dagen.</translation>
    </message>
    <message>
        <source>Free beds last confirmed more than 7 days ago: call the shelter before relying on it.</source>
        <translation>Vrije bedden voor het laatst meer dan 7 dagen geleden bevestigd: bel de opvang voordat u hierop vertrouwt.</translation>
    </message>
    <message>
        <source>Free beds last confirmed more than 30 days ago: the number is probably wrong.</source>
        <translation>Vrije bedden voor het laatst meer dan 30 dagen geleden bevestigd: het aantal klopt waarschijnlijk niet.</translation>
    </message>
    <message>
        <source>Free beds were never confirmed: call the shelter.</source>
        <translation>Vrije bedden zijn nooit bevestigd: bel de opvang.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n dag geleden)</numerusform>
            <numerusform>%1 (%n dagen geleden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>The backup folder %1 cannot be reached. Is the drive connected?</source>
        <translation>De back-upmap %1 is niet bereikbaar. Is de schijf aangesloten?</translation>
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <source>The backup&apos;s table of contents is damaged.</source>
        <translation>De inhoudsopgave van de back-up is beschadigd.</translation>
    </message>
</context>
<context>
    <name>BackupReader</name>
    <message>
        <source>This is an unfinished backup: its writing was interrupted before it was complete. Make a new backup.</source>
        <translation>Dit is een onvoltooide back-up: het schrijven werd onderbroken voordat hij klaar was. Maak een nieuwe back-up.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>Het back-upbestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read.</source>
        <translation>Het back-upbestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>De cryptografische bibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <source>This is not a Vangnet backup (it does not start with the backup&apos;s signature).</source>
        <translation>Dit is geen Vangnet-back-up (het bestand begint niet met de kenmerkende handtekening van een back-up).</translation>
    </message>
    <message>
        <source>The backup is cut off: its header is incomplete.</source>
        <translation>De back-up is afgebroken: de kop is onvolledig.</translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged (impossible key file length).</source>
        <translation>De kop van de back-up is beschadigd (onmogelijke lengte van het sleutelbestand).</translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged or was altered (its checksum does not match).</source>
        <translation>De kop van de back-up is beschadigd of gewijzigd (de controlesom klopt niet).</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Vangnet (backup format %1). Update Vangnet to read it.</source>
        <translation>Deze back-up is gemaakt met een nieuwere versie van Vangnet (back-upformaat %1). Werk Vangnet bij om hem te lezen.</translation>
    </message>
    <message>
        <source>The key file inside the backup cannot be used: %1</source>
        <translation>Het sleutelbestand in de back-up is onbruikbaar: %1</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup. Use the passphrase that was valid when the backup was made, or the recovery key.</source>
        <translation>Deze wachtwoordzin opent de back-up niet. Gebruik de wachtwoordzin die gold toen de back-up werd gemaakt, of de herstelsleutel.</translation>
    </message>
    <message>
        <source>The backup file cannot be read.</source>
        <translation>Het back-upbestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged or was altered.</source>
        <translation>De kop van de back-up is beschadigd of gewijzigd.</translation>
    </message>
    <message>
        <source>The backup is cut off: its end is missing (at byte %1).</source>
        <translation>De back-up is afgebroken: het einde ontbreekt (bij byte %1).</translation>
    </message>
    <message>
        <source>The backup is cut off or damaged at its end (the last block, at byte %1, is incomplete or fails its authentication).</source>
        <translation>De back-up is afgebroken of beschadigd aan het einde (het laatste blok, bij byte %1, is onvolledig of de authenticatie ervan mislukt).</translation>
    </message>
    <message>
        <source>The backup is damaged or was altered: the block at byte %1 fails its authentication.</source>
        <translation>De back-up is beschadigd of gewijzigd: de authenticatie van het blok bij byte %1 mislukt.</translation>
    </message>
    <message>
        <source>The backup&apos;s table of contents is damaged.</source>
        <translation>De inhoudsopgave van de back-up is beschadigd.</translation>
    </message>
    <message>
        <source>Reading the backup was cancelled.</source>
        <translation>Het lezen van de back-up is geannuleerd.</translation>
    </message>
    <message>
        <source>The backup has extra bytes after its end: it was altered or two files were joined.</source>
        <translation>Na het einde van de back-up staan nog extra bytes: het bestand is gewijzigd of er zijn twee bestanden samengevoegd.</translation>
    </message>
    <message>
        <source>The backup&apos;s table of contents does not match its contents.</source>
        <translation>De inhoudsopgave van de back-up komt niet overeen met de inhoud.</translation>
    </message>
</context>
<context>
    <name>BackupRestorer</name>
    <message>
        <source>%1 is a file. Restore into a new, empty folder.</source>
        <translation>%1 is een bestand. Herstel in een nieuwe, lege map.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. A backup is restored only into a new or empty folder, never over a vault.</source>
        <translation>De map %1 is niet leeg. Een back-up wordt alleen hersteld in een nieuwe of lege map, nooit over een kluis heen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The restore was cancelled. The folder was left as it was.</source>
        <translation>Het herstellen is geannuleerd. De map is gelaten zoals hij was.</translation>
    </message>
    <message>
        <source>The restored database could not be put in place.</source>
        <translation>De herstelde database kon niet op zijn plaats worden gezet.</translation>
    </message>
    <message>
        <source>The restored vault could not be flushed to disk.</source>
        <translation>De herstelde kluis kon niet naar de schijf worden weggeschreven.</translation>
    </message>
</context>
<context>
    <name>BackupSource</name>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be read.</source>
        <translation>Het sleutelbestand van de kluis kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file cannot be read.</source>
        <translation>Het databasebestand van de kluis kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>No temporary folder is available.</source>
        <translation>Er is geen tijdelijke map beschikbaar.</translation>
    </message>
    <message>
        <source>Verifying the backup was cancelled.</source>
        <translation>Het controleren van de back-up is geannuleerd.</translation>
    </message>
    <message>
        <source>The database inside the backup cannot be opened: %1</source>
        <translation>De database in de back-up kan niet worden geopend: %1</translation>
    </message>
    <message>
        <source>The database inside the backup belongs to another vault.</source>
        <translation>De database in de back-up hoort bij een andere kluis.</translation>
    </message>
    <message>
        <source>The database inside the backup is damaged.</source>
        <translation>De database in de back-up is beschadigd.</translation>
    </message>
    <message>
        <source>The audit log inside the backup is broken: %1</source>
        <translation>Het auditlog in de back-up is verbroken: %1</translation>
    </message>
    <message>
        <source>The backup holds a different number of cases than its table of contents says.</source>
        <translation>De back-up bevat een ander aantal dossiers dan de inhoudsopgave vermeldt.</translation>
    </message>
    <message>
        <source>The attachments inside the backup cannot be read.</source>
        <translation>De bijlagen in de back-up kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>An attachment inside the backup does not match its recorded hash.</source>
        <translation>Een bijlage in de back-up komt niet overeen met de vastgelegde hash.</translation>
    </message>
    <message>
        <source>Attachments listed in the backup&apos;s table of contents are missing.</source>
        <translation>Bijlagen uit de inhoudsopgave van de back-up ontbreken.</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>The backup was cancelled. Nothing was written.</source>
        <translation>De back-up is geannuleerd. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>De cryptografische bibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached. Is the drive connected?</source>
        <translation>De back-upmap %1 is niet bereikbaar. Is de schijf aangesloten?</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be written: check its permissions.</source>
        <translation>In de back-upmap %1 kan niet worden geschreven: controleer de rechten.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file cannot be read.</source>
        <translation>Het databasebestand van de kluis kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>Nothing may be exported to %1 for this purpose: no selected case has a valid consent. No file was written.</source>
        <translation>Er mag voor dit doel niets naar %1 worden geëxporteerd: geen enkele geselecteerde casus heeft een geldige toestemming. Er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>The contact %1 is not verified: compare the fingerprint with them by phone first, then mark the contact as verified.</source>
        <translation>Het contact %1 is niet geverifieerd: vergelijk eerst telefonisch de vingerafdruk met het contact en markeer het contact daarna als geverifieerd.</translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>The sender named in the bundle did not sign it: the bundle is forged.</source>
        <translation>De afzender die in de bundel wordt genoemd, heeft de bundel niet ondertekend: de bundel is vervalst.</translation>
    </message>
    <message>
        <source>This bundle was made by this vault; there is nothing to import.</source>
        <translation>Deze bundel is door deze kluis gemaakt; er is niets te importeren.</translation>
    </message>
    <message>
        <source>The sender is not among your contacts. Inspect it, add the sender&apos;s contact card, verify the fingerprint, then import.</source>
        <translation>De afzender staat niet in de contactenlijst. Inspecteer de bundel, voeg de contactkaart van de afzender toe, verifieer de vingerafdruk en importeer daarna.</translation>
    </message>
    <message>
        <source>The sender %1 is not verified. Inspect it, verify the sender&apos;s fingerprint by phone, then import.</source>
        <translation>De afzender %1 is niet geverifieerd. Inspecteer de bundel, verifieer de vingerafdruk van de afzender telefonisch en importeer daarna.</translation>
    </message>
    <message>
        <source>Whole cases can only be received from a team contact; %1 is an external contact.</source>
        <translation>Volledige casussen kunnen alleen van een teamcontact worden ontvangen; %1 is een extern contact.</translation>
    </message>
    <message>
        <source>The bundle has no manifest; it is damaged or was not made by Vangnet.</source>
        <translation>De bundel heeft geen manifest; de bundel is beschadigd of niet door Vangnet gemaakt.</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are not valid; the bundle is damaged or was not made by Vangnet.</source>
        <translation>De records in de bundel zijn niet geldig; de bundel is beschadigd of niet door Vangnet gemaakt.</translation>
    </message>
    <message>
        <source>The bundle&apos;s statistics are not valid; the bundle is damaged or was not made by Vangnet.</source>
        <translation>De statistieken in de bundel zijn niet geldig; de bundel is beschadigd of niet door Vangnet gemaakt.</translation>
    </message>
    <message>
        <source>The sender named in the bundle did not sign it: the bundle is forged. Nothing was imported.</source>
        <translation>De afzender die in de bundel wordt genoemd, heeft de bundel niet ondertekend: de bundel is vervalst. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The import was stopped by an error; nothing was imported.</source>
        <translation>De import is door een fout gestopt; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The import was not completed; nothing was imported.</source>
        <translation>De import is niet afgerond; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The recipients named in the bundle are not the ones it was signed for; the bundle is damaged or forged.</source>
        <translation>De ontvangers die in de bundel staan, zijn niet die waarvoor hij ondertekend is; de bundel is beschadigd of vervalst.</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>The bundle is damaged or was altered. Ask the sender for a new one.</source>
        <translation>De bundel is beschadigd of gewijzigd. Vraag de afzender om een nieuwe bundel.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this vault.</source>
        <translation>Deze bundel is niet aan deze kluis geadresseerd.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its contents: it was altered or forged.</source>
        <translation>De handtekening van de bundel komt niet overeen met de inhoud: de bundel is gewijzigd of vervalst.</translation>
    </message>
    <message>
        <source>The bundle was re-addressed after it was signed.</source>
        <translation>De bundel is na het ondertekenen opnieuw geadresseerd.</translation>
    </message>
    <message>
        <source>This file is not a Vangnet bundle.</source>
        <translation>Dit bestand is geen Vangnet-bundel.</translation>
    </message>
    <message>
        <source>This bundle has format version %1; this Vangnet reads version %2. Update Vangnet.</source>
        <translation>Deze bundel heeft formaatversie %1; deze versie van Vangnet leest versie %2. Werk Vangnet bij.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The bundle file cannot be read.</source>
        <translation>Het bundelbestand kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>A bundle has between one and %1 recipients.</source>
        <translation>Een bundel heeft één tot %1 ontvangers.</translation>
    </message>
    <message>
        <source>A recipient&apos;s public key is not valid.</source>
        <translation>De openbare sleutel van een ontvanger is niet geldig.</translation>
    </message>
    <message>
        <source>A bundle entry has an invalid name or is too large.</source>
        <translation>Een onderdeel van de bundel heeft een ongeldige naam of is te groot.</translation>
    </message>
    <message>
        <source>The bundle cannot be written (is the disk full?). No file was created.</source>
        <translation>De bundel kan niet worden geschreven (is de schijf vol?). Er is geen bestand aangemaakt.</translation>
    </message>
    <message>
        <source>Cancelled. No file was created.</source>
        <translation>Geannuleerd. Er is geen bestand aangemaakt.</translation>
    </message>
    <message>
        <source>A bundle cannot hold two entries with the same name.</source>
        <translation>Een bundel kan geen twee onderdelen met dezelfde naam bevatten.</translation>
    </message>
</context>
<context>
    <name>CaseEraser</name>
    <message>
        <source>Erasing a case needs a reason, for example &quot;retention period ended&quot;.</source>
        <translation>Voor het wissen van een casus is een reden nodig, bijvoorbeeld &quot;bewaartermijn verstreken&quot;.</translation>
    </message>
    <message>
        <source>The reason is one line of at most %1 characters.</source>
        <translation>De reden is één regel van hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Case %1 is under a legal hold and cannot be erased. Lift the hold first if its reason no longer applies.</source>
        <translation>Casus %1 heeft een bewaarblokkade en kan niet worden gewist. Hef de blokkade eerst op als de reden niet meer geldt.</translation>
    </message>
</context>
<context>
    <name>CaseFieldLabels</name>
    <message>
        <source>Case number</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliassen</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Geboorteland</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tolk nodig</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minderjarig</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Alleenstaande minderjarige</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Wettelijk vertegenwoordiger</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Verblijfsstatus</translation>
    </message>
    <message>
        <source>Reflection period starts</source>
        <translation>Bedenktijd begint</translation>
    </message>
    <message>
        <source>Reflection period ends</source>
        <translation>Bedenktijd eindigt</translation>
    </message>
    <message>
        <source>Form of exploitation</source>
        <translation>Vorm van uitbuiting</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Region of exploitation</source>
        <translation>Regio van uitbuiting</translation>
    </message>
    <message>
        <source>Period of exploitation</source>
        <translation>Periode van uitbuiting</translation>
    </message>
    <message>
        <source>Signalled by</source>
        <translation>Gesignaleerd door</translation>
    </message>
    <message>
        <source>Contact with the police</source>
        <translation>Contact met de politie</translation>
    </message>
    <message>
        <source>Dossier type</source>
        <translation>Soort dossier</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Aantal kinderen</translation>
    </message>
    <message>
        <source>Ages of the children</source>
        <translation>Leeftijden van de kinderen</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Huisdieren</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Daders</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>Dreigingsinschatting</translation>
    </message>
    <message>
        <source>Threat code</source>
        <translation>Dreigingscode</translation>
    </message>
    <message>
        <source>Threat instrument</source>
        <translation>Instrument van de dreigingsinschatting</translation>
    </message>
    <message>
        <source>Threat reviewer</source>
        <translation>Beoordelaar van de dreiging</translation>
    </message>
    <message>
        <source>Next threat review</source>
        <translation>Volgende beoordeling van de dreiging</translation>
    </message>
    <message>
        <source>A perpetrator is searching</source>
        <translation>Een dader zoekt</translation>
    </message>
    <message>
        <source>A perpetrator knows the location</source>
        <translation>Een dader kent de verblijfplaats</translation>
    </message>
    <message>
        <source>Police protection</source>
        <translation>Politiebescherming</translation>
    </message>
    <message>
        <source>Exploitation from</source>
        <translation>Uitbuiting vanaf</translation>
    </message>
    <message>
        <source>Exploitation until</source>
        <translation>Uitbuiting tot</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Date of the signal</source>
        <translation>Datum van het signaal</translation>
    </message>
    <message>
        <source>Required security level</source>
        <translation>Vereist beveiligingsniveau</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>no alias</source>
        <translation>geen alias</translation>
    </message>
    <message>
        <source>known in %1</source>
        <translation>bekend in %1</translation>
    </message>
    <message>
        <source>knows where the person is</source>
        <translation>weet waar de persoon is</translation>
    </message>
    <message>
        <source>actively searching</source>
        <translation>zoekt actief</translation>
    </message>
    <message>
        <source>instrument %1</source>
        <translation>instrument %1</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>beoordeeld door %1</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>volgende beoordeling %1</translation>
    </message>
    <message>
        <source>a perpetrator is searching</source>
        <translation>een dader zoekt</translation>
    </message>
    <message>
        <source>a perpetrator knows the location</source>
        <translation>een dader kent de verblijfplaats</translation>
    </message>
    <message>
        <source>police protection</source>
        <translation>politiebescherming</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (uiterlijk %2)</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, gedaan</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Overige gegevens</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message>
        <source>A case in the bundle is not valid; nothing was imported.</source>
        <translation>Een casus in de bundel is niet geldig; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The merged case would not be valid; nothing was imported.</source>
        <translation>De samengevoegde casus zou niet geldig zijn; er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>CaseInWords</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>field %1: %2</source>
        <translation>veld %1: %2</translation>
    </message>
    <message>
        <source>field %1: unknown key</source>
        <translation>veld %1: onbekende sleutel</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>moet een tekenreeks zijn</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>is langer dan %1 tekens</translation>
    </message>
    <message>
        <source>unknown code; allowed values: %1</source>
        <translation>onbekende code; toegestane waarden: %1</translation>
    </message>
    <message>
        <source>must be a real date written as YYYY-MM-DD</source>
        <translation>moet een bestaande datum zijn in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>moet een geheel getal van %1 tot en met %2 zijn</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>moet een array zijn</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>The case data is not valid: %1.</source>
        <translation>De casusgegevens zijn niet geldig: %1.</translation>
    </message>
    <message>
        <source>a case needs at least one of givenName, familyName or aliases</source>
        <translation>een casus moet ten minste één van givenName, familyName of aliases hebben</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation>ligt in de toekomst</translation>
    </message>
    <message>
        <source>lies before exploitationPeriod.from</source>
        <translation>ligt vóór exploitationPeriod.from</translation>
    </message>
    <message>
        <source>an unaccompanied minor must also have minor set to true</source>
        <translation>bij een alleenstaande minderjarige moet minor ook op true staan</translation>
    </message>
    <message>
        <source>lists more ages than childrenCount</source>
        <translation>bevat meer leeftijden dan childrenCount</translation>
    </message>
    <message>
        <source>is read-only</source>
        <translation>is alleen-lezen</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>bevat stuurtekens</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>heeft meer dan %1 items</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>There is no case with this id or case number.</source>
        <translation>Er is geen casus met deze id of dit casusnummer.</translation>
    </message>
    <message>
        <source>A stored case cannot be read; the vault may be damaged.</source>
        <translation>Een opgeslagen casus kan niet worden gelezen; de kluis is mogelijk beschadigd.</translation>
    </message>
    <message>
        <source>field phase: a new case cannot start closed.</source>
        <translation>veld phase: een nieuwe casus kan niet als afgesloten beginnen.</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Alleen een afgesloten casus kan worden heropend.</translation>
    </message>
    <message>
        <source>field text: a note cannot be empty.</source>
        <translation>veld text: een notitie kan niet leeg zijn.</translation>
    </message>
    <message>
        <source>field reflectionEnd: a reason is kept only with an extension or an early end of the reflection period, and this change moves neither.</source>
        <translation>veld reflectionEnd: een reden wordt alleen bewaard bij een verlenging of een vervroegd einde van de bedenktijd, en deze wijziging verschuift het einde niet.</translation>
    </message>
    <message>
        <source>field reflectionEnd: moving the end of a recorded reflection period (an extension or an early end) needs a reason.</source>
        <translation>veld reflectionEnd: het einde van een vastgelegde bedenktijd verschuiven (een verlenging of een vervroegd einde) vraagt om een reden.</translation>
    </message>
    <message>
        <source>field reflectionEnd: a reason is limited to 2000 characters.</source>
        <translation>veld reflectionEnd: een reden is maximaal 2000 tekens lang.</translation>
    </message>
    <message>
        <source>field text: a note is limited to %1 characters.</source>
        <translation>veld text: een notitie is beperkt tot %1 tekens.</translation>
    </message>
    <message>
        <source>field text: a note may hold line breaks but no other control characters.</source>
        <translation>veld text: een notitie mag regeleinden bevatten, maar geen andere stuurtekens.</translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message>
        <source>Unknown phase. Allowed phases: %1.</source>
        <translation>Onbekende fase. Toegestane fasen: %1.</translation>
    </message>
    <message>
        <source>Unknown exploitation form. Allowed forms: %1.</source>
        <translation>Onbekende uitbuitingsvorm. Toegestane vormen: %1.</translation>
    </message>
    <message>
        <source>The number of days cannot be negative.</source>
        <translation>Het aantal dagen kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Offset and limit cannot be negative.</source>
        <translation>Offset en limiet kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>Unknown threat code. Allowed codes: %1.</source>
        <translation>Onbekende dreigingscode. Toegestane codes: %1.</translation>
    </message>
    <message>
        <source>A security level is one of S0, S1, S2, S3 and S4.</source>
        <translation>Een beveiligingsniveau is S0, S1, S2, S3 of S4.</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDocument</name>
    <message>
        <source>Vangnet handover summary</source>
        <translation>Vangnet overdrachtssamenvatting</translation>
    </message>
    <message>
        <source>Handover summary of file %1</source>
        <translation>Overdrachtssamenvatting van dossier %1</translation>
    </message>
    <message>
        <source>Made on %1. Internal: for the care coordinator who takes over, within the team. Do not give it to anyone else; what may leave the team is listed under &quot;Sharing&quot;.</source>
        <translation>Gemaakt op %1. Intern: voor de zorgcoördinator die het dossier overneemt, binnen het team. Geef het aan niemand anders; wat buiten het team mag, staat onder &quot;Delen&quot;.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Het dossier</translation>
    </message>
    <message>
        <source>Nothing is recorded.</source>
        <translation>Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Sharing: what may go to whom now</source>
        <translation>Delen: wat nu naar wie mag</translation>
    </message>
    <message>
        <source>No consent is recorded: nothing may leave the team.</source>
        <translation>Er is geen toestemming vastgelegd: niets mag buiten het team.</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>No placement is recorded.</source>
        <translation>Er is geen plaatsing vastgelegd.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>There are no notes.</source>
        <translation>Er zijn geen aantekeningen.</translation>
    </message>
    <message>
        <source>Documents and scans in the vault</source>
        <translation>Documenten en scans in de kluis</translation>
    </message>
    <message>
        <source>There are no documents or scans.</source>
        <translation>Er zijn geen documenten of scans.</translation>
    </message>
</context>
<context>
    <name>CipherPageCheck</name>
    <message>
        <source>The vault&apos;s database cannot be read.</source>
        <translation>De database van de kluis kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or was altered.</source>
        <translation>De database van de kluis is beschadigd of gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>X (non-binary)</source>
        <translation>X (non-binair)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>0 to 11 years</source>
        <translation>0 tot en met 11 jaar</translation>
    </message>
    <message>
        <source>12 to 15 years</source>
        <translation>12 tot en met 15 jaar</translation>
    </message>
    <message>
        <source>16 or 17 years</source>
        <translation>16 of 17 jaar</translation>
    </message>
    <message>
        <source>18 to 22 years</source>
        <translation>18 tot en met 22 jaar</translation>
    </message>
    <message>
        <source>23 to 29 years</source>
        <translation>23 tot en met 29 jaar</translation>
    </message>
    <message>
        <source>30 to 39 years</source>
        <translation>30 tot en met 39 jaar</translation>
    </message>
    <message>
        <source>40 to 49 years</source>
        <translation>40 tot en met 49 jaar</translation>
    </message>
    <message>
        <source>50 to 64 years</source>
        <translation>50 tot en met 64 jaar</translation>
    </message>
    <message>
        <source>65 years or older</source>
        <translation>65 jaar of ouder</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Voogd</translation>
    </message>
    <message>
        <source>Nidos (guardianship for unaccompanied minors)</source>
        <translation>Nidos (voogdij voor alleenstaande minderjarigen)</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlander</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>EU-burger</translation>
    </message>
    <message>
        <source>Lawful residence (third country)</source>
        <translation>Rechtmatig verblijf (derde land)</translation>
    </message>
    <message>
        <source>Asylum procedure</source>
        <translation>Asielprocedure</translation>
    </message>
    <message>
        <source>Undocumented</source>
        <translation>Ongedocumenteerd</translation>
    </message>
    <message>
        <source>B8 reflection period</source>
        <translation>B8-bedenktijd</translation>
    </message>
    <message>
        <source>B8 residence permit</source>
        <translation>B8-verblijfsvergunning</translation>
    </message>
    <message>
        <source>Humanitarian permanent permit</source>
        <translation>Verblijfsvergunning humanitair niet-tijdelijk</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Seksuele uitbuiting</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation>Arbeidsuitbuiting</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <translation>Criminele uitbuiting</translation>
    </message>
    <message>
        <source>Organ removal</source>
        <translation>Orgaanverwijdering</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Royal Marechaussee (KMar)</source>
        <translation>Koninklijke Marechaussee (KMar)</translation>
    </message>
    <message>
        <source>Labour Inspectorate</source>
        <translation>Arbeidsinspectie</translation>
    </message>
    <message>
        <source>Care coordination</source>
        <translation>Zorgcoördinatie</translation>
    </message>
    <message>
        <source>FairWork</source>
        <translation>FairWork</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>No contact with the police</source>
        <translation>Geen contact met de politie</translation>
    </message>
    <message>
        <source>Informative talk</source>
        <translation>Informatief gesprek</translation>
    </message>
    <message>
        <source>Reflection period offered</source>
        <translation>Bedenktijd aangeboden</translation>
    </message>
    <message>
        <source>Report filed</source>
        <translation>Aangifte gedaan</translation>
    </message>
    <message>
        <source>Other cooperation</source>
        <translation>Andere medewerking</translation>
    </message>
    <message>
        <source>Not possible (threat or medical)</source>
        <translation>Niet mogelijk (dreiging of medisch)</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>Registration and shelter</source>
        <translation>Registratie en opvang</translation>
    </message>
    <message>
        <source>Registration and advice</source>
        <translation>Registratie en advies</translation>
    </message>
    <message>
        <source>Learning disability (LVB)</source>
        <translation>Licht verstandelijke beperking (lvb)</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psychische problematiek</translation>
    </message>
    <message>
        <source>Addiction</source>
        <translation>Verslaving</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medisch</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Zwangerschap</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oranje</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rood</translation>
    </message>
    <message>
        <source>Municipal registration</source>
        <translation>Inschrijving BRP</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>Zorgverzekering</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Uitkering</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Verblijfsvergunning</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Advocaat</translation>
    </message>
    <message>
        <source>Victim support</source>
        <translation>Slachtofferhulp</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Schadevergoeding</translation>
    </message>
    <message>
        <source>Aftercare contact</source>
        <translation>Nazorgcontact</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Reflection period</source>
        <translation>Bedenktijd</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>a two-letter ISO 3166-1 country code such as NL</source>
        <translation>een ISO 3166-1-landcode van twee letters, zoals NL</translation>
    </message>
    <message>
        <source>a two-letter ISO 639-1 language code such as nl</source>
        <translation>een ISO 639-1-taalcode van twee letters, zoals nl</translation>
    </message>
</context>
<context>
    <name>ConsentFormContent</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConsentFormDocument</name>
    <message>
        <source>Vangnet consent form</source>
        <translation>Vangnet toestemmingsformulier</translation>
    </message>
    <message>
        <source>An interpreter translated it for me.</source>
        <translation>Een tolk heeft het voor mij vertaald.</translation>
    </message>
    <message>
        <source>your care coordinator</source>
        <translation>uw zorgcoördinator</translation>
    </message>
</context>
<context>
    <name>ConsentPolicy</name>
    <message>
        <source>The exploitation form &quot;sexual&quot; was withheld: it is data about sexual life (GDPR art. 9) and the consent does not name that scope.</source>
        <translation>De uitbuitingsvorm &quot;sexual&quot; is achtergehouden: dit zijn gegevens over het seksuele leven (AVG art. 9) en de toestemming noemt die categorie niet.</translation>
    </message>
    <message>
        <source>no consent for this recipient and purpose</source>
        <translation>geen toestemming voor deze ontvanger en dit doel</translation>
    </message>
    <message>
        <source>consent not yet valid (it holds from %1)</source>
        <translation>toestemming nog niet geldig (geldt vanaf %1)</translation>
    </message>
    <message>
        <source>consent expired on %1</source>
        <translation>toestemming verlopen op %1</translation>
    </message>
    <message>
        <source>consent withdrawn on %1</source>
        <translation>toestemming ingetrokken op %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Nog niet geldig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Geen toestemming</translation>
    </message>
</context>
<context>
    <name>ConsentPurposes</name>
    <message>
        <source>Registration with CoMensha</source>
        <translation>Registratie bij CoMensha</translation>
    </message>
    <message>
        <source>Placement request to CoMensha</source>
        <translation>Plaatsingsverzoek aan CoMensha</translation>
    </message>
    <message>
        <source>Care and shelter (intake and risk summary)</source>
        <translation>Zorg en opvang (intake- en risicosamenvatting)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Other purpose</source>
        <translation>Ander doel</translation>
    </message>
    <message>
        <source>Handover within the team</source>
        <translation>Overdracht binnen het team</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistieken</translation>
    </message>
</context>
<context>
    <name>ConsentRegister</name>
    <message>
        <source>There is no such consent.</source>
        <translation>Deze toestemming bestaat niet.</translation>
    </message>
    <message>
        <source>The person themselves</source>
        <translation>De persoon zelf</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Voogd</translation>
    </message>
    <message>
        <source>Nidos (guardian of an unaccompanied minor)</source>
        <translation>Nidos (voogd van een alleenstaande minderjarige)</translation>
    </message>
    <message>
        <source>Written, on paper</source>
        <translation>Schriftelijk, op papier</translation>
    </message>
    <message>
        <source>Signed digitally</source>
        <translation>Digitaal ondertekend</translation>
    </message>
    <message>
        <source>purpose: registration and placement need separate consents (shelter must never depend on agreeing to registration)</source>
        <translation>purpose: registratie en plaatsing vereisen aparte toestemmingen (opvang mag nooit afhangen van instemming met registratie)</translation>
    </message>
    <message>
        <source>purpose: one consent names exactly one purpose</source>
        <translation>purpose: één toestemming noemt precies één doel</translation>
    </message>
    <message>
        <source>purpose: missing (one of %1)</source>
        <translation>purpose: ontbreekt (een van %1)</translation>
    </message>
    <message>
        <source>purpose: unknown purpose %1 (one of %2)</source>
        <translation>purpose: onbekend doel %1 (een van %2)</translation>
    </message>
    <message>
        <source>scopes: unknown scope %1 (one of %2)</source>
        <translation>scopes: onbekende categorie %1 (een van %2)</translation>
    </message>
    <message>
        <source>method: missing (written or signed_digitally)</source>
        <translation>method: ontbreekt (written of signed_digitally)</translation>
    </message>
    <message>
        <source>method: unknown method %1 (written or signed_digitally)</source>
        <translation>method: onbekende methode %1 (written of signed_digitally)</translation>
    </message>
    <message>
        <source>signer: unknown signer %1 (one of %2)</source>
        <translation>signer: onbekende ondertekenaar %1 (een van %2)</translation>
    </message>
    <message>
        <source>language: not an ISO 639-1 language code (two letters, such as nl or ro)</source>
        <translation>language: geen ISO 639-1-taalcode (twee letters, zoals nl of ro)</translation>
    </message>
    <message>
        <source>case: missing</source>
        <translation>case: ontbreekt</translation>
    </message>
    <message>
        <source>recipient: missing</source>
        <translation>recipient: ontbreekt</translation>
    </message>
    <message>
        <source>The consent is not valid: %1.</source>
        <translation>De toestemming is niet geldig: %1.</translation>
    </message>
    <message>
        <source>The person is younger than 16, so a parent, guardian or Nidos must sign the consent, not the person themselves.</source>
        <translation>De persoon is jonger dan 16; daarom moet een ouder, voogd of Nidos de toestemming ondertekenen, niet de persoon zelf.</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>Deze bijlage bestaat niet.</translation>
    </message>
    <message>
        <source>The scan belongs to another case.</source>
        <translation>De scan hoort bij een andere casus.</translation>
    </message>
    <message>
        <source>This consent was withdrawn already on %1.</source>
        <translation>Deze toestemming is al ingetrokken op %1.</translation>
    </message>
    <message>
        <source>describe the purpose &quot;%1&quot;</source>
        <translation>beschrijf het doel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>choose at least one kind of data the person agreed to share</source>
        <translation>kies ten minste één soort gegevens die de persoon wil laten delen</translation>
    </message>
    <message>
        <source>the consent expires before it starts to hold</source>
        <translation>de toestemming verloopt voordat ze ingaat</translation>
    </message>
    <message>
        <source>paper form: not a SHA-256 fingerprint</source>
        <translation>papieren formulier: geen SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>paper form: a form signed on paper goes with the method &quot;written&quot;</source>
        <translation>papieren formulier: een op papier getekend formulier hoort bij de methode &quot;written&quot; (schriftelijk)</translation>
    </message>
</context>
<context>
    <name>ConsentScopes</name>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Verblijfplaats</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Uitbuiting</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Sexual life</source>
        <translation>Seksueel leven</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Daders</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Verblijfsstatus</translation>
    </message>
    <message>
        <source>Special category of personal data (GDPR art. 9): health, learning disability, addiction, pregnancy.</source>
        <translation>Bijzondere categorie persoonsgegevens (AVG art. 9): gezondheid, licht verstandelijke beperking, verslaving, zwangerschap.</translation>
    </message>
    <message>
        <source>Criminal-offence data (GDPR art. 10): perpetrators and the threat assessment.</source>
        <translation>Strafrechtelijke persoonsgegevens (AVG art. 10): daders en de dreigingsinschatting.</translation>
    </message>
    <message>
        <source>Special category of personal data (GDPR art. 9): without it, sexual exploitation is withheld.</source>
        <translation>Bijzonder persoonsgegeven (AVG art. 9): zonder deze toestemming wordt seksuele uitbuiting niet gedeeld.</translation>
    </message>
    <message>
        <source>Name, birth date or age, gender, nationality, languages, phone.</source>
        <translation>Naam, geboortedatum of leeftijd, geslacht, nationaliteit, talen, telefoon.</translation>
    </message>
    <message>
        <source>Where the person stays: region and required security level.</source>
        <translation>Waar de persoon verblijft: regio en vereist beveiligingsniveau.</translation>
    </message>
    <message>
        <source>Form, sector, region and period; who signalled it.</source>
        <translation>Vorm, sector, regio en periode; wie het signaleerde.</translation>
    </message>
    <message>
        <source>Learning disability, mental health, addiction, medical, pregnancy.</source>
        <translation>Licht verstandelijke beperking, psychische zorg, verslaving, medisch, zwangerschap.</translation>
    </message>
    <message>
        <source>That the exploitation was sexual.</source>
        <translation>Dat de uitbuiting seksueel was.</translation>
    </message>
    <message>
        <source>The perpetrators and the threat assessment.</source>
        <translation>De daders en de dreigingsinschatting.</translation>
    </message>
    <message>
        <source>How many children are with the person, and their ages.</source>
        <translation>Hoeveel kinderen bij de persoon zijn, en hun leeftijden.</translation>
    </message>
    <message>
        <source>Residence status, reflection period, whether a minor.</source>
        <translation>Verblijfsstatus, bedenktijd, of de persoon minderjarig is.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>This is not a Vangnet contact card.</source>
        <translation>Dit is geen Vangnet-contactkaart.</translation>
    </message>
    <message>
        <source>The contact card was altered after it was made: its signature does not match.</source>
        <translation>De contactkaart is na het aanmaken gewijzigd: de handtekening komt niet overeen.</translation>
    </message>
    <message>
        <source>The card file cannot be read.</source>
        <translation>Het kaartbestand kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>There is no such contact.</source>
        <translation>Dit contact bestaat niet.</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>een contact heeft een naam nodig</translation>
    </message>
    <message>
        <source>kind must be team or external</source>
        <translation>kind moet team of external zijn</translation>
    </message>
    <message>
        <source>a contact needs both public keys and a fingerprint</source>
        <translation>een contact heeft beide openbare sleutels en een vingerafdruk nodig</translation>
    </message>
    <message>
        <source>The contact is not valid: %1.</source>
        <translation>Het contact is niet geldig: %1.</translation>
    </message>
    <message>
        <source>A contact with the same keys exists already.</source>
        <translation>Er bestaat al een contact met dezelfde sleutels.</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts have this name; give the contact&apos;s id instead.</source>
        <translation>
            <numerusform>%n contact heeft deze naam; geef in plaats daarvan de id van het contact op.</numerusform>
            <numerusform>%n contacten hebben deze naam; geef in plaats daarvan de id van het contact op.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact kind must be team or external.</source>
        <translation>Het soort contact moet team of external zijn.</translation>
    </message>
    <message>
        <source>%1 is named in consents or in sent or received bundles. The contact stays, so that the registers keep saying who received what.</source>
        <translation>%1 komt voor in toestemmingen of in verstuurde of ontvangen bundels. Het contact blijft bestaan, zodat de registers blijven laten zien wie wat heeft ontvangen.</translation>
    </message>
</context>
<context>
    <name>ContactVerification</name>
    <message>
        <source>Verify a contact</source>
        <translation>Een contact verifiëren</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 verifiëren</translation>
    </message>
    <message>
        <source>Call %1 on a phone number you already know (not one from the contact card) and ask them to read out their fingerprint. It must match exactly:

%2

Do the fingerprints match?</source>
        <translation>Bel %1 op een telefoonnummer dat u al kent (niet een nummer van de contactkaart) en vraag of ze hun vingerafdruk voorlezen. Die moet precies overeenkomen met:

%2

Komen de vingerafdrukken overeen?</translation>
    </message>
</context>
<context>
    <name>DangerAssessment</name>
    <message>
        <source>The threat assessment is red.</source>
        <translation>De dreigingsinschatting is rood.</translation>
    </message>
    <message>
        <source>The police protect this person after their own threat assessment.</source>
        <translation>De politie beschermt deze persoon na een eigen dreigingsinschatting.</translation>
    </message>
    <message>
        <source>A perpetrator is actively searching for the victim.</source>
        <translation>Een dader zoekt actief naar het slachtoffer.</translation>
    </message>
    <message>
        <source>A perpetrator knows where the victim is.</source>
        <translation>Een dader weet waar het slachtoffer is.</translation>
    </message>
    <message>
        <source>In imminent danger: call 112 and notify the police.</source>
        <translation>Bij direct gevaar: bel 112 en breng de politie op de hoogte.</translation>
    </message>
</context>
<context>
    <name>DangerMarks</name>
    <message>
        <source>Not assessed</source>
        <translation>Niet ingeschat</translation>
    </message>
    <message>
        <source>No threat assessment recorded.</source>
        <translation>Er is geen dreigingsinschatting vastgelegd.</translation>
    </message>
    <message>
        <source>Threat assessment: %1.</source>
        <translation>Dreigingsinschatting: %1.</translation>
    </message>
    <message>
        <source>Required security level: %1.</source>
        <translation>Vereist beveiligingsniveau: %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file does not exist.</source>
        <translation>Het databasebestand bestaat niet.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>De database kon niet worden geopend.</translation>
    </message>
    <message>
        <source>Internal error: the database key has the wrong size.</source>
        <translation>Interne fout: de databasesleutel heeft de verkeerde grootte.</translation>
    </message>
    <message>
        <source>The encryption layer refused the key.</source>
        <translation>De versleutelingslaag heeft de sleutel geweigerd.</translation>
    </message>
    <message>
        <source>The database file is damaged or was altered, or it does not belong to this key file.</source>
        <translation>Het databasebestand is beschadigd of gewijzigd, of het hoort niet bij dit sleutelbestand.</translation>
    </message>
    <message>
        <source>No such record.</source>
        <translation>Dit record bestaat niet.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>De schijf is vol. Er is niets gewijzigd; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database file is damaged or was altered.</source>
        <translation>Het databasebestand is beschadigd of gewijzigd.</translation>
    </message>
    <message>
        <source>The database is busy in another process.</source>
        <translation>De database is bezet door een ander proces.</translation>
    </message>
    <message>
        <source>The database cannot be written: check the folder&apos;s permissions.</source>
        <translation>Er kan niet naar de database worden geschreven: controleer de rechten van de map.</translation>
    </message>
    <message>
        <source>Reading or writing the disk failed. Nothing was changed.</source>
        <translation>Lezen van of schrijven naar de schijf is mislukt. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The change conflicts with data already stored.</source>
        <translation>De wijziging conflicteert met gegevens die al zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Unexpected database error.</source>
        <translation>Onverwachte databasefout.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date from the calendar</source>
        <translation>Kies een datum in de kalender</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>nog %n dag</numerusform>
            <numerusform>nog %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>The number of days cannot be negative.</source>
        <translation>Het aantal dagen kan niet negatief zijn.</translation>
    </message>
</context>
<context>
    <name>DisclosureRegister</name>
    <message>
        <source>A disclosure needs a case, a recipient, scopes, a bundle and a consent.</source>
        <translation>Een verstrekking vereist een casus, een ontvanger, categorieën, een bundel en een toestemming.</translation>
    </message>
    <message>
        <source>The consent is for another case, recipient or purpose; nothing may be disclosed on it.</source>
        <translation>De toestemming geldt voor een andere casus, ontvanger of een ander doel; op basis hiervan mag niets worden verstrekt.</translation>
    </message>
    <message>
        <source>The consent does not cover the scope %1.</source>
        <translation>De toestemming dekt de categorie %1 niet.</translation>
    </message>
    <message>
        <source>The consent is not valid on the day of the disclosure.</source>
        <translation>De toestemming is niet geldig op de dag van de verstrekking.</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>No printer is set up on this computer. Save the document as a PDF instead and print it elsewhere, or set up a printer first.</source>
        <translation>Op deze computer is geen printer ingesteld. Sla het document op als pdf en druk het ergens anders af, of stel eerst een printer in.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Geen printer</translation>
    </message>
    <message>
        <source>Printing goes to a printer only; use Save as PDF for a file. Nothing was printed.</source>
        <translation>Afdrukken gaat alleen naar een printer; gebruik Opslaan als pdf voor een bestand. Er is niets afgedrukt.</translation>
    </message>
</context>
<context>
    <name>ExchangeFolder</name>
    <message>
        <source>a temporary file that is still being copied; it is read once it is complete</source>
        <translation>een tijdelijk bestand dat nog wordt gekopieerd; het wordt gelezen zodra het compleet is</translation>
    </message>
    <message>
        <source>a conflict copy made by the sync program; the original is read, the copy is left alone</source>
        <translation>een conflictkopie van het synchronisatieprogramma; het origineel wordt gelezen, de kopie blijft staan</translation>
    </message>
    <message>
        <source>not a Vangnet exchange file</source>
        <translation>geen uitwisselbestand van Vangnet</translation>
    </message>
    <message>
        <source>No exchange folder is set. Choose one in the Sharing section (or: config set exchange.folder FOLDER), or save the bundle as a file.</source>
        <translation>Er is geen uitwisselmap ingesteld. Kies er een in het onderdeel Delen (of: config set exchange.folder MAP), of sla de bundel op als bestand.</translation>
    </message>
    <message>
        <source>The exchange folder %1 cannot be reached (is the share connected?). Nothing was sent.</source>
        <translation>De uitwisselmap %1 is niet bereikbaar (is de netwerkschijf verbonden?). Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>%1 has no mailbox in the exchange folder yet: their Vangnet creates it the first time it uses this folder. Nothing was sent.</source>
        <translation>%1 heeft nog geen postvak in de uitwisselmap: hun Vangnet maakt het de eerste keer dat het deze map gebruikt. Er is niets verstuurd.</translation>
    </message>
</context>
<context>
    <name>ExchangeSync</name>
    <message>
        <source>No exchange folder is set. Choose one in the Sharing section (or: config set exchange.folder FOLDER).</source>
        <translation>Er is geen uitwisselmap ingesteld. Kies er een in het onderdeel Delen (of: config set exchange.folder MAP).</translation>
    </message>
    <message>
        <source>The exchange folder %1 cannot be reached (is the share connected?). Nothing was sent or received; everything waits for the next try.</source>
        <translation>De uitwisselmap %1 is niet bereikbaar (is de netwerkschijf verbonden?). Er is niets verstuurd of ontvangen; alles wacht op de volgende poging.</translation>
    </message>
    <message>
        <source>still being written; it is read once it stops changing</source>
        <translation>wordt nog geschreven; het wordt gelezen zodra het niet meer verandert</translation>
    </message>
    <message>
        <source>cannot be read yet; it is tried again next time</source>
        <translation>kan nog niet worden gelezen; het wordt de volgende keer opnieuw geprobeerd</translation>
    </message>
    <message>
        <source>not addressed to this vault; left alone</source>
        <translation>niet aan deze kluis gericht; blijft staan</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>geweigerd: %1</translation>
    </message>
    <message>
        <source>refused: a copy of a bundle that was imported before (replayed); nothing changed</source>
        <translation>geweigerd: een kopie van een bundel die al eerder is ingelezen (herhaald); er is niets veranderd</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>niet ingelezen: %1</translation>
    </message>
    <message>
        <source>refused: a receipt for a bundle this vault did not send to its signer</source>
        <translation>geweigerd: een ontvangstbewijs voor een bundel die deze kluis niet aan de ondertekenaar heeft gestuurd</translation>
    </message>
    <message>
        <source>refused: the bundle was marked delivered before (a replayed receipt)</source>
        <translation>geweigerd: de bundel was al als afgeleverd gemarkeerd (een herhaald ontvangstbewijs)</translation>
    </message>
    <message>
        <source>A receipt cannot be written into the exchange folder; it is tried again next time.</source>
        <translation>Een ontvangstbewijs kan niet in de uitwisselmap worden geschreven; het wordt de volgende keer opnieuw geprobeerd.</translation>
    </message>
</context>
<context>
    <name>ExportPlanner</name>
    <message>
        <source>The contact %1 is not verified: compare the fingerprint with them by phone first, then mark the contact as verified.</source>
        <translation>Het contact %1 is niet geverifieerd: vergelijk eerst telefonisch de vingerafdruk met het contact en markeer het contact daarna als geverifieerd.</translation>
    </message>
    <message>
        <source>An export to a team contact hands over whole cases; its purpose is &quot;handover&quot;. To share with an external organisation, mark the contact as external.</source>
        <translation>Een export naar een teamcontact draagt volledige casussen over; het doel is &quot;handover&quot;. Markeer het contact als extern om gegevens te delen met een externe organisatie.</translation>
    </message>
    <message>
        <source>Unknown purpose; allowed values: %1.</source>
        <translation>Onbekend doel; toegestane waarden: %1.</translation>
    </message>
</context>
<context>
    <name>ExtractedDatabase</name>
    <message>
        <source>The file %1 cannot be created.</source>
        <translation>Het bestand %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Het bestand %1 kan niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>FormTemplates</name>
    <message>
        <source>The form %1 does not exist.</source>
        <translation>Het formulier %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The form %1 could not be read.</source>
        <translation>Het formulier %1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The form %1 is too large to be a form.</source>
        <translation>Het formulier %1 is te groot voor een formulier.</translation>
    </message>
    <message>
        <source>%1 is not a language code (two letters, such as nl or en).</source>
        <translation>%1 is geen taalcode (twee letters, zoals nl of en).</translation>
    </message>
    <message>
        <source>There is no %1 form in the language &quot;%2&quot;. Add %3 to the forms folder %4.</source>
        <translation>Er is geen formulier %1 in de taal &quot;%2&quot;. Zet %3 in de formulierenmap %4.</translation>
    </message>
</context>
<context>
    <name>HandoverSummary</name>
    <message>
        <source>%1: %2 (since %3)</source>
        <translation>%1: %2 (sinds %3)</translation>
    </message>
    <message>
        <source>a removed shelter</source>
        <translation>een verwijderde opvang</translation>
    </message>
    <message>
        <source>%1, %2: may receive %3</source>
        <translation>%1, %2: mag ontvangen: %3</translation>
    </message>
    <message>
        <source>%1, %2: nothing (%3)</source>
        <translation>%1, %2: niets (%3)</translation>
    </message>
</context>
<context>
    <name>IdentityStore</name>
    <message>
        <source>The vault&apos;s identity is missing.</source>
        <translation>De identiteit van de kluis ontbreekt.</translation>
    </message>
    <message>
        <source>The vault&apos;s identity keys are damaged.</source>
        <translation>De identiteitssleutels van de kluis zijn beschadigd.</translation>
    </message>
</context>
<context>
    <name>IncidentCodes</name>
    <message>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Opvang</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Verbal aggression</source>
        <translation>Verbale agressie</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedreiging</translation>
    </message>
    <message>
        <source>Physical violence</source>
        <translation>Fysiek geweld</translation>
    </message>
    <message>
        <source>Damage to property</source>
        <translation>Schade aan eigendommen</translation>
    </message>
    <message>
        <source>Stalking</source>
        <translation>Stalking</translation>
    </message>
    <message>
        <source>Intimidation via family</source>
        <translation>Intimidatie via familie</translation>
    </message>
    <message>
        <source>Exploiter</source>
        <translation>Uitbuiter</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
</context>
<context>
    <name>IncidentJson</name>
    <message>
        <source>Unknown field &quot;%1&quot;. Allowed fields: %2.</source>
        <translation>Onbekend veld &quot;%1&quot;. Toegestane velden: %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a text.</source>
        <translation>Het veld &quot;%1&quot; moet tekst zijn.</translation>
    </message>
    <message>
        <source>The field &quot;date&quot; is required (YYYY-MM-DD).</source>
        <translation>Het veld &quot;date&quot; is verplicht (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>The field &quot;policeReport&quot; takes true or false, a reference text, or {&quot;filed&quot;: true, &quot;reference&quot;: &quot;...&quot;}.</source>
        <translation>Het veld &quot;policeReport&quot; accepteert true of false, een referentietekst of {&quot;filed&quot;: true, &quot;reference&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>The date of the incident is required (YYYY-MM-DD).</source>
        <translation>De datum van het incident is verplicht (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required. Allowed values: %2.</source>
        <translation>Het veld &quot;%1&quot; is verplicht. Toegestane waarden: %2.</translation>
    </message>
    <message>
        <source>The field &quot;description&quot; is required: describe what happened.</source>
        <translation>Het veld &quot;description&quot; is verplicht: beschrijf wat er is gebeurd.</translation>
    </message>
    <message>
        <source>Unknown field. Allowed fields: %1.</source>
        <translation>Onbekend veld. Toegestane velden: %1.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Het veld &quot;%1&quot; is langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; contains control characters.</source>
        <translation>Het veld &quot;%1&quot; bevat stuurtekens.</translation>
    </message>
    <message>
        <source>The field &quot;date&quot; is not a valid date; use YYYY-MM-DD, for example 2024-03-18.</source>
        <translation>Het veld &quot;date&quot; is geen geldige datum; gebruik JJJJ-MM-DD (YYYY-MM-DD), bijvoorbeeld 2024-03-18.</translation>
    </message>
    <message>
        <source>The field &quot;policeReport&quot; holds a reference of at most %1 characters on one line.</source>
        <translation>Het veld &quot;policeReport&quot; bevat een kenmerk van hoogstens %1 tekens op één regel.</translation>
    </message>
    <message>
        <source>Unknown field in &quot;policeReport&quot;. Allowed fields: filed, reference.</source>
        <translation>Onbekend veld in &quot;policeReport&quot;. Toegestane velden: filed, reference.</translation>
    </message>
    <message>
        <source>The field &quot;date&quot; lies in the future; an incident is recorded after it happened.</source>
        <translation>Het veld &quot;date&quot; ligt in de toekomst; een incident wordt vastgelegd nadat het is gebeurd.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds an unknown code. Allowed values: %2.</source>
        <translation>Het veld &quot;%1&quot; bevat een onbekende code. Toegestane waarden: %2.</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>Unknown status &quot;%1&quot;. Allowed values: %2.</source>
        <translation>Onbekende status &quot;%1&quot;. Toegestane waarden: %2.</translation>
    </message>
    <message>
        <source>There is no incident with the id %1.</source>
        <translation>Er is geen incident met de id %1.</translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>The cryptographic library could not be started.</source>
        <translation>De cryptografische bibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The key file holds key-derivation parameters outside the allowed range.</source>
        <translation>Het sleutelbestand bevat parameters voor sleutelafleiding buiten het toegestane bereik.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Onvoldoende geheugen om de sleutel uit de wachtwoordzin af te leiden.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The vault&apos;s key file is damaged or was altered.</source>
        <translation>Het sleutelbestand van de kluis is beschadigd of gewijzigd.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>De wachtwoordzin is onjuist.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this vault.</source>
        <translation>Deze herstelsleutel hoort niet bij deze kluis.</translation>
    </message>
    <message>
        <source>This folder holds no Vangnet vault (the key file vault.key is missing).</source>
        <translation>Deze map bevat geen Vangnet-kluis (het sleutelbestand vault.key ontbreekt).</translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be read.</source>
        <translation>Het sleutelbestand van de kluis kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>This is not a Vangnet vault.</source>
        <translation>Dit is geen Vangnet-kluis.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Vangnet (key file format %1). Update Vangnet to open it.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Vangnet (sleutelbestandsformaat %1). Werk Vangnet bij om de kluis te openen.</translation>
    </message>
    <message>
        <source>The new key file did not read back correctly from the disk, so the old one was kept. Nothing was changed. Check the disk.</source>
        <translation>Het nieuwe sleutelbestand kon niet correct van de schijf worden teruggelezen; het oude is daarom behouden. Er is niets gewijzigd. Controleer de schijf.</translation>
    </message>
    <message>
        <source>The passphrase slot of the vault&apos;s key file is damaged. Open the vault with the recovery key.</source>
        <translation>Het wachtwoordzinvak van het sleutelbestand van de kluis is beschadigd. Open de kluis met de herstelsleutel.</translation>
    </message>
    <message>
        <source>The recovery slot of the vault&apos;s key file is damaged: the recovery key cannot open this vault. Open it with the passphrase and make a new recovery key.</source>
        <translation>Het herstelvak van het sleutelbestand van de kluis is beschadigd: de herstelsleutel kan deze kluis niet openen. Open de kluis met de wachtwoordzin en maak een nieuwe herstelsleutel.</translation>
    </message>
</context>
<context>
    <name>KeyWrap</name>
    <message>
        <source>The key does not fit this lock.</source>
        <translation>De sleutel past niet op dit slot.</translation>
    </message>
</context>
<context>
    <name>LegalHolds</name>
    <message>
        <source>A legal hold needs its reason, for example an ongoing criminal case or a pending residence procedure.</source>
        <translation>Een bewaarblokkade heeft een reden nodig, bijvoorbeeld een lopende strafzaak of een lopende verblijfsprocedure.</translation>
    </message>
    <message>
        <source>The reason is one line of at most %1 characters.</source>
        <translation>De reden is één regel van hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>This case has no legal hold.</source>
        <translation>Deze casus heeft geen bewaarblokkade.</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>The bundle&apos;s manifest is not valid (%1); the bundle is damaged or was not made by Vangnet.</source>
        <translation>Het manifest van de bundel is niet geldig (%1); de bundel is beschadigd of niet door Vangnet gemaakt.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>geen JSON-object</translation>
    </message>
    <message>
        <source>This bundle&apos;s manifest has version %1, which this version of Vangnet does not know. Update Vangnet to read it.</source>
        <translation>Het manifest van deze bundel heeft versie %1, die deze versie van Vangnet niet kent. Werk Vangnet bij om de bundel te lezen.</translation>
    </message>
    <message>
        <source>Handover within the team</source>
        <translation>Overdracht binnen het team</translation>
    </message>
    <message>
        <source>Shared with consent</source>
        <translation>Gedeeld met toestemming</translation>
    </message>
    <message>
        <source>Statistics without personal data</source>
        <translation>Statistieken zonder persoonsgegevens</translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation>Onbekende soort</translation>
    </message>
    <message>
        <source>same organisation (handover)</source>
        <translation>zelfde organisatie (overdracht)</translation>
    </message>
    <message>
        <source>aggregated, no personal data</source>
        <translation>samengeteld, geen persoonsgegevens</translation>
    </message>
    <message>
        <source>the person&apos;s consent</source>
        <translation>toestemming van de persoon</translation>
    </message>
</context>
<context>
    <name>MergeConflicts</name>
    <message>
        <source>There is no merge conflict with this id.</source>
        <translation>Er is geen samenvoegconflict met deze id.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Dit conflict is al opgelost.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This vault was written by a newer version of Vangnet (schema %1; this version knows up to %2). Update Vangnet to open it.</source>
        <translation>Deze kluis is geschreven door een nieuwere versie van Vangnet (schema %1; deze versie kent tot en met %2). Werk Vangnet bij om de kluis te openen.</translation>
    </message>
</context>
<context>
    <name>OpenRiskOverview</name>
    <message>
        <source>%1 (%2, source: %3)</source>
        <translation>%1 (%2, bron: %3)</translation>
    </message>
    <message>
        <source>Visit rules (see the note)</source>
        <translation>Bezoekafspraken (zie de notitie)</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>The passphrase is too short: use at least %1 characters (this one has %2). Several unrelated words are easy to remember and hard to guess.</source>
        <translation>De wachtwoordzin is te kort: gebruik ten minste %1 tekens (deze heeft er %2). Meerdere woorden zonder onderling verband zijn makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <source>The passphrase repeats the same character or a short pattern.</source>
        <translation>De wachtwoordzin herhaalt hetzelfde teken of een kort patroon.</translation>
    </message>
    <message>
        <source>The passphrase is a keyboard or number sequence.</source>
        <translation>De wachtwoordzin is een toetsenbord- of cijferreeks.</translation>
    </message>
    <message>
        <source>The passphrase is a common password, or one with a few characters added. Such lists are the first thing an attacker tries.</source>
        <translation>De wachtwoordzin is een veelgebruikt wachtwoord, of een veelgebruikt wachtwoord met een paar extra tekens. Zulke lijsten probeert een aanvaller als eerste.</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>The document could not be laid out as a PDF.</source>
        <translation>Het document kon niet als pdf worden opgemaakt.</translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>The period needs a first and a last day.</source>
        <translation>De periode heeft een eerste en een laatste dag nodig.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation>De periode begint op %1, na de laatste dag %2.</translation>
    </message>
    <message>
        <source>Signals per month</source>
        <translation>Signaleringen per maand</translation>
    </message>
    <message>
        <source>Intakes per month</source>
        <translation>Intakes per maand</translation>
    </message>
    <message>
        <source>Placements that began, by kind of shelter</source>
        <translation>Plaatsingen die begonnen, naar soort opvang</translation>
    </message>
    <message>
        <source>Kind of shelter</source>
        <translation>Soort opvang</translation>
    </message>
    <message>
        <source>Cases closed, by the phase they were closed in</source>
        <translation>Afgesloten casussen, naar de fase waarin ze werden afgesloten</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Forms of exploitation of the cases signalled</source>
        <translation>Vormen van uitbuiting van de gesignaleerde casussen</translation>
    </message>
    <message>
        <source>Form of exploitation</source>
        <translation>Vorm van uitbuiting</translation>
    </message>
    <message>
        <source>Age of the cases signalled, on the day of the signal</source>
        <translation>Leeftijd van de gesignaleerde casussen, op de dag van de signalering</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Regions of the cases signalled</source>
        <translation>Regio&apos;s van de gesignaleerde casussen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Cases signalled</source>
        <translation>Gesignaleerde casussen</translation>
    </message>
</context>
<context>
    <name>PeriodReportDocument</name>
    <message>
        <source>Vangnet periodic report</source>
        <translation>Vangnet periodieke rapportage</translation>
    </message>
    <message>
        <source>Periodic report: %1</source>
        <translation>Periodieke rapportage: %1</translation>
    </message>
    <message>
        <source>Made on %1. Counts below %2 are shown as &quot;&lt;%2&quot;, and where such a count could be worked out from a total, another count is hidden as well. No names or case numbers are in this report.</source>
        <translation>Gemaakt op %1. Aantallen onder %2 staan er als &quot;&lt;%2&quot;, en waar zo&apos;n aantal uit een totaal te berekenen is, is ook een ander aantal verborgen. Er staan geen namen of casusnummers in deze rapportage.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Cases signalled (a case can have several forms)</source>
        <translation>Gesignaleerde casussen (een casus kan meer vormen hebben)</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Unknown phase. Allowed phases: %1.</source>
        <translation>Onbekende fase. Toegestane fasen: %1.</translation>
    </message>
    <message>
        <source>The case is already in this phase.</source>
        <translation>De casus is al in deze fase.</translation>
    </message>
    <message>
        <source>This phase change is not allowed. From phase %1 the case can go to: %2.</source>
        <translation>Deze faseovergang is niet toegestaan. Vanuit fase %1 kan de casus naar: %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Closing a case requires a reason.</source>
        <translation>Voor het afsluiten van een casus is een reden vereist.</translation>
    </message>
    <message>
        <source>Reopening a case requires a reason.</source>
        <translation>Voor het heropenen van een casus is een reden vereist.</translation>
    </message>
</context>
<context>
    <name>PlacementAdvisor</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>%1 tot en met %2 jaar</translation>
    </message>
    <message>
        <source>unknown age</source>
        <translation>onbekende leeftijd</translation>
    </message>
    <message>
        <source>unknown gender</source>
        <translation>onbekend geslacht</translation>
    </message>
    <message>
        <source>Does not accept %1 (accepts: %2).</source>
        <translation>Accepteert %1 niet (accepteert: %2).</translation>
    </message>
    <message>
        <source>A women&apos;s shelter takes only women.</source>
        <translation>Een vrouwenopvang neemt alleen vrouwen op.</translation>
    </message>
    <message>
        <source>A men&apos;s shelter takes only men.</source>
        <translation>Een mannenopvang neemt alleen mannen op.</translation>
    </message>
    <message>
        <source>Takes ages %1 to %2; the person&apos;s age is %3.</source>
        <translation>Neemt leeftijden van %1 tot en met %2 op; leeftijd van de persoon: %3.</translation>
    </message>
    <message>
        <source>A minor is placed only in youth care; this is a %1.</source>
        <translation>Een minderjarige wordt alleen in de jeugdzorg geplaatst; dit is een %1.</translation>
    </message>
    <message>
        <source>An adult is never placed in youth care (%1).</source>
        <translation>Een volwassene wordt nooit in de jeugdzorg geplaatst (%1).</translation>
    </message>
    <message>
        <source>A girls-only group takes only girls.</source>
        <translation>Een meisjesgroep neemt alleen meisjes op.</translation>
    </message>
    <message>
        <source>A girl is placed in a girls-only group unless there are weighty reasons (none recorded).</source>
        <translation>Een meisje wordt in een meisjesgroep geplaatst, tenzij er zwaarwegende redenen zijn (er zijn er geen vastgelegd).</translation>
    </message>
    <message>
        <source>An unaccompanied minor is placed only in protected shelter for unaccompanied minors.</source>
        <translation>Een alleenstaande minderjarige wordt alleen geplaatst in beschermde opvang voor alleenstaande minderjarigen.</translation>
    </message>
    <message>
        <source>Protected shelter is only for unaccompanied minors.</source>
        <translation>Beschermde opvang is alleen voor alleenstaande minderjarigen.</translation>
    </message>
    <message>
        <source>COSM is only for non-Dutch adults in the reflection period (residence status: %1).</source>
        <translation>COSM is alleen voor niet-Nederlandse volwassenen in de bedenktijd (verblijfsstatus: %1).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>A non-Dutch adult in the reflection period goes to COSM (placed by CoMensha), not to a %1.</source>
        <translation>Een niet-Nederlandse volwassene in de bedenktijd gaat naar COSM (geplaatst door CoMensha), niet naar een %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n multi-problem need(s) (learning disability, mental health, addiction): OMM is required.</source>
        <translation>
            <numerusform>%n zorgbehoefte bij meervoudige problematiek (licht verstandelijke beperking, psychische problematiek, verslaving): OMM is vereist.</numerusform>
            <numerusform>%n zorgbehoeften bij meervoudige problematiek (licht verstandelijke beperking, psychische problematiek, verslaving): OMM is vereist.</numerusform>
        </translation>
    </message>
    <message>
        <source>OMM is for people with a learning disability, mental-health or addiction needs; none is recorded.</source>
        <translation>OMM is voor mensen met een licht verstandelijke beperking, psychische problematiek of verslavingsproblematiek; geen daarvan is vastgelegd.</translation>
    </message>
    <message>
        <source>Labour beds are for victims of labour exploitation; that form is not recorded.</source>
        <translation>Opvangbedden arbeidsuitbuiting zijn voor slachtoffers van arbeidsuitbuiting; die uitbuitingsvorm is niet vastgelegd.</translation>
    </message>
    <message>
        <source>Secure youth care needs a judge&apos;s authorisation; none is recorded.</source>
        <translation>Gesloten jeugdzorg vereist een rechterlijke machtiging; die is niet vastgelegd.</translation>
    </message>
    <message>
        <source>Security level %1 is below the required %2.</source>
        <translation>Beveiligingsniveau %1 is lager dan het vereiste %2.</translation>
    </message>
    <message>
        <source>No free bed.</source>
        <translation>Geen vrij bed.</translation>
    </message>
    <message numerus="yes">
        <source>Does not take children (the person has %n child(ren) with them).</source>
        <translation>
            <numerusform>Neemt geen kinderen op (de persoon heeft %n kind bij zich).</numerusform>
            <numerusform>Neemt geen kinderen op (de persoon heeft %n kinderen bij zich).</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not take pets.</source>
        <translation>Neemt geen huisdieren op.</translation>
    </message>
    <message>
        <source>Does not take residence status %1.</source>
        <translation>Neemt geen personen op met verblijfsstatus %1.</translation>
    </message>
    <message>
        <source>In the region where the exploitation happened (%1).</source>
        <translation>In de regio waar de uitbuiting plaatsvond (%1).</translation>
    </message>
    <message>
        <source>Outside the region where the exploitation happened (%1).</source>
        <translation>Buiten de regio waar de uitbuiting plaatsvond (%1).</translation>
    </message>
    <message>
        <source>In an area a perpetrator is known in (%1).</source>
        <translation>In een gebied waar een dader bekend is (%1).</translation>
    </message>
    <message>
        <source>Away from every area the perpetrators are known in.</source>
        <translation>Buiten alle gebieden waar de daders bekend zijn.</translation>
    </message>
    <message>
        <source>Staff speak %1.</source>
        <translation>Medewerkers spreken %1.</translation>
    </message>
    <message>
        <source>No shared language: an interpreter is needed.</source>
        <translation>Geen gemeenschappelijke taal: er is een tolk nodig.</translation>
    </message>
    <message>
        <source>Specialised in %1.</source>
        <translation>Gespecialiseerd in %1.</translation>
    </message>
    <message>
        <source>Experienced with %1.</source>
        <translation>Ervaring met %1.</translation>
    </message>
    <message>
        <source>OMM is preferred for a learning disability, mental-health or addiction need.</source>
        <translation>OMM heeft de voorkeur bij een licht verstandelijke beperking, psychische problematiek of verslaving.</translation>
    </message>
    <message>
        <source>Availability has no date: confirm the free bed first.</source>
        <translation>Beschikbaarheid heeft geen datum: bevestig eerst het vrije bed.</translation>
    </message>
    <message>
        <source>Availability as of %1, more than %2 days ago: confirm the free bed first.</source>
        <translation>Beschikbaarheid per %1, meer dan %2 dagen geleden: bevestig eerst het vrije bed.</translation>
    </message>
    <message>
        <source>Availability as of %1, more than %2 days ago.</source>
        <translation>Beschikbaarheid per %1, meer dan %2 dagen geleden.</translation>
    </message>
    <message>
        <source>Availability confirmed on %1.</source>
        <translation>Beschikbaarheid bevestigd op %1.</translation>
    </message>
    <message>
        <source>COSM places are assigned only by CoMensha: contact CoMensha.</source>
        <translation>COSM-plaatsen worden alleen door CoMensha toegewezen: neem contact op met CoMensha.</translation>
    </message>
    <message>
        <source>A non-Dutch adult in the reflection period is placed in COSM only by CoMensha: always contact CoMensha.</source>
        <translation>Een niet-Nederlandse volwassene in de bedenktijd wordt alleen door CoMensha in COSM geplaatst: neem altijd contact op met CoMensha.</translation>
    </message>
    <message>
        <source>The shelter registry is empty: import the registry first.</source>
        <translation>Het opvangregister is leeg: importeer eerst het register.</translation>
    </message>
    <message>
        <source>No shelter fits. The rule &quot;%1&quot; excluded the most shelters (%2 of %3).</source>
        <translation>Geen enkele opvang past. De regel &quot;%1&quot; sloot de meeste opvanglocaties uit (%2 van %3).</translation>
    </message>
    <message>
        <source>Contact CoMensha: COSM places are assigned only by CoMensha.</source>
        <translation>Neem contact op met CoMensha: COSM-plaatsen worden alleen door CoMensha toegewezen.</translation>
    </message>
    <message>
        <source>Discuss protection with the police; in imminent danger call 112.</source>
        <translation>Bespreek bescherming met de politie; bel bij direct gevaar 112.</translation>
    </message>
    <message>
        <source>Ask the youth-care crisis service (and Nidos for an unaccompanied minor) for an emergency place.</source>
        <translation>Vraag de crisisdienst van de jeugdzorg (en bij een alleenstaande minderjarige Nidos) om een noodplek.</translation>
    </message>
    <message>
        <source>Use an emergency bed (about three nights) while a place is found.</source>
        <translation>Gebruik een noodbed (ongeveer drie nachten) zolang er een plek wordt gezocht.</translation>
    </message>
    <message>
        <source>Consider a placement outside the region.</source>
        <translation>Overweeg een plaatsing buiten de regio.</translation>
    </message>
    <message>
        <source>Contact CoMensha for a national placement.</source>
        <translation>Neem contact op met CoMensha voor een landelijke plaatsing.</translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <source>Unknown placement status %1; allowed values: %2.</source>
        <translation>Onbekende plaatsingsstatus %1; toegestane waarden: %2.</translation>
    </message>
    <message>
        <source>The shelter %1 has no free bed.</source>
        <translation>De opvang %1 heeft geen vrij bed.</translation>
    </message>
    <message>
        <source>A placement needs a case.</source>
        <translation>Een plaatsing vereist een casus.</translation>
    </message>
    <message>
        <source>Holding a bed needs an expiry in the future.</source>
        <translation>Voor het reserveren van een bed is een vervaldatum in de toekomst nodig.</translation>
    </message>
    <message>
        <source>There is no shelter with the id %1.</source>
        <translation>Er is geen opvang met de id %1.</translation>
    </message>
    <message>
        <source>The case is already placed (placement %1). End that placement first.</source>
        <translation>De casus is al geplaatst (plaatsing %1). Beëindig eerst die plaatsing.</translation>
    </message>
    <message>
        <source>Ending or refusing a placement needs a reason.</source>
        <translation>Voor het beëindigen of weigeren van een plaatsing is een reden vereist.</translation>
    </message>
    <message>
        <source>A placement cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Een plaatsing kan niet van &quot;%1&quot; naar &quot;%2&quot; gaan.</translation>
    </message>
    <message>
        <source>The hold on the bed expired.</source>
        <translation>De reservering van het bed is verlopen.</translation>
    </message>
    <message>
        <source>There is no placement with the id %1.</source>
        <translation>Er is geen plaatsing met de id %1.</translation>
    </message>
</context>
<context>
    <name>PlacementRequestContent</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>The placement request may not go to %1: %2.</source>
        <translation>Het plaatsingsverzoek mag niet naar %1: %2.</translation>
    </message>
    <message>
        <source>The consent for %1 does not name the perpetrators, so their details stay out of the placement request.</source>
        <translation>De toestemming voor %1 noemt de daders niet; daarom blijven hun gegevens buiten het plaatsingsverzoek.</translation>
    </message>
    <message>
        <source>Threat level</source>
        <translation>Dreigingsniveau</translation>
    </message>
    <message>
        <source>Areas where perpetrators are known</source>
        <translation>Gebieden waar daders bekend zijn</translation>
    </message>
    <message>
        <source>A perpetrator knows where the person is</source>
        <translation>Een dader weet waar de persoon is</translation>
    </message>
    <message>
        <source>A perpetrator is searching for the person</source>
        <translation>Een dader zoekt de persoon</translation>
    </message>
</context>
<context>
    <name>PlacementRequestDocument</name>
    <message>
        <source>Vangnet placement request</source>
        <translation>Vangnet plaatsingsverzoek</translation>
    </message>
    <message>
        <source>Placement request</source>
        <translation>Plaatsingsverzoek</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Opvang</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status of the placement</source>
        <translation>Stand van de plaatsing</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>Over de persoon</translation>
    </message>
    <message>
        <source>The consent releases no details beyond the file number.</source>
        <translation>De toestemming geeft niets vrij behalve het dossiernummer.</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Dreiging</translation>
    </message>
    <message>
        <source>Shared with the person&apos;s consent, for this placement only. Do not pass it on. The person&apos;s name and address are given in person at intake.</source>
        <translation>Gedeeld met toestemming van de persoon, alleen voor deze plaatsing. Niet doorgeven. Naam en adres van de persoon worden bij de intake persoonlijk gegeven.</translation>
    </message>
</context>
<context>
    <name>PlacementRules</name>
    <message>
        <source>gender</source>
        <translation>geslacht</translation>
    </message>
    <message>
        <source>age</source>
        <translation>leeftijd</translation>
    </message>
    <message>
        <source>minors only in youth care</source>
        <translation>minderjarigen alleen in de jeugdzorg</translation>
    </message>
    <message>
        <source>adults never in youth care</source>
        <translation>volwassenen nooit in de jeugdzorg</translation>
    </message>
    <message>
        <source>girls-only groups</source>
        <translation>meisjesgroepen</translation>
    </message>
    <message>
        <source>unaccompanied minors</source>
        <translation>alleenstaande minderjarigen</translation>
    </message>
    <message>
        <source>COSM for non-Dutch adults in the reflection period</source>
        <translation>COSM voor niet-Nederlandse volwassenen in de bedenktijd</translation>
    </message>
    <message>
        <source>multi-problem shelter (OMM)</source>
        <translation>opvang voor meervoudige problematiek (OMM)</translation>
    </message>
    <message>
        <source>labour beds</source>
        <translation>opvangbedden arbeidsuitbuiting</translation>
    </message>
    <message>
        <source>judge&apos;s authorisation</source>
        <translation>rechterlijke machtiging</translation>
    </message>
    <message>
        <source>security level</source>
        <translation>beveiligingsniveau</translation>
    </message>
    <message>
        <source>free bed</source>
        <translation>vrij bed</translation>
    </message>
    <message>
        <source>children</source>
        <translation>kinderen</translation>
    </message>
    <message>
        <source>pets</source>
        <translation>huisdieren</translation>
    </message>
    <message>
        <source>residence status</source>
        <translation>verblijfsstatus</translation>
    </message>
</context>
<context>
    <name>PlacementService</name>
    <message>
        <source>A bed is held for 1 to 90 days.</source>
        <translation>Een bed wordt 1 tot en met 90 dagen gereserveerd.</translation>
    </message>
    <message>
        <source>The shelter is excluded for this case: %1 Give a reason to place anyway.</source>
        <translation>De opvang is uitgesloten voor deze casus: %1 Geef een reden op om toch te plaatsen.</translation>
    </message>
    <message>
        <source>The shelter is excluded for this case: %1</source>
        <translation>De opvang is uitgesloten voor deze casus: %1</translation>
    </message>
</context>
<context>
    <name>PlaintextWriteConfirmation</name>
    <message>
        <source>You are about to write %1 to “%2”.

This file is NOT encrypted: it leaves the vault&apos;s protection. Anyone who gets hold of it (on this disk, a USB stick, a synced or shared folder, a backup) can read it. Only your user account can open it on this computer.

Write the unencrypted file? Delete it as soon as it is no longer needed.</source>
        <translation>Je staat op het punt %1 te schrijven naar “%2”.

Dit bestand is NIET versleuteld: het valt buiten de bescherming van de kluis. Wie het in handen krijgt (op deze schijf, een USB-stick, een gesynchroniseerde of gedeelde map, een back-up) kan het lezen. Op deze computer kan alleen jouw gebruikersaccount het openen.

Het onversleutelde bestand schrijven? Verwijder het zodra het niet meer nodig is.</translation>
    </message>
    <message>
        <source>Write an unencrypted file?</source>
        <translation>Een onversleuteld bestand schrijven?</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>The receipt is damaged or was not made by Vangnet.</source>
        <translation>Het ontvangstbewijs is beschadigd of niet door Vangnet gemaakt.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Het bestand %1 kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>RecipientProfiles</name>
    <message>
        <source>At most: exploitation form, nationality, age band (never the birth date), gender, reporter type, region and the date of the signal.</source>
        <translation>Maximaal: uitbuitingsvorm, nationaliteit, leeftijdscategorie (nooit de geboortedatum), geslacht, type melder, regio en de datum van het signaal.</translation>
    </message>
    <message>
        <source>At most: the registration data plus needs, children, languages, residence status and the required security level.</source>
        <translation>Maximaal: de registratiegegevens plus zorgbehoeften, kinderen, talen, verblijfsstatus en het vereiste beveiligingsniveau.</translation>
    </message>
    <message>
        <source>At most: an intake and risk summary; the perpetrators&apos; own details are never included.</source>
        <translation>Maximaal: een intake- en risicosamenvatting; de eigen gegevens van de daders worden nooit meegestuurd.</translation>
    </message>
    <message>
        <source>Only what the consent names; in acute danger call 112 instead.</source>
        <translation>Alleen wat de toestemming noemt; bel bij acuut gevaar in plaats daarvan 112.</translation>
    </message>
    <message>
        <source>Only what the consent names.</source>
        <translation>Alleen wat de toestemming noemt.</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Audit entries</source>
        <translation>Auditregels</translation>
    </message>
    <message>
        <source>Backups made</source>
        <translation>Gemaakte back-ups</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Case forms</source>
        <translation>Casusformulieren</translation>
    </message>
    <message>
        <source>Case changes</source>
        <translation>Wijzigingen in casussen</translation>
    </message>
    <message>
        <source>Names for searching</source>
        <translation>Namen om op te zoeken</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Security levels set by hand</source>
        <translation>Met de hand gekozen beveiligingsniveaus</translation>
    </message>
    <message>
        <source>Case numbers of senders</source>
        <translation>Casusnummers van afzenders</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Niet-opgeslagen concepten</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Verstuurde bundels</translation>
    </message>
    <message>
        <source>Own exchange identity</source>
        <translation>Eigen uitwisselidentiteit</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Ontvangen bundels</translation>
    </message>
    <message>
        <source>Conflicts to decide</source>
        <translation>Te beslissen conflicten</translation>
    </message>
    <message>
        <source>Placement steps</source>
        <translation>Plaatsingsstappen</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>Records received</source>
        <translation>Ontvangen gegevens</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Opgeslagen filters</translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation>Opvanglocaties</translation>
    </message>
    <message>
        <source>Incidents against staff</source>
        <translation>Incidenten tegen medewerkers</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>Kluisinstellingen</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Opgeslagen weergaven</translation>
    </message>
    <message>
        <source>Visit rules</source>
        <translation>Bezoekafspraken</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Overige gegevens</translation>
    </message>
    <message>
        <source>Everything is encrypted with AES and a 256-bit key; every page of the database carries a seal that shows any change made outside Vangnet.</source>
        <translation>Alles is versleuteld met AES en een sleutel van 256 bits; elke pagina van de database draagt een zegel dat elke wijziging buiten Vangnet om laat zien.</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Bewaarblokkades</translation>
    </message>
    <message>
        <source>Erased cases (number and date only)</source>
        <translation>Gewiste casussen (alleen nummer en datum)</translation>
    </message>
    <message>
        <source>Disclosures of erased cases</source>
        <translation>Verstrekkingen van gewiste casussen</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>A recovery key has %1 characters (without dashes); this one has %2.</source>
        <translation>Een herstelsleutel heeft %1 tekens (zonder streepjes); deze heeft er %2.</translation>
    </message>
    <message>
        <source>The recovery key contains a character that cannot occur in it: &quot;%1&quot;.</source>
        <translation>De herstelsleutel bevat een teken dat er niet in kan voorkomen: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The recovery key contains a typing error. Check it character by character.</source>
        <translation>De herstelsleutel bevat een typefout. Controleer de sleutel teken voor teken.</translation>
    </message>
</context>
<context>
    <name>ReflectionPeriod</name>
    <message>
        <source>lies before reflectionStart</source>
        <translation>ligt vóór reflectionStart</translation>
    </message>
    <message>
        <source>the B8 reflection period lasts at most three months from its start: it can end earlier, not later</source>
        <translation>de B8-bedenktijd duurt maximaal drie maanden vanaf de start: hij kan eerder eindigen, niet later</translation>
    </message>
</context>
<context>
    <name>RequiredSecurityLevel</name>
    <message>
        <source>Police protection or a police threat assessment: S4.</source>
        <translation>Politiebescherming of een dreigingsinschatting door de politie: S4.</translation>
    </message>
    <message>
        <source>Threat assessment red: S3.</source>
        <translation>Dreigingsinschatting rood: S3.</translation>
    </message>
    <message>
        <source>Threat assessment orange: S2.</source>
        <translation>Dreigingsinschatting oranje: S2.</translation>
    </message>
    <message>
        <source>Threat assessment green: S1.</source>
        <translation>Dreigingsinschatting groen: S1.</translation>
    </message>
    <message>
        <source>a perpetrator actively searches for the victim and knows where the victim is</source>
        <translation>een dader actief naar het slachtoffer zoekt en weet waar het slachtoffer is</translation>
    </message>
    <message>
        <source>a perpetrator actively searches for the victim</source>
        <translation>een dader actief naar het slachtoffer zoekt</translation>
    </message>
    <message>
        <source>a perpetrator knows where the victim is</source>
        <translation>een dader weet waar het slachtoffer is</translation>
    </message>
    <message>
        <source>One level higher because %1: %2.</source>
        <translation>Eén niveau hoger omdat %1: %2.</translation>
    </message>
    <message>
        <source>Already at the highest level although %1.</source>
        <translation>Al op het hoogste niveau, hoewel %1.</translation>
    </message>
    <message>
        <source>Set by hand to %1 (derived: %2). Reason: %3</source>
        <translation>Handmatig ingesteld op %1 (afgeleid: %2). Reden: %3</translation>
    </message>
    <message>
        <source>The security level must be one of S0, S1, S2, S3, S4.</source>
        <translation>Het beveiligingsniveau moet S0, S1, S2, S3 of S4 zijn.</translation>
    </message>
    <message>
        <source>Setting the security level by hand needs a reason.</source>
        <translation>Voor het handmatig instellen van het beveiligingsniveau is een reden vereist.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>De reden is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>No threat assessment recorded yet: treated as green (S1) until one is done.</source>
        <translation>Nog geen dreigingsinschatting vastgelegd: geldt als groen (S1) totdat er een is uitgevoerd.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>opened for a minor (Youth Act)</source>
        <translation>geopend voor een minderjarige (Jeugdwet)</translation>
    </message>
    <message>
        <source>of an adult (Social Support Act)</source>
        <translation>van een volwassene (Wmo)</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <source>A saved filter needs a name.</source>
        <translation>Een opgeslagen filter heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The name of a saved filter is at most 200 characters long.</source>
        <translation>De naam van een opgeslagen filter is maximaal 200 tekens lang.</translation>
    </message>
</context>
<context>
    <name>ScopedFieldsText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>onbekende gegevens</translation>
    </message>
</context>
<context>
    <name>SecurityLevels</name>
    <message>
        <source>outpatient help, own home, safety plan</source>
        <translation>ambulante hulp, eigen woning, veiligheidsplan</translation>
    </message>
    <message>
        <source>open shelter, address known</source>
        <translation>open opvang, adres bekend</translation>
    </message>
    <message>
        <source>shielded: address not published, access control</source>
        <translation>afgeschermd: adres niet openbaar, toegangscontrole</translation>
    </message>
    <message>
        <source>secret address, outside the victim&apos;s and the exploiter&apos;s region</source>
        <translation>geheim adres, buiten de regio van het slachtoffer en van de uitbuiter</translation>
    </message>
    <message>
        <source>hiding address and/or police protection (the police decide)</source>
        <translation>onderduikadres en/of politiebescherming (de politie beslist)</translation>
    </message>
</context>
<context>
    <name>ShelterCodes</name>
    <message>
        <source>COSM (categorial shelter, placed by CoMensha)</source>
        <translation>COSM (categorale opvang, plaatsing door CoMensha)</translation>
    </message>
    <message>
        <source>OMM (multi-problem shelter)</source>
        <translation>OMM (opvang voor meervoudige problematiek)</translation>
    </message>
    <message>
        <source>Beds for victims of labour exploitation</source>
        <translation>Bedden voor slachtoffers van arbeidsuitbuiting</translation>
    </message>
    <message>
        <source>Women&apos;s shelter</source>
        <translation>Vrouwenopvang</translation>
    </message>
    <message>
        <source>Men&apos;s shelter</source>
        <translation>Mannenopvang</translation>
    </message>
    <message>
        <source>General shelter</source>
        <translation>Algemene opvang</translation>
    </message>
    <message>
        <source>Emergency bed (about three nights)</source>
        <translation>Noodbed (ongeveer drie nachten)</translation>
    </message>
    <message>
        <source>Youth care, open group</source>
        <translation>Jeugdzorg, open groep</translation>
    </message>
    <message>
        <source>Youth care, girls-only group</source>
        <translation>Jeugdzorg, meisjesgroep</translation>
    </message>
    <message>
        <source>Secure youth care (judge&apos;s authorisation)</source>
        <translation>Gesloten jeugdzorg (rechterlijke machtiging)</translation>
    </message>
    <message>
        <source>Protected shelter for unaccompanied minors</source>
        <translation>Beschermde opvang voor alleenstaande minderjarigen</translation>
    </message>
    <message>
        <source>Safe house</source>
        <translation>Safehouse</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Openbaar adres</translation>
    </message>
    <message>
        <source>Shielded address (not published)</source>
        <translation>Afgeschermd adres (niet openbaar)</translation>
    </message>
    <message>
        <source>Secret address (opaque reference only)</source>
        <translation>Geheim adres (alleen een niet-herleidbare verwijzing)</translation>
    </message>
    <message>
        <source>Directly by the care coordinator</source>
        <translation>Rechtstreeks door de zorgcoördinator</translation>
    </message>
    <message>
        <source>Only through CoMensha</source>
        <translation>Alleen via CoMensha</translation>
    </message>
    <message>
        <source>Through Nidos (guardianship)</source>
        <translation>Via Nidos (voogdij)</translation>
    </message>
    <message>
        <source>Through the youth-care referral</source>
        <translation>Via een verwijzing naar jeugdzorg</translation>
    </message>
    <message>
        <source>Police decide</source>
        <translation>Politie beslist</translation>
    </message>
    <message>
        <source>Learning disability (LVB)</source>
        <translation>Licht verstandelijke beperking (lvb)</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psychische problematiek</translation>
    </message>
    <message>
        <source>Addiction</source>
        <translation>Verslaving</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Medische zorg</translation>
    </message>
    <message>
        <source>Pregnancy and young mothers</source>
        <translation>Zwangerschap en jonge moeders</translation>
    </message>
    <message>
        <source>Trauma care</source>
        <translation>Traumazorg</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Seksuele uitbuiting</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation>Arbeidsuitbuiting</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <translation>Criminele uitbuiting</translation>
    </message>
    <message>
        <source>LGBTIQ+ victims</source>
        <translation>Lhbtiq+-slachtoffers</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Bed held</source>
        <translation>Bed gereserveerd</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Geplaatst</translation>
    </message>
    <message>
        <source>Wait list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Reservering verlopen</translation>
    </message>
    <message>
        <source>S0 – outpatient help, own home, safety plan</source>
        <translation>S0 – ambulante hulp, eigen woning, veiligheidsplan</translation>
    </message>
    <message>
        <source>S1 – open shelter, address known</source>
        <translation>S1 – open opvang, adres bekend</translation>
    </message>
    <message>
        <source>S2 – shielded address, access control</source>
        <translation>S2 – afgeschermd adres, toegangscontrole</translation>
    </message>
    <message>
        <source>S3 – secret address outside the region</source>
        <translation>S3 – geheim adres buiten de regio</translation>
    </message>
    <message>
        <source>S4 – hiding address or police protection</source>
        <translation>S4 – onderduikadres of politiebescherming</translation>
    </message>
</context>
<context>
    <name>ShelterImportExport</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Het bestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at character %1).</source>
        <translation>Het bestand bevat geen geldige JSON (bij teken %1).</translation>
    </message>
    <message>
        <source>The file must hold a JSON array of shelters.</source>
        <translation>Het bestand moet een JSON-array met opvangen bevatten.</translation>
    </message>
    <message>
        <source>Import shelters</source>
        <translation>Opvangen importeren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-bestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n shelter(s) imported or updated.</source>
        <translation>
            <numerusform>%n opvang geïmporteerd of bijgewerkt.</numerusform>
            <numerusform>%n opvangen geïmporteerd of bijgewerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export shelters</source>
        <translation>Opvangen exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%n shelter(s) exported with addresses. Keep the file encrypted and delete it when done.</source>
        <translation>
            <numerusform>%n opvang geëxporteerd met adressen. Bewaar het bestand versleuteld en verwijder het na gebruik.</numerusform>
            <numerusform>%n opvangen geëxporteerd met adressen. Bewaar het bestand versleuteld en verwijder het na gebruik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shelter(s) exported without addresses.</source>
        <translation>
            <numerusform>%n opvang geëxporteerd zonder adressen.</numerusform>
            <numerusform>%n opvangen geëxporteerd zonder adressen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShelterJson</name>
    <message>
        <source>field %1: %2</source>
        <translation>veld %1: %2</translation>
    </message>
    <message>
        <source>field %1: unknown key</source>
        <translation>veld %1: onbekende sleutel</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>moet een tekenreeks zijn</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>is langer dan %1 tekens</translation>
    </message>
    <message>
        <source>unknown code; allowed values: %1</source>
        <translation>onbekende code; toegestane waarden: %1</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>moet tussen %1 en %2 liggen</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>must be a date written as YYYY-MM-DD</source>
        <translation>moet een datum zijn in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>must be an array of codes</source>
        <translation>moet een array van codes zijn</translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>mag alleen letters, cijfers, &apos;.&apos;, &apos;_&apos; en &apos;-&apos; bevatten</translation>
    </message>
    <message>
        <source>must be one of S0, S1, S2, S3, S4</source>
        <translation>moet S0, S1, S2, S3 of S4 zijn</translation>
    </message>
    <message>
        <source>a COSM shelter is placed only through CoMensha (&quot;comensha&quot;)</source>
        <translation>plaatsing in een COSM-opvang verloopt alleen via CoMensha (&quot;comensha&quot;)</translation>
    </message>
    <message>
        <source>cannot exceed the capacity</source>
        <translation>mag de capaciteit niet overschrijden</translation>
    </message>
    <message>
        <source>must not be below minAge</source>
        <translation>mag niet lager zijn dan minAge</translation>
    </message>
    <message>
        <source>two-letter ISO 639-1 codes</source>
        <translation>ISO 639-1-codes van twee letters</translation>
    </message>
    <message>
        <source>a shelter with a secret address carries only a region and an opaque reference, never the address</source>
        <translation>een opvang met een geheim adres bevat alleen een regio en een niet-herleidbare verwijzing, nooit het adres</translation>
    </message>
    <message>
        <source>The shelter data is invalid: %1.</source>
        <translation>De opvanggegevens zijn ongeldig: %1.</translation>
    </message>
    <message>
        <source>element %1: must be an object</source>
        <translation>element %1: moet een object zijn</translation>
    </message>
    <message>
        <source>field %1id: the same id appears twice</source>
        <translation>veld %1id: dezelfde id komt twee keer voor</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>bevat stuurtekens</translation>
    </message>
    <message>
        <source>The shelter list holds more than %1 shelters; import it in parts.</source>
        <translation>De lijst bevat meer dan %1 opvanglocaties; importeer haar in delen.</translation>
    </message>
</context>
<context>
    <name>ShelterRepository</name>
    <message>
        <source>There is no shelter with the id %1.</source>
        <translation>Er is geen opvang met de id %1.</translation>
    </message>
    <message>
        <source>Free beds must be between 0 and the capacity (%1).</source>
        <translation>Vrije bedden moeten tussen 0 en de capaciteit (%1) liggen.</translation>
    </message>
    <message>
        <source>The shelter %1 has placements in its history and cannot be removed.</source>
        <translation>De opvang %1 heeft plaatsingen in de geschiedenis en kan niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message>
        <source>The suppression threshold must be at least %1.</source>
        <translation>De onderdrukkingsdrempel moet ten minste %1 zijn.</translation>
    </message>
</context>
<context>
    <name>StatisticsTable</name>
    <message>
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Year of signal</source>
        <translation>Jaar van signaal</translation>
    </message>
    <message>
        <source>Form of exploitation</source>
        <translation>Vorm van uitbuiting</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Signalled by</source>
        <translation>Gesignaleerd door</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>all cases</source>
        <translation>alle casussen</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This vault is already open in another Vangnet window or program. Close it there first; only one program may change a vault at a time.</source>
        <translation>Deze kluis is al geopend in een ander Vangnet-venster of -programma. Sluit de kluis daar eerst; slechts één programma tegelijk mag een kluis wijzigen.</translation>
    </message>
    <message>
        <source>The vault folder cannot be written: check its permissions.</source>
        <translation>Er kan niet naar de kluismap worden geschreven: controleer de rechten van de map.</translation>
    </message>
    <message>
        <source>There is already a vault in this folder. Vangnet never overwrites a vault; choose another folder.</source>
        <translation>Er staat al een kluis in deze map. Vangnet overschrijft nooit een kluis; kies een andere map.</translation>
    </message>
    <message>
        <source>The vault folder cannot be created.</source>
        <translation>De kluismap kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file (vault.db) is missing. Restore the whole vault folder from a backup.</source>
        <translation>Het databasebestand van de kluis (vault.db) ontbreekt. Zet de volledige kluismap terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>The database and the key file in this folder belong to different vaults.</source>
        <translation>De database en het sleutelbestand in deze map horen bij verschillende kluizen.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>The new vault&apos;s database could not be put in place.</source>
        <translation>De database van de nieuwe kluis kon niet op de juiste plaats worden gezet.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or was altered.</source>
        <translation>De database van de kluis is beschadigd of gewijzigd.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or was altered. Restore the vault folder from a backup.</source>
        <translation>De database van de kluis is beschadigd of gewijzigd. Zet de kluismap terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>The vault folder&apos;s path names a file, not a folder. Choose another folder.</source>
        <translation>Het pad van de kluismap wijst naar een bestand, niet naar een map. Kies een andere map.</translation>
    </message>
    <message>
        <source>The folder already holds other files. A vault is created only in a new or empty folder: choose another one.</source>
        <translation>De map bevat al andere bestanden. Een kluis wordt alleen in een nieuwe of lege map gemaakt: kies een andere.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file (vault.db) is empty. Restore the whole vault folder from a backup.</source>
        <translation>Het databasebestand van de kluis (vault.db) is leeg. Zet de hele kluismap terug uit een reservekopie.</translation>
    </message>
    <message>
        <source>The disk is full: the vault could be opened, but not read in the background. Free some space, then lock and unlock the vault.</source>
        <translation>De schijf is vol: de kluis kon worden geopend, maar niet op de achtergrond worden gelezen. Maak ruimte vrij en vergrendel en ontgrendel de kluis daarna.</translation>
    </message>
    <message>
        <source>The new vault&apos;s database could not be written completely. Nothing was changed.</source>
        <translation>De database van de nieuwe kluis kon niet volledig worden geschreven. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The vault folder could not be flushed to disk.</source>
        <translation>De kluismap kon niet naar de schijf worden weggeschreven.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or was altered: %1</source>
        <translation>Het sleutelbestand van de kluis is beschadigd of gewijzigd: %1</translation>
    </message>
    <message>
        <source>The key file in the vault folder belongs to another vault.</source>
        <translation>Het sleutelbestand in de kluismap hoort bij een andere kluis.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file was altered: its authenticator was removed. Set a new passphrase and make a new recovery key.</source>
        <translation>Het sleutelbestand van de kluis is gewijzigd: de authenticator is verwijderd. Stel een nieuwe wachtwoordzin in en maak een nieuwe herstelsleutel.</translation>
    </message>
    <message>
        <source>Both slots of the vault&apos;s key file (passphrase and recovery) are damaged or were altered. While the vault is open, set a new passphrase and make a new recovery key.</source>
        <translation>Beide vakken van het sleutelbestand van de kluis (wachtwoordzin en herstel) zijn beschadigd of gewijzigd. Stel, zolang de kluis open is, een nieuwe wachtwoordzin in en maak een nieuwe herstelsleutel.</translation>
    </message>
    <message>
        <source>The passphrase slot of the vault&apos;s key file is damaged or was altered: the passphrase may no longer open the vault. While it is open, set a new passphrase.</source>
        <translation>Het wachtwoordzinvak van het sleutelbestand van de kluis is beschadigd of gewijzigd: de wachtwoordzin opent de kluis mogelijk niet meer. Stel, zolang de kluis open is, een nieuwe wachtwoordzin in.</translation>
    </message>
    <message>
        <source>The recovery slot of the vault&apos;s key file is damaged or was altered: the recovery key no longer opens the vault. Make a new recovery key now.</source>
        <translation>Het herstelvak van het sleutelbestand van de kluis is beschadigd of gewijzigd: de herstelsleutel opent de kluis niet meer. Maak nu een nieuwe herstelsleutel.</translation>
    </message>
</context>
<context>
    <name>VaultConfig</name>
    <message>
        <source>folder that receives the automatic backups (a USB stick, a share)</source>
        <translation>map die de automatische back-ups ontvangt (een USB-stick, een netwerkshare)</translation>
    </message>
    <message>
        <source>hours after which the desktop makes a new backup at lock or quit</source>
        <translation>aantal uren waarna het bureaubladprogramma bij vergrendelen of afsluiten een nieuwe back-up maakt</translation>
    </message>
    <message>
        <source>backups kept by prune: one for each of this many days</source>
        <translation>back-ups die prune bewaart: één voor elk van zoveel dagen</translation>
    </message>
    <message>
        <source>backups kept by prune: one for each of this many weeks</source>
        <translation>back-ups die prune bewaart: één voor elk van zoveel weken</translation>
    </message>
    <message>
        <source>backups kept by prune: one for each of this many months</source>
        <translation>back-ups die prune bewaart: één voor elk van zoveel maanden</translation>
    </message>
    <message>
        <source>There is no vault setting &quot;%1&quot;. Known settings: %2.</source>
        <translation>Er is geen kluisinstelling &quot;%1&quot;. Bekende instellingen: %2.</translation>
    </message>
    <message>
        <source>%1 takes the full path of a folder.</source>
        <translation>%1 verwacht het volledige pad van een map.</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3.</source>
        <translation>%1 verwacht een geheel getal van %2 tot en met %3.</translation>
    </message>
    <message>
        <source>Unknown setting type.</source>
        <translation>Onbekend type instelling.</translation>
    </message>
    <message>
        <source>folder a sync engine shares with the team; bundles go and come through it</source>
        <translation>map die een synchronisatieprogramma met het team deelt; bundels gaan en komen erdoorheen</translation>
    </message>
    <message>
        <source>statistics counts below this leave the laptop only as &quot;&lt;n&quot;</source>
        <translation>statistiektellingen onder dit getal verlaten de laptop alleen als &quot;&lt;n&quot;</translation>
    </message>
    <message>
        <source>years a closed case is kept after closing (adults; Wmo 2015 practice)</source>
        <translation>jaren dat een afgesloten casus bewaard blijft na het afsluiten (volwassenen; gebruik onder de Wmo 2015)</translation>
    </message>
    <message>
        <source>years a closed case opened for a minor is kept after closing (Jeugdwet)</source>
        <translation>jaren dat een afgesloten casus van een minderjarige bewaard blijft na het afsluiten (Jeugdwet)</translation>
    </message>
</context>
<context>
    <name>ViewStateStore</name>
    <message>
        <source>A view state needs the name of its view.</source>
        <translation>Een weergavestand heeft de naam van zijn weergave nodig.</translation>
    </message>
</context>
<context>
    <name>VisitRuleCodes</name>
    <message>
        <source>Visits only with two staff members</source>
        <translation>Bezoeken alleen met twee medewerkers</translation>
    </message>
    <message>
        <source>No home visits</source>
        <translation>Geen huisbezoeken</translation>
    </message>
    <message>
        <source>Meet at the police station</source>
        <translation>Afspreken op het politiebureau</translation>
    </message>
    <message>
        <source>Meet at the office only</source>
        <translation>Alleen afspreken op kantoor</translation>
    </message>
    <message>
        <source>Inform the team before every visit</source>
        <translation>Informeer het team vóór elk bezoek</translation>
    </message>
    <message>
        <source>No visits alone after dark</source>
        <translation>Na donker geen bezoeken alleen</translation>
    </message>
    <message>
        <source>Unknown visit rule &quot;%1&quot;. Allowed values: %2.</source>
        <translation>Onbekende bezoekafspraak &quot;%1&quot;. Toegestane waarden: %2.</translation>
    </message>
</context>
<context>
    <name>VisitRulesRepository</name>
    <message>
        <source>Visit rules need the id of their case.</source>
        <translation>Voor bezoekafspraken is de id van de casus nodig.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>De optie %1 heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Het bestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoordzin: </translation>
    </message>
    <message>
        <source>No passphrase given: set VANGNET_PASSPHRASE, use --passphrase-file FILE, or run in a terminal to be asked.</source>
        <translation>Geen wachtwoordzin opgegeven: stel VANGNET_PASSPHRASE in, gebruik --passphrase-file FILE of start het programma in een terminal om ernaar gevraagd te worden.</translation>
    </message>
    <message>
        <source>No value given: set %1, use the file option, or run in a terminal to be asked.</source>
        <translation>Geen waarde opgegeven: stel %1 in, gebruik de bestandsoptie of start het programma in een terminal om ernaar gevraagd te worden.</translation>
    </message>
    <message>
        <source>Repeat to confirm: </source>
        <translation>Herhaal ter bevestiging: </translation>
    </message>
    <message>
        <source>The two entries differ. Nothing was changed.</source>
        <translation>De twee invoeren komen niet overeen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no vault at %1. Create one with &quot;vangnet-cli --vault FOLDER init&quot;.</source>
        <translation>Er is geen kluis in %1. Maak er een aan met &quot;vangnet-cli --vault FOLDER init&quot;.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Standaardinvoer kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The JSON document is malformed at character %1: %2.</source>
        <translation>Het JSON-document is onjuist opgemaakt bij teken %1: %2.</translation>
    </message>
    <message>
        <source>vangnet-cli: %1</source>
        <translation>vangnet-cli: %1</translation>
    </message>
    <message>
        <source>See &quot;vangnet-cli --help&quot;.</source>
        <translation>Zie &quot;vangnet-cli --help&quot;.</translation>
    </message>
    <message>
        <source>vangnet-cli: warning: %1</source>
        <translation>vangnet-cli: waarschuwing: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Onverwacht argument: %1.</translation>
    </message>
    <message>
        <source>Usage: vangnet-cli [--vault FOLDER] [--json] [--passphrase-file FILE] COMMAND [ARGUMENTS]

The passphrase comes from VANGNET_PASSPHRASE, --passphrase-file or a prompt; never from the command line.
Exit codes: 0 success, 1 runtime error, 2 usage or invalid input, 3 cannot unlock, 4 refused by policy,
5 integrity failure, 6 vault in use. See docs/CLI.md.

Commands:
</source>
        <translation>Gebruik: vangnet-cli [--vault FOLDER] [--json] [--passphrase-file FILE] COMMAND [ARGUMENTS]

De wachtwoordzin komt uit VANGNET_PASSPHRASE, --passphrase-file of een prompt; nooit van de opdrachtregel.
Afsluitcodes: 0 gelukt, 1 fout tijdens uitvoering, 2 onjuist gebruik of ongeldige invoer, 3 ontgrendelen niet mogelijk, 4 geweigerd door beleid,
5 integriteitsfout, 6 kluis in gebruik. Zie docs/CLI.md.

Opdrachten:
</translation>
    </message>
    <message>
        <source>the key-derivation parameters are weaker than the defaults (256 MiB, 3 passes).</source>
        <translation>de parameters voor sleutelafleiding zijn zwakker dan de standaardwaarden (256 MiB, 3 doorgangen).</translation>
    </message>
    <message>
        <source>There is already a vault at %1. Vangnet never overwrites a vault.</source>
        <translation>Er is al een kluis in %1. Vangnet overschrijft nooit een kluis.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <source>Created the vault in %1.</source>
        <translation>Kluis aangemaakt in %1.</translation>
    </message>
    <message>
        <source>To move it to another computer, copy this whole folder.</source>
        <translation>Kopieer deze hele map om de kluis naar een andere computer te verplaatsen.</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; store it in your organisation&apos;s safe):</source>
        <translation>Herstelsleutel (wordt alleen nu getoond; bewaar deze in de safe van de organisatie):</translation>
    </message>
    <message>
        <source>Vault:            %1 (copy this folder to move the vault)</source>
        <translation>Kluis:            %1 (kopieer deze map om de kluis te verplaatsen)</translation>
    </message>
    <message>
        <source>Vault id:         %1</source>
        <translation>Kluis-id:         %1</translation>
    </message>
    <message>
        <source>Format:           key file %1, schema %2</source>
        <translation>Formaat:          sleutelbestand %1, schema %2</translation>
    </message>
    <message>
        <source>Cipher:           SQLCipher %1, %2, page size %3</source>
        <translation>Versleuteling:    SQLCipher %1, %2, paginagrootte %3</translation>
    </message>
    <message>
        <source>Key derivation:   Argon2id, %1 MiB, %2 passes</source>
        <translation>Sleutelafleiding: Argon2id, %1 MiB, %2 doorgangen</translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation>Aangemaakt:       %1</translation>
    </message>
    <message>
        <source>Database size:    %1</source>
        <translation>Databasegrootte:  %1</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <source>The passphrase was changed. The recovery key stays valid.</source>
        <translation>De wachtwoordzin is gewijzigd. De herstelsleutel blijft geldig.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Er is geen kluis in %1.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Herstelsleutel: </translation>
    </message>
    <message>
        <source>The vault was unlocked with the recovery key and has a new passphrase.</source>
        <translation>De kluis is ontgrendeld met de herstelsleutel en heeft een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>The master key opens every case in the vault. Add --reveal if you really need it (see docs/SECURITY.md).</source>
        <translation>De hoofdsleutel opent elke casus in de kluis. Voeg --reveal toe als u deze echt nodig hebt (zie docs/SECURITY.md).</translation>
    </message>
    <message>
        <source>create a new vault (never overwrites one) and show its recovery key</source>
        <translation>een nieuwe kluis aanmaken (overschrijft nooit een bestaande) en de herstelsleutel tonen</translation>
    </message>
    <message>
        <source>format, cipher and key-derivation parameters, schema version, record counts</source>
        <translation>formaat, versleuteling en parameters voor sleutelafleiding, schemaversie, aantallen records</translation>
    </message>
    <message>
        <source>change the passphrase (new one from VANGNET_NEW_PASSPHRASE, the file or a prompt)</source>
        <translation>de wachtwoordzin wijzigen (nieuwe uit VANGNET_NEW_PASSPHRASE, het bestand of een prompt)</translation>
    </message>
    <message>
        <source>unlock with the recovery key (or VANGNET_RECOVERY_KEY) and set a new passphrase</source>
        <translation>ontgrendelen met de herstelsleutel (of VANGNET_RECOVERY_KEY) en een nieuwe wachtwoordzin instellen</translation>
    </message>
    <message>
        <source>print the database&apos;s raw key for the stock sqlcipher shell (audited)</source>
        <translation>de ruwe databasesleutel tonen voor de standaard-sqlcipher-shell (vastgelegd in het auditlog)</translation>
    </message>
    <message>
        <source>A passphrase is never taken from the command line (other users can see it in the process list). Use VANGNET_PASSPHRASE or --passphrase-file.</source>
        <translation>Een wachtwoordzin wordt nooit van de opdrachtregel overgenomen (andere gebruikers kunnen deze in de proceslijst zien). Gebruik VANGNET_PASSPHRASE of --passphrase-file.</translation>
    </message>
    <message>
        <source>Unknown option: %1.</source>
        <translation>Onbekende optie: %1.</translation>
    </message>
    <message>
        <source>Unknown command: %1.</source>
        <translation>Onbekende opdracht: %1.</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 accepteert een getal van %2 tot en met %3.</translation>
    </message>
    <message>
        <source>Give the case data with --file FILE (&quot;-&quot; reads standard input).</source>
        <translation>Geef de casusgegevens op met --file FILE (&quot;-&quot; leest standaardinvoer).</translation>
    </message>
    <message>
        <source>The case data must be a JSON object.</source>
        <translation>De casusgegevens moeten een JSON-object zijn.</translation>
    </message>
    <message>
        <source>Created case %1 (%2).</source>
        <translation>Casus %1 (%2) aangemaakt.</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 (%2).</source>
        <translation>Mogelijke dubbele casus: %1 (%2).</translation>
    </message>
    <message>
        <source>Name the case: an id or a case number such as VN-2026-0042.</source>
        <translation>Geef de casus op: een id of een casusnummer, zoals VN-2026-0042.</translation>
    </message>
    <message>
        <source>Case %1 (%2)</source>
        <translation>Casus %1 (%2)</translation>
    </message>
    <message>
        <source>  note %1 (%2): %3</source>
        <translation>  notitie %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown.</source>
        <translation>%1 van %2 casussen getoond.</translation>
    </message>
    <message>
        <source>Updated case %1.</source>
        <translation>Casus %1 bijgewerkt.</translation>
    </message>
    <message>
        <source>Case %1 is now in phase %2.</source>
        <translation>Casus %1 is nu in fase %2.</translation>
    </message>
    <message>
        <source>Closing a case requires a reason: --reason TEXT.</source>
        <translation>Voor het afsluiten van een casus is een reden vereist: --reason TEXT.</translation>
    </message>
    <message>
        <source>Name the case and the new phase: case phase ID PHASE [--reason TEXT].</source>
        <translation>Geef de casus en de nieuwe fase op: case phase ID PHASE [--reason TEXT].</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notitie toegevoegd.</translation>
    </message>
    <message>
        <source>Usage: attach ID FILE.</source>
        <translation>Gebruik: attach ID FILE.</translation>
    </message>
    <message>
        <source>Attached %1 (%2, %3 bytes) as %4.</source>
        <translation>%1 (%2, %3 bytes) bijgevoegd als %4.</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (te laat)</translation>
    </message>
    <message>
        <source>Create a case from JSON</source>
        <translation>Casus aanmaken vanuit JSON</translation>
    </message>
    <message>
        <source>Show a case (id or case number)</source>
        <translation>Casus tonen (id of casusnummer)</translation>
    </message>
    <message>
        <source>Search and list cases</source>
        <translation>Casussen zoeken en weergeven</translation>
    </message>
    <message>
        <source>Change the fields given in JSON</source>
        <translation>De in JSON opgegeven velden wijzigen</translation>
    </message>
    <message>
        <source>Close a case</source>
        <translation>Casus afsluiten</translation>
    </message>
    <message>
        <source>Reopen a closed case</source>
        <translation>Afgesloten casus heropenen</translation>
    </message>
    <message>
        <source>Move a case to another phase</source>
        <translation>Casus naar een andere fase verplaatsen</translation>
    </message>
    <message>
        <source>Show the field-level history of a case</source>
        <translation>Geschiedenis per veld van een casus tonen</translation>
    </message>
    <message>
        <source>List possible duplicates of a case</source>
        <translation>Mogelijke dubbele casussen van een casus weergeven</translation>
    </message>
    <message>
        <source>Add a note to a case</source>
        <translation>Notitie aan een casus toevoegen</translation>
    </message>
    <message>
        <source>Store a scan (PDF, PNG, JPEG, TIFF) in a case</source>
        <translation>Scan (PDF, PNG, JPEG, TIFF) in een casus opslaan</translation>
    </message>
    <message>
        <source>Reflection ends, tasks and threat reviews due</source>
        <translation>Aflopende bedenktijden, vervallende taken en herbeoordelingen van dreigingsinschattingen</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation>--%1 accepteert een datum als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Name the case: consent add CASE_ID --recipient CONTACT --purpose PURPOSE --scopes SCOPES --method METHOD.</source>
        <translation>Geef de casus op: consent add CASE_ID --recipient CONTACT --purpose PURPOSE --scopes SCOPES --method METHOD.</translation>
    </message>
    <message>
        <source>Name the recipient with --recipient CONTACT (a contact&apos;s id or name).</source>
        <translation>Geef de ontvanger op met --recipient CONTACT (id of naam van een contact).</translation>
    </message>
    <message>
        <source>Recorded consent %1: %2 for &quot;%3&quot; (%4), valid from %5 until %6 (exclusive).</source>
        <translation>Toestemming %1 vastgelegd: %2 voor &quot;%3&quot; (%4), geldig vanaf %5 tot %6 (exclusief).</translation>
    </message>
    <message>
        <source>Name the consent: consent withdraw ID [--note TEXT].</source>
        <translation>Geef de toestemming op: consent withdraw ID [--note TEXT].</translation>
    </message>
    <message>
        <source>Consent %1 is withdrawn: no further export relies on it.</source>
        <translation>Toestemming %1 is ingetrokken: geen enkele verdere export kan er nog op steunen.</translation>
    </message>
    <message>
        <source>No data was disclosed under this consent; nobody needs to be informed.</source>
        <translation>Onder deze toestemming zijn geen gegevens verstrekt; niemand hoeft te worden geïnformeerd.</translation>
    </message>
    <message>
        <source>Withdrawal cannot undo an earlier lawful export. Inform these recipients:</source>
        <translation>Intrekking kan een eerdere rechtmatige export niet ongedaan maken. Informeer deze ontvangers:</translation>
    </message>
    <message>
        <source>  %1 (%2): received bundle %3 on %4</source>
        <translation>  %1 (%2): bundel %3 ontvangen op %4</translation>
    </message>
    <message>
        <source>Name the case: consent list CASE_ID.</source>
        <translation>Geef de casus op: consent list CASE_ID.</translation>
    </message>
    <message>
        <source>No consent is recorded for this case: nothing may leave.</source>
        <translation>Voor deze casus is geen toestemming vastgelegd: er mag niets naar buiten.</translation>
    </message>
    <message>
        <source>Name the case: consent overview CASE_ID [--date DATE].</source>
        <translation>Geef de casus op: consent overview CASE_ID [--date DATE].</translation>
    </message>
    <message>
        <source>%1, %2: may receive %3</source>
        <translation>%1, %2: mag %3 ontvangen</translation>
    </message>
    <message>
        <source>%1, %2: nothing (%3)</source>
        <translation>%1, %2: niets (%3)</translation>
    </message>
    <message>
        <source>Name the case: disclosures CASE_ID.</source>
        <translation>Geef de casus op: disclosures CASE_ID.</translation>
    </message>
    <message>
        <source>Nothing of this case was disclosed.</source>
        <translation>Van deze casus is niets verstrekt.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geverifieerd</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NIET geverifieerd</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Nog geen contacten.</translation>
    </message>
    <message>
        <source>Name the contact: contact verify ID.</source>
        <translation>Geef het contact op: contact verify ID.</translation>
    </message>
    <message>
        <source>%1 is marked as verified. This is only right if you compared the fingerprint %2 with them by phone.</source>
        <translation>%1 is gemarkeerd als geverifieerd. Dit is alleen juist als u de vingerafdruk %2 telefonisch met dit contact hebt vergeleken.</translation>
    </message>
    <message>
        <source>record a victim&apos;s consent for one recipient, one purpose and named scopes</source>
        <translation>de toestemming van een slachtoffer vastleggen voor één ontvanger, één doel en genoemde categorieën</translation>
    </message>
    <message>
        <source>withdraw a consent and list the recipients to inform</source>
        <translation>een toestemming intrekken en de te informeren ontvangers weergeven</translation>
    </message>
    <message>
        <source>a case&apos;s consents with their status today</source>
        <translation>de toestemmingen van een casus met hun status van vandaag</translation>
    </message>
    <message>
        <source>what may be shared now with whom, and why</source>
        <translation>wat nu met wie mag worden gedeeld, en waarom</translation>
    </message>
    <message>
        <source>the disclosure register of a case: what went to whom, when and why</source>
        <translation>het verstrekkingenregister van een casus: wat naar wie is gegaan, wanneer en waarom</translation>
    </message>
    <message>
        <source>the contacts with their fingerprints and whether they are verified</source>
        <translation>de contacten met hun vingerafdrukken en of ze geverifieerd zijn</translation>
    </message>
    <message>
        <source>mark a contact as verified after comparing the fingerprint by phone</source>
        <translation>een contact als geverifieerd markeren na telefonische vergelijking van de vingerafdruk</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>%1 ontbreekt.</translation>
    </message>
    <message>
        <source>Name:         %1</source>
        <translation>Naam:         %1</translation>
    </message>
    <message>
        <source>(not set; use identity set-name)</source>
        <translation>(niet ingesteld; gebruik identity set-name)</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisatie:  %1</translation>
    </message>
    <message>
        <source>Fingerprint:  %1</source>
        <translation>Vingerafdruk: %1</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The vault&apos;s identity is now called %1.</source>
        <translation>De identiteit van de kluis heet nu %1.</translation>
    </message>
    <message>
        <source>Give the card&apos;s file with --out FILE.</source>
        <translation>Geef het bestand voor de kaart op met --out FILE.</translation>
    </message>
    <message>
        <source>Contact card written. Fingerprint to read aloud: %1</source>
        <translation>Contactkaart geschreven. Vingerafdruk om voor te lezen: %1</translation>
    </message>
    <message>
        <source>CARD file</source>
        <translation>CARD-bestand</translation>
    </message>
    <message>
        <source>The card file cannot be read.</source>
        <translation>Het kaartbestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Added contact %1 (%2), the card&apos;s own name: %3.</source>
        <translation>Contact %1 (%2) toegevoegd; naam op de kaart zelf: %3.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Vingerafdruk: %1</translation>
    </message>
    <message>
        <source>Not verified: compare the fingerprint with them by phone, then run &quot;contact verify %1&quot;.</source>
        <translation>Niet geverifieerd: vergelijk de vingerafdruk telefonisch met de contactpersoon en voer daarna &quot;contact verify %1&quot; uit.</translation>
    </message>
    <message>
        <source>To %1 (%2), purpose %3:</source>
        <translation>Aan %1 (%2), doel %3:</translation>
    </message>
    <message numerus="yes">
        <source>  leaves   %1  the whole case, %n history entries</source>
        <translation>
            <numerusform>  gaat mee %1  de hele casus, %n geschiedenisregel</numerusform>
            <numerusform>  gaat mee %1  de hele casus, %n geschiedenisregels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attachments</source>
        <translation>
            <numerusform>, %n bijlage</numerusform>
            <numerusform>, %n bijlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>  held back %1  %2</source>
        <translation>  achtergehouden %1  %2</translation>
    </message>
    <message>
        <source>Name the recipient with --to CONTACT.</source>
        <translation>Geef de ontvanger op met --to CONTACT.</translation>
    </message>
    <message>
        <source>Give the bundle&apos;s file with --out FILE (or --dry-run).</source>
        <translation>Geef het bestand voor de bundel op met --out FILE (of --dry-run).</translation>
    </message>
    <message>
        <source>Nothing may be exported to %1 for this purpose; no file was written.</source>
        <translation>Voor dit doel mag niets naar %1 worden geëxporteerd; er is geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 written with %n cases.</source>
        <translation>
            <numerusform>Bundel %1 geschreven met %n casus.</numerusform>
            <numerusform>Bundel %1 geschreven met %n casussen.</numerusform>
        </translation>
    </message>
    <message>
        <source>--threshold takes a number of at least %1.</source>
        <translation>--threshold verwacht een getal van ten minste %1.</translation>
    </message>
    <message>
        <source>Counts below %1 are suppressed.</source>
        <translation>Aantallen onder %1 worden weggelaten.</translation>
    </message>
    <message>
        <source>Statistics bundle %1 written.</source>
        <translation>Statistiekbundel %1 geschreven.</translation>
    </message>
    <message>
        <source>bundle FILE</source>
        <translation>bundel FILE</translation>
    </message>
    <message>
        <source>Signature: valid; addressed to this vault.</source>
        <translation>Handtekening: geldig; gericht aan deze kluis.</translation>
    </message>
    <message>
        <source>Bundle %1, %2, made %3</source>
        <translation>Bundel %1, %2, gemaakt op %3</translation>
    </message>
    <message>
        <source>Sender: %1 (%2), fingerprint %3</source>
        <translation>Afzender: %1 (%2), vingerafdruk %3</translation>
    </message>
    <message>
        <source>  FORGED: the named sender did not sign this bundle.</source>
        <translation>  VERVALST: de genoemde afzender heeft deze bundel niet ondertekend.</translation>
    </message>
    <message>
        <source>  made by this vault</source>
        <translation>  gemaakt door deze kluis</translation>
    </message>
    <message>
        <source>  unknown sender: not among your contacts</source>
        <translation>  onbekende afzender: staat niet in de contacten</translation>
    </message>
    <message>
        <source>  contact %1, verified</source>
        <translation>  contact %1, geverifieerd</translation>
    </message>
    <message>
        <source>  contact %1, NOT verified</source>
        <translation>  contact %1, NIET geverifieerd</translation>
    </message>
    <message>
        <source>Purpose: %1 %2; legal basis: %3</source>
        <translation>Doel: %1 %2; rechtsgrond: %3</translation>
    </message>
    <message>
        <source>  case %1 %2 scopes %3</source>
        <translation>  casus %1 %2 categorieën %3</translation>
    </message>
    <message>
        <source>(whole case)</source>
        <translation>(hele casus)</translation>
    </message>
    <message>
        <source>Record %1:</source>
        <translation>Record %1:</translation>
    </message>
    <message>
        <source>This bundle was imported before.</source>
        <translation>Deze bundel is al eerder geïmporteerd.</translation>
    </message>
    <message>
        <source>Cannot be imported yet: %1</source>
        <translation>Kan nog niet worden geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Bundle %1 was imported before; nothing changed.</source>
        <translation>Bundel %1 is al eerder geïmporteerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Bundle %1 imported: %2 cases created, %3 updated, %4 conflicts, %5 records received.</source>
        <translation>Bundel %1 geïmporteerd: %2 casussen aangemaakt, %3 bijgewerkt, %4 conflicten, %5 records ontvangen.</translation>
    </message>
    <message>
        <source>Resolve the conflicts with &quot;conflict list&quot; and &quot;conflict resolve ID --take local|remote&quot;.</source>
        <translation>Los de conflicten op met &quot;conflict list&quot; en &quot;conflict resolve ID --take local|remote&quot;.</translation>
    </message>
    <message>
        <source>%1  %2  %3: mine %4, theirs %5%6</source>
        <translation>%1  %2  %3: eigen %4, van hen %5%6</translation>
    </message>
    <message>
        <source> (resolved: %1)</source>
        <translation> (opgelost: %1)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Geen openstaande conflicten.</translation>
    </message>
    <message>
        <source>conflict ID</source>
        <translation>conflict ID</translation>
    </message>
    <message>
        <source>Choose --take local (keep mine) or --take remote (take theirs).</source>
        <translation>Kies --take local (eigen waarde behouden) of --take remote (hun waarde overnemen).</translation>
    </message>
    <message>
        <source>Resolved: their value was taken.</source>
        <translation>Opgelost: hun waarde is overgenomen.</translation>
    </message>
    <message>
        <source>Resolved: your value was kept.</source>
        <translation>Opgelost: de eigen waarde is behouden.</translation>
    </message>
    <message>
        <source>%1  from %2  %3  %4  scopes %5</source>
        <translation>%1  van %2  %3  %4  categorieën %5</translation>
    </message>
    <message>
        <source>(statistics)</source>
        <translation>(statistieken)</translation>
    </message>
    <message>
        <source>Nothing received.</source>
        <translation>Niets ontvangen.</translation>
    </message>
    <message>
        <source>Show this vault&apos;s name, organisation and fingerprint</source>
        <translation>Naam, organisatie en vingerafdruk van deze kluis tonen</translation>
    </message>
    <message>
        <source>Set the name on this vault&apos;s contact card</source>
        <translation>De naam op de contactkaart van deze kluis instellen</translation>
    </message>
    <message>
        <source>Write this vault&apos;s contact card</source>
        <translation>De contactkaart van deze kluis wegschrijven</translation>
    </message>
    <message>
        <source>Add a contact from a contact card (unverified)</source>
        <translation>Een contact toevoegen vanaf een contactkaart (niet geverifieerd)</translation>
    </message>
    <message>
        <source>Export cases to a contact (consent enforced for external contacts)</source>
        <translation>Casussen naar een contact exporteren (toestemming wordt afgedwongen bij externe contacten)</translation>
    </message>
    <message>
        <source>Export aggregate statistics with small counts suppressed</source>
        <translation>Geaggregeerde statistieken exporteren; kleine aantallen worden weggelaten</translation>
    </message>
    <message>
        <source>Verify and show a bundle without importing it</source>
        <translation>Een bundel controleren en tonen zonder deze te importeren</translation>
    </message>
    <message>
        <source>Import a bundle from a verified contact</source>
        <translation>Een bundel van een geverifieerd contact importeren</translation>
    </message>
    <message>
        <source>List merge conflicts</source>
        <translation>Samenvoegconflicten tonen</translation>
    </message>
    <message>
        <source>Resolve a merge conflict</source>
        <translation>Een samenvoegconflict oplossen</translation>
    </message>
    <message>
        <source>List records received from external senders</source>
        <translation>Records tonen die van externe afzenders zijn ontvangen</translation>
    </message>
    <message>
        <source>held until %1</source>
        <translation>gereserveerd tot %1</translation>
    </message>
    <message>
        <source>suggest needs a CASE_ID (case UUID or number).</source>
        <translation>suggest vereist een CASE_ID (UUID of nummer van de casus).</translation>
    </message>
    <message>
        <source>--limit takes a number between 1 and 1000.</source>
        <translation>--limit verwacht een getal van 1 tot en met 1000.</translation>
    </message>
    <message>
        <source>Required security level: %1</source>
        <translation>Vereist beveiligingsniveau: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 (%3, %4, %5, %n free bed(s)) – score %6</source>
        <translation>
            <numerusform>%1. %2 (%3, %4, %5, %n vrij bed) – score %6</numerusform>
            <numerusform>%1. %2 (%3, %4, %5, %n vrije bedden) – score %6</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Wat nu te doen:</translation>
    </message>
    <message>
        <source>Excluded:</source>
        <translation>Uitgesloten:</translation>
    </message>
    <message numerus="yes">
        <source>%n shelter(s) excluded; add --show-excluded to see why.</source>
        <translation>
            <numerusform>%n opvang uitgesloten; voeg --show-excluded toe om te zien waarom.</numerusform>
            <numerusform>%n opvangen uitgesloten; voeg --show-excluded toe om te zien waarom.</numerusform>
        </translation>
    </message>
    <message>
        <source>place needs a CASE_ID and a SHELTER_ID.</source>
        <translation>place vereist een CASE_ID en een SHELTER_ID.</translation>
    </message>
    <message>
        <source>--hold-days takes a number between 1 and 90.</source>
        <translation>--hold-days verwacht een getal van 1 tot en met 90.</translation>
    </message>
    <message>
        <source>Bed held at %1 until %2 (placement %3).</source>
        <translation>Bed gereserveerd bij %1 tot %2 (plaatsing %3).</translation>
    </message>
    <message>
        <source>Placed at %1 (placement %2).</source>
        <translation>Geplaatst bij %1 (plaatsing %2).</translation>
    </message>
    <message>
        <source>placement end needs a PLACEMENT_ID.</source>
        <translation>placement end vereist een PLACEMENT_ID.</translation>
    </message>
    <message>
        <source>placement end needs --reason TEXT.</source>
        <translation>placement end vereist --reason TEXT.</translation>
    </message>
    <message>
        <source>Placement %1 ended; its bed is free again.</source>
        <translation>Plaatsing %1 beëindigd; het bed is weer vrij.</translation>
    </message>
    <message>
        <source>placement list needs a CASE_ID.</source>
        <translation>placement list vereist een CASE_ID.</translation>
    </message>
    <message>
        <source>No placements for this case.</source>
        <translation>Geen plaatsingen voor deze casus.</translation>
    </message>
    <message>
        <source>security-level needs a CASE_ID.</source>
        <translation>security-level vereist een CASE_ID.</translation>
    </message>
    <message>
        <source>--override takes S0, S1, S2, S3 or S4.</source>
        <translation>--override verwacht S0, S1, S2, S3 of S4.</translation>
    </message>
    <message>
        <source>Setting the security level by hand needs --reason TEXT.</source>
        <translation>Het beveiligingsniveau handmatig instellen vereist --reason TEXT.</translation>
    </message>
    <message>
        <source>--override and --clear-override exclude each other.</source>
        <translation>--override en --clear-override sluiten elkaar uit.</translation>
    </message>
    <message>
        <source>--reason goes with --override.</source>
        <translation>--reason hoort bij --override.</translation>
    </message>
    <message>
        <source>ranked shelter suggestions for a case, each with its reasons; why others are excluded</source>
        <translation>gerangschikte opvangsuggesties voor een casus, elk met de redenen; waarom andere zijn uitgesloten</translation>
    </message>
    <message>
        <source>place a case in a shelter, or hold a bed for N days</source>
        <translation>een casus in een opvang plaatsen, of een bed N dagen reserveren</translation>
    </message>
    <message>
        <source>end a placement (or release a held bed); the bed becomes free</source>
        <translation>een plaatsing beëindigen (of een gereserveerd bed vrijgeven); het bed komt vrij</translation>
    </message>
    <message>
        <source>a case&apos;s placements with their history</source>
        <translation>de plaatsingen van een casus met hun geschiedenis</translation>
    </message>
    <message>
        <source>a case&apos;s required security level and how it was reached; set it by hand with a reason</source>
        <translation>het vereiste beveiligingsniveau van een casus en hoe het tot stand kwam; handmatig in te stellen met een reden</translation>
    </message>
    <message>
        <source>incident add needs --file FILE (&quot;-&quot; reads standard input).</source>
        <translation>incident add vereist --file FILE (&quot;-&quot; leest standaardinvoer).</translation>
    </message>
    <message>
        <source>An incident is one JSON object.</source>
        <translation>Een incident is één JSON-object.</translation>
    </message>
    <message>
        <source>Recorded incident %1.</source>
        <translation>Incident %1 vastgelegd.</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>Geen openstaande incidenten.</translation>
    </message>
    <message>
        <source>No incidents recorded.</source>
        <translation>Geen incidenten vastgelegd.</translation>
    </message>
    <message>
        <source>incident close needs the incident&apos;s id.</source>
        <translation>incident close vereist de id van het incident.</translation>
    </message>
    <message>
        <source>Reopened incident %1.</source>
        <translation>Incident %1 heropend.</translation>
    </message>
    <message>
        <source>Closed incident %1.</source>
        <translation>Incident %1 afgesloten.</translation>
    </message>
    <message>
        <source>No visit rules for this case.</source>
        <translation>Geen bezoekafspraken voor deze casus.</translation>
    </message>
    <message>
        <source>Visit rules:</source>
        <translation>Bezoekafspraken:</translation>
    </message>
    <message>
        <source>visit-rules set needs the case id.</source>
        <translation>visit-rules set vereist de id van de casus.</translation>
    </message>
    <message>
        <source>visit-rules set needs --rules CODE,CODE (allowed: %1; an empty list removes the rules).</source>
        <translation>visit-rules set vereist --rules CODE,CODE (toegestaan: %1; een lege lijst verwijdert de afspraken).</translation>
    </message>
    <message>
        <source>Visit rules saved.</source>
        <translation>Bezoekafspraken opgeslagen.</translation>
    </message>
    <message>
        <source>Visit rules removed.</source>
        <translation>Bezoekafspraken verwijderd.</translation>
    </message>
    <message>
        <source>visit-rules show needs the case id.</source>
        <translation>visit-rules show vereist de id van de casus.</translation>
    </message>
    <message>
        <source>Record an incident against staff (JSON)</source>
        <translation>Een incident tegen medewerkers vastleggen (JSON)</translation>
    </message>
    <message>
        <source>List staff-safety incidents, newest first</source>
        <translation>Incidenten rond de veiligheid van medewerkers tonen, nieuwste eerst</translation>
    </message>
    <message>
        <source>Close (or reopen) an incident</source>
        <translation>Een incident afsluiten (of heropenen)</translation>
    </message>
    <message>
        <source>Set the visit rules of a case</source>
        <translation>De bezoekafspraken van een casus instellen</translation>
    </message>
    <message>
        <source>Show the visit rules of a case</source>
        <translation>De bezoekafspraken van een casus tonen</translation>
    </message>
    <message>
        <source>shelter import needs a FILE (&quot;-&quot;: standard input).</source>
        <translation>shelter import vereist een FILE (&quot;-&quot;: standaardinvoer).</translation>
    </message>
    <message>
        <source>shelter import takes a JSON array of shelters.</source>
        <translation>shelter import verwacht een JSON-array met opvangen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n shelter(s).</source>
        <translation>
            <numerusform>%n opvang geïmporteerd.</numerusform>
            <numerusform>%n opvangen geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>shelter add needs --file FILE (&quot;-&quot;: standard input).</source>
        <translation>shelter add vereist --file FILE (&quot;-&quot;: standaardinvoer).</translation>
    </message>
    <message>
        <source>shelter add takes one JSON object.</source>
        <translation>shelter add verwacht één JSON-object.</translation>
    </message>
    <message>
        <source>Saved shelter %1.</source>
        <translation>Opvang %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Unknown shelter type %1; allowed values: %2.</source>
        <translation>Onbekend opvangtype %1; toegestane waarden: %2.</translation>
    </message>
    <message>
        <source>--min-level takes S0, S1, S2, S3 or S4.</source>
        <translation>--min-level verwacht S0, S1, S2, S3 of S4.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (verouderd)</translation>
    </message>
    <message>
        <source>shelter export needs --out FILE.</source>
        <translation>shelter export vereist --out FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shelter(s) to %1.</source>
        <translation>
            <numerusform>%n opvang geëxporteerd naar %1.</numerusform>
            <numerusform>%n opvangen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>shelter reveal-address needs a SHELTER_ID.</source>
        <translation>shelter reveal-address vereist een SHELTER_ID.</translation>
    </message>
    <message>
        <source>Revealing a shelter&apos;s address is recorded in the audit log. Add --confirm to go ahead.</source>
        <translation>Het tonen van het adres van een opvang wordt vastgelegd in de auditlog. Voeg --confirm toe om door te gaan.</translation>
    </message>
    <message>
        <source>Address:   %1</source>
        <translation>Adres:      %1</translation>
    </message>
    <message>
        <source>(none stored)</source>
        <translation>(niets opgeslagen)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referentie: %1</translation>
    </message>
    <message>
        <source>import a JSON array of shelters (all or nothing; an existing id is updated)</source>
        <translation>een JSON-array met opvangen importeren (alles of niets; een bestaande id wordt bijgewerkt)</translation>
    </message>
    <message>
        <source>add or update one shelter from JSON</source>
        <translation>één opvang toevoegen of bijwerken vanuit JSON</translation>
    </message>
    <message>
        <source>list the shelter registry (never addresses)</source>
        <translation>het opvangregister tonen (nooit adressen)</translation>
    </message>
    <message>
        <source>export the registry as JSON (addresses only when asked; audited)</source>
        <translation>het register als JSON exporteren (adressen alleen op verzoek; vastgelegd in de auditlog)</translation>
    </message>
    <message>
        <source>show a shelter&apos;s stored address or reference (audited)</source>
        <translation>het opgeslagen adres of de referentie van een opvang tonen (vastgelegd in de auditlog)</translation>
    </message>
    <message>
        <source>Give this vault a name first: identity set-name NAME [--organisation ORG].</source>
        <translation>Geef deze kluis eerst een naam: identity set-name NAME [--organisation ORG].</translation>
    </message>
    <message>
        <source>--kdf-memory takes a number of MiB between 8 and 1024.</source>
        <translation>--kdf-memory accepteert een aantal MiB tussen 8 en 1024.</translation>
    </message>
    <message>
        <source>--kdf-passes takes a number between 1 and 16.</source>
        <translation>--kdf-passes accepteert een getal tussen 1 en 16.</translation>
    </message>
    <message>
        <source>placement request needs a CASE_ID and a SHELTER_ID.</source>
        <translation>placement request heeft een CASE_ID en een SHELTER_ID nodig.</translation>
    </message>
    <message>
        <source>On the wait list of %1 (placement %2).</source>
        <translation>Op de wachtlijst van %1 (plaatsing %2).</translation>
    </message>
    <message>
        <source>Bed requested at %1 (placement %2).</source>
        <translation>Bed aangevraagd bij %1 (plaatsing %2).</translation>
    </message>
    <message>
        <source>placement set needs a PLACEMENT_ID and a status (placed, wait_list, refused, ended).</source>
        <translation>placement set heeft een PLACEMENT_ID en een status nodig (placed, wait_list, refused, ended).</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; allowed: %2.</source>
        <translation>Onbekende status &quot;%1&quot;; toegestaan: %2.</translation>
    </message>
    <message>
        <source>A refused or ended placement needs --reason TEXT.</source>
        <translation>Een geweigerde of beëindigde plaatsing heeft --reason TEXT nodig.</translation>
    </message>
    <message>
        <source>Placement %1 is now: %2.</source>
        <translation>Plaatsing %1 is nu: %2.</translation>
    </message>
    <message>
        <source>ask a shelter for a bed, or put the case on its wait list (takes no bed)</source>
        <translation>een opvang om een bed vragen, of de casus op de wachtlijst zetten (neemt geen bed in)</translation>
    </message>
    <message>
        <source>move a placement on; free beds follow (refused and ended need a reason)</source>
        <translation>een plaatsing naar de volgende status zetten; vrije bedden volgen (geweigerd en beëindigd vragen een reden)</translation>
    </message>
    <message>
        <source>No backup folder: give %1 DIR, or set one with &quot;config set backup.folder DIR&quot;.</source>
        <translation>Geen back-upmap: geef %1 MAP op, of stel er een in met &quot;config set backup.folder MAP&quot;.</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Wachtwoordzin van de back-up: </translation>
    </message>
    <message numerus="yes">
        <source>Backup written: %1 (%2, %n case(s)).</source>
        <translation>
            <numerusform>Back-up geschreven: %1 (%2, %n dossier).</numerusform>
            <numerusform>Back-up geschreven: %1 (%2, %n dossiers).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check it with &quot;backup verify FILE&quot;.</source>
        <translation>Controleer hem met &quot;backup verify BESTAND&quot;.</translation>
    </message>
    <message>
        <source>Name the backup file to verify.</source>
        <translation>Geef het back-upbestand op dat gecontroleerd moet worden.</translation>
    </message>
    <message>
        <source>The backup is intact: every block, page, attachment and the audit log check out.</source>
        <translation>De back-up is intact: elk blok, elke pagina, elke bijlage en het auditlog kloppen.</translation>
    </message>
    <message numerus="yes">
        <source>Made %1; %n case(s).</source>
        <translation>
            <numerusform>Gemaakt op %1; %n dossier.</numerusform>
            <numerusform>Gemaakt op %1; %n dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: backup restore FILE --to DIR.</source>
        <translation>Gebruik: backup restore BESTAND --to MAP.</translation>
    </message>
    <message numerus="yes">
        <source>Restored the vault into %1 (%n case(s)).</source>
        <translation>
            <numerusform>De kluis is hersteld in %1 (%n dossier).</numerusform>
            <numerusform>De kluis is hersteld in %1 (%n dossiers).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open it with the passphrase that was valid when the backup was made, or the recovery key.</source>
        <translation>Open hem met de wachtwoordzin die gold toen de back-up werd gemaakt, of met de herstelsleutel.</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>Geen back-ups in %1.</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 verwacht een geheel getal van %2 tot en met %3.</translation>
    </message>
    <message>
        <source>A policy that keeps nothing is refused: keep at least one daily, weekly or monthly backup.</source>
        <translation>Een beleid dat niets bewaart wordt geweigerd: bewaar minstens één dagelijkse, wekelijkse of maandelijkse back-up.</translation>
    </message>
    <message>
        <source>The backup %1 could not be deleted: check the folder&apos;s permissions.</source>
        <translation>De back-up %1 kon niet worden verwijderd: controleer de rechten van de map.</translation>
    </message>
    <message>
        <source>keep    %1 (%2)</source>
        <translation>bewaren     %1 (%2)</translation>
    </message>
    <message>
        <source>would delete %1</source>
        <translation>zou verwijderen: %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>verwijderd: %1</translation>
    </message>
    <message>
        <source>write an encrypted backup of the whole vault (default folder: backup.folder)</source>
        <translation>een versleutelde back-up van de hele kluis schrijven (standaardmap: backup.folder)</translation>
    </message>
    <message>
        <source>check a backup completely: 0 intact, 3 wrong secret, 5 damaged</source>
        <translation>een back-up volledig controleren: 0 intact, 3 verkeerd geheim, 5 beschadigd</translation>
    </message>
    <message>
        <source>restore a backup into a new, empty folder (never over a vault)</source>
        <translation>een back-up herstellen in een nieuwe, lege map (nooit over een kluis heen)</translation>
    </message>
    <message>
        <source>the backups in the backup folder, newest first, and whether each was verified</source>
        <translation>de back-ups in de back-upmap, nieuwste eerst, en of elk gecontroleerd is</translation>
    </message>
    <message>
        <source>delete old backups by a daily/weekly/monthly policy; keeps the newest verified one</source>
        <translation>oude back-ups verwijderen volgens een dag/week/maand-beleid; de nieuwste gecontroleerde blijft altijd</translation>
    </message>
    <message>
        <source>Usage: config set KEY VALUE.</source>
        <translation>Gebruik: config set SLEUTEL WAARDE.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Usage: config get KEY.</source>
        <translation>Gebruik: config get SLEUTEL.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (standaard)</translation>
    </message>
    <message>
        <source>Usage: config reset KEY.</source>
        <translation>Gebruik: config reset SLEUTEL.</translation>
    </message>
    <message>
        <source>%1 is back to its default.</source>
        <translation>%1 staat weer op de standaardwaarde.</translation>
    </message>
    <message>
        <source>change a vault setting (backup.folder, backup.intervalHours, ...)</source>
        <translation>een kluisinstelling wijzigen (backup.folder, backup.intervalHours, ...)</translation>
    </message>
    <message>
        <source>show one vault setting</source>
        <translation>één kluisinstelling tonen</translation>
    </message>
    <message>
        <source>every vault setting with its value or default</source>
        <translation>alle kluisinstellingen met hun waarde of standaardwaarde</translation>
    </message>
    <message>
        <source>set a vault setting back to its default</source>
        <translation>een kluisinstelling terugzetten naar de standaardwaarde</translation>
    </message>
    <message>
        <source>An argument</source>
        <translation>Een argument</translation>
    </message>
    <message>
        <source>%1 takes one line of at most %2 characters, without control characters.</source>
        <translation>%1 neemt één regel van hoogstens %2 tekens, zonder stuurtekens.</translation>
    </message>
    <message>
        <source>Give either --query or --query-file.</source>
        <translation>Geef --query of --query-file, niet allebei.</translation>
    </message>
    <message>
        <source>--query-file holds one line of at most %1 characters, without control characters.</source>
        <translation>--query-file bevat één regel van hoogstens %1 tekens, zonder stuurtekens.</translation>
    </message>
    <message>
        <source>A note is never taken from the command line (other users can see it in the process list). Write it to a file and use --file FILE, or --file - to read standard input.</source>
        <translation>Een notitie wordt nooit van de opdrachtregel genomen (andere gebruikers zien die in de proceslijst). Schrijf haar in een bestand en gebruik --file BESTAND, of --file - om standaardinvoer te lezen.</translation>
    </message>
    <message>
        <source>Usage: note add ID --file FILE (&quot;-&quot; reads standard input).</source>
        <translation>Gebruik: note add ID --file BESTAND (&quot;-&quot; leest standaardinvoer).</translation>
    </message>
    <message>
        <source>The disk is full. The vault was opened for reading only: changes will fail until space is freed. The unlock is written to the audit log as soon as there is space again.</source>
        <translation>De schijf is vol. De kluis is alleen om te lezen geopend: wijzigingen mislukken tot er ruimte is vrijgemaakt. Het ontgrendelen wordt in het auditlogboek geschreven zodra er weer ruimte is.</translation>
    </message>
    <message>
        <source>The input is larger than the limit of %1 MiB per document.</source>
        <translation>De invoer is groter dan de grens van %1 MiB per document.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>De wachtwoordzin is gewijzigd.</translation>
    </message>
    <message>
        <source>the key file&apos;s recovery slot is damaged: the recovery key no longer opens this vault. Make a new one now with: vangnet-cli recovery-key new</source>
        <translation>het herstelvak van het sleutelbestand is beschadigd: de herstelsleutel opent deze kluis niet meer. Maak nu een nieuwe met: vangnet-cli recovery-key new</translation>
    </message>
    <message>
        <source>The vault has a new recovery key; the old one no longer opens it.</source>
        <translation>De kluis heeft een nieuwe herstelsleutel; de oude opent de kluis niet meer.</translation>
    </message>
    <message>
        <source>The vault is intact: every page, the audit log and the key file check out.</source>
        <translation>De kluis is intact: elke pagina, de auditlog en het sleutelbestand kloppen.</translation>
    </message>
    <message>
        <source>make a new recovery key (shown once); the old one stops working</source>
        <translation>een nieuwe herstelsleutel maken (eenmalig getoond); de oude werkt dan niet meer</translation>
    </message>
    <message>
        <source>check every page of the database, the audit log and the key file for damage or tampering</source>
        <translation>elke pagina van de database, de auditlog en het sleutelbestand controleren op schade of manipulatie</translation>
    </message>
    <message>
        <source>It waits in %1&apos;s mailbox in the exchange folder.</source>
        <translation>Hij wacht in het postvak van %1 in de uitwisselmap.</translation>
    </message>
    <message>
        <source>--settle-seconds takes a number from 0 to 3600.</source>
        <translation>--settle-seconds verwacht een getal van 0 tot 3600.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 from %2 (%n cases).</source>
        <translation>
            <numerusform>%1 van %2 ingelezen (%n dossier).</numerusform>
            <numerusform>%1 van %2 ingelezen (%n dossiers).</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt for %1 sent to %2.</source>
        <translation>Ontvangstbewijs voor %1 verstuurd aan %2.</translation>
    </message>
    <message>
        <source>Delivered: %1 to %2.</source>
        <translation>Afgeleverd: %1 aan %2.</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Overgeslagen %1: %2</translation>
    </message>
    <message>
        <source>Nothing new in the exchange folder.</source>
        <translation>Niets nieuws in de uitwisselmap.</translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 delivered, %4 waiting</source>
        <translation>%1: %2 verstuurd, %3 afgeleverd, %4 wachtend</translation>
    </message>
    <message>
        <source>Nothing was sent through the exchange folder yet.</source>
        <translation>Er is nog niets via de uitwisselmap verstuurd.</translation>
    </message>
    <message>
        <source>Receive bundles and receipts from the exchange folder, send receipts</source>
        <translation>Bundels en ontvangstbewijzen uit de uitwisselmap ontvangen, ontvangstbewijzen versturen</translation>
    </message>
    <message>
        <source>Per contact: bundles sent through the exchange folder, delivered, waiting</source>
        <translation>Per contact: bundels verstuurd via de uitwisselmap, afgeleverd, wachtend</translation>
    </message>
    <message>
        <source>  leaves   %1  %2</source>
        <translation>  gaat weg   %1  %2</translation>
    </message>
    <message>
        <source>%1 will hold the shelters&apos; addresses and is NOT encrypted: anyone who gets hold of the file can read it. Only your user account can open it on this computer; delete it when it is no longer needed.</source>
        <translation>%1 bevat de adressen van de opvangen en is NIET versleuteld: wie het bestand in handen krijgt, kan het lezen. Op deze computer kan alleen jouw gebruikersaccount het openen; verwijder het zodra het niet meer nodig is.</translation>
    </message>
    <message>
        <source>threat: %1</source>
        <translation>dreiging: %1</translation>
    </message>
    <message>
        <source>--sort takes number-desc, number-asc, updated, family-name, reflection-end, threat or required-level.</source>
        <translation>--sort kent number-desc, number-asc, updated, family-name, reflection-end, threat of required-level.</translation>
    </message>
    <message>
        <source>required level: %1</source>
        <translation>vereist niveau: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  closed %2, %3, kept %n year(s): until %4</source>
        <translation>
            <numerusform>%1  afgesloten %2, %3, %n jaar bewaard: tot %4</numerusform>
            <numerusform>%1  afgesloten %2, %3, %n jaar bewaard: tot %4</numerusform>
        </translation>
    </message>
    <message>
        <source>  [legal hold: kept]</source>
        <translation>  [bewaarblokkade: blijft bewaard]</translation>
    </message>
    <message>
        <source>No closed case is past its retention period.</source>
        <translation>Geen enkele afgesloten casus is over de bewaartermijn.</translation>
    </message>
    <message>
        <source>Retention period ended</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>These cases would be erased, with everything they hold:</source>
        <translation>Deze casussen zouden worden gewist, met alles wat erin staat:</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was erased. Run again with --yes to erase %n case(s).</source>
        <translation>
            <numerusform>Er is niets gewist. Voer opnieuw uit met --yes om %n casus te wissen.</numerusform>
            <numerusform>Er is niets gewist. Voer opnieuw uit met --yes om %n casussen te wissen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased %1.</source>
        <translation>%1 gewist.</translation>
    </message>
    <message numerus="yes">
        <source>Kept under a legal hold: %n case(s).</source>
        <translation>
            <numerusform>Bewaard door een bewaarblokkade: %n casus.</numerusform>
            <numerusform>Bewaard door een bewaarblokkade: %n casussen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case was erased.</source>
        <translation>Er is geen casus gewist.</translation>
    </message>
    <message>
        <source>Usage: legal-hold set CASE --reason TEXT.</source>
        <translation>Gebruik: legal-hold set CASUS --reason TEKST.</translation>
    </message>
    <message>
        <source>Legal hold set: the case cannot be erased until it is lifted.</source>
        <translation>Bewaarblokkade ingesteld: de casus kan niet worden gewist tot die is opgeheven.</translation>
    </message>
    <message>
        <source>Usage: legal-hold lift CASE.</source>
        <translation>Gebruik: legal-hold lift CASUS.</translation>
    </message>
    <message>
        <source>Legal hold lifted.</source>
        <translation>Bewaarblokkade opgeheven.</translation>
    </message>
    <message>
        <source>Usage: case erase CASE --reason TEXT.</source>
        <translation>Gebruik: case erase CASUS --reason TEKST.</translation>
    </message>
    <message>
        <source>Case %1 was erased. Only its number, the date, the reason and who erased it remain.</source>
        <translation>Casus %1 is gewist. Alleen het nummer, de datum, de reden en wie wiste blijven bewaard.</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD.</source>
        <translation>%1 verwacht een datum als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>--kind takes one of: %1.</source>
        <translation>--kind verwacht een van: %1.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 1000000.</source>
        <translation>--limit verwacht een geheel getal van 1 tot 1000000.</translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>Geen regels in het logboek die passen.</translation>
    </message>
    <message>
        <source>The audit log is intact: every entry follows from the one before it.</source>
        <translation>Het logboek is intact: elke regel volgt uit de regel ervoor.</translation>
    </message>
    <message>
        <source>closed cases past their retention period</source>
        <translation>afgesloten casussen die over hun bewaartermijn zijn</translation>
    </message>
    <message>
        <source>preview, then with --yes erase the cases past retention</source>
        <translation>vooraf tonen, en met --yes de casussen over de bewaartermijn wissen</translation>
    </message>
    <message>
        <source>keep a case from erasure, with the reason</source>
        <translation>een casus tegen wissen blokkeren, met de reden</translation>
    </message>
    <message>
        <source>lift a case&apos;s legal hold</source>
        <translation>de bewaarblokkade van een casus opheffen</translation>
    </message>
    <message>
        <source>erase a case everywhere; a tombstone remains</source>
        <translation>een casus overal wissen; alleen een wisregistratie blijft</translation>
    </message>
    <message>
        <source>the audit log in plain words, newest first</source>
        <translation>het logboek in gewone woorden, nieuwste eerst</translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain</source>
        <translation>de keten van het logboek controleren</translation>
    </message>
    <message>
        <source>The paper form %1 is empty.</source>
        <translation>Het papieren formulier %1 is leeg.</translation>
    </message>
    <message>
        <source>%1 is NOT encrypted: anyone who gets hold of the file can read it. Only your user account can open it on this computer; delete it when it is no longer needed.</source>
        <translation>%1 is NIET versleuteld: iedereen die het bestand in handen krijgt, kan het lezen. Op deze computer kan alleen uw gebruikersaccount het openen; verwijder het als u het niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>The document could not be laid out as a PDF.</source>
        <translation>Het document kon niet als pdf worden opgemaakt.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschreven.</translation>
    </message>
    <message>
        <source>Name the case: access-report CASE_ID --out FILE (or --json for the data).</source>
        <translation>Noem de casus: access-report CASE_ID --out FILE (of --json voor de gegevens).</translation>
    </message>
    <message>
        <source>access-report needs --out FILE for the PDF, or --json for the data.</source>
        <translation>access-report heeft --out FILE nodig voor de pdf, of --json voor de gegevens.</translation>
    </message>
    <message>
        <source>Name the case: consent form CASE_ID --recipient CONTACT --purpose PURPOSE --scopes SCOPES --out FILE.</source>
        <translation>Noem de casus: consent form CASE_ID --recipient CONTACT --purpose PURPOSE --scopes SCOPES --out FILE.</translation>
    </message>
    <message>
        <source>consent form needs --out FILE.</source>
        <translation>consent form heeft --out FILE nodig.</translation>
    </message>
    <message>
        <source>Once the form is signed, record the consent with consent add ... --paper-form %1.</source>
        <translation>Leg de toestemming vast met consent add ... --paper-form %1 zodra het formulier is getekend.</translation>
    </message>
    <message>
        <source>Name the case: case summary CASE_ID --out FILE.</source>
        <translation>Noem de casus: case summary CASE_ID --out FILE.</translation>
    </message>
    <message>
        <source>case summary needs --out FILE.</source>
        <translation>case summary heeft --out FILE nodig.</translation>
    </message>
    <message>
        <source>Name the placement: placement request-letter PLACEMENT_ID --recipient CONTACT --out FILE [--with-perpetrators].</source>
        <translation>Noem de plaatsing: placement request-letter PLACEMENT_ID --recipient CONTACT --out FILE [--with-perpetrators].</translation>
    </message>
    <message>
        <source>Name who receives the request with --recipient CONTACT (a contact&apos;s id or name).</source>
        <translation>Noem wie het verzoek krijgt met --recipient CONTACT (de id of naam van een contact).</translation>
    </message>
    <message>
        <source>placement request-letter needs --out FILE.</source>
        <translation>placement request-letter heeft --out FILE nodig.</translation>
    </message>
    <message>
        <source>a PDF of everything held about the person, its sources and recipients (right of access; --json: the data)</source>
        <translation>een pdf van alles wat over de persoon is vastgelegd, met herkomst en ontvangers (recht op inzage; --json: de gegevens)</translation>
    </message>
    <message>
        <source>a printable consent form to sign: who receives what, why, how long, how to withdraw</source>
        <translation>een toestemmingsformulier om af te drukken en te tekenen: wie wat krijgt, waarom, hoe lang, hoe intrekken</translation>
    </message>
    <message>
        <source>a PDF summary of a case for a handover within the team</source>
        <translation>een pdf-samenvatting van een casus voor overdracht binnen het team</translation>
    </message>
    <message>
        <source>a PDF placement request for a shelter, within the consent; recorded as a disclosure</source>
        <translation>een pdf-plaatsingsverzoek voor een opvang, binnen de toestemming; vastgelegd als verstrekking</translation>
    </message>
    <message>
        <source>Caseload on %1</source>
        <translation>Caseload op %1</translation>
    </message>
    <message>
        <source>In danger (needing S3 or S4): %1</source>
        <translation>In gevaar (S3 of S4 nodig): %1</translation>
    </message>
    <message>
        <source>Reflection period ends within 14 days: %1</source>
        <translation>Bedenktijd eindigt binnen 14 dagen: %1</translation>
    </message>
    <message>
        <source>Cases with overdue tasks: %1</source>
        <translation>Casussen met te late taken: %1</translation>
    </message>
    <message>
        <source>Waiting for a bed: %1</source>
        <translation>Wacht op een bed: %1</translation>
    </message>
    <message>
        <source>Open incidents against staff: %1</source>
        <translation>Open incidenten tegen medewerkers: %1</translation>
    </message>
    <message>
        <source>Cases per phase:</source>
        <translation>Casussen per fase:</translation>
    </message>
    <message>
        <source>Open cases by required security level:</source>
        <translation>Open casussen per vereist beveiligingsniveau:</translation>
    </message>
    <message>
        <source>The overview&apos;s figures: cases per phase and by required level, deadlines, waiting</source>
        <translation>De aantallen van het overzicht: casussen per fase en per vereist niveau, termijnen, wachtenden</translation>
    </message>
    <message>
        <source>Waiting for a bed without a valid placement consent: %1</source>
        <translation>Wacht op een bed zonder geldige toestemming voor plaatsing: %1</translation>
    </message>
    <message>
        <source>report period needs --%1 DATE (YYYY-MM-DD).</source>
        <translation>report period heeft --%1 DATUM (JJJJ-MM-DD) nodig.</translation>
    </message>
    <message>
        <source>--format takes pdf or csv.</source>
        <translation>--format is pdf of csv.</translation>
    </message>
    <message>
        <source>report period needs --out FILE, or --json for the data.</source>
        <translation>report period heeft --out BESTAND nodig, of --json voor de gegevens.</translation>
    </message>
    <message>
        <source>%1 is NOT encrypted. It holds only counts (small ones hidden), no names or case numbers; only your user account can open it on this computer.</source>
        <translation>%1 is NIET versleuteld. Er staan alleen aantallen in (kleine verborgen), geen namen of casusnummers; alleen uw gebruikersaccount kan het op deze computer openen.</translation>
    </message>
    <message>
        <source>the periodic report (signals, intakes, placements, outflow, forms, ages, regions; small counts hidden) as PDF or CSV</source>
        <translation>de periodieke rapportage (signaleringen, intakes, plaatsingen, uitstroom, vormen, leeftijden, regio&apos;s; kleine aantallen verborgen) als PDF of CSV</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vangnet: case management for care coordinators.</source>
        <translation>Vangnet: casusbeheer voor zorgcoördinatoren.</translation>
    </message>
    <message>
        <source>Interface language (nl or en); remembered.</source>
        <translation>Taal van de interface (nl of en); wordt onthouden.</translation>
    </message>
    <message>
        <source>Open the vault in FOLDER.</source>
        <translation>De kluis in FOLDER openen.</translation>
    </message>
    <message>
        <source>Open the demo vault with fictional data (created on first use).</source>
        <translation>De demokluis met fictieve gegevens openen (wordt bij het eerste gebruik aangemaakt).</translation>
    </message>
</context>
<context>
    <name>vangnet::AccessibleWidgets</name>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
</context>
<context>
    <name>vangnet::AddContactDialog</name>
    <message>
        <source>Add a contact</source>
        <translation>Een contact toevoegen</translation>
    </message>
    <message>
        <source>Contact card of %1.</source>
        <translation>Contactkaart van %1.</translation>
    </message>
    <message>
        <source>Contact card of %1 (%2).</source>
        <translation>Contactkaart van %1 (%2).</translation>
    </message>
    <message>
        <source>&amp;Team: a colleague in my own organisation</source>
        <translation>&amp;Team: een collega in mijn eigen organisatie</translation>
    </message>
    <message>
        <source>E&amp;xternal: CoMensha, a shelter, the police, another organisation</source>
        <translation>E&amp;xtern: CoMensha, een opvang, de politie, een andere organisatie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Call %1 on a phone number you already know (not one from the card) and ask them to read out their fingerprint. It must match this one exactly:</source>
        <translation>Bel %1 op een telefoonnummer dat u al kent (niet een nummer van de kaart) en vraag of ze hun vingerafdruk voorlezen. Die moet precies overeenkomen met deze:</translation>
    </message>
    <message>
        <source>Without this the contact is added as not verified: nothing can be sent to it until you compare the fingerprint (Verify… in the contacts list).</source>
        <translation>Zonder dit vinkje wordt het contact als niet geverifieerd toegevoegd: u kunt er niets naartoe sturen totdat u de vingerafdruk hebt vergeleken (Verifiëren… in de lijst met contacten).</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>Contact toe&amp;voegen</translation>
    </message>
    <message>
        <source>Add a contact from a card</source>
        <translation>Een contact toevoegen vanuit een kaart</translation>
    </message>
    <message>
        <source>Contact cards (*.vncard)</source>
        <translation>Contactkaarten (*.vncard)</translation>
    </message>
    <message>
        <source>They read out this fingerprint to me by phone and it &amp;matches</source>
        <translation>Deze vingerafdruk is mij telefonisch voorgelezen en komt &amp;overeen</translation>
    </message>
</context>
<context>
    <name>vangnet::AttachmentPreview</name>
    <message>
        <source>Scan: %1</source>
        <translation>Scan: %1</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the scan</source>
        <translation>Een onversleutelde kopie van de scan opslaan</translation>
    </message>
    <message>
        <source>Writes an unencrypted copy of the scan to a place you choose</source>
        <translation>Schrijft een onversleutelde kopie van de scan naar een plek die je kiest</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Voorbeeld sluiten</translation>
    </message>
    <message>
        <source>This scan cannot be shown here (its image format is not supported on this computer). Save a copy to open it in another program.</source>
        <translation>Deze scan kan hier niet worden getoond (het beeldformaat wordt op deze computer niet ondersteund). Sla een kopie op om hem in een ander programma te openen.</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>This PDF cannot be shown here (it may be damaged or protected with a password). Save a copy to open it in another program.</source>
        <translation>Deze pdf kan hier niet worden getoond (hij is misschien beschadigd of met een wachtwoord beveiligd). Sla een kopie op om hem in een ander programma te openen.</translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation>Kopie van de scan opslaan</translation>
    </message>
    <message>
        <source>the scan “%1” of this case</source>
        <translation>de scan “%1” van deze casus</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie opslaan</translation>
    </message>
</context>
<context>
    <name>vangnet::AuditLogDialog</name>
    <message>
        <source>&amp;Check the log</source>
        <translation>Logboek &amp;controleren</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Every security event in this vault, newest first. Each entry is chained to the one before it, so a change to an old entry is found when the log is checked.</source>
        <translation>Elke beveiligingsgebeurtenis in deze kluis, nieuwste eerst. Elke regel is verbonden met de regel ervoor, zodat een wijziging in een oude regel bij het controleren wordt gevonden.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle gebeurtenissen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Regels in het logboek</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>Geen gebeurtenissen in deze periode.</translation>
    </message>
    <message>
        <source>The newest %1 events are shown.</source>
        <translation>De nieuwste %1 gebeurtenissen worden getoond.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n gebeurtenis.</numerusform>
            <numerusform>%n gebeurtenissen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>The log is intact: every entry follows from the one before it.</source>
        <translation>Het logboek is intact: elke regel volgt uit de regel ervoor.</translation>
    </message>
</context>
<context>
    <name>vangnet::AvailabilityBoard</name>
    <message>
        <source>Only shelters with a free bed</source>
        <translation>Alleen opvangen met een vrij bed</translation>
    </message>
    <message>
        <source>Update free beds…</source>
        <translation>Vrije bedden bijwerken…</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Opvang</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation>Vrije bedden</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Bevestigd op</translation>
    </message>
    <message>
        <source>Record the number of free beds the shelter confirmed today</source>
        <translation>Het aantal vrije bedden vastleggen dat de opvang vandaag heeft bevestigd</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message numerus="yes">
        <source>%n shelter(s)</source>
        <translation>
            <numerusform>%n opvang</numerusform>
            <numerusform>%n opvangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free bed(s) in total.</source>
        <translation>
            <numerusform>In totaal %n vrij bed.</numerusform>
            <numerusform>In totaal %n vrije bedden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shelter(s) with availability older than 7 days.</source>
        <translation>
            <numerusform>%n opvang met beschikbaarheid ouder dan 7 dagen.</numerusform>
            <numerusform>%n opvangen met beschikbaarheid ouder dan 7 dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update free beds</source>
        <translation>Vrije bedden bijwerken</translation>
    </message>
    <message>
        <source>Free beds at %1 today (capacity %2):</source>
        <translation>Vrije bedden bij %1 vandaag (capaciteit %2):</translation>
    </message>
</context>
<context>
    <name>vangnet::BackupPanel</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>Hours between automatic backups</source>
        <translation>Uren tussen automatische back-ups</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Back-upmap:</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Back-up maken elke:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Laatste back-up:</translation>
    </message>
    <message>
        <source>A backup is made when you lock or quit and the last one is older than this. Any folder works: a USB stick, a network share, a folder your organisation&apos;s sync program carries. Backups are encrypted.</source>
        <translation>Er wordt een back-up gemaakt als u vergrendelt of afsluit en de laatste ouder is dan dit. Elke map is geschikt: een USB-stick, een netwerkshare, een map die het synchronisatieprogramma van uw organisatie meeneemt. Back-ups zijn versleuteld.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuut geleden</numerusform>
            <numerusform>%n minuten geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n uur geleden</numerusform>
            <numerusform>%n uur geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup settings cannot be read.</source>
        <translation>De back-upinstellingen kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>There is no verified backup of this vault. If this laptop is lost or breaks, every case file is gone. Choose a backup folder and click &quot;Back up now&quot;.</source>
        <translation>Er is geen gecontroleerde back-up van deze kluis. Als deze laptop verloren gaat of kapotgaat, zijn alle dossiers weg. Kies een back-upmap en klik op &quot;Nu back-up maken&quot;.</translation>
    </message>
    <message>
        <source>The last verified backup is %1. Connect the backup drive and click &quot;Back up now&quot;.</source>
        <translation>De laatste gecontroleerde back-up is van %1. Sluit de back-upschijf aan en klik op &quot;Nu back-up maken&quot;.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Back-up wordt gemaakt…</translation>
    </message>
    <message>
        <source>The backup was cancelled. Nothing was written.</source>
        <translation>De back-up is geannuleerd. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>De back-up is mislukt: %1</translation>
    </message>
    <message>
        <source>Backup %1 written and verified (%2).</source>
        <translation>Back-up %1 geschreven en gecontroleerd (%2).</translation>
    </message>
</context>
<context>
    <name>vangnet::BackupRunner</name>
    <message>
        <source>A backup is already being made.</source>
        <translation>Er wordt al een back-up gemaakt.</translation>
    </message>
    <message>
        <source>Choose a backup folder first.</source>
        <translation>Kies eerst een back-upmap.</translation>
    </message>
</context>
<context>
    <name>vangnet::CaseDocumentsPage</name>
    <message>
        <source>&amp;Language of the documents:</source>
        <translation>&amp;Taal van de documenten:</translation>
    </message>
    <message>
        <source>Access report as &amp;PDF…</source>
        <translation>Inzageverslag als &amp;pdf…</translation>
    </message>
    <message>
        <source>Print access &amp;report…</source>
        <translation>Inzageverslag &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Inzageverslag</translation>
    </message>
    <message>
        <source>For a person who asks what is held about them: everything in the file in plain words, where it came from, to whom it was given and on which consent, and how long it is kept. Answer within one month.</source>
        <translation>Voor iemand die vraagt wat er over hem of haar is vastgelegd: alles in het dossier in gewone woorden, waar het vandaan kwam, aan wie het is gegeven en op grond van welke toestemming, en hoe lang het wordt bewaard. Antwoord binnen een maand.</translation>
    </message>
    <message>
        <source>Handover summary as P&amp;DF…</source>
        <translation>Overdrachtssamenvatting als p&amp;df…</translation>
    </message>
    <message>
        <source>Print handover &amp;summary…</source>
        <translation>Overdrachtssamenvatting afdru&amp;kken…</translation>
    </message>
    <message>
        <source>Handover summary</source>
        <translation>Overdrachtssamenvatting</translation>
    </message>
    <message>
        <source>For a colleague in your team who takes the file over: the file, its notes and placements, and what may be shared with whom. It stays within the team.</source>
        <translation>Voor een collega in uw team die het dossier overneemt: het dossier, de aantekeningen en plaatsingen, en wat met wie gedeeld mag worden. Het blijft binnen het team.</translation>
    </message>
    <message>
        <source>access-report.pdf</source>
        <translation>inzageverslag.pdf</translation>
    </message>
    <message>
        <source>handover-summary.pdf</source>
        <translation>overdrachtssamenvatting.pdf</translation>
    </message>
    <message>
        <source>the access report of this case, with everything held about the person</source>
        <translation>het inzageverslag van deze casus, met alles wat over de persoon is vastgelegd</translation>
    </message>
    <message>
        <source>the handover summary of this case</source>
        <translation>de overdrachtssamenvatting van deze casus</translation>
    </message>
</context>
<context>
    <name>vangnet::CaseEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Terug&amp;zetten</translation>
    </message>
    <message>
        <source>Save the changes to this case (Ctrl+S)</source>
        <translation>De wijzigingen in deze casus opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo all changes since the last save</source>
        <translation>Alle wijzigingen sinds de laatste keer opslaan ongedaan maken</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Residence &amp;&amp; signal</source>
        <translation>Verblijf &amp;&amp; signaal</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Uitbuiting</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Verplaatsen naar:</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Casus opslaan</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>C&amp;oordinator:</source>
        <translation>&amp;Coördinator:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>A&amp;liassen:</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Scheiden met komma&apos;s</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <source>Age &amp;band:</source>
        <translation>Leeftijds&amp;klasse:</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>Ge&amp;slacht:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Nationaliteit:</translation>
    </message>
    <message>
        <source>Country of bir&amp;th:</source>
        <translation>Ge&amp;boorteland:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Talen:</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>Tolk nod&amp;ig</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tolk nodig</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <source>Minor &amp;&amp; representative</source>
        <translation>Minderjarige &amp;&amp; vertegenwoordiger</translation>
    </message>
    <message>
        <source>&amp;Minor (under 18)</source>
        <translation>&amp;Minderjarig (jonger dan 18)</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minderjarig</translation>
    </message>
    <message>
        <source>&amp;Unaccompanied minor</source>
        <translation>All&amp;eenstaande minderjarige</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Alleenstaande minderjarige</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Legal &amp;representative:</source>
        <translation>&amp;Wettelijk vertegenwoordiger:</translation>
    </message>
    <message>
        <source>Residence &amp;&amp; B8 reflection period</source>
        <translation>Verblijf &amp;&amp; B8-bedenktijd</translation>
    </message>
    <message>
        <source>Residence &amp;status:</source>
        <translation>Verblijfs&amp;status:</translation>
    </message>
    <message>
        <source>Reflection &amp;starts:</source>
        <translation>Bedenktijd &amp;begint:</translation>
    </message>
    <message>
        <source>Reflection &amp;ends:</source>
        <translation>Bedenktijd &amp;eindigt:</translation>
    </message>
    <message>
        <source>Time line:</source>
        <translation>Tijdlijn:</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Signalled &amp;by:</source>
        <translation>Gesignaleerd &amp;door:</translation>
    </message>
    <message>
        <source>&amp;Police status:</source>
        <translation>&amp;Politiestatus:</translation>
    </message>
    <message>
        <source>&amp;Dossier type:</source>
        <translation>Dossier&amp;type:</translation>
    </message>
    <message>
        <source>Forms:</source>
        <translation>Vormen:</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Se&amp;ctor:</translation>
    </message>
    <message>
        <source>Region of e&amp;xploitation:</source>
        <translation>Regio van &amp;uitbuiting:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Daders</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Known areas</source>
        <translation>Bekende gebieden</translation>
    </message>
    <message>
        <source>Knows location</source>
        <translation>Kent locatie</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Zoekt</translation>
    </message>
    <message>
        <source>Add &amp;perpetrator</source>
        <translation>&amp;Dader toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>Dreigingsinschatting</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Niet ingeschat</translation>
    </message>
    <message>
        <source>Threat &amp;code:</source>
        <translation>Dreigings&amp;code:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>Beoo&amp;rdelaar:</translation>
    </message>
    <message>
        <source>Next &amp;review:</source>
        <translation>Volgende &amp;beoordeling:</translation>
    </message>
    <message>
        <source>A perpetrator is &amp;searching for the person</source>
        <translation>Een &amp;dader is naar de persoon op zoek</translation>
    </message>
    <message>
        <source>A perpetrator &amp;knows where the person is</source>
        <translation>Een dader &amp;weet waar de persoon is</translation>
    </message>
    <message>
        <source>&amp;Police protection / police threat assessment</source>
        <translation>&amp;Politiebescherming / dreigingsinschatting door politie</translation>
    </message>
    <message>
        <source>A red code, police protection or a perpetrator who searches for or knows where the person is shows the red danger banner above this case.</source>
        <translation>Bij een rode code, politiebescherming of een dader die naar de persoon zoekt of weet waar de persoon is, verschijnt de rode gevarenbanner boven deze casus.</translation>
    </message>
    <message>
        <source>Needs, children, pets</source>
        <translation>Behoeften, kinderen, huisdieren</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Behoeften:</translation>
    </message>
    <message>
        <source>&amp;Children with the person:</source>
        <translation>&amp;Kinderen bij de persoon:</translation>
    </message>
    <message>
        <source>Children&apos;s &amp;ages:</source>
        <translation>&amp;Leeftijden van de kinderen:</translation>
    </message>
    <message>
        <source>e.g. 3, 7</source>
        <translation>bijv. 3, 7</translation>
    </message>
    <message>
        <source>P&amp;ets:</source>
        <translation>&amp;Huisdieren:</translation>
    </message>
    <message>
        <source>Empty: no pets</source>
        <translation>Leeg: geen huisdieren</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Uiterlijk (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Add &amp;task</source>
        <translation>&amp;Taak toevoegen</translation>
    </message>
    <message>
        <source>&amp;New note:</source>
        <translation>&amp;Nieuwe notitie:</translation>
    </message>
    <message>
        <source>A&amp;dd note</source>
        <translation>Notitie &amp;toevoegen</translation>
    </message>
    <message>
        <source>Scans are kept encrypted inside the vault: PDF, PNG, JPEG or TIFF, at most %1 MB each.</source>
        <translation>Scans worden versleuteld in de kluis bewaard: PDF, PNG, JPEG of TIFF, maximaal %1 MB per bestand.</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Bestand toevoegen…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <source>Writes an unencrypted copy of the scan to a place you choose</source>
        <translation>Schrijft een onversleutelde kopie van de scan naar een zelfgekozen locatie</translation>
    </message>
    <message>
        <source>Add a scan</source>
        <translation>Scan toevoegen</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Casus openen</translation>
    </message>
    <message>
        <source>Save the new case first to add notes.</source>
        <translation>Sla de nieuwe casus eerst op om notities toe te voegen.</translation>
    </message>
    <message>
        <source>The new case has unsaved changes.</source>
        <translation>De nieuwe casus heeft niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <source>Case %1 has unsaved changes.</source>
        <translation>Casus %1 heeft niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation>Wijzigingen opslaan?</translation>
    </message>
    <message>
        <source>%1 (an alias matches)</source>
        <translation>%1 (een alias komt overeen)</translation>
    </message>
    <message>
        <source>%1 (same name and birth date)</source>
        <translation>%1 (zelfde naam en geboortedatum)</translation>
    </message>
    <message>
        <source>Possible duplicate: this person may already have a case: %1. Check before going on.</source>
        <translation>Mogelijk dubbel: deze persoon heeft misschien al een casus: %1. Controleer dit alvorens verder te gaan.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left, ends on %1</source>
        <translation>
            <numerusform>Nog %n dag, eindigt op %1</numerusform>
            <numerusform>Nog %n dagen, eindigt op %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Eindigt vandaag</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden geëindigd</numerusform>
            <numerusform>%n dagen geleden geëindigd</numerusform>
        </translation>
    </message>
    <message>
        <source>No reflection period recorded</source>
        <translation>Geen bedenktijd vastgelegd</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Geen casus geopend</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Casus afsluiten…</translation>
    </message>
    <message>
        <source>Reopen (%1)…</source>
        <translation>Heropenen (%1)…</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <source>Move this case to the phase “%1”</source>
        <translation>Deze casus naar de fase “%1” verplaatsen</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 (%2, %3) · added %4</source>
        <translation>%1 (%2, %3) · toegevoegd op %4</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>Vormen van uitbuiting</translation>
    </message>
    <message>
        <source>Why is case %1 being closed?</source>
        <translation>Waarom wordt casus %1 afgesloten?</translation>
    </message>
    <message>
        <source>Why is case %1 being reopened?</source>
        <translation>Waarom wordt casus %1 heropend?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>A reason is required to close or reopen a case.</source>
        <translation>Voor het afsluiten of heropenen van een casus is een reden verplicht.</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>“%1” was not added: %2</source>
        <translation>“%1” is niet toegevoegd: %2</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <source>Copy the phone number (cleared from the clipboard after 30 seconds)</source>
        <translation>Het telefoonnummer kopiëren (wordt na 30 seconden van het klembord gewist)</translation>
    </message>
    <message>
        <source>Filled in as three months after the start, the longest the B8 rule allows; it can be shortened. Moving it later asks for a reason, kept in the history.</source>
        <translation>Ingevuld als drie maanden na de start, het langste wat de B8-regeling toestaat; korter kan. Bij een latere wijziging wordt om een reden gevraagd, die in de geschiedenis wordt bewaard.</translation>
    </message>
    <message>
        <source>The reflection period now ends on %1 instead of %2. Why? The reason is kept in the case history.</source>
        <translation>De bedenktijd eindigt nu op %1 in plaats van %2. Waarom? De reden wordt bewaard in de geschiedenis van de casus.</translation>
    </message>
    <message>
        <source>The end of the reflection period (%1) is removed. Why? The reason is kept in the case history.</source>
        <translation>Het einde van de bedenktijd (%1) wordt verwijderd. Waarom? De reden wordt bewaard in de geschiedenis van de casus.</translation>
    </message>
    <message>
        <source>Reflection period changed</source>
        <translation>Bedenktijd gewijzigd</translation>
    </message>
    <message>
        <source>give a reason for the changed end (an extension or an early end) to save</source>
        <translation>geef een reden voor het gewijzigde einde (een verlenging of een vervroegd einde) om op te slaan</translation>
    </message>
    <message>
        <source>Reason for the reflection end</source>
        <translation>Reden voor het einde van de bedenktijd</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Casuslijst</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Terug naar de casuslijst</translation>
    </message>
    <message>
        <source>Back to the case list (Alt+Left)</source>
        <translation>Terug naar de casuslijst (Alt+Links)</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>De casus opslaan</translation>
    </message>
    <message>
        <source>Revert the case</source>
        <translation>Wijzigingen in de casus terugdraaien</translation>
    </message>
    <message>
        <source>Type a language, e.g. Dutch, Romanian</source>
        <translation>Typ een taal, bijv. Nederlands, Roemeens</translation>
    </message>
    <message>
        <source>A date such as %1; the calendar button chooses one.</source>
        <translation>Een datum zoals %1; met de kalenderknop kiest u er een.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Show the selected scan</source>
        <translation>De gekozen scan tonen</translation>
    </message>
    <message>
        <source>Shows the scan inside Vangnet, without writing it to disk</source>
        <translation>Toont de scan in Vangnet, zonder hem naar de schijf te schrijven</translation>
    </message>
    <message>
        <source>Show the scan</source>
        <translation>Scan tonen</translation>
    </message>
</context>
<context>
    <name>vangnet::CaseFilterBar</name>
    <message>
        <source>All phases</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>All forms of exploitation</source>
        <translation>Alle vormen van uitbuiting</translation>
    </message>
    <message>
        <source>&amp;Reflection ends within</source>
        <translation>&amp;Bedenktijd eindigt binnen</translation>
    </message>
    <message>
        <source>O&amp;verdue tasks</source>
        <translation>&amp;Te late taken</translation>
    </message>
    <message>
        <source>Search names, aliases, case numbers and notes (Ctrl+F)</source>
        <translation>Zoeken in namen, aliassen, casusnummers en notities (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Casussen zoeken</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Form of exploitation</source>
        <translation>Vorm van uitbuiting</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of the &quot;Reflection ends within [14] days&quot; spin box.</extracomment>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Days until the reflection period ends</source>
        <translation>Dagen tot het einde van de bedenktijd</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Opgeslagen filters</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Filter opslaan…</translation>
    </message>
    <message>
        <source>Save the current search and filters under a name (kept in the vault)</source>
        <translation>De huidige zoekopdracht en filters onder een naam opslaan (bewaard in de kluis)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation>Het gekozen opgeslagen filter verwijderen</translation>
    </message>
    <message>
        <source>Sa&amp;ved:</source>
        <translation>Op&amp;geslagen:</translation>
    </message>
    <message>
        <source>All coordinators</source>
        <translation>Alle coördinatoren</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle regio&apos;s</translation>
    </message>
    <message>
        <source>(choose a saved filter)</source>
        <translation>(kies een opgeslagen filter)</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter opslaan</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Naam van dit filter:</translation>
    </message>
    <message>
        <source>Delete saved filter</source>
        <translation>Opgeslagen filter verwijderen</translation>
    </message>
    <message>
        <source>Delete the saved filter “%1”?</source>
        <translation>Het opgeslagen filter “%1” verwijderen?</translation>
    </message>
    <message>
        <source>phase: %1</source>
        <translation>fase: %1</translation>
    </message>
    <message>
        <source>form of exploitation: %1</source>
        <translation>vorm van uitbuiting: %1</translation>
    </message>
    <message>
        <source>coordinator: %1</source>
        <translation>coördinator: %1</translation>
    </message>
    <message>
        <source>region: %1</source>
        <translation>regio: %1</translation>
    </message>
    <message numerus="yes">
        <source>reflection period ends within %n day(s)</source>
        <translation>
            <numerusform>bedenktijd eindigt binnen %n dag</numerusform>
            <numerusform>bedenktijd eindigt binnen %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue tasks only</source>
        <translation>alleen verlopen taken</translation>
    </message>
    <message>
        <source>Any threat assessment</source>
        <translation>Elke dreigingsinschatting</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>Dreigingsinschatting</translation>
    </message>
    <message>
        <source>threat assessment: %1</source>
        <translation>dreigingsinschatting: %1</translation>
    </message>
    <message>
        <source>Required security level</source>
        <translation>Vereist beveiligingsniveau</translation>
    </message>
    <message>
        <source>Any security level</source>
        <translation>Elk beveiligingsniveau</translation>
    </message>
    <message>
        <source>Waiting for a &amp;bed</source>
        <translation>Wacht op een &amp;bed</translation>
    </message>
    <message>
        <source>Open cases whose last placement request waits, is on a wait list or was refused</source>
        <translation>Open casussen waarvan de laatste plaatsingsaanvraag nog loopt, op een wachtlijst staat of is geweigerd</translation>
    </message>
    <message>
        <source>S4 (hiding address)</source>
        <translation>S4 (onderduikadres)</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <extracomment>A choice of the case list&apos;s security level filter: &quot;S3 or higher&quot;.</extracomment>
        <translation>%1 of hoger</translation>
    </message>
    <message>
        <source>required security level: %1</source>
        <translation>vereist beveiligingsniveau: %1</translation>
    </message>
    <message>
        <source>waiting for a bed</source>
        <translation>wacht op een bed</translation>
    </message>
    <message>
        <source>No placement co&amp;nsent</source>
        <translation>Geen toestemming &amp;plaatsing</translation>
    </message>
    <message>
        <source>Open cases without a valid consent for a placement request; with &quot;Waiting for a bed&quot;: the requests that are due but may not be sent</source>
        <translation>Open casussen zonder geldige toestemming voor een plaatsingsverzoek; samen met &quot;Wacht op een bed&quot;: de verzoeken die nodig zijn maar niet verstuurd mogen worden</translation>
    </message>
    <message>
        <source>no valid placement consent</source>
        <translation>geen geldige toestemming voor plaatsing</translation>
    </message>
</context>
<context>
    <name>vangnet::CaseListModel</name>
    <message>
        <source>(alias only)</source>
        <translation>(alleen alias)</translation>
    </message>
    <message>
        <source>Reflection period ends on %1</source>
        <translation>Bedenktijd eindigt op %1</translation>
    </message>
    <message>
        <source>reflection ends</source>
        <translation>bedenktijd eindigt</translation>
    </message>
    <message>
        <source>threat review</source>
        <translation>herbeoordeling dreiging</translation>
    </message>
    <message>
        <source>Days left in the B8 reflection period</source>
        <translation>Resterende dagen van de B8-bedenktijd</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagen over</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Eerstvolgende termijn</translation>
    </message>
    <message>
        <source>The case list cannot read the vault: %1</source>
        <translation>De casuslijst kan de kluis niet lezen: %1</translation>
    </message>
    <message>
        <source>The B8 reflection period ends soon, on %1: plan with the person what happens next (police report, residence, shelter).</source>
        <translation>De bedenktijd (B8) loopt binnenkort af, op %1: bespreek met de persoon wat er daarna gebeurt (aangifte, verblijf, opvang).</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Dreiging</translation>
    </message>
    <message>
        <source>Threat assessment. Click to show the most dangerous cases first.</source>
        <translation>Dreigingsinschatting. Klik om de casussen met het meeste gevaar bovenaan te zetten.</translation>
    </message>
    <message>
        <source>Required security level (S0 to S4). Click to show the highest level first.</source>
        <translation>Vereist beveiligingsniveau (S0 tot en met S4). Klik om het hoogste niveau bovenaan te zetten.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>vangnet::CasePicker</name>
    <message>
        <source>Linked case</source>
        <translation>Gekoppelde casus</translation>
    </message>
    <message>
        <source>Case number or name</source>
        <translation>Casusnummer of naam</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Gevonden casussen</translation>
    </message>
    <message>
        <source>Not linked to a case.</source>
        <translation>Niet aan een casus gekoppeld.</translation>
    </message>
    <message>
        <source>(not in this vault)</source>
        <translation>(niet in deze kluis)</translation>
    </message>
    <message>
        <source>Linked to case %1.</source>
        <translation>Gekoppeld aan casus %1.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No case found for ‘%1’.</source>
        <translation>Geen casus gevonden voor ‘%1’.</translation>
    </message>
    <message numerus="yes">
        <source>Choose the case from the list (%n found).</source>
        <translation>
            <numerusform>Kies de casus in de lijst (%n gevonden).</numerusform>
            <numerusform>Kies de casus in de lijst (%n gevonden).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::CasePrivacyPage</name>
    <message>
        <source>Set &amp;legal hold</source>
        <translation>&amp;Bewaarblokkade instellen</translation>
    </message>
    <message>
        <source>Li&amp;ft legal hold</source>
        <translation>Bewaarblokkade &amp;opheffen</translation>
    </message>
    <message>
        <source>&amp;Erase this case…</source>
        <translation>Deze casus &amp;wissen…</translation>
    </message>
    <message>
        <source>How long this case is kept</source>
        <translation>Hoe lang deze casus bewaard blijft</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Bewaarblokkade</translation>
    </message>
    <message>
        <source>A legal hold keeps the case from being erased, for example while a criminal case or a residence procedure is pending. It always needs its reason.</source>
        <translation>Een bewaarblokkade voorkomt dat de casus wordt gewist, bijvoorbeeld zolang een strafzaak of een verblijfsprocedure loopt. Er hoort altijd een reden bij.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>for example: criminal case pending at the public prosecutor</source>
        <translation>bijvoorbeeld: strafzaak loopt bij het Openbaar Ministerie</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>This case is open. Its retention period starts on the day it is closed: then it is kept %1 years, or %2 years when it was opened for a minor.</source>
        <translation>Deze casus is open. De bewaartermijn begint op de dag dat de casus wordt afgesloten: daarna blijft hij %1 jaar bewaard, of %2 jaar als hij voor een minderjarige is geopend.</translation>
    </message>
    <message numerus="yes">
        <source>Closed on %1. Kept until %2: %n year(s) after closing, as the vault&apos;s settings say for a case %3.</source>
        <translation>
            <numerusform>Afgesloten op %1. Bewaard tot %2: %n jaar na het afsluiten, zoals de kluisinstellingen zeggen voor een casus %3.</numerusform>
            <numerusform>Afgesloten op %1. Bewaard tot %2: %n jaar na het afsluiten, zoals de kluisinstellingen zeggen voor een casus %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retention period has ended: the case should now be erased.</source>
        <translation>De bewaartermijn is verstreken: de casus hoort nu gewist te worden.</translation>
    </message>
    <message>
        <source>Legal hold since %1, set by %2. Reason: %3</source>
        <translation>Bewaarblokkade sinds %1, ingesteld door %2. Reden: %3</translation>
    </message>
    <message>
        <source>No legal hold.</source>
        <translation>Geen bewaarblokkade.</translation>
    </message>
    <message>
        <source>This case cannot be erased while the legal hold stands.</source>
        <translation>Deze casus kan niet worden gewist zolang de bewaarblokkade geldt.</translation>
    </message>
    <message>
        <source>Erasing removes the case and everything it holds from this laptop for good; only its number, the date, the reason and who erased it remain.</source>
        <translation>Wissen haalt de casus met alles wat erin staat voorgoed van deze laptop; alleen het nummer, de datum, de reden en wie wiste blijven bewaard.</translation>
    </message>
    <message>
        <source>Legal hold set.</source>
        <translation>Bewaarblokkade ingesteld.</translation>
    </message>
    <message>
        <source>Legal hold lifted.</source>
        <translation>Bewaarblokkade opgeheven.</translation>
    </message>
    <message>
        <source>Case %1 was erased.</source>
        <translation>Casus %1 is gewist.</translation>
    </message>
</context>
<context>
    <name>vangnet::CaseTable</name>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagen over</translation>
    </message>
</context>
<context>
    <name>vangnet::CasesSection</name>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nieuwe casus</translation>
    </message>
    <message>
        <source>Start a new case file (Ctrl+N)</source>
        <translation>Een nieuw casusdossier starten (Ctrl+N)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Casusdossiers</translation>
    </message>
    <message>
        <source>Choose a case on the left, or start a new one with “New case” (Ctrl+N).</source>
        <translation>Kies links een casus, of start een nieuwe met “Nieuwe casus” (Ctrl+N).</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>a new case</source>
        <translation>een nieuwe casus</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>een casus</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Unsaved changes to %1 were kept when the vault was locked (%2). Restore them?</source>
        <translation>Niet-opgeslagen wijzigingen in %1 zijn bewaard toen de kluis werd vergrendeld (%2). Herstellen?</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n casus</numerusform>
            <numerusform>%n casussen</numerusform>
        </translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <source>Visit rules</source>
        <translation>Bezoekafspraken</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>Casus &amp;zoeken</translation>
    </message>
    <message>
        <source>No cases match the filters.</source>
        <translation>Geen casussen gevonden met deze filters.</translation>
    </message>
    <message>
        <source>No cases found for ‘%1’.</source>
        <translation>Geen casussen gevonden voor ‘%1’.</translation>
    </message>
    <message>
        <source>The case files of the victims you coordinate, from signal to closure.</source>
        <translation>De casussen van de slachtoffers die u coördineert, van signaal tot afsluiting.</translation>
    </message>
    <message>
        <source>Privacy and retention</source>
        <translation>Privacy en bewaren</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
</context>
<context>
    <name>vangnet::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Choose the new passphrase for this vault. The recovery key stays the same.</source>
        <translation>Kies de nieuwe wachtwoordzin voor deze kluis. De herstelsleutel blijft dezelfde.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Wachtwoordzin w&amp;ijzigen</translation>
    </message>
</context>
<context>
    <name>vangnet::ConfigFolderField</name>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 kiezen</translation>
    </message>
    <message>
        <source>%1: give the full path of a folder, such as /media/usb/backups.</source>
        <translation>%1: geef het volledige pad van een map, zoals /media/usb/backups.</translation>
    </message>
</context>
<context>
    <name>vangnet::ConsentEditorDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Ontvanger:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>Describe the purpose</source>
        <translation>Beschrijf het doel</translation>
    </message>
    <message>
        <source>Purpose &amp;description:</source>
        <translation>Doelom&amp;schrijving:</translation>
    </message>
    <message>
        <source>Data the person agreed to share</source>
        <translation>Gegevens waarvan de persoon het delen heeft toegestaan</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>Onder&amp;tekend door:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hoe:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>An interpreter was used</source>
        <translation>Er is een tolk ingezet</translation>
    </message>
    <message>
        <source>What the person was told: who receives what, why, and that consent can be withdrawn.</source>
        <translation>Wat de persoon is verteld: wie wat ontvangt, waarom, en dat de toestemming kan worden ingetrokken.</translation>
    </message>
    <message>
        <source>&amp;Told:</source>
        <translation>Ve&amp;rteld:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>&amp;Geldig vanaf:</translation>
    </message>
    <message>
        <source>The first day the consent no longer holds. Default: 12 months, as the end of the trajectory is not known yet.</source>
        <translation>De eerste dag waarop de toestemming niet meer geldt. Standaard: 12 maanden, omdat het einde van het traject nog niet bekend is.</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Vervalt op:</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>Toestemming vast&amp;leggen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – not verified</source>
        <translation>%1 – niet geverifieerd</translation>
    </message>
    <message>
        <source>&amp;Add a contact…</source>
        <translation>&amp;Contact toevoegen…</translation>
    </message>
    <message>
        <source>Add the recipient from the contact card they sent you.</source>
        <translation>Voeg de ontvanger toe vanuit de contactkaart die u van hem of haar kreeg.</translation>
    </message>
    <message>
        <source>There are no contacts yet: add the recipient from the contact card they sent you (Add a contact…).</source>
        <translation>Er zijn nog geen contacten: voeg de ontvanger toe vanuit de contactkaart die u kreeg (Contact toevoegen…).</translation>
    </message>
    <message>
        <source>Language the person was informed in</source>
        <translation>Taal waarin de persoon is geïnformeerd</translation>
    </message>
    <message>
        <source>The language the person was informed in; type part of its name to find it.</source>
        <translation>De taal waarin de persoon is geïnformeerd; typ een deel van de naam om haar te vinden.</translation>
    </message>
    <message>
        <source>Tick the data the person agreed to share.</source>
        <translation>Vink de gegevens aan die de persoon wil laten delen.</translation>
    </message>
    <message>
        <source>Data about the person and the case</source>
        <translation>Gegevens over de persoon en de casus</translation>
    </message>
    <message>
        <source>Where the person stays</source>
        <translation>Waar de persoon verblijft</translation>
    </message>
    <message>
        <source>Special categories (GDPR art. 9)</source>
        <translation>Bijzondere persoonsgegevens (AVG art. 9)</translation>
    </message>
    <message>
        <source>Criminal-offence data (GDPR art. 10)</source>
        <translation>Strafrechtelijke gegevens (AVG art. 10)</translation>
    </message>
    <message>
        <source>Whereabouts tell where the person stays. Choose the recipient first, then tick Whereabouts again.</source>
        <translation>De verblijfplaats vertelt waar de persoon verblijft. Kies eerst de ontvanger en vink daarna Verblijfplaats opnieuw aan.</translation>
    </message>
    <message>
        <source>Whereabouts tell where the person stays. Share them with %1 only if the person agreed to exactly that and %1 needs them to keep the person safe.

Share where the person stays with %1?</source>
        <translation>De verblijfplaats vertelt waar de persoon verblijft. Deel die alleen met %1 als de persoon precies daarmee instemde en %1 haar nodig heeft om de persoon veilig te houden.

De verblijfplaats delen met %1?</translation>
    </message>
    <message>
        <source>Share where the person stays?</source>
        <translation>Delen waar de persoon verblijft?</translation>
    </message>
    <message>
        <source>The recipient changed: share where the person stays?</source>
        <translation>De ontvanger is gewijzigd: delen waar de persoon verblijft?</translation>
    </message>
    <message>
        <source>Signed on the consent form saved from here</source>
        <translation>Getekend op het hier opgeslagen toestemmingsformulier</translation>
    </message>
    <message>
        <source>Save the consent form as a PDF first (Form as PDF…), print it and have it signed. Vangnet then keeps the form&apos;s fingerprint with the consent, which proves which text was signed.</source>
        <translation>Sla eerst het toestemmingsformulier op als pdf (Formulier als pdf…), druk het af en laat het tekenen. Vangnet bewaart dan de vingerafdruk van het formulier bij de toestemming; daarmee is te bewijzen welke tekst is getekend.</translation>
    </message>
    <message>
        <source>F&amp;orm as PDF…</source>
        <translation>Formulier als &amp;pdf…</translation>
    </message>
    <message>
        <source>The consent form to sign, in the language the person was informed in (Dutch or English).</source>
        <translation>Het toestemmingsformulier om te tekenen, in de taal waarin de persoon is ingelicht (Nederlands of Engels).</translation>
    </message>
    <message>
        <source>Pri&amp;nt consent form…</source>
        <translation>Toestemmingsformulier a&amp;fdrukken…</translation>
    </message>
    <message>
        <source>Print the consent form</source>
        <translation>Het toestemmingsformulier afdrukken</translation>
    </message>
    <message>
        <source>consent-form.pdf</source>
        <translation>toestemmingsformulier.pdf</translation>
    </message>
    <message>
        <source>the consent form with the person&apos;s name and what they agree to share</source>
        <translation>het toestemmingsformulier met de naam van de persoon en wat hij of zij laat delen</translation>
    </message>
</context>
<context>
    <name>vangnet::ConsentListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>vangnet::ConsentPanel</name>
    <message>
        <source>&amp;Record consent…</source>
        <translation>Toestemming &amp;vastleggen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>May receive now</source>
        <translation>Mag nu ontvangen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundel</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>What may be shared now, and why</source>
        <translation>Wat nu gedeeld mag worden, en waarom</translation>
    </message>
    <message>
        <source>Disclosed so far</source>
        <translation>Tot nu toe verstrekt</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (niet geverifieerd)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Niets</translation>
    </message>
    <message>
        <source>Valid consent; it expires on %1.</source>
        <translation>Geldige toestemming; deze vervalt op %1.</translation>
    </message>
    <message>
        <source>Valid consent.</source>
        <translation>Geldige toestemming.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Withdraw this consent? No data may go to this recipient for this purpose any more. Data sent earlier cannot be called back; Vangnet lists the recipients to inform.</source>
        <translation>Deze toestemming intrekken? Er mogen dan voor dit doel geen gegevens meer naar deze ontvanger worden verzonden. Eerder verzonden gegevens kunnen niet worden teruggehaald; Vangnet toont de ontvangers die moeten worden geïnformeerd.</translation>
    </message>
    <message>
        <source>The consent is withdrawn. Nothing was sent under it, so nobody needs to be informed.</source>
        <translation>De toestemming is ingetrokken. Er is op basis van deze toestemming niets verzonden, dus niemand hoeft te worden geïnformeerd.</translation>
    </message>
    <message>
        <source>%1 (received data on %2)</source>
        <translation>%1 (ontving gegevens op %2)</translation>
    </message>
    <message>
        <source>The consent is withdrawn. Inform these recipients that the person withdrew consent:
%1</source>
        <translation>De toestemming is ingetrokken. Informeer deze ontvangers dat de persoon de toestemming heeft ingetrokken:
%1</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>op papier</translation>
    </message>
</context>
<context>
    <name>vangnet::ContactsView</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verifiëren…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No – compare by phone</source>
        <translation>Nee – vergelijk telefonisch</translation>
    </message>
    <message>
        <source>No contacts yet. To send a bundle, you need the recipient&apos;s contact card: ask CoMensha, the shelter or your colleague for their card file (.vncard), then add it here or drop it on this page. Send them your own card (tab &quot;My card&quot;) so that they can add you.</source>
        <translation>Nog geen contacten. Om een bundel te versturen hebt u de contactkaart van de ontvanger nodig: vraag CoMensha, de opvang of uw collega om hun kaartbestand (.vncard) en voeg het hier toe, of sleep het naar deze pagina. Stuur hun ook uw eigen kaart (tabblad &quot;Mijn kaart&quot;), zodat zij u kunnen toevoegen.</translation>
    </message>
    <message>
        <source>Add a contact from a card…</source>
        <translation>Contact toevoegen vanuit een kaart…</translation>
    </message>
    <message>
        <source>&amp;Add from card…</source>
        <translation>Toevoegen vanuit &amp;kaart…</translation>
    </message>
    <message>
        <source>Move to &amp;team</source>
        <translation>Naar &amp;team verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Ve&amp;rwijderen…</translation>
    </message>
    <message>
        <source>Move to e&amp;xternal</source>
        <translation>Naar e&amp;xtern verplaatsen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from the contacts? Nothing can be sent to them or imported from them until their card is added again.</source>
        <translation>%1 uit de contacten verwijderen? U kunt dan niets meer naar hen sturen of van hen importeren totdat hun kaart opnieuw is toegevoegd.</translation>
    </message>
</context>
<context>
    <name>vangnet::CreateVaultPage</name>
    <message>
        <source>C&amp;reate vault</source>
        <translation>Kluis &amp;aanmaken</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember and nobody can guess. It is never stored: without it or the recovery key, nobody can open the vault, not even Vangnet&apos;s makers.</source>
        <translation>Kies een wachtwoordzin die te onthouden is en door niemand te raden is. Deze wordt nooit opgeslagen: zonder de wachtwoordzin of de herstelsleutel kan niemand de kluis openen, ook de makers van Vangnet niet.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Vault &amp;folder:</source>
        <translation>Kluis&amp;map:</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Nieuwe kluis aanmaken</translation>
    </message>
    <message>
        <source>Choose where to create the vault</source>
        <translation>Kies waar de kluis wordt aangemaakt</translation>
    </message>
</context>
<context>
    <name>vangnet::DangerBanner</name>
    <message>
        <source>Danger warning</source>
        <translation>Gevarenwaarschuwing</translation>
    </message>
    <message>
        <source>Required security level: %1 (%2)</source>
        <translation>Vereist beveiligingsniveau: %1 (%2)</translation>
    </message>
    <message>
        <source>Visit rules: %1</source>
        <translation>Bezoekafspraken: %1</translation>
    </message>
</context>
<context>
    <name>vangnet::DeadlinesView</name>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Show the &amp;coming</source>
        <translation>Toon de &amp;komende</translation>
    </message>
    <message>
        <source>(overdue items always show)</source>
        <translation>(te late items worden altijd getoond)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagen over</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Nothing due in this period.</source>
        <translation>Geen termijnen in deze periode.</translation>
    </message>
    <message>
        <source>Reflection period ends</source>
        <translation>Bedenktijd eindigt</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Taak vervalt: %1</translation>
    </message>
    <message>
        <source>Threat assessment review</source>
        <translation>Herbeoordeling dreigingsinschatting</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for deadlines…</source>
        <translation>Termijnen worden gezocht…</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Dreiging</translation>
    </message>
    <message>
        <source>Required security level (S0 to S4)</source>
        <translation>Vereist beveiligingsniveau (S0 tot en met S4)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>vangnet::DraftOfferBar</name>
    <message>
        <source>&amp;Restore</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>Restore the unsaved changes</source>
        <translation>De niet-opgeslagen wijzigingen herstellen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>De niet-opgeslagen wijzigingen weggooien</translation>
    </message>
    <message>
        <source>Unsaved changes to this case were kept when you left it (%1). Restore them?</source>
        <translation>Niet-opgeslagen wijzigingen in deze casus zijn bewaard toen u die verliet (%1). Herstellen?</translation>
    </message>
</context>
<context>
    <name>vangnet::EmergencyBar</name>
    <message>
        <source>In danger? Call 112</source>
        <translation>In gevaar? Bel 112</translation>
    </message>
    <message>
        <source>What to do in imminent danger</source>
        <translation>Wat te doen bij acuut gevaar</translation>
    </message>
</context>
<context>
    <name>vangnet::EmergencyDialog</name>
    <message>
        <source>In danger?</source>
        <translation>In gevaar?</translation>
    </message>
    <message>
        <source>In imminent danger call 112 and notify the police immediately.</source>
        <translation>Bij acuut gevaar: bel 112 en waarschuw onmiddellijk de politie.</translation>
    </message>
    <message>
        <source>No emergency, but you need the police? Call the non-emergency number 0900-8844.</source>
        <translation>Geen spoed, maar wel de politie nodig? Bel het niet-spoednummer 0900-8844.</translation>
    </message>
    <message>
        <source>CoMensha is the national coordination centre against human trafficking: it registers victims and is the only party that places them in a COSM shelter. It does not respond to emergencies.</source>
        <translation>CoMensha is het landelijk coördinatiecentrum tegen mensenhandel: het registreert slachtoffers en is de enige partij die hen in een COSM-opvang plaatst. CoMensha reageert niet op noodsituaties.</translation>
    </message>
</context>
<context>
    <name>vangnet::EmptyResultsNotice</name>
    <message>
        <source>C&amp;lear search and filters</source>
        <translation>Zoek&amp;opdracht en filters wissen</translation>
    </message>
    <message>
        <source>Active filters: %1.</source>
        <translation>Actieve filters: %1.</translation>
    </message>
    <message>
        <source>C&amp;lear the search</source>
        <translation>Zoek&amp;opdracht wissen</translation>
    </message>
</context>
<context>
    <name>vangnet::EraseCaseDialog</name>
    <message numerus="yes">
        <source>the case with all its fields and its history (%n change(s))</source>
        <translation>
            <numerusform>de casus met al zijn velden en de geschiedenis (%n wijziging)</numerusform>
            <numerusform>de casus met al zijn velden en de geschiedenis (%n wijzigingen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n toestemming</numerusform>
            <numerusform>%n toestemmingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n plaatsing</numerusform>
            <numerusform>%n plaatsingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received about this person</source>
        <translation>
            <numerusform>%n ontvangen gegevensset over deze persoon</numerusform>
            <numerusform>%n ontvangen gegevenssets over deze persoon</numerusform>
        </translation>
    </message>
    <message>
        <source>unsaved changes kept as a draft</source>
        <translation>niet-opgeslagen wijzigingen die als concept bewaard zijn</translation>
    </message>
    <message numerus="yes">
        <source>%n saved search(es) that find this case</source>
        <translation>
            <numerusform>%n opgeslagen zoekopdracht die deze casus vindt</numerusform>
            <numerusform>%n opgeslagen zoekopdrachten die deze casus vinden</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase case %1</source>
        <translation>Casus %1 wissen</translation>
    </message>
    <message>
        <source>Erasing cannot be undone. This removes from this laptop:</source>
        <translation>Wissen kan niet ongedaan worden gemaakt. Dit haalt van deze laptop:</translation>
    </message>
    <message numerus="yes">
        <source>The register of what was shared keeps %n entry(s) without personal data: who received which kind of data, and when.</source>
        <translation>
            <numerusform>Het register van wat gedeeld is houdt %n regel zonder persoonsgegevens: wie welke soort gegevens kreeg, en wanneer.</numerusform>
            <numerusform>Het register van wat gedeeld is houdt %n regels zonder persoonsgegevens: wie welke soort gegevens kreeg, en wanneer.</numerusform>
        </translation>
    </message>
    <message>
        <source>What remains: the case number, the date, the reason and who erased it. Copies that were shared or are in backups are not erased by this.</source>
        <translation>Wat blijft: het casusnummer, de datum, de reden en wie wiste. Kopieën die gedeeld zijn of in back-ups staan, worden hiermee niet gewist.</translation>
    </message>
    <message>
        <source>for example: asked by the person, retention period ended</source>
        <translation>bijvoorbeeld: op verzoek van de persoon, bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Type the case number %1 to confirm:</source>
        <translation>&amp;Typ het casusnummer %1 ter bevestiging:</translation>
    </message>
    <message>
        <source>&amp;Erase case</source>
        <translation>Casus &amp;wissen</translation>
    </message>
</context>
<context>
    <name>vangnet::ExchangeFolderPanel</name>
    <message>
        <source>&amp;Choose exchange folder…</source>
        <translation>Uitwisselmap &amp;kiezen…</translation>
    </message>
    <message>
        <source>Send and &amp;receive now</source>
        <translation>Nu versturen en &amp;ontvangen</translation>
    </message>
    <message>
        <source>Sent through the exchange folder</source>
        <translation>Verstuurd via de uitwisselmap</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received through bundles</source>
        <translation>Ontvangen via bundels</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Choose exchange folder</source>
        <translation>Uitwisselmap kiezen</translation>
    </message>
    <message>
        <source>Send and receive now</source>
        <translation>Nu versturen en ontvangen</translation>
    </message>
    <message>
        <source>A folder that a sync program (Syncthing, Nextcloud, OneDrive, a network share) shares with your team. Bundles you export to a colleague wait there in their mailbox; bundles for you are imported as they arrive, and a receipt goes back. The sync program sees only encrypted files with meaningless names.</source>
        <translation>Een map die een synchronisatieprogramma (Syncthing, Nextcloud, OneDrive, een netwerkschijf) met uw team deelt. Bundels die u naar een collega exporteert, wachten daar in diens postvak; bundels voor u worden ingelezen zodra ze binnenkomen, en er gaat een ontvangstbewijs terug. Het synchronisatieprogramma ziet alleen versleutelde bestanden met nietszeggende namen.</translation>
    </message>
    <message>
        <source>Waiting to go and delivered:</source>
        <translation>Wacht op verzending en afgeleverd:</translation>
    </message>
    <message>
        <source>Came in:</source>
        <translation>Binnengekomen:</translation>
    </message>
    <message>
        <source>Stopped. The rest is read next time.</source>
        <translation>Gestopt. De rest wordt de volgende keer gelezen.</translation>
    </message>
    <message>
        <source>Exchange folder: %1</source>
        <translation>Uitwisselmap: %1</translation>
    </message>
    <message>
        <source>No exchange folder is set: bundles are exported and imported as files.</source>
        <translation>Er is geen uitwisselmap ingesteld: bundels worden als bestand geëxporteerd en ingelezen.</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>afgeleverd %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wachtend</translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation>Uitwisselmap</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop sending and receiving</source>
        <translation>Stoppen met versturen en ontvangen</translation>
    </message>
    <message>
        <source>Reading file %1 of %2 from the exchange folder…</source>
        <translation>Bestand %1 van %2 uit de uitwisselmap lezen…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left alone: %1</source>
        <translation>
            <numerusform>%n bestand blijft staan: %1</numerusform>
            <numerusform>%n bestanden blijven staan: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date (%1).</source>
        <translation>Bijgewerkt (%1).</translation>
    </message>
    <message numerus="yes">
        <source>New: %n case(s) came in from %1.</source>
        <translation>
            <numerusform>Nieuw: %n dossier binnengekomen van %1.</numerusform>
            <numerusform>Nieuw: %n dossiers binnengekomen van %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) delivered.</source>
        <translation>
            <numerusform>%n bundel afgeleverd.</numerusform>
            <numerusform>%n bundels afgeleverd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::ExportWizard</name>
    <message>
        <source>Export cases</source>
        <translation>Casussen exporteren</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Bundles go only to verified contacts: compare the fingerprint by phone first.</source>
        <translation>Bundels gaan alleen naar geverifieerde contacten: vergelijk eerst telefonisch de vingerafdruk.</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>Purpose &amp;description:</source>
        <translation>Doelom&amp;schrijving:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Choose the cases to send. What may leave of each is decided on the next page.</source>
        <translation>Kies de casussen die worden verzonden. Wat er van elke casus mee mag, wordt op de volgende pagina bepaald.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Exactly what will leave, and what is held back and why.</source>
        <translation>Precies wat er meegaat, en wat wordt achtergehouden en waarom.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Held back because</source>
        <translation>Achtergehouden omdat</translation>
    </message>
    <message>
        <source>Will leave:</source>
        <translation>Gaat mee:</translation>
    </message>
    <message>
        <source>Held back:</source>
        <translation>Achtergehouden:</translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation>Bundel wegschrijven</translation>
    </message>
    <message>
        <source>The bundle is encrypted for the recipient and for this vault, and signed.</source>
        <translation>De bundel wordt versleuteld voor de ontvanger en voor deze kluis, en ondertekend.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Wegschrijven</translation>
    </message>
    <message>
        <source>&amp;Cancel writing</source>
        <translation>Wegschrijven &amp;afbreken</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>%1 (%2, verified)</source>
        <translation>%1 (%2, geverifieerd)</translation>
    </message>
    <message>
        <source>%1 (%2, not verified)</source>
        <translation>%1 (%2, niet geverifieerd)</translation>
    </message>
    <message>
        <source>Compare the fingerprint %1 by phone and mark the contact as verified first.</source>
        <translation>Vergelijk eerst telefonisch de vingerafdruk %1 en markeer het contact als geverifieerd.</translation>
    </message>
    <message>
        <source>Handover (same organisation)</source>
        <translation>Overdracht (zelfde organisatie)</translation>
    </message>
    <message>
        <source>Choose a verified contact.</source>
        <translation>Kies een geverifieerd contact.</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>Kies ten minste één casus.</translation>
    </message>
    <message>
        <source>whole case</source>
        <translation>hele casus</translation>
    </message>
    <message numerus="yes">
        <source>the whole case, %n history entries</source>
        <translation>
            <numerusform>de hele casus, %n geschiedenisregel</numerusform>
            <numerusform>de hele casus, %n geschiedenisregels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attachments</source>
        <translation>
            <numerusform>, %n bijlage</numerusform>
            <numerusform>, %n bijlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing may be sent to %1 for this purpose: no chosen case has a valid consent. Nothing will be written.</source>
        <translation>Voor dit doel mag niets naar %1 worden verzonden: geen van de gekozen casussen heeft een geldige toestemming. Er wordt niets weggeschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will leave for %1;</source>
        <translation>
            <numerusform>%n casus gaat mee naar %1;</numerusform>
            <numerusform>%n casussen gaan mee naar %1;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held back.</source>
        <translation>
            <numerusform>%n achtergehouden.</numerusform>
            <numerusform>%n achtergehouden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Bundel opslaan</translation>
    </message>
    <message>
        <source>Vangnet bundles (*.vnb)</source>
        <translation>Vangnet-bundels (*.vnb)</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Kies waar de bundel wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Bezig met wegschrijven…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Afgebroken; er is geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Written: bundle %1 with %n case(s).</source>
        <translation>
            <numerusform>Weggeschreven: bundel %1 met %n casus.</numerusform>
            <numerusform>Weggeschreven: bundel %1 met %n casussen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name or case number</source>
        <translation>Zoek op naam of casusnummer</translation>
    </message>
    <message>
        <source>Check &amp;all found</source>
        <translation>&amp;Alle gevonden aanvinken</translation>
    </message>
    <message>
        <source>&amp;Uncheck all</source>
        <translation>Alles &amp;uitvinken</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>Alle open casussen</translation>
    </message>
    <message>
        <source>All cases with a consent for this recipient and purpose</source>
        <translation>Alle casussen met toestemming voor deze ontvanger en dit doel</translation>
    </message>
    <message>
        <source>%1 found, %2 chosen.</source>
        <translation>%1 gevonden, %2 gekozen.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v van %m</translation>
    </message>
    <message>
        <source>Reading the chosen cases and their consents…</source>
        <translation>De gekozen casussen en hun toestemmingen worden gelezen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The vault was locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>Preparing the preview was cancelled. Go back and forward again to start it anew.</source>
        <translation>Het voorbereiden van het voorbeeld is geannuleerd. Ga terug en weer verder om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>Gathering the cases&apos; data…</source>
        <translation>De gegevens van de casussen worden verzameld…</translation>
    </message>
    <message>
        <source>&amp;Add a contact from a card…</source>
        <translation>&amp;Contact toevoegen vanuit een kaart…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>Ve&amp;rifiëren…</translation>
    </message>
    <message>
        <source>There are no contacts yet. Add the recipient from the contact card they sent you, then compare the fingerprint with them by phone.</source>
        <translation>Er zijn nog geen contacten. Voeg de ontvanger toe vanuit de contactkaart die u kreeg en vergelijk daarna telefonisch de vingerafdruk.</translation>
    </message>
    <message>
        <source>No contact is verified yet. Choose the recipient, call them on a number you already know and compare the fingerprint (Verify…).</source>
        <translation>Nog geen enkel contact is geverifieerd. Kies de ontvanger, bel op een nummer dat u al kent en vergelijk de vingerafdruk (Verifiëren…).</translation>
    </message>
    <message>
        <source>This contact is not verified yet: compare the fingerprint by phone first (Verify…).</source>
        <translation>Dit contact is nog niet geverifieerd: vergelijk eerst telefonisch de vingerafdruk (Verifiëren…).</translation>
    </message>
    <message>
        <source>Put the bundle in the recipient&apos;s mailbox in the exchange folder</source>
        <translation>De bundel in het postvak van de ontvanger in de uitwisselmap zetten</translation>
    </message>
    <message>
        <source>Put it in %1&apos;s mailbox in the exchange folder (the sync program takes it there)</source>
        <translation>In het postvak van %1 in de uitwisselmap zetten (het synchronisatieprogramma brengt hem daarheen)</translation>
    </message>
    <message>
        <source>Data agreed to</source>
        <translation>Toegestane gegevens</translation>
    </message>
    <message>
        <source>What leaves, with its values</source>
        <translation>Wat vertrekt, met de waarden</translation>
    </message>
</context>
<context>
    <name>vangnet::FingerprintLabel</name>
    <message>
        <source>Fingerprint %1</source>
        <translation>Vingerafdruk %1</translation>
    </message>
</context>
<context>
    <name>vangnet::HelpWindow</name>
    <message>
        <source>Vangnet user guide</source>
        <translation>Vangnet-handleiding</translation>
    </message>
    <message>
        <source>Search the user guide</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>Shows only the pages that contain the words you type.</source>
        <translation>Toont alleen de pagina&apos;s met de woorden die u typt.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>The pages of the user guide; choose one to read it.</source>
        <translation>De pagina&apos;s van de handleiding; kies er een om die te lezen.</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Hulppagina</translation>
    </message>
    <message>
        <source>The text of the chosen page. Links lead to other pages of the guide.</source>
        <translation>De tekst van de gekozen pagina. Koppelingen leiden naar andere pagina&apos;s van de handleiding.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Goes back to the page shown before.</source>
        <translation>Gaat terug naar de vorige pagina.</translation>
    </message>
    <message>
        <source>Closes the user guide.</source>
        <translation>Sluit de handleiding.</translation>
    </message>
</context>
<context>
    <name>vangnet::ImportDialog</name>
    <message>
        <source>Import a bundle</source>
        <translation>Bundel importeren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Eigen waarde</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Hun waarde</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <source>Conflicts: fields changed on both sides. Nothing was overwritten; choose per field.</source>
        <translation>Conflicten: velden die aan beide kanten zijn gewijzigd. Er is niets overschreven; kies per veld.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Bundel openen</translation>
    </message>
    <message>
        <source>Vangnet bundles (*.vnb)</source>
        <translation>Vangnet-bundels (*.vnb)</translation>
    </message>
    <message>
        <source>✗ This bundle is not addressed to this vault.</source>
        <translation>✗ Deze bundel is niet gericht aan deze kluis.</translation>
    </message>
    <message>
        <source>✗ The bundle is damaged or was altered: %1</source>
        <translation>✗ De bundel is beschadigd of gewijzigd: %1</translation>
    </message>
    <message>
        <source>✓ Signature valid; addressed to this vault.</source>
        <translation>✓ Handtekening geldig; gericht aan deze kluis.</translation>
    </message>
    <message>
        <source>✗ Forged: the named sender did not sign it.</source>
        <translation>✗ Vervalst: de genoemde afzender heeft de bundel niet ondertekend.</translation>
    </message>
    <message>
        <source>Made by this vault.</source>
        <translation>Gemaakt door deze kluis.</translation>
    </message>
    <message>
        <source>✗ Unknown sender %1 (not among your contacts).</source>
        <translation>✗ Onbekende afzender %1 (staat niet in de contacten).</translation>
    </message>
    <message>
        <source>✗ Sender %1 is not verified.</source>
        <translation>✗ Afzender %1 is niet geverifieerd.</translation>
    </message>
    <message>
        <source>✓ Sender %1, verified.</source>
        <translation>✓ Afzender %1, geverifieerd.</translation>
    </message>
    <message>
        <source>This bundle was imported before; importing it again changes nothing.</source>
        <translation>Deze bundel is al eerder geïmporteerd; opnieuw importeren verandert niets.</translation>
    </message>
    <message>
        <source>Imported before; nothing changed.</source>
        <translation>Al eerder geïmporteerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 conflicts, %4 received.</source>
        <translation>Geïmporteerd: %1 aangemaakt, %2 bijgewerkt, %3 conflicten, %4 ontvangen.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Eigen waarde behouden</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Hun waarde overnemen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Checking the bundle: decrypting and verifying the signature…</source>
        <translation>De bundel wordt gecontroleerd: ontsleutelen en de handtekening verifiëren…</translation>
    </message>
    <message>
        <source>Checking was cancelled.</source>
        <translation>Het controleren is geannuleerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v van %m</translation>
    </message>
    <message>
        <source>Importing… Cancel leaves the vault exactly as it was.</source>
        <translation>Importeren… Annuleren laat de kluis precies zoals hij was.</translation>
    </message>
    <message>
        <source>The import stopped; the vault is as it was before. %1</source>
        <translation>De import is gestopt; de kluis is zoals hij was. %1</translation>
    </message>
    <message>
        <source>Saving the import…</source>
        <translation>De import wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported, the vault is as it was.</source>
        <translation>Import geannuleerd: er is niets geïmporteerd, de kluis is zoals hij was.</translation>
    </message>
    <message>
        <source>What it holds: %1; purpose: %2; legal basis: %3.</source>
        <translation>Inhoud: %1; doel: %2; grondslag: %3.</translation>
    </message>
    <message>
        <source>Case number only</source>
        <translation>Alleen het casusnummer</translation>
    </message>
    <message>
        <source>Bundle &amp;file:</source>
        <translation>Bundel&amp;bestand:</translation>
    </message>
</context>
<context>
    <name>vangnet::IncidentDialog</name>
    <message>
        <source>A police report was filed</source>
        <translation>Er is aangifte gedaan bij de politie</translation>
    </message>
    <message>
        <source>Incident against staff</source>
        <translation>Incident tegen medewerkers</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Setting:</source>
        <translation>&amp;Situatie:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Wat er gebeurde:</translation>
    </message>
    <message>
        <source>Staff &amp;member:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <source>Police &amp;reference:</source>
        <translation>Politie&amp;kenmerk:</translation>
    </message>
    <message>
        <source>Co&amp;nsequences:</source>
        <translation>&amp;Gevolgen:</translation>
    </message>
    <message>
        <source>&amp;Aftercare:</source>
        <translation>&amp;Nazorg:</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>M&amp;aatregelen:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <source>Linked &amp;case:</source>
        <translation>Gekoppelde &amp;casus:</translation>
    </message>
</context>
<context>
    <name>vangnet::IncidentListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>(not in this vault)</source>
        <translation>(niet in deze kluis)</translation>
    </message>
</context>
<context>
    <name>vangnet::LockedScreen</name>
    <message>
        <source>Vangnet is locked</source>
        <translation>Vangnet is vergrendeld</translation>
    </message>
    <message>
        <source>Click or press a key to unlock.</source>
        <translation>Klik of druk op een toets om te ontgrendelen.</translation>
    </message>
</context>
<context>
    <name>vangnet::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Lock the vault and hide all data (Ctrl+L)</source>
        <translation>De kluis vergrendelen en alle gegevens verbergen (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About Vangnet</source>
        <translation>&amp;Over Vangnet</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Kluis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Vangnet – Demo</source>
        <translation>Vangnet – Demo</translation>
    </message>
    <message>
        <source>Preparing the demo vault…</source>
        <translation>Demokluis wordt voorbereid…</translation>
    </message>
    <message>
        <source>About Vangnet</source>
        <translation>Over Vangnet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vangnet %1&lt;/h3&gt;&lt;p&gt;Offline case management for care coordinators of victims of human trafficking.&lt;/p&gt;&lt;p&gt;All data stays in an encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vangnet %1&lt;/h3&gt;&lt;p&gt;Offline casusbeheer voor zorgcoördinatoren van slachtoffers van mensenhandel.&lt;/p&gt;&lt;p&gt;Alle gegevens blijven in een versleutelde kluis op deze computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casussen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>De schijf is vol</translation>
    </message>
    <message>
        <source>The vault was opened, but the disk it is on is full: you can read every case, but changes cannot be saved until space is freed. The unlock is recorded in the audit log as soon as there is space again.</source>
        <translation>De kluis is geopend, maar de schijf waarop ze staat is vol: u kunt elke casus lezen, maar wijzigingen kunnen pas worden opgeslagen als er ruimte is vrijgemaakt. Het ontgrendelen wordt in het auditlogboek vastgelegd zodra er weer ruimte is.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
</context>
<context>
    <name>vangnet::OpenRisksModel</name>
    <message>
        <source>Open incident</source>
        <translation>Openstaand incident</translation>
    </message>
    <message>
        <source>Visit rules</source>
        <translation>Bezoekafspraken</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
</context>
<context>
    <name>vangnet::OverrideLevelDialog</name>
    <message>
        <source>Override security level</source>
        <translation>Beveiligingsniveau handmatig instellen</translation>
    </message>
    <message>
        <source>Why does this case need a different level? For example: the police advised hiding after a new threat.</source>
        <translation>Waarom heeft deze casus een ander niveau nodig? Bijvoorbeeld: de politie adviseerde onderduiken na een nieuwe dreiging.</translation>
    </message>
    <message>
        <source>The level derived from the threat assessment is %1. A level set by hand replaces it until you remove the override; the reason is shown with the level.</source>
        <translation>Het niveau dat uit de dreigingsinschatting volgt, is %1. Een handmatig ingesteld niveau vervangt dit totdat de handmatige instelling wordt verwijderd; de reden wordt bij het niveau getoond.</translation>
    </message>
    <message>
        <source>Set level</source>
        <translation>Niveau instellen</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reden (verplicht):</translation>
    </message>
</context>
<context>
    <name>vangnet::OverviewCharts</name>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Cases per phase</source>
        <translation>Casussen per fase</translation>
    </message>
    <message>
        <source>New signals</source>
        <translation>Nieuwe signalen</translation>
    </message>
    <message>
        <source>New signals per month, last 12 months</source>
        <translation>Nieuwe signalen per maand, laatste 12 maanden</translation>
    </message>
    <message>
        <source>Taken (placed or held)</source>
        <translation>Bezet (geplaatst of vastgehouden)</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>%1: %2 taken, %3 free</source>
        <translation>%1: %2 bezet, %3 vrij</translation>
    </message>
    <message>
        <source>Beds by security level</source>
        <translation>Bedden per beveiligingsniveau</translation>
    </message>
</context>
<context>
    <name>vangnet::OverviewSection</name>
    <message>
        <source>Needs attention today</source>
        <translation>Vraagt vandaag aandacht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Opnieuw tellen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Who needs attention today; each tile opens the list behind it.</source>
        <translation>Wie vandaag aandacht nodig heeft; elke tegel opent de lijst erachter.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>De aantallen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>In danger (S3 or S4)</source>
        <translation>In gevaar (S3 of S4)</translation>
    </message>
    <message>
        <source>Open cases that need security level S3 or S4. Opens the case list with these cases.</source>
        <translation>Open casussen die beveiligingsniveau S3 of S4 nodig hebben. Opent de casuslijst met deze casussen.</translation>
    </message>
    <message>
        <source>Reflection period ends within 14 days</source>
        <translation>Bedenktijd eindigt binnen 14 dagen</translation>
    </message>
    <message>
        <source>Opens the case list with these cases.</source>
        <translation>Opent de casuslijst met deze casussen.</translation>
    </message>
    <message>
        <source>Cases with overdue tasks</source>
        <translation>Casussen met te late taken</translation>
    </message>
    <message>
        <source>Waiting for a bed</source>
        <translation>Wacht op een bed</translation>
    </message>
    <message>
        <source>Open cases whose latest placement request is open, on a wait list or refused. Opens the case list with these cases.</source>
        <translation>Open casussen waarvan de laatste plaatsingsaanvraag nog loopt, op een wachtlijst staat of is geweigerd. Opent de casuslijst met deze casussen.</translation>
    </message>
    <message>
        <source>Open incidents against staff</source>
        <translation>Open incidenten tegen medewerkers</translation>
    </message>
    <message>
        <source>Opens the incidents in Safety.</source>
        <translation>Opent de incidenten bij Veiligheid.</translation>
    </message>
    <message>
        <source>Counted at %1.</source>
        <translation>Geteld om %1.</translation>
    </message>
    <message>
        <source>&amp;Periodic report…</source>
        <translation>&amp;Periodieke rapportage…</translation>
    </message>
    <message>
        <source>Figures over a quarter, a month or a year for the municipality or CoMensha, as PDF or CSV</source>
        <translation>Cijfers over een kwartaal, een maand of een jaar voor de gemeente of CoMensha, als PDF of CSV</translation>
    </message>
    <message>
        <source>Waiting for a bed, no placement consent</source>
        <translation>Wacht op een bed, geen toestemming plaatsing</translation>
    </message>
    <message>
        <source>Open cases waiting for a bed whose placement request is due, without a valid consent for it. Opens the case list with these cases.</source>
        <translation>Open casussen die op een bed wachten en een plaatsingsverzoek nodig hebben, zonder geldige toestemming daarvoor. Opent de casuslijst met deze casussen.</translation>
    </message>
</context>
<context>
    <name>vangnet::PassphraseFields</name>
    <message>
        <source>At least %1 characters; several words work well</source>
        <translation>Ten minste %1 tekens; meerdere woorden werken goed</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Wachtwoordzin &amp;herhalen:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>vangnet::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Te zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
</context>
<context>
    <name>vangnet::PeriodReportDialog</name>
    <message>
        <source>&amp;PDF with charts, to print or send</source>
        <translation>&amp;PDF met grafieken, om te printen of te versturen</translation>
    </message>
    <message>
        <source>&amp;CSV, for a spreadsheet</source>
        <translation>&amp;CSV, voor een rekenblad</translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation>Periodieke rapportage</translation>
    </message>
    <message>
        <source>Figures over a period for the municipality or CoMensha: signals, intakes, placements, cases closed, forms of exploitation, ages and regions. Counts below the statistics threshold are hidden. No names or case numbers.</source>
        <translation>Cijfers over een periode voor de gemeente of CoMensha: signaleringen, intakes, plaatsingen, afgesloten casussen, vormen van uitbuiting, leeftijden en regio&apos;s. Aantallen onder de drempel voor statistiek zijn verborgen. Geen namen of casusnummers.</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Vorig kwartaal</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>This year until today</source>
        <translation>Dit jaar tot vandaag</translation>
    </message>
    <message>
        <source>Dates of my own</source>
        <translation>Eigen data</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>Kind of file:</source>
        <translation>Soort bestand:</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Rapportage op&amp;slaan…</translation>
    </message>
    <message>
        <source>Type both days as %1, or choose a period.</source>
        <translation>Typ beide dagen als %1, of kies een periode.</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapportage</translation>
    </message>
    <message>
        <source>Save the periodic report</source>
        <translation>Periodieke rapportage opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>the periodic report from %1 to %2: counts of signals, intakes, placements, cases closed, forms of exploitation, ages and regions (small counts hidden; no names or case numbers)</source>
        <translation>de periodieke rapportage van %1 tot en met %2: aantallen signaleringen, intakes, plaatsingen, afgesloten casussen, vormen van uitbuiting, leeftijden en regio&apos;s (kleine aantallen verborgen; geen namen of casusnummers)</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>De rapportage wordt gemaakt…</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>De rapportage is niet opgeslagen.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>De rapportage kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>the work was stopped.</source>
        <translation>het werk is gestopt.</translation>
    </message>
    <message>
        <source>Saved as %1. The file is not encrypted: delete it once it has been sent.</source>
        <translation>Opgeslagen als %1. Het bestand is niet versleuteld: verwijder het zodra het verstuurd is.</translation>
    </message>
</context>
<context>
    <name>vangnet::PlacementHistoryBox</name>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Opvang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Gereserveerd tot</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Take up held bed</source>
        <translation>Gereserveerd bed in gebruik nemen</translation>
    </message>
    <message>
        <source>End placement…</source>
        <translation>Plaatsing beëindigen…</translation>
    </message>
    <message>
        <source>Refused by shelter…</source>
        <translation>Geweigerd door opvang…</translation>
    </message>
    <message>
        <source>Placement request…</source>
        <translation>Plaatsingsverzoek…</translation>
    </message>
    <message>
        <source>A document for the shelter with what it needs for the selected placement, within the person&apos;s consent</source>
        <translation>Een document voor de opvang met wat die nodig heeft voor de gekozen plaatsing, binnen de toestemming van de persoon</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The person moves into the held bed: mark the placement as placed?</source>
        <translation>De persoon betrekt het gereserveerde bed: de plaatsing als geplaatst markeren?</translation>
    </message>
    <message>
        <source>End placement</source>
        <translation>Plaatsing beëindigen</translation>
    </message>
    <message>
        <source>Why does the placement end? (required)</source>
        <translation>Waarom eindigt de plaatsing? (verplicht)</translation>
    </message>
    <message>
        <source>A placement ends only with a reason.</source>
        <translation>Een plaatsing kan alleen met een reden worden beëindigd.</translation>
    </message>
    <message>
        <source>Refused by shelter</source>
        <translation>Geweigerd door opvang</translation>
    </message>
    <message>
        <source>Why did the shelter refuse? (required)</source>
        <translation>Waarom heeft de opvang geweigerd? (verplicht)</translation>
    </message>
</context>
<context>
    <name>vangnet::PlacementPanel</name>
    <message>
        <source>Required security level</source>
        <translation>Vereist beveiligingsniveau</translation>
    </message>
    <message>
        <source>Override level…</source>
        <translation>Niveau handmatig instellen…</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>Handmatige instelling verwijderen</translation>
    </message>
    <message>
        <source>A judge authorised secure youth care</source>
        <translation>Een rechter heeft een machtiging voor gesloten jeugdzorg verleend</translation>
    </message>
    <message>
        <source>Secure youth care (closed) is suggested only with a judge&apos;s authorisation.</source>
        <translation>Gesloten jeugdzorg wordt alleen voorgesteld bij een rechterlijke machtiging.</translation>
    </message>
    <message>
        <source>Use the level derived from the threat assessment again?</source>
        <translation>Weer het niveau gebruiken dat uit de dreigingsinschatting volgt?</translation>
    </message>
    <message>
        <source>Suggested shelters</source>
        <translation>Voorgestelde opvangen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Opvang</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation>Vrije bedden</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why this shelter (points):</source>
        <translation>Waarom deze opvang (punten):</translation>
    </message>
    <message>
        <source>Hold bed…</source>
        <translation>Bed reserveren…</translation>
    </message>
    <message>
        <source>Reserve a bed in the selected shelter for a number of days</source>
        <translation>Een bed in de geselecteerde opvang voor een aantal dagen reserveren</translation>
    </message>
    <message>
        <source>Place…</source>
        <translation>Plaatsen…</translation>
    </message>
    <message>
        <source>Place the case in the selected shelter</source>
        <translation>De casus in de geselecteerde opvang plaatsen</translation>
    </message>
    <message>
        <source>Shelter / rule</source>
        <translation>Opvang / regel</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Waarom niet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Take up held bed</source>
        <translation>Gereserveerd bed in gebruik nemen</translation>
    </message>
    <message>
        <source>Save the case to see placement advice.</source>
        <translation>Sla de casus op om plaatsingsadvies te zien.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Casus %1</translation>
    </message>
    <message>
        <source>How this level was reached:</source>
        <translation>Hoe dit niveau tot stand kwam:</translation>
    </message>
    <message>
        <source>Set by hand; the threat assessment gives %1. Reason: %2</source>
        <translation>Handmatig ingesteld; de dreigingsinschatting geeft %1. Reden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n shelter(s) fit this case, best first. Every one is at or above the required level and has a free bed.</source>
        <translation>
            <numerusform>%n opvang past bij deze casus. Deze heeft minimaal het vereiste niveau en een vrij bed.</numerusform>
            <numerusform>%n opvangen passen bij deze casus, beste eerst. Elke opvang heeft minimaal het vereiste niveau en een vrij bed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide excluded shelters</source>
        <translation>Uitgesloten opvangen verbergen</translation>
    </message>
    <message>
        <source>Show excluded shelters (%1)</source>
        <translation>Uitgesloten opvangen tonen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n rule(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n regel</numerusform>
            <numerusform>%1 · %2 · %n regels</numerusform>
        </translation>
    </message>
    <message>
        <source>What you can do now:</source>
        <translation>Wat nu mogelijk is:</translation>
    </message>
    <message>
        <source>Override security level</source>
        <translation>Beveiligingsniveau handmatig instellen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaatsen</translation>
    </message>
    <message numerus="yes">
        <source>Place case %1 in %2 (%3, %4)? One of its %n free bed(s) is taken.</source>
        <translation>
            <numerusform>Casus %1 plaatsen in %2 (%3, %4)? Er is %n vrij bed; dit bed wordt bezet.</numerusform>
            <numerusform>Casus %1 plaatsen in %2 (%3, %4)? Eén van de %n vrije bedden wordt bezet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold bed</source>
        <translation>Bed reserveren</translation>
    </message>
    <message>
        <source>End placement</source>
        <translation>Plaatsing beëindigen</translation>
    </message>
    <message>
        <source>Held bed taken up</source>
        <translation>Gereserveerd bed in gebruik genomen</translation>
    </message>
    <message>
        <source>Hold a bed in %1 for how many days?</source>
        <translation>Voor hoeveel dagen een bed reserveren bij %1?</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>Score van %1</translation>
    </message>
    <message>
        <source>Request bed</source>
        <translation>Bed aanvragen</translation>
    </message>
    <message>
        <source>Ask the selected shelter for a bed; no bed is taken until it is held or the person is placed</source>
        <translation>De gekozen opvang om een bed vragen; er wordt pas een bed bezet als het gereserveerd is of de persoon geplaatst is</translation>
    </message>
    <message>
        <source>Put on wait list</source>
        <translation>Op wachtlijst zetten</translation>
    </message>
    <message>
        <source>For an excluded shelter whose only obstacle is that it is full</source>
        <translation>Voor een uitgesloten opvang die alleen afvalt omdat ze vol is</translation>
    </message>
    <message>
        <source>Refused by shelter</source>
        <translation>Geweigerd door opvang</translation>
    </message>
    <message>
        <source>A refusal is recorded only with a reason.</source>
        <translation>Een weigering wordt alleen met een reden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>vangnet::PlacementRequestDialog</name>
    <message>
        <source>Placement request</source>
        <translation>Plaatsingsverzoek</translation>
    </message>
    <message>
        <source>The request holds only what a shelter needs for this placement, as far as the person&apos;s consent for a placement allows: never the person&apos;s name, phone or address.</source>
        <translation>Het verzoek bevat alleen wat een opvang nodig heeft voor deze plaatsing, voor zover de toestemming van de persoon voor een plaatsing dat toelaat: nooit naam, telefoonnummer of adres.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <source>Include the threat assessment and where perpetrators are known</source>
        <translation>Dreigingsinschatting en gebieden waar daders bekend zijn meesturen</translation>
    </message>
    <message>
        <source>Only when the person&apos;s consent for this recipient names the perpetrators. Without it the shelter sees only the required security level.</source>
        <translation>Alleen als de toestemming van de persoon voor deze ontvanger de daders noemt. Anders ziet de opvang alleen het vereiste beveiligingsniveau.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>No consent for a placement holds today. Record the person&apos;s consent for the purpose &quot;%1&quot; with the shelter or CoMensha first (Consent section).</source>
        <translation>Er geldt vandaag geen toestemming voor een plaatsing. Leg eerst de toestemming van de persoon vast voor het doel &quot;%1&quot;, met de opvang of CoMensha (onderdeel Toestemming).</translation>
    </message>
    <message>
        <source>Print the placement request</source>
        <translation>Het plaatsingsverzoek afdrukken</translation>
    </message>
    <message>
        <source>The request was printed, but it could not be recorded as a disclosure: %1 Destroy the printout.</source>
        <translation>Het verzoek is afgedrukt, maar kon niet als verstrekking worden vastgelegd: %1 Vernietig de afdruk.</translation>
    </message>
    <message>
        <source>placement-request.pdf</source>
        <translation>plaatsingsverzoek.pdf</translation>
    </message>
    <message>
        <source>the placement request with what the shelter needs to know</source>
        <translation>het plaatsingsverzoek met wat de opvang moet weten</translation>
    </message>
</context>
<context>
    <name>vangnet::RecoverPage</name>
    <message>
        <source>&amp;Open and set passphrase</source>
        <translation>&amp;Openen en wachtwoordzin instellen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Type the recovery key from the printout kept in a safe place, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>Typ de herstelsleutel over van de afdruk die op een veilige plek wordt bewaard en kies daarna een nieuwe wachtwoordzin. De oude wachtwoordzin werkt dan niet meer.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Herstel&amp;sleutel:</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Herstelsleutel gebruiken</translation>
    </message>
</context>
<context>
    <name>vangnet::RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nieuwe herstelsleutel</translation>
    </message>
</context>
<context>
    <name>vangnet::RecoveryKeyPage</name>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>Ik heb de herstelsleutel op een veilige plek opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this recovery key is the only way into the vault. Print it or write it down and keep it in your organisation&apos;s safe. Vangnet does not store it and will not show it again.</source>
        <translation>Als de wachtwoordzin ooit vergeten wordt, is deze herstelsleutel de enige toegang tot de kluis. Druk hem af of schrijf hem op en bewaar hem in de brandkast van de eigen organisatie. Vangnet slaat hem niet op en toont hem niet opnieuw.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Vault %1 in %2</source>
        <translation>Kluis %1 in %2</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Herstelsleutel afdrukken</translation>
    </message>
    <message>
        <source>Vangnet recovery key</source>
        <translation>Vangnet-herstelsleutel</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place. Anyone holding it and the vault folder can open the vault.</source>
        <translation>Bewaar dit blad op een veilige plek. Wie dit blad en de kluismap heeft, kan de kluis openen.</translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation>Kluis:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Not read aloud, so that it cannot be overheard. Use Print to get it on paper.</source>
        <translation>Wordt niet voorgelezen, zodat niemand kan meeluisteren. Gebruik Afdrukken om hem op papier te krijgen.</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Geen printer</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Vangnet does not save the recovery key to a file, because anyone who finds that file could open the vault.

Write the key down by hand, or copy it now and paste it where you keep it safe (the clipboard is emptied again after a short time).

Copy the recovery key?</source>
        <translation>Op deze computer is geen printer ingesteld. Vangnet slaat de herstelsleutel niet op in een bestand, want wie dat bestand vindt, kan de kluis openen.

Schrijf de sleutel met de hand over, of kopieer hem nu en plak hem waar je hem veilig bewaart (het klembord wordt na korte tijd weer leeggemaakt).

De herstelsleutel kopiëren?</translation>
    </message>
    <message>
        <source>The recovery key is printed on a printer only, never into a file. Nothing was printed.</source>
        <translation>De herstelsleutel wordt alleen op een printer afgedrukt, nooit naar een bestand. Er is niets afgedrukt.</translation>
    </message>
</context>
<context>
    <name>vangnet::RestoreBackupDialog</name>
    <message>
        <source>&amp;Passphrase (the one valid when the backup was made)</source>
        <translation>&amp;Wachtwoordzin (die gold toen de back-up werd gemaakt)</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Herstelsleutel</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Herstellen uit back-up</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Wachtwoordzin of herstelsleutel</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>The backup is restored into a new vault folder; an existing vault is never overwritten. On a new laptop, copy the backup file from the USB stick or the share first.</source>
        <translation>De back-up wordt hersteld in een nieuwe kluismap; een bestaande kluis wordt nooit overschreven. Kopieer op een nieuwe laptop eerst het back-upbestand van de USB-stick of de share.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Back-upbestand:</translation>
    </message>
    <message>
        <source>New vault folder:</source>
        <translation>Nieuwe kluismap:</translation>
    </message>
    <message>
        <source>Open with:</source>
        <translation>Openen met:</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <source>Vangnet backups (*.vnbackup);;All files (*)</source>
        <translation>Vangnet-back-ups (*.vnbackup);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Folder for the restored vault</source>
        <translation>Map voor de herstelde kluis</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Kies het back-upbestand.</translation>
    </message>
    <message>
        <source>Choose a folder for the restored vault.</source>
        <translation>Kies een map voor de herstelde kluis.</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>Voer de herstelsleutel in.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Voer de wachtwoordzin in.</translation>
    </message>
</context>
<context>
    <name>vangnet::SafetyGuard</name>
    <message>
        <source>&amp;Hide now</source>
        <translation>Nu &amp;verbergen</translation>
    </message>
    <message>
        <source>Lock at once and show a neutral screen (%1)</source>
        <translation>Direct vergrendelen en een neutraal scherm tonen (%1)</translation>
    </message>
</context>
<context>
    <name>vangnet::SafetySection</name>
    <message>
        <source>&amp;Record incident…</source>
        <translation>Incident &amp;registreren…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Close incident</source>
        <translation>Incident &amp;afsluiten</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Openstaande risico&apos;s</translation>
    </message>
    <message>
        <source>Incidents against staff</source>
        <translation>Incidenten tegen medewerkers</translation>
    </message>
    <message>
        <source>Staff safety. In imminent danger: call 112 and notify the police.</source>
        <translation>Veiligheid van medewerkers. Bij acuut gevaar: bel 112 en waarschuw de politie.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>The incident was saved.</source>
        <translation>Het incident is opgeslagen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>An incident had unsaved changes when Vangnet locked. They were kept encrypted in the vault. Open them again?</source>
        <translation>Een incident had niet-opgeslagen wijzigingen toen Vangnet werd vergrendeld. Deze zijn versleuteld in de kluis bewaard. Opnieuw openen?</translation>
    </message>
    <message>
        <source>The team&apos;s open risks and the incidents against staff.</source>
        <translation>De openstaande risico&apos;s van het team en de incidenten tegen medewerkers.</translation>
    </message>
</context>
<context>
    <name>vangnet::SectionList</name>
    <message>
        <source>Case sections</source>
        <translation>Onderdelen van de casus</translation>
    </message>
</context>
<context>
    <name>vangnet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Lock after no input for:</source>
        <translation>&amp;Vergrendelen na zoveel tijd zonder invoer:</translation>
    </message>
    <message>
        <source>&amp;Empty the clipboard after:</source>
        <translation>&amp;Klembord legen na:</translation>
    </message>
    <message>
        <source>These apply to this computer, for every vault. Quick hide (Ctrl+Shift+H) and Ctrl+L lock at once, whatever is set here.</source>
        <translation>Deze instellingen gelden voor deze computer, voor elke kluis. Snel verbergen (Ctrl+Shift+H) en Ctrl+L vergrendelen altijd meteen, wat hier ook staat.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>De taal van het systeem</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Takes effect the next time Vangnet starts.</source>
        <translation>Wordt van kracht wanneer Vangnet opnieuw start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Suppress statistics counts below:</source>
        <translation>&amp;Statistiekaantallen verbergen onder:</translation>
    </message>
    <message>
        <source>Stored in this vault. Counts below it leave the statistics bundle as &quot;&lt;%1&quot;, so that nobody can be recognised in a small group.</source>
        <translation>Opgeslagen in deze kluis. Aantallen daaronder gaan als &quot;&lt;%1&quot; in de statistiekbundel, zodat niemand in een kleine groep herkenbaar is.</translation>
    </message>
    <message>
        <source>Unlock the vault to change the settings stored in it.</source>
        <translation>Ontgrendel de kluis om de instellingen te wijzigen die erin zijn opgeslagen.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Deze kluis</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pagina’s van de instellingen</translation>
    </message>
    <message>
        <source>Lock after no input for</source>
        <translation>Vergrendelen na geen invoer gedurende</translation>
    </message>
    <message>
        <source>Empty the clipboard after</source>
        <translation>Klembord legen na</translation>
    </message>
    <message>
        <source>Suppress statistics counts below</source>
        <translation>Statistiektellingen onderdrukken onder</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Back-upmap:</translation>
    </message>
    <message>
        <source>&amp;Exchange folder:</source>
        <translation>&amp;Uitwisselmap:</translation>
    </message>
</context>
<context>
    <name>vangnet::SharingSection</name>
    <message>
        <source>&amp;Export cases…</source>
        <translation>Casussen &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>Bundel &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Preview statistics</source>
        <translation>Statistieken &amp;vooraf bekijken</translation>
    </message>
    <message>
        <source>&amp;Write statistics bundle…</source>
        <translation>Statistiek&amp;bundel schrijven…</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Suppress counts below:</source>
        <translation>Aantallen weglaten onder:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Recent exports and imports</source>
        <translation>Recente exports en imports</translation>
    </message>
    <message>
        <source>Received registrations</source>
        <translation>Ontvangen registraties</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistieken</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Delen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <source>Save the statistics bundle</source>
        <translation>Statistiekbundel opslaan</translation>
    </message>
    <message>
        <source>Vangnet bundles (*.vnb)</source>
        <translation>Vangnet-bundels (*.vnb)</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Contactkaart</translation>
    </message>
    <message>
        <source>Save my contact card</source>
        <translation>Eigen contactkaart opslaan</translation>
    </message>
    <message>
        <source>Contact cards (*.vncard)</source>
        <translation>Contactkaarten (*.vncard)</translation>
    </message>
    <message>
        <source>Name and organisation</source>
        <translation>Naam en organisatie</translation>
    </message>
    <message>
        <source>A contact card needs a name.</source>
        <translation>Een contactkaart heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Save my contact &amp;card…</source>
        <translation>Mijn contact&amp;kaart opslaan…</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>Your &amp;organisation:</source>
        <translation>Uw &amp;organisatie:</translation>
    </message>
    <message>
        <source>Your fingerprint. When someone adds your card, read these numbers out to them by phone; they compare them with what their screen shows.</source>
        <translation>Uw vingerafdruk. Lees deze cijfers telefonisch voor aan wie uw kaart toevoegt; die vergelijkt ze met wat op het eigen scherm staat.</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>Mijn kaart</translation>
    </message>
    <message>
        <source>No name set yet. Recipients see your name and organisation on your contact card: fill them in and save, then save the card and send it to them.</source>
        <translation>Nog geen naam ingesteld. Ontvangers zien uw naam en organisatie op uw contactkaart: vul ze in en sla ze op, sla daarna de kaart op en stuur die naar hen.</translation>
    </message>
    <message>
        <source>Your card shows: %1</source>
        <translation>Uw kaart toont: %1</translation>
    </message>
    <message>
        <source>Your card shows: %1 (%2)</source>
        <translation>Uw kaart toont: %1 (%2)</translation>
    </message>
    <message>
        <source>Fill in your name and organisation and save them first, so that recipients know whose card it is.</source>
        <translation>Vul eerst uw naam en organisatie in en sla ze op, zodat ontvangers weten van wie de kaart is.</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send the file to the recipient (e-mail or a USB stick are fine: it holds no secrets), then read your fingerprint out to them by phone.</source>
        <translation>Uw kaart is opgeslagen als %1. Stuur het bestand naar de ontvanger (e-mail of een USB-stick is prima: er staan geen geheimen in) en lees daarna telefonisch uw vingerafdruk voor.</translation>
    </message>
    <message>
        <source>&amp;Save name and organisation</source>
        <translation>Naam en organisatie op&amp;slaan</translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation>Uitwisselmap</translation>
    </message>
    <message>
        <source>Exchange folder (new)</source>
        <translation>Uitwisselmap (nieuw)</translation>
    </message>
    <message>
        <source>Send cases encrypted to CoMensha, a shelter or a colleague, and import what you receive.</source>
        <translation>Casussen versleuteld sturen naar CoMensha, een opvang of een collega, en inlezen wat u ontvangt.</translation>
    </message>
</context>
<context>
    <name>vangnet::ShelterEditorDialog</name>
    <message>
        <source>Shelter</source>
        <translation>Opvang</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Bedden</translation>
    </message>
    <message>
        <source>Who is admitted</source>
        <translation>Wie wordt opgenomen</translation>
    </message>
    <message>
        <source>Care and languages</source>
        <translation>Zorg en talen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>May be a cover name</source>
        <translation>Mag een schuilnaam zijn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Security level:</source>
        <translation>&amp;Beveiligingsniveau:</translation>
    </message>
    <message>
        <source>Address &amp;confidentiality:</source>
        <translation>Vertrouwelijk&amp;heid adres:</translation>
    </message>
    <message>
        <source>Security region or province</source>
        <translation>Veiligheidsregio of provincie</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <source>A COSM shelter is placed only through CoMensha.</source>
        <translation>Plaatsing in een COSM-opvang verloopt alleen via CoMensha.</translation>
    </message>
    <message>
        <source>&amp;Placed by:</source>
        <translation>&amp;Plaatsing:</translation>
    </message>
    <message>
        <source>Practical notes: intake hours, contact procedure. Never an address.</source>
        <translation>Praktische notities: intaketijden, contactprocedure. Nooit een adres.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>&amp;Capacity (beds):</source>
        <translation>&amp;Capaciteit (bedden):</translation>
    </message>
    <message>
        <source>&amp;Free beds:</source>
        <translation>&amp;Vrije bedden:</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Bevestigd op</translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation>Beschikbaarheid:</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>geen maximum</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>&amp;Longest stay:</source>
        <translation>&amp;Maximale verblijfsduur:</translation>
    </message>
    <message>
        <source>&amp;Genders:</source>
        <translation>&amp;Geslacht:</translation>
    </message>
    <message>
        <source>None ticked: any gender.</source>
        <translation>Niets aangevinkt: elk geslacht.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>years</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>&amp;Ages:</source>
        <translation>&amp;Leeftijden:</translation>
    </message>
    <message>
        <source>&amp;Residence statuses:</source>
        <translation>V&amp;erblijfsstatus:</translation>
    </message>
    <message>
        <source>None ticked: any residence status.</source>
        <translation>Niets aangevinkt: elke verblijfsstatus.</translation>
    </message>
    <message>
        <source>Accepts children</source>
        <translation>Neemt kinderen op</translation>
    </message>
    <message>
        <source>Accepts pets</source>
        <translation>Neemt huisdieren op</translation>
    </message>
    <message>
        <source>&amp;Specialisms:</source>
        <translation>&amp;Specialismen:</translation>
    </message>
    <message>
        <source>Staff &amp;languages:</source>
        <translation>Talen van mede&amp;werkers:</translation>
    </message>
    <message>
        <source>The address and reference are hidden. Revealing them is recorded in the audit log. You can save changes to this shelter without revealing them.</source>
        <translation>Het adres en de referentie zijn verborgen. Het tonen ervan wordt vastgelegd in de auditlog. Wijzigingen in deze opvang kunnen worden opgeslagen zonder ze te tonen.</translation>
    </message>
    <message>
        <source>Reveal address…</source>
        <translation>Adres tonen…</translation>
    </message>
    <message>
        <source>Street &amp;address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Opaque code from CoMensha or the police</source>
        <translation>Niet-herleidbare code van CoMensha of de politie</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Re&amp;ferentie:</translation>
    </message>
    <message>
        <source>New shelter</source>
        <translation>Nieuwe opvang</translation>
    </message>
    <message>
        <source>Shelter: %1</source>
        <translation>Opvang: %1</translation>
    </message>
    <message>
        <source>Reveal address</source>
        <translation>Adres tonen</translation>
    </message>
    <message>
        <source>Show the stored address and reference of this shelter? This is recorded in the audit log with your name.</source>
        <translation>Het opgeslagen adres en de referentie van deze opvang tonen? Dit wordt op naam vastgelegd in de auditlog.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Corrigeer de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Never stored for a secret address</source>
        <translation>Wordt nooit opgeslagen bij een geheim adres</translation>
    </message>
    <message>
        <source>A secret address is never stored: keep only the region and an opaque reference.</source>
        <translation>Een geheim adres wordt nooit opgeslagen: bewaar alleen de regio en een niet-herleidbare referentie.</translation>
    </message>
    <message>
        <source>Shown only to those who reveal it; every reveal is recorded.</source>
        <translation>Wordt alleen getoond aan wie het opvraagt; elke opvraging wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Saving as secret deletes the stored street address.</source>
        <translation>Opslaan als geheim verwijdert het opgeslagen adres.</translation>
    </message>
</context>
<context>
    <name>vangnet::ShelterExportDialog</name>
    <message>
        <source>Include addresses and references</source>
        <translation>Adressen en referenties meenemen</translation>
    </message>
    <message>
        <source>Export shelters</source>
        <translation>Opvanglocaties exporteren</translation>
    </message>
    <message>
        <source>Only for handing the registry to a colleague who places victims; recorded in the audit log.</source>
        <translation>Alleen voor het overdragen van het register aan een collega die slachtoffers plaatst; wordt vastgelegd in de auditlog.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>The file is not encrypted. Without addresses it holds the registry as you see it in the list.</source>
        <translation>Het bestand is niet versleuteld. Zonder adressen bevat het bestand het register zoals dat in de lijst wordt getoond.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>the street addresses and references of every shelter (recorded in the audit log)</source>
        <translation>de straatadressen en referenties van alle opvangen (vastgelegd in het auditlogboek)</translation>
    </message>
</context>
<context>
    <name>vangnet::ShelterFilterBar</name>
    <message>
        <source>All types</source>
        <translation>Alle typen</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle regio&apos;s</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Elk niveau</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation>%1 of hoger</translation>
    </message>
    <message>
        <source>Minimum security level</source>
        <translation>Minimaal beveiligingsniveau</translation>
    </message>
    <message>
        <source>Search name, region, notes…</source>
        <translation>Zoeken in naam, regio, notities…</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>soort: %1</translation>
    </message>
    <message>
        <source>region: %1</source>
        <translation>regio: %1</translation>
    </message>
    <message>
        <source>security level %1 or higher</source>
        <translation>beveiligingsniveau %1 of hoger</translation>
    </message>
</context>
<context>
    <name>vangnet::ShelterTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>No free bed</source>
        <translation>Geen vrij bed</translation>
    </message>
    <message numerus="yes">
        <source>%n free bed(s) of %1</source>
        <translation>
            <numerusform>%n vrij bed van %1</numerusform>
            <numerusform>%n vrije bedden van %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation>Vrije bedden</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Bevestigd op</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>vangnet::SheltersSection</name>
    <message>
        <source>New shelter…</source>
        <translation>Nieuwe opvang…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>JSON importeren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exporteren…</translation>
    </message>
    <message>
        <source>Without addresses unless you ask for them</source>
        <translation>Zonder adressen, tenzij daar expliciet om wordt gevraagd</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation>Opvanglocaties</translation>
    </message>
    <message>
        <source>Remove shelter</source>
        <translation>Opvang verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from the registry? Its address and reference are deleted too.</source>
        <translation>%1 uit het register verwijderen? Het adres en de referentie worden ook verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>%n shelter(s)</source>
        <translation>
            <numerusform>%n opvanglocatie</numerusform>
            <numerusform>%n opvanglocaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shelter(s) shown</source>
        <translation>
            <numerusform>%1 van %n opvanglocatie getoond</numerusform>
            <numerusform>%1 van %n opvanglocaties getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>No shelters match the filters.</source>
        <translation>Geen opvanglocaties gevonden met deze filters.</translation>
    </message>
    <message>
        <source>No shelters found for ‘%1’.</source>
        <translation>Geen opvanglocaties gevonden voor ‘%1’.</translation>
    </message>
    <message>
        <source>The shelters you know: security level, capacity and free places.</source>
        <translation>De opvanglocaties die u kent: beveiligingsniveau, capaciteit en vrije plekken.</translation>
    </message>
</context>
<context>
    <name>vangnet::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation>&amp;Herstelsleutel gebruiken…</translation>
    </message>
    <message>
        <source>&amp;Other vault…</source>
        <translation>&amp;Andere kluis…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Kluis ontgrendelen</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Kluismap: %1</translation>
    </message>
    <message>
        <source>Demo vault – fictional data. Passphrase: %1</source>
        <translation>Demokluis – fictieve gegevens. Wachtwoordzin: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The vault is in use.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;De kluis is in gebruik.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>Wachtwoordzin &amp;tonen</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock staat aan.</translation>
    </message>
</context>
<context>
    <name>vangnet::VaultSection</name>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>To move this vault, copy this folder.</source>
        <translation>Kopieer deze map om de kluis te verplaatsen.</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Aangemaakt:</translation>
    </message>
    <message>
        <source>Key file format:</source>
        <translation>Indeling sleutelbestand:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Versleuteling:</translation>
    </message>
    <message>
        <source>Key derivation:</source>
        <translation>Sleutelafleiding:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversie:</translation>
    </message>
    <message>
        <source>Database size:</source>
        <translation>Databasegrootte:</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <source>%1 (this program knows %2)</source>
        <translation>%1 (dit programma kent %2)</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>De wachtwoordzin is gewijzigd.</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>Nieuwe &amp;herstelsleutel…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>The recovery slot of this vault&apos;s key file is damaged: the recovery key no longer opens the vault. Make a new recovery key now?</source>
        <translation>Het herstelvak van het sleutelbestand van deze kluis is beschadigd: de herstelsleutel opent de kluis niet meer. Nu een nieuwe herstelsleutel maken?</translation>
    </message>
    <message>
        <source>The recovery slot of the key file is damaged: the recovery key no longer opens this vault. Make a new recovery key.</source>
        <translation>Het herstelvak van het sleutelbestand is beschadigd: de herstelsleutel opent deze kluis niet meer. Maak een nieuwe herstelsleutel.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nieuwe herstelsleutel</translation>
    </message>
    <message>
        <source>Make a new recovery key? The current one will no longer open this vault.</source>
        <translation>Een nieuwe herstelsleutel maken? De huidige opent deze kluis dan niet meer.</translation>
    </message>
    <message>
        <source>Vault number:</source>
        <translation>Kluisnummer:</translation>
    </message>
    <message>
        <source>What is stored</source>
        <translation>Wat er is opgeslagen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>What the vault holds</source>
        <translation>Wat de kluis bevat</translation>
    </message>
    <message>
        <source>The passphrase is made slow to guess: %1 passes over %2 of memory</source>
        <translation>De wachtzin is traag te raden gemaakt: %1 rondes over %2 geheugen</translation>
    </message>
    <message>
        <source>Where the vault is, how it is protected, and its backups.</source>
        <translation>Waar de kluis staat, hoe die beveiligd is, en de back-ups.</translation>
    </message>
    <message>
        <source>The vault was locked while its recovery key was on screen, before you confirmed that you stored it. Vangnet does not keep recovery keys, so it cannot show that key again.

Make a new recovery key and show it now? The one shown before will then no longer open the vault.</source>
        <translation>De kluis werd vergrendeld terwijl de herstelsleutel op het scherm stond, voordat je bevestigde dat je hem had bewaard. Vangnet bewaart geen herstelsleutels en kan die sleutel dus niet opnieuw tonen.

Nu een nieuwe herstelsleutel maken en tonen? De eerder getoonde sleutel opent de kluis dan niet meer.</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Logboek…</translation>
    </message>
</context>
<context>
    <name>vangnet::VisitRulesPanel</name>
    <message>
        <source>&amp;Save visit rules</source>
        <translation>Bezoekafspraken &amp;opslaan</translation>
    </message>
    <message>
        <source>Rules for every visit in this case, for the safety of staff. They are shown wherever a visit is planned.</source>
        <translation>Afspraken voor elk bezoek in deze casus, voor de veiligheid van medewerkers. Ze worden overal getoond waar een bezoek wordt gepland.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>No visit rules for this case.</source>
        <translation>Geen bezoekafspraken voor deze casus.</translation>
    </message>
    <message>
        <source>Visit rules saved.</source>
        <translation>Bezoekafspraken opgeslagen.</translation>
    </message>
</context>
<context>
    <name>vangnet::WelcomePage</name>
    <message>
        <source>Vangnet keeps your case records in an encrypted vault on this computer. It works without a network connection.</source>
        <translation>Vangnet bewaart de casusgegevens in een versleutelde kluis op deze computer. Het werkt zonder netwerkverbinding.</translation>
    </message>
    <message>
        <source>A vault is one folder: to move it to another computer, copy that whole folder.</source>
        <translation>Een kluis is één map: kopieer die hele map om de kluis naar een andere computer te verplaatsen.</translation>
    </message>
    <message>
        <source>New vaults are created in %1 unless you choose another folder.</source>
        <translation>Nieuwe kluizen worden aangemaakt in %1, tenzij een andere map wordt gekozen.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault</source>
        <translation>&amp;Nieuwe kluis aanmaken</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault…</source>
        <translation>&amp;Bestaande kluis openen…</translation>
    </message>
    <message>
        <source>Welcome to Vangnet</source>
        <translation>Welkom bij Vangnet</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Kluismap kiezen</translation>
    </message>
    <message>
        <source>No vault here</source>
        <translation>Hier staat geen kluis</translation>
    </message>
    <message>
        <source>The folder %1 does not hold a Vangnet vault (vault.key and vault.db). Choose the folder that was copied as a whole.</source>
        <translation>De map %1 bevat geen Vangnet-kluis (vault.key en vault.db). Kies de map die in zijn geheel is gekopieerd.</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Uit back-up &amp;herstellen…</translation>
    </message>
</context>
<context>
    <name>vangnet::Workspace</name>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
</context>
</TS>
