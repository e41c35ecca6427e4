<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log was altered: entry %1 does not follow from the one before it.</source>
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
    <name>Migrations</name>
    <message>
        <source>This vault was written by a newer version of Vangnet (schema %1; this version knows up to %2). Update Vangnet to open it.</source>
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
</context>
</TS>
