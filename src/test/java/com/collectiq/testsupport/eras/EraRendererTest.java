package com.collectiq.testsupport.eras;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The era renderer itself: its data, fonts, determinism, geometry and the EXIF it writes. */
class EraRendererTest {

    private static final EraCatalog CATALOG = EraCatalog.bundled();

    @Test
    void parsesTheBundledCardsAndSets() {
        assertThat(CATALOG.cards()).hasSize(4015);
        assertThat(CATALOG.bundledSetIds()).hasSize(27).contains("ecard1", "ex1", "dp1", "hgss1", "bw1", "xy1", "sm1");
        PrintedCard charizard = CATALOG.card("base1-4").orElseThrow();
        assertThat(charizard.name()).isEqualTo("Charizard");
        assertThat(charizard.hp()).hasValue(120);
        assertThat(charizard.set().printedTotal()).isEqualTo(102);
        assertThat(charizard.era()).isEqualTo(Era.WOTC);
        for (Era era : Era.values()) {
            assertThat(CATALOG.cardsOf(era)).as(era.label()).isNotEmpty();
        }
    }

    @Test
    void printsTheNumberTheWayEachEraDoes() {
        assertThat(CardFace.printedNumber(card("base1-4"))).isEqualTo("4/102");
        assertThat(CardFace.printedNumber(card("ecard1-10"))).isEqualTo("10/165");
        assertThat(CardFace.printedNumber(card("bw1-20"))).isEqualTo("20/114");
        assertThat(CardFace.printedNumber(card("swsh7-20"))).isEqualTo("020/203");
        assertThat(CardFace.printedNumber(card("sv1-63"))).isEqualTo("G SVI EN 063/198");
        assertThat(CardFace.printedNumber(card("sv3-46"))).isEqualTo("G OBF EN 046/197");
        assertThat(CardFace.printedNumber(card("sv4pt5-232"))).isEqualTo("G PAF EN 232/091");
    }

    @Test
    void fontsAreTheCommittedFiles() throws Exception {
        for (EraFonts face : EraFonts.values()) {
            Path file = Path.of("src/test/resources" + face.resource());
            assertThat(file).as("committed font").exists();
            Font fromFile = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            assertThat(face.font().getFontName()).isEqualTo(fromFile.getFontName());
            assertThat(face.font().getFamily()).isIn("Liberation Sans", "Liberation Serif", "Carlito");
        }
        assertThat(Path.of("src/test/resources/fonts/LICENSE-liberation2.txt")).content().contains("SIL");
        assertThat(Path.of("src/test/resources/fonts/LICENSE-carlito.txt")).content().contains("OFL");
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        List<PhotoCase> first = PhotoSampler.perEra(CATALOG, 11, 1);
        List<PhotoCase> again = PhotoSampler.perEra(CATALOG, 11, 1);
        List<PhotoCase> other = PhotoSampler.perEra(CATALOG, 12, 1);
        assertThat(again).isEqualTo(first);
        PhotoCase small = first.get(3).withScene(first.get(3).scene().withFrame(900, 700));
        assertThat(small.render().jpeg()).isEqualTo(small.render().jpeg());
        PhotoCase otherSmall = other.get(3).withScene(other.get(3).scene().withFrame(900, 700));
        assertThat(Arrays.equals(small.render().jpeg(), otherSmall.render().jpeg())).isFalse();
    }

    @Test
    void everyPlacementKeepsTheCardInsideTheFrameAtTheRequestedFill() {
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            Scene scene = Scene.random(i);
            List<Point2D.Double> corners = Photographer.placement(scene, random);
            double minX = corners.stream().mapToDouble(p -> p.x).min().orElseThrow();
            double maxX = corners.stream().mapToDouble(p -> p.x).max().orElseThrow();
            double minY = corners.stream().mapToDouble(p -> p.y).min().orElseThrow();
            double maxY = corners.stream().mapToDouble(p -> p.y).max().orElseThrow();
            assertThat(minX).isGreaterThanOrEqualTo(-1e-6);
            assertThat(minY).isGreaterThanOrEqualTo(-1e-6);
            assertThat(maxX).isLessThanOrEqualTo(scene.frameWidth() + 1e-6);
            assertThat(maxY).isLessThanOrEqualTo(scene.frameHeight() + 1e-6);
            double fill = Math.max((maxX - minX) / scene.frameWidth(), (maxY - minY) / scene.frameHeight());
            assertThat(fill).isCloseTo(scene.fill(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(scene.fill()).isBetween(0.2, 0.9);
            assertThat(scene.tiltDegrees()).isBetween(0.0, 20.0);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.5, 0.9})
    void thePixelsShowTheCardWhereTheTruthSaysAtThatFill(double fill) throws IOException {
        Scene scene = Scene.plain(3).withFrame(1000, 750).withFill(fill);
        CardPhoto photo = PhotoCase.of(card("sv1-63"), scene).render();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        int minY = Integer.MAX_VALUE;
        int maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int level = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
                if (level > 3 * 120) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        double height = maxY - minY + 1;
        assertThat(height / image.getHeight()).isCloseTo(fill, org.assertj.core.data.Offset.offset(0.01));
        Point2D.Double topLeft = photo.truth().corners().get(0);
        assertThat((double) minX).isCloseTo(topLeft.x, org.assertj.core.data.Offset.offset(3.0));
        assertThat((double) minY).isCloseTo(topLeft.y, org.assertj.core.data.Offset.offset(3.0));
    }

    @ParameterizedTest
    @EnumSource(Era.class)
    void everyEraRendersItsCardsTrainersAndEnergies(Era era) throws IOException {
        for (String supertype : List.of("Pokémon", "Trainer", "Energy")) {
            PrintedCard card = CATALOG.cardsOf(era).stream().filter(c -> c.supertype().equals(supertype)).findFirst().orElseThrow();
            CardPhoto photo = PhotoCase.of(card, Scene.random(era.ordinal()).withFrame(800, 600)).render();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
            assertThat(image).as(card.catalogId()).isNotNull();
            assertThat(photo.truth().era()).isEqualTo(era);
            assertThat(photo.truth().catalogId()).isEqualTo(card.catalogId());
            assertThat(photo.truth().corners()).hasSize(4);
        }
    }

    @Test
    void fullArtRaritiesPrintOverTheArtworkFromBlackAndWhiteOn() {
        assertThat(Finish.of(card("sv1-257"))).isEqualTo(Finish.FULL_ART);
        assertThat(Finish.of(card("base1-4"))).isEqualTo(Finish.HOLO);
        assertThat(Finish.of(card("base1-70"))).isEqualTo(Finish.NORMAL);
        BufferedImage fullArt = CardFace.draw(card("sv1-257"), Finish.FULL_ART, 4, 1);
        BufferedImage plain = CardFace.draw(card("sv1-257"), Finish.NORMAL, 4, 1);
        assertThat(pixels(fullArt)).isNotEqualTo(pixels(plain));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 6, 8})
    void theExifOrientationTagIsReadableThroughImageIoMetadata(int orientation) throws IOException {
        Scene scene = Scene.plain(9).withFrame(640, 480).withExifOrientation(orientation);
        CardPhoto photo = PhotoCase.of(card("base1-4"), scene).render();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(photo.jpeg()))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            IIOMetadataNode app1 = null;
            var unknown = root.getElementsByTagName("unknown");
            for (int i = 0; i < unknown.getLength(); i++) {
                IIOMetadataNode node = (IIOMetadataNode) unknown.item(i);
                if ("225".equals(node.getAttribute("MarkerTag"))) {
                    app1 = node;
                }
            }
            assertThat(app1).as("APP1 segment").isNotNull();
            assertThat(orientationIn((byte[]) app1.getUserObject())).isEqualTo(orientation);
            boolean sideways = orientation == 6 || orientation == 8;
            assertThat(reader.getWidth(0)).isEqualTo(sideways ? 480 : 640);
            assertThat(reader.getHeight(0)).isEqualTo(sideways ? 640 : 480);
            reader.dispose();
        }
    }

    @Test
    void negativeFacesRender() throws IOException {
        Scene scene = Scene.plain(4).withFrame(800, 600);
        assertThat(ImageIO.read(new ByteArrayInputStream(Photographer.shootNothing(scene).jpeg()))).isNotNull();
        assertThat(ImageIO.read(new ByteArrayInputStream(OtherFaces.cardBack(scene).jpeg()))).isNotNull();
        assertThat(ImageIO.read(new ByteArrayInputStream(OtherFaces.otherGame(scene).jpeg()))).isNotNull();
    }

    /** Reads the Orientation tag from an EXIF payload written by anyone (either byte order). */
    private static int orientationIn(byte[] exif) {
        assertThat(new String(exif, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("Exif");
        ByteBuffer tiff = ByteBuffer.wrap(exif, 6, exif.length - 6).slice();
        tiff.order(tiff.get(0) == 'I' ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if ((tiff.getShort(entry) & 0xFFFF) == 0x0112) {
                return tiff.getShort(entry + 8) & 0xFFFF;
            }
        }
        return -1;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static PrintedCard card(String id) {
        return CATALOG.card(id).orElseThrow();
    }
}
