<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AvailabilityFreshness</name>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message numerus="yes">
        <source>%n contacts have this name; give the contact&apos;s id instead.</source>
        <translation>
            <numerusform>%n contact has this name; give the contact&apos;s id instead.</numerusform>
            <numerusform>%n contacts have this name; give the contact&apos;s id instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementAdvisor</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multi-problem need(s) (learning disability, mental health, addiction): OMM is required.</source>
        <translation>
            <numerusform>%n multi-problem need (learning disability, mental health, addiction): OMM is required.</numerusform>
            <numerusform>%n multi-problem needs (learning disability, mental health, addiction): OMM is required.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Does not take children (the person has %n child(ren) with them).</source>
        <translation>
            <numerusform>Does not take children (the person has %n child with them).</numerusform>
            <numerusform>Does not take children (the person has %n children with them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShelterImportExport</name>
    <message numerus="yes">
        <source>%n shelter(s) imported or updated.</source>
        <translation>
            <numerusform>%n shelter imported or updated.</numerusform>
            <numerusform>%n shelters imported or updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shelter(s) exported with addresses. Keep the file encrypted and delete it when done.</source>
        <translation>
            <numerusform>%n shelter exported with addresses. Keep the file encrypted and delete it when done.</numerusform>
            <numerusform>%n shelters exported with addresses. Keep the file encrypted and delete it when done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shelter(s) exported without addresses.</source>
        <translation>
            <numerusform>%n shelter exported without addresses.</numerusform>
            <numerusform>%n shelters exported without addresses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>  leaves   %1  the whole case, %n history entries</source>
        <translation>
            <numerusform>  leaves   %1  the whole case, %n history entry</numerusform>
            <numerusform>  leaves   %1  the whole case, %n history entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attachments</source>
        <translation>
            <numerusform>, %n attachment</numerusform>
            <numerusform>, %n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 written with %n cases.</source>
        <translation>
            <numerusform>Bundle %1 written with %n case.</numerusform>
            <numerusform>Bundle %1 written with %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 (%3, %4, %5, %n free bed(s)) – score %6</source>
        <translation>
            <numerusform>%1. %2 (%3, %4, %5, %n free bed) – score %6</numerusform>
            <numerusform>%1. %2 (%3, %4, %5, %n free beds) – score %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shelter(s) excluded; add --show-excluded to see why.</source>
        <translation>
            <numerusform>%n shelter excluded; add --show-excluded to see why.</numerusform>
            <numerusform>%n shelters excluded; add --show-excluded to see why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n shelter(s).</source>
        <translation>
            <numerusform>Imported %n shelter.</numerusform>
            <numerusform>Imported %n shelters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shelter(s) to %1.</source>
        <translation>
            <numerusform>Exported %n shelter to %1.</numerusform>
            <numerusform>Exported %n shelters to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written: %1 (%2, %n case(s)).</source>
        <translation>
            <numerusform>Backup written: %1 (%2, %n case).</numerusform>
            <numerusform>Backup written: %1 (%2, %n cases).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %1; %n case(s).</source>
        <translation>
            <numerusform>Made %1; %n case.</numerusform>
            <numerusform>Made %1; %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored the vault into %1 (%n case(s)).</source>
        <translation>
            <numerusform>Restored the vault into %1 (%n case).</numerusform>
            <numerusform>Restored the vault into %1 (%n cases).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 from %2 (%n cases).</source>
        <translation>
            <numerusform>Imported %1 from %2 (%n case).</numerusform>
            <numerusform>Imported %1 from %2 (%n cases).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  closed %2, %3, kept %n year(s): until %4</source>
        <translation>
            <numerusform>%1  closed %2, %3, kept %n year: until %4</numerusform>
            <numerusform>%1  closed %2, %3, kept %n years: until %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was erased. Run again with --yes to erase %n case(s).</source>
        <translation>
            <numerusform>Nothing was erased. Run again with --yes to erase %n case.</numerusform>
            <numerusform>Nothing was erased. Run again with --yes to erase %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept under a legal hold: %n case(s).</source>
        <translation>
            <numerusform>Kept under a legal hold: %n case.</numerusform>
            <numerusform>Kept under a legal hold: %n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n event.</numerusform>
            <numerusform>%n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::AvailabilityBoard</name>
    <message numerus="yes">
        <source>%n shelter(s)</source>
        <translation>
            <numerusform>%n shelter</numerusform>
            <numerusform>%n shelters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free bed(s) in total.</source>
        <translation>
            <numerusform>%n free bed in total.</numerusform>
            <numerusform>%n free beds in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shelter(s) with availability older than 7 days.</source>
        <translation>
            <numerusform>%n shelter with availability older than 7 days.</numerusform>
            <numerusform>%n shelters with availability older than 7 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::BackupPanel</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::CaseEditor</name>
    <message numerus="yes">
        <source>%n day(s) left, ends on %1</source>
        <translation>
            <numerusform>%n day left, ends on %1</numerusform>
            <numerusform>%n days left, ends on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Ended %n day ago</numerusform>
            <numerusform>Ended %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::CaseFilterBar</name>
    <message numerus="yes">
        <source>reflection period ends within %n day(s)</source>
        <translation>
            <numerusform>reflection period ends within %n day</numerusform>
            <numerusform>reflection period ends within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::CasePicker</name>
    <message numerus="yes">
        <source>Choose the case from the list (%n found).</source>
        <translation>
            <numerusform>Choose the case from the list (%n found).</numerusform>
            <numerusform>Choose the case from the list (%n found).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::CasePrivacyPage</name>
    <message numerus="yes">
        <source>Closed on %1. Kept until %2: %n year(s) after closing, as the vault&apos;s settings say for a case %3.</source>
        <translation>
            <numerusform>Closed on %1. Kept until %2: %n year after closing, as the vault&apos;s settings say for a case %3.</numerusform>
            <numerusform>Closed on %1. Kept until %2: %n years after closing, as the vault&apos;s settings say for a case %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::CasesSection</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::DeadlinesView</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::EraseCaseDialog</name>
    <message numerus="yes">
        <source>the case with all its fields and its history (%n change(s))</source>
        <translation>
            <numerusform>the case with all its fields and its history (%n change)</numerusform>
            <numerusform>the case with all its fields and its history (%n changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
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
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received about this person</source>
        <translation>
            <numerusform>%n record received about this person</numerusform>
            <numerusform>%n records received about this person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved search(es) that find this case</source>
        <translation>
            <numerusform>%n saved search that finds this case</numerusform>
            <numerusform>%n saved searches that find this case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register of what was shared keeps %n entry(s) without personal data: who received which kind of data, and when.</source>
        <translation>
            <numerusform>The register of what was shared keeps %n entry without personal data: who received which kind of data, and when.</numerusform>
            <numerusform>The register of what was shared keeps %n entries without personal data: who received which kind of data, and when.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::ExchangeFolderPanel</name>
    <message numerus="yes">
        <source>%n file(s) left alone: %1</source>
        <translation>
            <numerusform>%n file left alone: %1</numerusform>
            <numerusform>%n files left alone: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New: %n case(s) came in from %1.</source>
        <translation>
            <numerusform>New: %n case came in from %1.</numerusform>
            <numerusform>New: %n cases came in from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) delivered.</source>
        <translation>
            <numerusform>%n bundle delivered.</numerusform>
            <numerusform>%n bundles delivered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::ExportWizard</name>
    <message numerus="yes">
        <source>the whole case, %n history entries</source>
        <translation>
            <numerusform>the whole case, %n history entry</numerusform>
            <numerusform>the whole case, %n history entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attachments</source>
        <translation>
            <numerusform>, %n attachment</numerusform>
            <numerusform>, %n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will leave for %1;</source>
        <translation>
            <numerusform>%n case will leave for %1;</numerusform>
            <numerusform>%n cases will leave for %1;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held back.</source>
        <translation>
            <numerusform>%n held back.</numerusform>
            <numerusform>%n held back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: bundle %1 with %n case(s).</source>
        <translation>
            <numerusform>Written: bundle %1 with %n case.</numerusform>
            <numerusform>Written: bundle %1 with %n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::ImportDialog</name>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::PlacementPanel</name>
    <message numerus="yes">
        <source>%n shelter(s) fit this case, best first. Every one is at or above the required level and has a free bed.</source>
        <translation>
            <numerusform>%n shelter fits this case. It is at or above the required level and has a free bed.</numerusform>
            <numerusform>%n shelters fit this case, best first. Every one is at or above the required level and has a free bed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n rule(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n rule</numerusform>
            <numerusform>%1 · %2 · %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place case %1 in %2 (%3, %4)? One of its %n free bed(s) is taken.</source>
        <translation>
            <numerusform>Place case %1 in %2 (%3, %4)? One of its %n free bed is taken.</numerusform>
            <numerusform>Place case %1 in %2 (%3, %4)? One of its %n free beds is taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::ShelterTableModel</name>
    <message numerus="yes">
        <source>%n free bed(s) of %1</source>
        <translation>
            <numerusform>%n free bed of %1</numerusform>
            <numerusform>%n free beds of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::SheltersSection</name>
    <message numerus="yes">
        <source>%n shelter(s)</source>
        <translation>
            <numerusform>%n shelter</numerusform>
            <numerusform>%n shelters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shelter(s) shown</source>
        <translation>
            <numerusform>%1 of %n shelter shown</numerusform>
            <numerusform>%1 of %n shelters shown</numerusform>
        </translation>
    </message>
</context>
</TS>
