package com.collectiq.vision.heif;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_HEVC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_INPUT_BUFFER_PADDING_SIZE;
import static org.bytedeco.ffmpeg.global.avcodec.av_new_packet;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_QUIET;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV422P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV444P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ422P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ444P;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_mallocz;
import static org.bytedeco.ffmpeg.global.swscale.SWS_ACCURATE_RND;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BICUBIC;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_DEFAULT;
import static org.bytedeco.ffmpeg.global.swscale.SWS_FULL_CHR_H_INT;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCoefficients;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;
import static org.bytedeco.ffmpeg.global.swscale.sws_setColorspaceDetails;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Decodes one HEVC-coded tile to 8-bit BGR with FFmpeg's decoder. The decoder is told the tile's
 * declared size (and the padding of a coding block) as its pixel limit, so a bitstream claiming a
 * larger picture is refused before it is allocated.
 */
final class HevcDecoder {

    /** The largest HEVC coding tree block, in pixels. */
    private static final int CODING_BLOCK = 64;

    static {
        // failures come back as return codes and become exceptions; FFmpeg's own lines would go to
        // stderr, past the service's structured logs
        av_log_set_level(AV_LOG_QUIET);
    }

    private HevcDecoder() {
    }

    /** The tile's pixels, three bytes (B, G, R) each, row by row, at the size its {@code ispe} declares. */
    static byte[] decodeBgr(HeifImage.Tile tile, HeifImage.Colour colour) {
        AVCodec codec = avcodec_find_decoder(AV_CODEC_ID_HEVC);
        AVCodecContext context = avcodec_alloc_context3(codec);
        AVPacket packet = av_packet_alloc();
        AVFrame frame = av_frame_alloc();
        try {
            byte[] configuration = tile.configuration();
            // the decoder owns extradata and frees it with the context; FFmpeg reads past its end
            BytePointer extradata = new BytePointer(av_mallocz(configuration.length + AV_INPUT_BUFFER_PADDING_SIZE))
                    .capacity(configuration.length);
            extradata.put(configuration);
            context.extradata(extradata).extradata_size(configuration.length);
            context.thread_count(1); // one still picture: frame threads would only add delay
            // the coded picture may be padded to whole coding blocks (up to 64 pixels) before its
            // conformance window crops it to the declared size
            context.max_pixels((long) (tile.width() + CODING_BLOCK) * (tile.height() + CODING_BLOCK));
            check(avcodec_open2(context, codec, (AVDictionary) null), "open the HEVC decoder");
            check(av_new_packet(packet, tile.coded().length), "allocate a packet");
            packet.data().capacity(tile.coded().length).put(tile.coded());
            check(avcodec_send_packet(context, packet), "decode a tile");
            check(avcodec_send_packet(context, null), "finish a tile");
            check(avcodec_receive_frame(context, frame), "receive a tile");
            if (frame.width() < tile.width() || frame.height() < tile.height()) {
                throw new HeifFormatException("a tile decoded to " + frame.width() + " × " + frame.height()
                        + ", smaller than its declared " + tile.width() + " × " + tile.height());
            }
            return toBgr(frame, tile.width(), tile.height(), colour);
        } finally {
            av_frame_free(frame);
            av_packet_free(packet);
            avcodec_free_context(context);
        }
    }

    private static byte[] toBgr(AVFrame frame, int width, int height, HeifImage.Colour colour) {
        // the decoder names full-range 4:2:0 with a "J" format swscale has deprecated: the plain
        // format and the range said separately read the same
        int format = switch (frame.format()) {
            case AV_PIX_FMT_YUVJ420P -> AV_PIX_FMT_YUV420P;
            case AV_PIX_FMT_YUVJ422P -> AV_PIX_FMT_YUV422P;
            case AV_PIX_FMT_YUVJ444P -> AV_PIX_FMT_YUV444P;
            default -> frame.format();
        };
        boolean jpegFormat = format != frame.format();
        SwsContext scaler = sws_getContext(width, height, format, width, height, AV_PIX_FMT_BGR24,
                SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, null, null, (DoublePointer) null);
        if (scaler == null) {
            throw new HeifFormatException("no conversion from pixel format " + frame.format());
        }
        try (BytePointer bgr = new BytePointer((long) width * height * 3);
                // swscale reads four planes and strides even for a packed format
                IntPointer bgrStride = new IntPointer(width * 3, 0, 0, 0);
                PointerPointer<BytePointer> target = new PointerPointer<>(bgr, null, null, null)) {
            int matrix = colour.matrix() >= 0 ? colour.matrix() : frame.colorspace();
            boolean fullRange = colour.matrix() >= 0 ? colour.fullRange()
                    : frame.color_range() == AVCOL_RANGE_JPEG || jpegFormat;
            sws_setColorspaceDetails(scaler, sws_getCoefficients(swsColourSpace(matrix)), fullRange ? 1 : 0,
                    sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
            check(sws_scale(scaler, frame.data(), frame.linesize(), 0, height, target, bgrStride), "convert a tile to RGB");
            byte[] pixels = new byte[width * height * 3];
            bgr.get(pixels);
            return pixels;
        } finally {
            sws_freeContext(scaler);
        }
    }

    /**
     * swscale's colour spaces use the matrix codes of ITU-T H.273 (1 BT.709, 5 and 6 BT.601, 9
     * BT.2020); the identity (0), "unspecified" (2) and the rest fall back to BT.601, as JPEG does.
     */
    private static int swsColourSpace(int matrix) {
        return matrix == 1 || matrix == 4 || matrix == 5 || matrix == 6 || matrix == 7 || matrix == 9 || matrix == 10
                ? matrix : SWS_CS_DEFAULT;
    }

    private static void check(int result, String step) {
        if (result < 0) {
            throw new HeifFormatException("FFmpeg could not " + step + " (error " + result + ")");
        }
    }
}
