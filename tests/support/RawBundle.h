#pragma once

#include "crypto/IdentityKeys.h"

#include <QByteArray>
#include <QList>

// Builds bundles byte by byte from docs/BUNDLE-FORMAT.md alone, so that tests can make the layouts
// the real writer never makes (a recipients record out of order, duplicate entries) and check that
// the reader refuses them for the right reason and not because the encryption is off.
namespace vangnet::testsupport {

// 01 | count | the eight 32-byte positions exactly as given (missing ones zero).
QByteArray recipientsRecord(int count, const QList<QByteArray> &positions);
// 02 | name length | name | data length | data.
QByteArray entryRecord(const QByteArray &name, const QByteArray &data);
// Header with the file key sealed to `slotKeys`, the records encrypted in 64 KiB chunks, and a
// signature record by `signer` over header and records.
QByteArray sealRaw(const IdentityKeys &signer, const QList<QByteArray> &slotKeys, const QByteArray &records);

} // namespace vangnet::testsupport
