#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct Params_e4028798
{
    wp::float32 gain;
    wp::vec_t<3, wp::float32> offset;


    Params_e4028798() = default;
    CUDA_CALLABLE Params_e4028798(wp::float32 const& gain,
    wp::vec_t<3, wp::float32> const& offset = {})
        : gain{gain}
        , offset{offset}

    {
    }

    CUDA_CALLABLE Params_e4028798& operator += (const Params_e4028798& rhs)
    {    gain += rhs.gain;
    offset += rhs.offset;

        return *this;}

};

static CUDA_CALLABLE void adj_Params_e4028798(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 & adj_gain,
    wp::vec_t<3, wp::float32> & adj_offset,
    Params_e4028798 & adj_ret)
{
    adj_gain += adj_ret.gain;
    adj_offset += adj_ret.offset;
}

// Required when compiling adjoints.
CUDA_CALLABLE Params_e4028798 add(const Params_e4028798& a, const Params_e4028798& b)
{
    return Params_e4028798();
}

CUDA_CALLABLE void adj_atomic_add(Params_e4028798* p, Params_e4028798 t)
{
    wp::adj_atomic_add(&p->gain, t.gain);
    wp::adj_atomic_add(&p->offset, t.offset);
}




// warpsynth/future_annotations.py:13
static wp::vec_t<3, wp::float32> apply_0(
    Params_e4028798 var_p,
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // forward
    // def apply(p: Params, v: wp.vec3) -> wp.vec3:                                           <L 14>
    // return v * p.gain + p.offset                                                           <L 15>
    var_0 = &((var_p).gain);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_v, var_2);
    var_3 = &((var_p).offset);
    var_5 = wp::load(var_3);
    var_4 = wp::add(var_1, var_5);
    return var_4;
}


// warpsynth/future_annotations.py:13
static void adj_apply_0(
    Params_e4028798 var_p,
    wp::vec_t<3, wp::float32> var_v,
    Params_e4028798 & adj_p,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    //---------
    // forward
    // def apply(p: Params, v: wp.vec3) -> wp.vec3:                                           <L 14>
    // return v * p.gain + p.offset                                                           <L 15>
    var_0 = &((var_p).gain);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_v, var_2);
    var_3 = &((var_p).offset);
    var_5 = wp::load(var_3);
    var_4 = wp::add(var_1, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_add(var_1, var_5, adj_1, adj_3, adj_4);
    adj_p.offset += adj_3;
    wp::adj_mul(var_v, var_2, adj_v, adj_0, adj_1);
    adj_p.gain += adj_0;
    // adj: return v * p.gain + p.offset                                                      <L 15>
    // adj: def apply(p: Params, v: wp.vec3) -> wp.vec3:                                      <L 14>
    return;
}

struct wp_args_k_2bda7c5f {
    Params_e4028798 p;
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::float32> b;
};


template <bool wp_linear_contiguous>
static void k_2bda7c5f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_2bda7c5f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    Params_e4028798 var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    //---------
    // forward
    // def k(p: Params, a: wp.array(dtype=wp.vec3), b: wp.array2d[float]):                    <L 19>
    // i = wp.tid()                                                                           <L 20>
    var_0 = builtin_tid1d();
    // a[i] = apply(p, a[i])                                                                  <L 21>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = apply_0(var_p, var_3);
    wp::array_store(var_a, var_0, var_2);
    // b[i, 0] = a[i][0]                                                                      <L 22>
    var_4 = wp::address(var_a, var_0);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    wp::array_store(var_b, var_0, var_8, var_6);
}



template <bool wp_linear_contiguous>
static void k_2bda7c5f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_2bda7c5f *_wp_args,
    wp_args_k_2bda7c5f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    Params_e4028798 var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    Params_e4028798 adj_p = _wp_adj_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    //---------
    // forward
    // def k(p: Params, a: wp.array(dtype=wp.vec3), b: wp.array2d[float]):                    <L 19>
    // i = wp.tid()                                                                           <L 20>
    var_0 = builtin_tid1d();
    // a[i] = apply(p, a[i])                                                                  <L 21>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = apply_0(var_p, var_3);
    // wp::array_store(var_a, var_0, var_2);
    // b[i, 0] = a[i][0]                                                                      <L 22>
    var_4 = wp::address(var_a, var_0);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // wp::array_store(var_b, var_0, var_8, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_b, var_0, var_8, var_6, adj_b, adj_0, adj_8, adj_6);
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_4);
    // adj: b[i, 0] = a[i][0]                                                                 <L 22>
    wp::adj_array_store(var_a, var_0, var_2, adj_a, adj_0, adj_2);
    adj_apply_0(var_p, var_3, adj_p, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = apply(p, a[i])                                                             <L 21>
    // adj: i = wp.tid()                                                                      <L 20>
    // adj: def k(p: Params, a: wp.array(dtype=wp.vec3), b: wp.array2d[float]):               <L 19>
    return;
}



struct k_2bda7c5f_cpu_block_payload_forward
{
    wp_args_k_2bda7c5f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_2bda7c5f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_2bda7c5f_cpu_block_payload_forward* payload = (k_2bda7c5f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_2bda7c5f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_2bda7c5f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_2bda7c5f *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_2bda7c5f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_2bda7c5f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_2bda7c5f_cpu_block_payload_backward
{
    wp_args_k_2bda7c5f* args;
    wp_args_k_2bda7c5f* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_2bda7c5f_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_2bda7c5f_cpu_block_payload_backward* payload = (k_2bda7c5f_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_2bda7c5f_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_2bda7c5f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_2bda7c5f *_wp_args,
    wp_args_k_2bda7c5f *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_2bda7c5f_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_2bda7c5f_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

