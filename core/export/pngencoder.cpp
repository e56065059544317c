// SPDX-License-Identifier: MIT
#include "pngencoder.h"

#include "exporttarget.h"

#include <QIODevice>

#include <png.h>
#include <zlib.h>

#include <cmath>
#include <csetjmp>
#include <vector>

namespace {

struct WriteContext
{
    QIODevice *device;
    bool failed;
};

void writeData(png_structp png, png_bytep data, png_size_t length)
{
    auto *context = static_cast<WriteContext *>(png_get_io_ptr(png));
    if (context->device->write(reinterpret_cast<const char *>(data), qint64(length)) !=
        qint64(length))
        context->failed = true;
}

void flushData(png_structp)
{
}

// Everything libpng touches is prepared by the caller: a longjmp out of libpng must not skip
// C++ destructors, so this function owns no objects that have them.
bool encode(png_structp png, png_infop info, const QImage &image, bool alpha, int dpi,
            png_textp texts, int textCount, png_bytepp rows)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    const png_uint_32 dotsPerMeter = png_uint_32(std::lround(dpi / 0.0254));
    png_set_pHYs(png, info, dotsPerMeter, dotsPerMeter, PNG_RESOLUTION_METER);
    if (textCount > 0)
        png_set_text(png, info, texts, textCount);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_set_compression_level(png, 1);
    png_set_compression_strategy(png, Z_RLE);
    png_write_info(png, info);
    if (!alpha) {
        // RGB32 rows are 0xffRRGGBB words: BGRx bytes on little-endian machines.
        png_set_filler(png, 0, PNG_FILLER_AFTER);
        if (Q_BYTE_ORDER == Q_LITTLE_ENDIAN)
            png_set_bgr(png);
    }
    png_write_image(png, rows);
    png_write_end(png, info);
    return true;
}

} // namespace

bool PngEncoder::write(const QImage &source, QIODevice *device)
{
    m_error.clear();
    if (source.isNull()) {
        m_error = QStringLiteral("empty image");
        return false;
    }
    const bool alpha = source.hasAlphaChannel();
    const QImage image =
        source.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB32);
    std::vector<png_bytep> rows(size_t(image.height()));
    for (int y = 0; y < image.height(); ++y)
        rows[size_t(y)] = const_cast<png_bytep>(image.constScanLine(y));

    QList<QByteArray> keys, values;
    for (const auto &[key, value] : std::as_const(m_texts)) {
        keys.append(key.toLatin1().left(79));
        values.append(value.toUtf8());
    }
    std::vector<png_text> texts(size_t(keys.size()));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        png_text &t = texts[size_t(i)];
        t.compression =
            values[i].size() > 1024 ? PNG_ITXT_COMPRESSION_zTXt : PNG_ITXT_COMPRESSION_NONE;
        t.key = keys[i].data();
        t.text = values[i].data();
        t.text_length = 0;
        t.itxt_length = size_t(values[i].size());
        t.lang = nullptr;
        t.lang_key = nullptr;
    }

    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_write_struct(&png, &info);
        m_error = QStringLiteral("libpng could not start");
        return false;
    }
    WriteContext context{device, false};
    png_set_write_fn(png, &context, writeData, flushData);
    const bool ok =
        encode(png, info, image, alpha, m_dpi, texts.data(), int(texts.size()), rows.data());
    png_destroy_write_struct(&png, &info);
    if (!ok || context.failed) {
        m_error =
            context.failed ? ExportTarget::writeFailure(device) : QStringLiteral("libpng failed");
        return false;
    }
    return true;
}
