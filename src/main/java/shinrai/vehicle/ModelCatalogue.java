package shinrai.vehicle;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.DealerScope;

/**
 * The models a dealer sells and services: brand, series and model, offered as suggestions when a vehicle is
 * entered. Each dealer keeps its own list and extends it when a new model arrives.
 */
@Service
@Transactional
public class ModelCatalogue {

    private final JdbcClient jdbc;

    ModelCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Model> all() {
        return jdbc.sql("SELECT brand, series, model_name FROM vehicle.model ORDER BY brand, series, model_name")
                .query((rs, row) -> new Model(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Adds a model; one already listed is not added twice. */
    public void add(Model model) {
        if (model.brand().isBlank() || model.series().isBlank()) {
            throw new VehicleChangeRefused("series", "model.error.brandAndSeries");
        }
        try {
            jdbc.sql("""
                            INSERT INTO vehicle.model (dealer_id, brand, series, model_name)
                            VALUES (:dealer, :brand, :series, :model)
                            ON CONFLICT (dealer_id, brand, series, model_name) DO NOTHING""")
                    .param("dealer", DealerScope.currentDealer())
                    .param("brand", model.brand().strip())
                    .param("series", model.series().strip())
                    .param("model", model.modelName().strip())
                    .update();
        } catch (DuplicateKeyException alreadyListed) {
            // listed meanwhile by someone else: nothing to do
        }
    }

    /** One model: 丰田 / 凯美瑞 / 2.0G 豪华版. */
    public record Model(String brand, String series, String modelName) {
        public Model {
            brand = brand == null ? "" : brand;
            series = series == null ? "" : series;
            modelName = modelName == null ? "" : modelName;
        }
    }
}
