// SPDX-License-Identifier: MIT
#pragma once

#include "storefingerprint.h"

#include <QString>

// The stores this program has checked in full, each with the fingerprint it had then, kept in
// the cache folder and never in a store: a store whose fingerprint still matches has not been
// written since and needs no second full check. Every process of the program that writes a
// verified store records the fingerprint its write left; anything else that writes one makes
// it unverified. Losing the file, or a race between two processes over it, only costs a check.
class VerifiedStores
{
public:
    // The record in FILE; empty: verified-stores.json in the cache folder.
    explicit VerifiedStores(const QString &file = QString());

    // Whether the store at PATH was checked in full (against schema version VERSION) and has
    // FINGERPRINT still.
    bool isVerified(const QString &path, const StoreFingerprint &fingerprint, int version) const;
    // Whether the store at PATH, as it is now, is verified.
    bool isVerifiedNow(const QString &path, int version) const;
    // Records PATH as checked, as it is now or as FINGERPRINT.
    void remember(const QString &path, const StoreFingerprint &fingerprint, int version);
    void rememberNow(const QString &path, int version);
    void forget(const QString &path);

    static QString defaultFile();
    // How many stores the record keeps; the oldest go first.
    static constexpr int kMaxStores = 64;

private:
    QString m_file;
};
