#pragma once

#include <QString>
#include <optional>

namespace lp::server {

// PBKDF2-HMAC-SHA256 with a per-user random salt, stored as
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>" so that the cost can be raised later without
// invalidating existing hashes.
class PasswordHasher
{
public:
    static constexpr int kDefaultIterations = 600000; // OWASP 2023 recommendation for PBKDF2-SHA256

    explicit PasswordHasher(int iterations = kDefaultIterations);

    QString hash(const QString& password) const;
    // Compares in constant time. Without a stored hash (unknown user) it still runs one derivation at the
    // configured cost and answers false, so that response time does not reveal which emails exist.
    bool verify(const QString& password, const std::optional<QString>& stored) const;

private:
    int m_iterations;
};

} // namespace lp::server
