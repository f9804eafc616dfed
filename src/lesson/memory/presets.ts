/**
 * Published model configurations for the memory calculator, each with its source.
 * Values checked against the config.json of the Hugging Face repository named in `repo` (field names in `fields`).
 */

/** One preset: what its config.json says about the attention cache and the context length. */
export interface ModelPreset {
  readonly id: string;
  /** Display name (a proper noun, the same in both languages). */
  readonly name: string;
  /** The Hugging Face repository whose config.json the numbers come from (the page names it). */
  readonly repo: string;
  readonly layers: number;
  /** Query heads (num_attention_heads). */
  readonly qHeads: number;
  /** K/V heads (num_key_value_heads); for MLA the number of heads the latent is expanded to. */
  readonly kvHeads: number;
  /** Width of each key and value head (for DeepSeek-V3: v_head_dim; its keys are nopeDim + ropeDim wide). */
  readonly headDim: number;
  /** Present for MLA models: kv_lora_rank, qk_rope_head_dim and qk_nope_head_dim. */
  readonly mla?: { readonly latentDim: number; readonly ropeDim: number; readonly nopeDim: number };
  /** The longest context its config.json allows, in tokens (the field is named in `fields`). */
  readonly context: number;
  /** Sliding-window attention (config.json sliding_window): each layer attends to at most this many recent tokens, so the cache stops growing there. */
  readonly slidingWindow?: number;
  /** The config fields the values were read from (identifiers, the same in both languages). */
  readonly fields: string;
  /** Our own model (train/): `repo` is then the file in this repository whose header holds the config. */
  readonly own?: true;
}

export const PRESETS: readonly ModelPreset[] = [
  {
    id: 'gpt2',
    name: 'GPT-2 small',
    repo: 'openai-community/gpt2',
    layers: 12,
    qHeads: 12,
    kvHeads: 12,
    headDim: 64,
    context: 1024,
    fields: 'n_layer 12, n_head 12, n_embd 768 → 768 / 12 = 64, n_positions 1024',
  },
  {
    id: 'llama2-7b',
    name: 'Llama-2-7B',
    repo: 'meta-llama/Llama-2-7b-hf',
    layers: 32,
    qHeads: 32,
    kvHeads: 32,
    headDim: 128,
    context: 4096,
    fields: 'num_hidden_layers 32, num_attention_heads 32, num_key_value_heads 32, hidden_size 4096, max_position_embeddings 4096',
  },
  {
    id: 'llama3-8b',
    name: 'Llama-3-8B',
    repo: 'meta-llama/Meta-Llama-3-8B',
    layers: 32,
    qHeads: 32,
    kvHeads: 8,
    headDim: 128,
    context: 8192,
    fields: 'num_hidden_layers 32, num_attention_heads 32, num_key_value_heads 8, hidden_size 4096, max_position_embeddings 8192',
  },
  {
    id: 'mistral-7b',
    name: 'Mistral-7B',
    repo: 'mistralai/Mistral-7B-v0.1',
    layers: 32,
    qHeads: 32,
    kvHeads: 8,
    headDim: 128,
    context: 32768,
    slidingWindow: 4096,
    fields: 'num_hidden_layers 32, num_attention_heads 32, num_key_value_heads 8, hidden_size 4096, max_position_embeddings 32768, sliding_window 4096',
  },
  {
    id: 'qwen2.5-7b',
    name: 'Qwen2.5-7B',
    repo: 'Qwen/Qwen2.5-7B',
    layers: 28,
    qHeads: 28,
    kvHeads: 4,
    headDim: 128,
    context: 131072,
    fields: 'num_hidden_layers 28, num_attention_heads 28, num_key_value_heads 4, hidden_size 3584, max_position_embeddings 131072',
  },
  {
    id: 'falcon-7b',
    name: 'Falcon-7B',
    repo: 'tiiuae/falcon-7b',
    layers: 32,
    qHeads: 71,
    kvHeads: 1,
    headDim: 64,
    context: 2048,
    fields: 'num_hidden_layers 32, num_attention_heads 71, multi_query true, hidden_size 4544, max_position_embeddings 2048',
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3',
    repo: 'deepseek-ai/DeepSeek-V3',
    layers: 61,
    qHeads: 128,
    kvHeads: 128,
    headDim: 128,
    mla: { latentDim: 512, ropeDim: 64, nopeDim: 128 },
    context: 163840,
    fields: 'num_hidden_layers 61, num_attention_heads 128, kv_lora_rank 512, qk_rope_head_dim 64, qk_nope_head_dim 128, v_head_dim 128, max_position_embeddings 163840',
  },
  {
    id: 'ours',
    name: 'kv-step-by-step (train/)',
    repo: 'src/lesson/real-model/weights.json',
    layers: 3,
    qHeads: 4,
    kvHeads: 2,
    headDim: 8,
    context: 64,
    fields: 'n_layers 3, n_heads 4, n_kv_heads 2, head_dim 8, dim 32, max_seq_len 64',
    own: true,
  },
];

/** The preset with this id, or undefined. */
export function findPreset(id: string): ModelPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}
