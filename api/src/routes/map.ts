import { Router } from 'express';
import {
  mapMeasuresQuery,
  mapPlacesQuery,
  mapStatusQuery,
  type MapMeasuresResponse,
  type MapPlacesResponse,
  type MapStatusResponse,
} from '../contract/map.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { mapMeasures, mapPlaces, mapStatus } from '../explore/map.js';

/** GET /api/map/measures, /api/map/status (countries towards an instrument or organisation), /api/map/places. */
export function mapRoutes(db: Database): Router {
  const router = Router();
  router.get('/map/measures', async (req, res) => {
    parseInput(mapMeasuresQuery, req.query);
    const body: MapMeasuresResponse = await mapMeasures(db);
    res.json(body);
  });
  router.get('/map/status', async (req, res) => {
    const body: MapStatusResponse = await mapStatus(db, parseInput(mapStatusQuery, req.query));
    res.json(body);
  });
  router.get('/map/places', async (req, res) => {
    const body: MapPlacesResponse = await mapPlaces(db, parseInput(mapPlacesQuery, req.query));
    res.json(body);
  });
  return router;
}
