package com.collectiq.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.collectiq.card.ValuationRequests.Reason;
import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.fasterxml.jackson.databind.ObjectMapper;

class WorkMessageReaderTest {

    private static final String KEY = "uploads/alice/0b1c2d3e-4f50-4a6b-8c7d-8e9fa0b1c2d3.jpg";

    private final WorkMessageReader reader = new WorkMessageReader(new ObjectMapper());

    /** The documented EventBridge shape of an S3 "Object Created" event. */
    private static String eventBridge(String key, String reason) {
        return """
                {"version":"0","id":"17793124-05d4-b198-2fde-7ededc63b103","detail-type":"Object Created",
                 "source":"aws.s3","account":"123456789012","time":"2021-11-12T00:00:00Z","region":"us-east-1",
                 "resources":["arn:aws:s3:::collectiq-uploads"],
                 "detail":{"version":"0","bucket":{"name":"collectiq-uploads"},
                   "object":{"key":"%s","size":5,"etag":"b1946ac92492d2347c6235b4d2611184","sequencer":"00617F08299329D189"},
                   "request-id":"N4N7GDK58NMKJ12R","requester":"123456789012","source-ip-address":"1.2.3.4",
                   "reason":"%s"}}""".formatted(key, reason);
    }

    @Test
    void anEventBridgeObjectCreatedIsAcceptedWhateverItsReason() {
        for (String reason : List.of("PutObject", "CompleteMultipartUpload", "CopyObject", "PostObject", "Put")) {
            assertThat(reader.read(eventBridge(KEY, reason)))
                    .containsExactly(new Intake.ObjectCreated(KEY, "b1946ac92492d2347c6235b4d2611184"));
        }
    }

    @Test
    void keysOutsideUploadsAndOtherEventsAreIgnored() {
        assertThat(reader.read(eventBridge("backs/alice/0b1c2d3e-4f50-4a6b-8c7d-8e9fa0b1c2d3.jpg", "PutObject")))
                .singleElement().isInstanceOf(Intake.Ignored.class);
        assertThat(reader.read(eventBridge("derived/alice/x.png", "PutObject")))
                .singleElement().isInstanceOf(Intake.Ignored.class);
        assertThat(reader.read(eventBridge(KEY, "PutObject").replace("Object Created", "Object Deleted")))
                .singleElement().isInstanceOf(Intake.Ignored.class);
        assertThat(reader.read("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"b\"}"))
                .singleElement().isInstanceOf(Intake.Ignored.class);
    }

    @Test
    void aClassicNotificationIsUrlDecoded() {
        String encoded = KEY.replace("/", "%2F");
        String notification = """
                {"Records":[
                  {"eventVersion":"2.1","eventSource":"aws:s3","eventName":"ObjectCreated:Put",
                   "s3":{"bucket":{"name":"collectiq-uploads"},"object":{"key":"%s","size":5,"eTag":"abc"}}},
                  {"eventVersion":"2.1","eventSource":"aws:s3","eventName":"ObjectRemoved:Delete",
                   "s3":{"bucket":{"name":"collectiq-uploads"},"object":{"key":"%s"}}},
                  {"eventVersion":"2.1","eventSource":"aws:s3","eventName":"ObjectCreated:Put",
                   "s3":{"bucket":{"name":"collectiq-uploads"},"object":{"key":"uploads/alice/my+card.jpg","eTag":"def"}}}
                ]}""".formatted(encoded, encoded);

        List<Intake> items = reader.read(notification);

        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isEqualTo(new Intake.ObjectCreated(KEY, "abc"));
        assertThat(items.get(1)).isInstanceOf(Intake.Ignored.class);
        assertThat(items.get(2)).isInstanceOf(Intake.Ignored.class).asString().contains("uploads/alice/my card.jpg");
    }

    @Test
    void theServicesOwnWorkMessageRoundTrips() {
        ValuationRequest request = new ValuationRequest("card-1", "alice", KEY, "run-1", Reason.REVALUE);
        String body = "{\"type\":\"" + CamelWorkRequests.VALUATION_TYPE + "\",\"request\":{\"cardId\":\"card-1\","
                + "\"owner\":\"alice\",\"key\":\"" + KEY + "\",\"runId\":\"run-1\",\"reason\":\"REVALUE\"}}";

        assertThat(reader.read(body)).containsExactly(new Intake.Work(request));
    }

    @Test
    void anythingElseIsUnreadable() {
        for (String poison : new String[] {null, "", "not json", "[]", "42", "{}", "{\"Records\":5}",
            "{\"type\":\"" + CamelWorkRequests.VALUATION_TYPE + "\",\"request\":{\"cardId\":1}}",
            "{\"type\":\"" + CamelWorkRequests.VALUATION_TYPE + "\",\"request\":{\"cardId\":\"c\",\"owner\":\"o\","
                + "\"key\":\"k\",\"runId\":\"r\",\"reason\":\"EXPLODE\"}}",
            // a classic notification's key that is not URL-encoded (found by the work-queue fuzz)
            "{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"object\":{\"key\":\"uploads/a/%zz.png\"}}}]}"}) {
            assertThatThrownBy(() -> reader.read(poison)).as(String.valueOf(poison))
                    .isInstanceOf(UnreadableMessageException.class);
        }
    }
}
