<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Attachments</name>
    <message>
        <source>The file is larger than the limit of 20 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of file cannot be attached. Allowed types: PDF, PNG, JPEG and TIFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment with this id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log was altered: entry %1 does not follow from the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityFreshness</name>
    <message>
        <source>never confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (stale: %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (outdated: %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Free beds confirmed in the last 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free beds last confirmed more than 7 days ago: call the shelter before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free beds last confirmed more than 30 days ago: the number is probably wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free beds were never confirmed: call the shelter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>Nothing may be exported to %1 for this purpose: no selected case has a valid consent. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact %1 is not verified: compare the fingerprint with them by phone first, then mark the contact as verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>The sender named in the bundle did not sign it: the bundle is forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made by this vault; there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is not among your contacts. Inspect it, add the sender&apos;s contact card, verify the fingerprint, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender %1 is not verified. Inspect it, verify the sender&apos;s fingerprint by phone, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole cases can only be received from a team contact; %1 is an external contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no manifest; it is damaged or was not made by Vangnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s records are not valid; the bundle is damaged or was not made by Vangnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s statistics are not valid; the bundle is damaged or was not made by Vangnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender named in the bundle did not sign it: the bundle is forged. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>The bundle is damaged or was altered. Ask the sender for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is not addressed to this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its contents: it was altered or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was re-addressed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Vangnet bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle has format version %1; this Vangnet reads version %2. Update Vangnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>A bundle has between one and %1 recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient&apos;s public key is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle entry has an invalid name or is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle cannot be written (is the disk full?). No file was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. No file was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message>
        <source>A case in the bundle is not valid; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged case would not be valid; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown code; allowed values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a real date written as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case data is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case needs at least one of givenName, familyName or aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies before reflectionStart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reflection period lasts at most three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies before exploitationPeriod.from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unaccompanied minor must also have minor set to true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists more ages than childrenCount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>There is no case with this id or case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored case cannot be read; the vault may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field phase: a new case cannot start closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field text: a note cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field text: a note is limited to 100000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message>
        <source>Unknown phase. Allowed phases: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown exploitation form. Allowed forms: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset and limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X (non-binary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 11 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 to 15 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 or 17 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 to 22 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>23 to 29 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 to 39 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 to 49 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 to 64 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65 years or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nidos (guardianship for unaccompanied minors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful residence (third country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asylum procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undocumented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B8 reflection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B8 residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Humanitarian permanent permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organ removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Royal Marechaussee (KMar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Inspectorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FairWork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact with the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informative talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection period offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible (threat or medical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration and shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration and advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning disability (LVB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a two-letter ISO 3166-1 country code such as NL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a two-letter ISO 639-1 language code such as nl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPolicy</name>
    <message>
        <source>The exploitation form &quot;sexual&quot; was withheld: it is data about sexual life (GDPR art. 9) and the consent does not name that scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent for this recipient and purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent not yet valid (it holds from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPurposes</name>
    <message>
        <source>Registration with CoMensha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement request to CoMensha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care and shelter (intake and risk summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentRegister</name>
    <message>
        <source>There is no such consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nidos (guardian of an unaccompanied minor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written, on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed digitally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose: registration and placement need separate consents (shelter must never depend on agreeing to registration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose: one consent names exactly one purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose: missing (one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose: unknown purpose %1 (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purposeText: the purpose &quot;other&quot; needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes: name at least one scope (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes: unknown scope %1 (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method: missing (written or signed_digitally)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method: unknown method %1 (written or signed_digitally)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer: unknown signer %1 (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language: not an ISO 639-1 language code (two letters, such as nl or ro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires: must lie after the day the consent starts to hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is younger than 16, so a parent, guardian or Nidos must sign the consent, not the person themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan belongs to another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent was withdrawn already on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentScopes</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category of personal data (GDPR art. 9): health, learning disability, addiction, pregnancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category of personal data (GDPR art. 9): without it, the exploitation form &quot;sexual&quot; is withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal-offence data (GDPR art. 10): perpetrators and the threat assessment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>This is not a Vangnet contact card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact card was altered after it was made: its signature does not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>There is no such contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be team or external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact needs both public keys and a fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact with the same keys exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts have this name; give the contact&apos;s id instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The contact kind must be team or external.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DangerAssessment</name>
    <message>
        <source>The threat assessment is red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police protect this person after their own threat assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A perpetrator is actively searching for the victim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A perpetrator knows where the victim is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In imminent danger: call 112 and notify the police.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the database key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption layer refused the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or was altered, or it does not belong to this key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written: check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the disk failed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with data already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected database error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>The number of days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureRegister</name>
    <message>
        <source>A disclosure needs a case, a recipient, scopes, a bundle and a consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent is for another case, recipient or purpose; nothing may be disclosed on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent does not cover the scope %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent is not valid on the day of the disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPlanner</name>
    <message>
        <source>The contact %1 is not verified: compare the fingerprint with them by phone first, then mark the contact as verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export to a team contact hands over whole cases; its purpose is &quot;handover&quot;. To share with an external organisation, mark the contact as external.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown purpose; allowed values: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityStore</name>
    <message>
        <source>The vault&apos;s identity is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s identity keys are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentCodes</name>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal aggression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage to property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intimidation via family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentJson</name>
    <message>
        <source>Unknown field &quot;%1&quot;. Allowed fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;date&quot; is required (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a valid date; use YYYY-MM-DD, for example 2024-03-18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;policeReport.%1&quot;. Allowed fields: filed, reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;policeReport&quot; takes true or false, a reference text, or {&quot;filed&quot;: true, &quot;reference&quot;: &quot;...&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the incident is required (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 lies in the future; an incident is recorded after it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required. Allowed values: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;. Allowed values: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;description&quot; is required: describe what happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>Unknown status &quot;%1&quot;. Allowed values: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>The cryptographic library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file holds key-derivation parameters outside the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The vault&apos;s key file is damaged or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not belong to this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds no Vangnet vault (the key file vault.key is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Vangnet vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Vangnet (key file format %1). Update Vangnet to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be written (is the disk full?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be replaced. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyWrap</name>
    <message>
        <source>The key does not fit this lock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>The bundle&apos;s manifest is not valid (%1); the bundle is damaged or was not made by Vangnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle&apos;s manifest has version %1, which this version of Vangnet does not know. Update Vangnet to read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeConflicts</name>
    <message>
        <source>There is no merge conflict with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This vault was written by a newer version of Vangnet (schema %1; this version knows up to %2). Update Vangnet to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenRiskOverview</name>
    <message>
        <source>%1 (%2, source: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit rules (see the note)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>The passphrase is too short: use at least %1 characters (this one has %2). Several unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase repeats the same character or a short pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is a keyboard or number sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is a common password, or one with a few characters added. Such lists are the first thing an attacker tries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Unknown phase. Allowed phases: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already in this phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phase change is not allowed. From phase %1 the case can go to: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a case requires a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening a case requires a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementAdvisor</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not accept %1 (accepts: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A women&apos;s shelter takes only women.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A men&apos;s shelter takes only men.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes ages %1 to %2; the person&apos;s age is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minor is placed only in youth care; this is a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adult is never placed in youth care (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A girls-only group takes only girls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A girl is placed in a girls-only group unless there are weighty reasons (none recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unaccompanied minor is placed only in protected shelter for unaccompanied minors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected shelter is only for unaccompanied minors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSM is only for non-Dutch adults in the reflection period (residence status: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-Dutch adult in the reflection period goes to COSM (placed by CoMensha), not to a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n multi-problem need(s) (learning disability, mental health, addiction): OMM is required.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OMM is for people with a learning disability, mental-health or addiction needs; none is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour beds are for victims of labour exploitation; that form is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure youth care needs a judge&apos;s authorisation; none is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security level %1 is below the required %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Does not take children (the person has %n child(ren) with them).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Does not take pets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not take residence status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the region where the exploitation happened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the region where the exploitation happened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an area a perpetrator is known in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away from every area the perpetrators are known in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff speak %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared language: an interpreter is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialised in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experienced with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMM is preferred for a learning disability, mental-health or addiction need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability has no date: confirm the free bed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability as of %1, more than %2 days ago: confirm the free bed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability as of %1, more than %2 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability confirmed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSM places are assigned only by CoMensha: contact CoMensha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-Dutch adult in the reflection period is placed in COSM only by CoMensha: always contact CoMensha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shelter registry is empty: import the registry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shelter fits. The rule &quot;%1&quot; excluded the most shelters (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact CoMensha: COSM places are assigned only by CoMensha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss protection with the police; in imminent danger call 112.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the youth-care crisis service (and Nidos for an unaccompanied minor) for an emergency place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an emergency bed (about three nights) while a place is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider a placement outside the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact CoMensha for a national placement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <source>Unknown placement status %1; allowed values: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shelter %1 has no free bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placement needs a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding a bed needs an expiry in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shelter with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already placed (placement %1). End that placement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending or refusing a placement needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placement cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold on the bed expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no placement with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementRules</name>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minors only in youth care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adults never in youth care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>girls-only groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unaccompanied minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSM for non-Dutch adults in the reflection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-problem shelter (OMM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labour beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judge&apos;s authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residence status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementService</name>
    <message>
        <source>A bed is held for 1 to 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shelter is excluded for this case: %1 Give a reason to place anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shelter is excluded for this case: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientProfiles</name>
    <message>
        <source>At most: exploitation form, nationality, age band (never the birth date), gender, reporter type, region and the date of the signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most: the registration data plus needs, children, languages, residence status and the required security level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most: an intake and risk summary; the perpetrators&apos; own details are never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the consent names; in acute danger call 112 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the consent names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>A recovery key has %1 characters (without dashes); this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key contains a character that cannot occur in it: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key contains a typing error. Check it character by character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequiredSecurityLevel</name>
    <message>
        <source>Police protection or a police threat assessment: S4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat assessment red: S3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat assessment orange: S2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat assessment green: S1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threat assessment recorded: S0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a perpetrator actively searches for the victim and knows where the victim is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a perpetrator actively searches for the victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a perpetrator knows where the victim is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One level higher because %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already at the highest level although %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand to %1 (derived: %2). Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security level must be one of S0, S1, S2, S3, S4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the security level by hand needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <source>A saved filter needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a saved filter is at most 200 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityLevels</name>
    <message>
        <source>outpatient help, own home, safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open shelter, address known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shielded: address not published, access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret address, outside the victim&apos;s and the exploiter&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hiding address and/or police protection (the police decide)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShelterCodes</name>
    <message>
        <source>COSM (categorial shelter, placed by CoMensha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMM (multi-problem shelter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds for victims of labour exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women&apos;s shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men&apos;s shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency bed (about three nights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth care, open group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth care, girls-only group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure youth care (judge&apos;s authorisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected shelter for unaccompanied minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shielded address (not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret address (opaque reference only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly by the care coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only through CoMensha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through Nidos (guardianship)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the youth-care referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning disability (LVB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy and young mothers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trauma care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGBTIQ+ victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S0 – outpatient help, own home, safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S1 – open shelter, address known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S2 – shielded address, access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 – secret address outside the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S4 – hiding address or police protection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShelterJson</name>
    <message>
        <source>field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown code; allowed values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of S0, S1, S2, S3, S4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a COSM shelter is placed only through CoMensha (&quot;comensha&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot exceed the capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be below minAge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two-letter ISO 639-1 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shelter with a secret address carries only a region and an opaque reference, never the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shelter data is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1id: the same id appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShelterRepository</name>
    <message>
        <source>There is no shelter with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free beds must be between 0 and the capacity (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shelter %1 has placements in its history and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message>
        <source>The suppression threshold must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsTable</name>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of signal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This vault is already open in another Vangnet window or program. Close it there first; only one program may change a vault at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder cannot be written: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault in this folder. Vangnet never overwrites a vault; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database file (vault.db) is missing. Restore the whole vault folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database and the key file in this folder belong to different vaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitRuleCodes</name>
    <message>
        <source>Visits only with two staff members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet at the police station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet at the office only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform the team before every visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits alone after dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown visit rule &quot;%1&quot;. Allowed values: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitRulesRepository</name>
    <message>
        <source>Visit rules need the id of their case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given: set VANGNET_PASSPHRASE, use --passphrase-file FILE, or run in a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value given: set %1, use the file option, or run in a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at %1. Create one with &quot;vangnet-cli --vault FOLDER init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document is malformed at character %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vangnet-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &quot;vangnet-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vangnet-cli: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vangnet-cli [--vault FOLDER] [--json] [--passphrase-file FILE] COMMAND [ARGUMENTS]

The passphrase comes from VANGNET_PASSPHRASE, --passphrase-file or a prompt; never from the command line.
Exit codes: 0 success, 1 runtime error, 2 usage or invalid input, 3 cannot unlock, 4 refused by policy,
5 integrity failure, 6 vault in use. See docs/CLI.md.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kdf-memory takes a number of MiB between 1 and 4096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kdf-passes takes a number between 1 and 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key-derivation parameters are weaker than the defaults (256 MiB, 3 passes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault at %1. Vangnet never overwrites a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move it to another computer, copy this whole folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown only now; store it in your organisation&apos;s safe):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault:            %1 (copy this folder to move the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault id:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:           key file %1, schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher:           SQLCipher %1, %2, page size %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation:   Argon2id, %1 MiB, %2 passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database size:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed. The recovery key stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was unlocked with the recovery key and has a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master key opens every case in the vault. Add --reveal if you really need it (see docs/SECURITY.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new vault (never overwrites one) and show its recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format, cipher and key-derivation parameters, schema version, record counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the passphrase (new one from VANGNET_NEW_PASSPHRASE, the file or a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock with the recovery key (or VANGNET_RECOVERY_KEY) and set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the database&apos;s raw key for the stock sqlcipher shell (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is never taken from the command line (other users can see it in the process list). Use VANGNET_PASSPHRASE or --passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case data with --file FILE (&quot;-&quot; reads standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case data must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created case %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the case: an id or a case number such as VN-2026-0042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  note %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort takes number-desc, number-asc, updated, family-name or reflection-end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is now in phase %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a case requires a reason: --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the case and the new phase: case phase ID PHASE [--reason TEXT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: note add ID --text TEXT (&quot;-&quot; reads standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: attach ID FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 (%2, %3 bytes) as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a case from JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a case (id or case number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and list cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the fields given in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a closed case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a case to another phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the field-level history of a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List possible duplicates of a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a scan (PDF, PNG, JPEG, TIFF) in a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection ends, tasks and threat reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the case: consent add CASE_ID --recipient CONTACT --purpose PURPOSE --scopes SCOPES --method METHOD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the recipient with --recipient CONTACT (a contact&apos;s id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded consent %1: %2 for &quot;%3&quot; (%4), valid from %5 until %6 (exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the consent: consent withdraw ID [--note TEXT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent %1 is withdrawn: no further export relies on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data was disclosed under this consent; nobody needs to be informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal cannot undo an earlier lawful export. Inform these recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2): received bundle %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the case: consent list CASE_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent is recorded for this case: nothing may leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the case: consent overview CASE_ID [--date DATE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: may receive %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: nothing (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the case: disclosures CASE_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this case was disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the contact: contact verify ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked as verified. This is only right if you compared the fingerprint %2 with them by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a victim&apos;s consent for one recipient, one purpose and named scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw a consent and list the recipients to inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s consents with their status today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what may be shared now with whom, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disclosure register of a case: what went to whom, when and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contacts with their fingerprints and whether they are verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a contact as verified after comparing the fingerprint by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set; use identity set-name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s identity is now called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the card&apos;s file with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card written. Fingerprint to read aloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CARD file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added contact %1 (%2), the card&apos;s own name: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: compare the fingerprint with them by phone, then run &quot;contact verify %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 (%2), purpose %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  leaves   %1  the whole case, %n history entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attachments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  leaves   %1  scopes %2; fields %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  held back %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the recipient with --to CONTACT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the bundle&apos;s file with --out FILE (or --dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing may be exported to %1 for this purpose; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 written with %n cases.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--threshold takes a number of at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts below %1 are suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics bundle %1 written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: valid; addressed to this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1, %2, made %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: %1 (%2), fingerprint %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  FORGED: the named sender did not sign this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  made by this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  unknown sender: not among your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  contact %1, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  contact %1, NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1 %2; legal basis: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  case %1 %2 scopes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be imported yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 imported: %2 cases created, %3 updated, %4 conflicts, %5 records received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the conflicts with &quot;conflict list&quot; and &quot;conflict resolve ID --take local|remote&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3: mine %4, theirs %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (resolved: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --take local (keep mine) or --take remote (take theirs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: their value was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: your value was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  from %2  %3  %4  scopes %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(statistics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this vault&apos;s name, organisation and fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the name on this vault&apos;s contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this vault&apos;s contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact from a contact card (unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cases to a contact (consent enforced for external contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export aggregate statistics with small counts suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and show a bundle without importing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bundle from a verified contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List merge conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a merge conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List records received from external senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest needs a CASE_ID (case UUID or number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number between 1 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required security level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 (%3, %4, %5, %n free bed(s)) – score %6</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shelter(s) excluded; add --show-excluded to see why.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>place needs a CASE_ID and a SHELTER_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hold-days takes a number between 1 and 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed held at %1 until %2 (placement %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at %1 (placement %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placement end needs a PLACEMENT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placement end needs --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement %1 ended; its bed is free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placement list needs a CASE_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No placements for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security-level needs a CASE_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--override takes S0, S1, S2, S3 or S4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the security level by hand needs --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--override and --clear-override exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason goes with --override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranked shelter suggestions for a case, each with its reasons; why others are excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place a case in a shelter, or hold a bed for N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end a placement (or release a held bed); the bed becomes free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s placements with their history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s required security level and how it was reached; set it by hand with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident add needs --file FILE (&quot;-&quot; reads standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident is one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident close needs the incident&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit rules for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit-rules set needs the case id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit-rules set needs --rules CODE,CODE (allowed: %1; an empty list removes the rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit rules saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit rules removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit-rules show needs the case id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an incident against staff (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List staff-safety incidents, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (or reopen) an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the visit rules of a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the visit rules of a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelter import needs a FILE (&quot;-&quot;: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelter import takes a JSON array of shelters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n shelter(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>shelter add needs --file FILE (&quot;-&quot;: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelter add takes one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved shelter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown shelter type %1; allowed values: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-level takes S0, S1, S2, S3 or S4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelter export needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shelter(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>shelter reveal-address needs a SHELTER_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealing a shelter&apos;s address is recorded in the audit log. Add --confirm to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a JSON array of shelters (all or nothing; an existing id is updated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or update one shelter from JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the shelter registry (never addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the registry as JSON (addresses only when asked; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a shelter&apos;s stored address or reference (audited)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vangnet: case management for care coordinators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (nl or en); remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault in FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo vault with fictional data (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::CaseEditor</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this case (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo all changes since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence &amp;&amp; signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder of date fields; dd-mm-yyyy is accepted too.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date such as 2025-03-31 or 31-03-2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age &amp;band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of bir&amp;th:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language codes, e.g. nl, ro, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor &amp;&amp; representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minor (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unaccompanied minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;representative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence &amp;&amp; B8 reflection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalled &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Police status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of e&amp;xploitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knows location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A perpetrator is &amp;searching for the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A perpetrator &amp;knows where the person is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Police protection / police threat assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A red code, police protection or a perpetrator who searches for or knows where the person is shows the red danger banner above this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs, children, pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Children with the person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s &amp;ages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3, 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans are kept encrypted inside the vault: PDF, PNG, JPEG or TIFF, at most %1 MB each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an unencrypted copy of the scan to a place you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new case first to add notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new case has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (an alias matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (same name and birth date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: this person may already have a case: %1. Check before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left, ends on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ended %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No reflection period recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this case to the phase “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3) · added %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is case %1 being closed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is case %1 being reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required to close or reopen a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::CaseFilterBar</name>
    <message>
        <source>All phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forms of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reflection ends within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, aliases, case numbers and notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of the &quot;Reflection ends within [14] days&quot; spin box.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until the reflection period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current search and filters under a name (kept in the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a saved filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved filter “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::CaseListModel</name>
    <message>
        <source>(alias only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection period ends on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflection ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threat review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left in the B8 reflection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::CasesSection</name>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new case file (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case on the left, or start a new one with “New case” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to %1 were kept when the vault was locked (%2). Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new passphrase for this vault. The recovery key stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::ConsentEditorDialog</name>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose &amp;description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data the person agreed to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the person was informed in, as a two-letter ISO 639-1 code (nl, en, ro, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person was told: who receives what, why, and that consent can be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day the consent no longer holds. Default: 12 months, as the end of the trajectory is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no contacts yet: add the recipient&apos;s contact card first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::ConsentListModel</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::ConsentPanel</name>
    <message>
        <source>&amp;Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May receive now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may be shared now, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid consent; it expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw this consent? No data may go to this recipient for this purpose any more. Data sent earlier cannot be called back; Vangnet lists the recipients to inform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent is withdrawn. Nothing was sent under it, so nobody needs to be informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (received data on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent is withdrawn. Inform these recipients that the person withdrew consent:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::ContactsView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No – compare by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 on a phone number you already know (not one from the contact card) and ask them to read out their fingerprint. It must match exactly:

%2

Do the fingerprints match?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::CreateVaultPage</name>
    <message>
        <source>C&amp;reate vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember and nobody can guess. It is never stored: without it or the recovery key, nobody can open the vault, not even Vangnet&apos;s makers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to create the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::DangerBanner</name>
    <message>
        <source>Danger warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required security level: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::DeadlinesView</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overdue items always show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat assessment review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::EmergencyBar</name>
    <message>
        <source>In danger? Call 112</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do in imminent danger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::EmergencyDialog</name>
    <message>
        <source>In danger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In imminent danger call 112 and notify the police immediately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emergency, but you need the police? Call the non-emergency number 0900-8844.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoMensha is the national coordination centre against human trafficking: it registers victims and is the only party that places them in a COSM shelter. It does not respond to emergencies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::ExportWizard</name>
    <message>
        <source>Export cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles go only to verified contacts: compare the fingerprint by phone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose &amp;description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cases to send. What may leave of each is decided on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what will leave, and what is held back and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will leave:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is encrypted for the recipient and for this vault, and signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint %1 by phone and mark the contact as verified first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover (same organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a verified contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the whole case, %n history entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attachments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing may be sent to %1 for this purpose: no chosen case has a valid consent. Nothing will be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will leave for %1;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vangnet bundles (*.vnb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written: bundle %1 with %n case(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::ImportDialog</name>
    <message>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: fields changed on both sides. Nothing was overwritten; choose per field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vangnet bundles (*.vnb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ This bundle is not addressed to this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The bundle is damaged or was altered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signature valid; addressed to this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Forged: the named sender did not sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Unknown sender %1 (not among your contacts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Sender %1 is not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Sender %1, verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1; purpose: %2; legal basis: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was imported before; importing it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 conflicts, %4 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::IncidentDialog</name>
    <message>
        <source>A police report was filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident against staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked &amp;case (id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff &amp;member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsequences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aftercare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::IncidentListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::LockedScreen</name>
    <message>
        <source>Vangnet is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press a key to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault and hide all data (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vangnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vangnet – Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Vangnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vangnet %1&lt;/h3&gt;&lt;p&gt;Offline case management for care coordinators of victims of human trafficking.&lt;/p&gt;&lt;p&gt;All data stays in an encrypted vault on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::OpenRisksModel</name>
    <message>
        <source>Open incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::PassphraseFields</name>
    <message>
        <source>At least %1 characters; several words work well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::RecoverPage</name>
    <message>
        <source>&amp;Open and set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key from the printout kept in a safe place, then choose a new passphrase. The old passphrase stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::RecoveryKeyPage</name>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this recovery key is the only way into the vault. Print it or write it down and keep it in your organisation&apos;s safe. Vangnet does not store it and will not show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vangnet recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place. Anyone holding it and the vault folder can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::SafetyGuard</name>
    <message>
        <source>&amp;Hide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock at once and show a neutral screen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::SafetySection</name>
    <message>
        <source>&amp;Record incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents against staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff safety. In imminent danger: call 112 and notify the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident had unsaved changes when Vangnet locked. They were kept encrypted in the vault. Open them again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault – fictional data. Passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The vault is in use.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::VaultSection</name>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move this vault, copy this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SQLCipher %2, page size %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id, %1 passes, %2 memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this program knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::WelcomePage</name>
    <message>
        <source>Vangnet keeps your case records in an encrypted vault on this computer. It works without a network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault is one folder: to move it to another computer, copy that whole folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vaults are created in %1 unless you choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Vangnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not hold a Vangnet vault (vault.key and vault.db). Choose the folder that was copied as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vangnet::Workspace</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
