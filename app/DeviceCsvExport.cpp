#include "DeviceCsvExport.h"

#include "ApiClient.h"
#include "ApiJob.h"

#include <DevicePage.h>
#include <WireTime.h>

namespace lp {

namespace {
constexpr int kExportPageSize = 500;

QString csvField(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}
} // namespace

DeviceCsvExport::DeviceCsvExport(ApiClient* api, QString licenseId, proto::DeviceListQuery query,
                                 QString path, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_licenseId(std::move(licenseId))
    , m_query(std::move(query))
    , m_path(std::move(path))
{
    m_query.limit = kExportPageSize;
    m_query.cursor.clear();
}

DeviceCsvExport::~DeviceCsvExport()
{
    if (m_job) {
        m_job->cancel();
    }
}

QByteArray DeviceCsvExport::csvLine(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields) {
        quoted.append(csvField(field));
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

void DeviceCsvExport::start()
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        finish(false, tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
        return;
    }
    m_file->write(csvLine({QStringLiteral("name"), QStringLiteral("device_hash"), QStringLiteral("platform"),
                           QStringLiteral("sdk_version"), QStringLiteral("first_registered_at"),
                           QStringLiteral("last_seen_at"), QStringLiteral("lease_expires_at"),
                           QStringLiteral("released_at"), QStringLiteral("status")}));
    requestPage();
}

void DeviceCsvExport::cancel()
{
    if (m_job) {
        m_job->cancel();
    }
    finish(false, tr("The export was cancelled; no file was written."));
}

void DeviceCsvExport::requestPage()
{
    m_job = m_api->fetchDevices(m_licenseId, m_query);
    connect(m_job, &ApiJob::finished, this, &DeviceCsvExport::onPage);
}

void DeviceCsvExport::onPage(ApiJob* job)
{
    m_job = nullptr;
    if (m_done) {
        return;
    }
    if (!job->succeeded()) {
        finish(false, tr("The export stopped: %1 No file was written.").arg(job->error().userMessage()));
        return;
    }
    const auto* page = job->value<proto::DevicePage>();
    if (page->total) {
        m_total = *page->total;
    }
    for (const proto::Device& device : page->items) {
        m_file->write(csvLine({device.name, device.deviceHash, device.platform, device.sdkVersion,
                               proto::toWireTime(device.firstRegisteredAt),
                               proto::toWireTime(device.lastSeenAt), proto::toWireTime(device.leaseExpiresAt),
                               device.releasedAt ? proto::toWireTime(*device.releasedAt) : QString(),
                               proto::toWire(device.status)}));
    }
    m_written += page->items.size();
    if (m_file->error() != QFileDevice::NoError) {
        finish(false, tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
        return;
    }
    emit progress(m_written, m_total);
    if (page->nextCursor.isEmpty()) {
        if (!m_file->commit()) {
            finish(false, tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
            return;
        }
        finish(true, tr("Exported %n device(s) to %1.", nullptr, static_cast<int>(m_written)).arg(m_path));
        return;
    }
    m_query.cursor = page->nextCursor;
    requestPage();
}

void DeviceCsvExport::finish(bool ok, const QString& message)
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (!ok && m_file) {
        m_file->cancelWriting();
        m_file.reset(); // the temporary file goes with it
    }
    emit finished(ok, message);
}

} // namespace lp
